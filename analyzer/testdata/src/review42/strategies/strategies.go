// Package strategies probes rule 3 (storedFuncs): a function field set to
// a φ-node of the package's closures is resolved through each of them.
package strategies

import (
	"errors"
	"os"
)

type picker func(files []*os.File, key int) *os.File

func hashed() picker {
	return func(files []*os.File, key int) *os.File { return files[key%len(files)] }
}

type group struct {
	members []*os.File
	pick    picker
}

// newInline chooses between a borrowing closure and an inline closure
// that opens a new file.
func newInline(members []*os.File, reopen bool) *group { // want newInline:"keeps p0; wraps p0 in r0"
	var pick picker
	switch {
	case reopen:
		pick = func(files []*os.File, _ int) *os.File {
			f, err := os.Open(files[0].Name())
			if err != nil {
				return nil
			}
			return f
		}
	default:
		pick = hashed()
	}
	return &group{members: members, pick: pick}
}

// InlineLeak: LEAKS where the group reopens.
func (g *group) InlineLeak(key int) string {
	f := g.pick(g.members, key) // want `f returned by g\.pick is not closed`
	return f.Name()
}

// opener is a method-value strategy.
type opener struct{ dir string }

func (o *opener) open(files []*os.File, key int) *os.File {
	f, err := os.Open(o.dir)
	if err != nil {
		return nil
	}
	return f
}

type mgroup struct {
	members []*os.File
	pick    picker
}

// newMethod chooses between hashed() and a bound method that opens.
func newMethod(members []*os.File, dir string) *mgroup { // want newMethod:"keeps p0; wraps p0 in r0"
	pick := hashed()
	if dir != "" {
		o := &opener{dir: dir}
		pick = o.open
	}
	return &mgroup{members: members, pick: pick}
}

// MethodLeak: LEAKS where dir != "" (the bound method opens a file).
func (g *mgroup) MethodLeak(key int) string {
	f := g.pick(g.members, key) // want `f returned by g\.pick is not closed`
	return f.Name()
}

// finisher: a release strategy; one closes, one only syncs.
type finisher func(f *os.File) error

type sink struct {
	finish finisher
}

func newSink(keep bool) *sink {
	var fin finisher
	if keep {
		fin = func(f *os.File) error { return f.Sync() }
	} else {
		fin = func(f *os.File) error { return f.Close() }
	}
	return &sink{finish: fin}
}

// FinishLeak: LEAKS where keep is true (finish only syncs).
func (s *sink) FinishLeak(name string) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	return s.finish(f)
}

// loop: the φ goes through a loop and a global function of another kind.
type lgroup struct {
	members []*os.File
	pick    picker
}

func reopenFirst(files []*os.File, _ int) *os.File {
	f, err := os.Open(files[0].Name())
	if err != nil {
		return nil
	}
	return f
}

func newLoop(members []*os.File, names []string) (*lgroup, error) { // want newLoop:"keeps p0; wraps p0 in r0"
	pick := hashed()
	for _, n := range names {
		switch n {
		case "hash":
			pick = hashed()
		case "reopen":
			pick = reopenFirst
		default:
			return nil, errors.New("unknown")
		}
	}
	return &lgroup{members: members, pick: pick}, nil
}

// LoopLeak: LEAKS where "reopen" was chosen.
func (g *lgroup) LoopLeak(key int) string {
	f := g.pick(g.members, key) // want `f returned by g\.pick is not closed`
	return f.Name()
}

// sgroup: safe strategies only.
type sgroup struct {
	members []*os.File
	pick    picker
}

func first(files []*os.File, _ int) *os.File { return files[0] } // want first:"borrows r0"

func newSafe(members []*os.File, h bool) *sgroup { // want newSafe:"keeps p0; wraps p0 in r0"
	pick := picker(first)
	if h {
		pick = hashed()
	}
	return &sgroup{members: members, pick: pick}
}

// SafeName: SAFE (both strategies borrow a member).
func (g *sgroup) SafeName(key int) string {
	f := g.pick(g.members, key)
	return f.Name()
}

// sink2: both strategies only sync.
type sink2 struct {
	finish finisher
}

func newSink2(full bool) *sink2 {
	var fin finisher
	if full {
		fin = func(f *os.File) error { return f.Sync() }
	} else {
		fin = func(f *os.File) error { _, err := f.Stat(); return err }
	}
	return &sink2{finish: fin}
}

// FinishLeak2: LEAKS (neither strategy closes).
func (s *sink2) FinishLeak2(name string) error {
	f, err := os.Create(name) // want `f returned by os\.Create is not closed`
	if err != nil {
		return err
	}
	return s.finish(f)
}

// sink3: one strategy set directly (no φ).
type sink3 struct {
	finish finisher
}

func newSink3() *sink3 {
	return &sink3{finish: func(f *os.File) error { return f.Sync() }}
}

// FinishLeak3: LEAKS (the one strategy only syncs).
func (s *sink3) FinishLeak3(name string) error {
	f, err := os.Create(name) // want `f returned by os\.Create is not closed`
	if err != nil {
		return err
	}
	return s.finish(f)
}
