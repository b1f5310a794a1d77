package borrowing

import "os"

// Value is what a registry holds: some values are files, which the
// registry owns.
type Value interface{ Kind() string }

// Slot is a registry value with a Close.
type Slot struct{ f *os.File }

func (h *Slot) Kind() string { return "slot" }

func (h *Slot) Close() error { // want Close:"releases p0; nothing when zero; closes p0.f"
	return h.f.Close()
}

// Registry owns what it holds.
type Registry struct {
	slots []Value
	last  Value
}

// Get returns what slot i holds, or the last value: the registry's, not
// the caller's.
func (r *Registry) Get(i int) Value { // want Get:"borrows r0; gives p0.last as r0"
	if i < len(r.slots) {
		return r.slots[i]
	}
	return r.last
}

// CheckSlot asserts a slot out of what Get returns.
func (r *Registry) CheckSlot(i int) *Slot { // want CheckSlot:"borrows r0; gives p0.last as r0"
	if h, ok := r.Get(i).(*Slot); ok {
		return h
	}
	return nil
}

// SafeRegistryAssert is fine: the slot is the registry's, borrowed
// through an interface that has no Close.
func SafeRegistryAssert(r *Registry) string {
	h := r.CheckSlot(0)
	if h == nil {
		return ""
	}
	return h.Kind()
}
