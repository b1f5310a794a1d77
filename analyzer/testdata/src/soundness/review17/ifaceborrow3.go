package review17

import "os"

// openEntries opens one handle per name.
func openEntries(names ...string) []Entry {
	var es []Entry
	for _, n := range names {
		f, err := os.Open(n)
		if err != nil {
			continue
		}
		es = append(es, &Handle{f: f})
	}
	return es
}

// firstEntry opens the entry of name: an element of a new slice, the
// caller's.
func firstEntry(name string) Entry {
	es := openEntries(name)
	if len(es) == 0 {
		return nil
	}
	return es[0]
}

func firstHandle(name string) *Handle {
	h, _ := firstEntry(name).(*Handle)
	return h
}

// LeakFirstHandle drops the handle it opened.
func LeakFirstHandle(name string) string {
	h := firstHandle(name) // want `not closed`
	if h == nil {
		return ""
	}
	return h.Name()
}

// An entry set without Close of its own, built fresh.
type entrySet struct {
	main Entry
}

func loadSet(name string) *entrySet {
	f, err := os.Open(name)
	if err != nil {
		return &entrySet{}
	}
	return &entrySet{main: &Handle{f: f}}
}

func mainEntry(name string) Entry {
	return loadSet(name).main
}

func mainHandle(name string) *Handle {
	h, _ := mainEntry(name).(*Handle)
	return h
}

// LeakMainHandle drops the handle loadSet opened.
func LeakMainHandle(name string) string {
	h := mainHandle(name) // want `not closed`
	if h == nil {
		return ""
	}
	return h.Name()
}
