package review17

import "os"

// Entry is what a cache holds.
type Entry interface{ Name() string }

// Handle is an entry with a file.
type Handle struct{ f *os.File }

func (h *Handle) Name() string { return h.f.Name() }

func (h *Handle) Close() error { return h.f.Close() } // want Close:"releases p0; nothing when zero; closes p0.f"

func openHandle(name string) Entry { // want openHandle:"r0 is \\*Handle"
	f, err := os.Open(name)
	if err != nil {
		return nil
	}
	return &Handle{f: f}
}

func openHandleConcrete(name string) *Handle {
	f, err := os.Open(name)
	if err != nil {
		return nil
	}
	return &Handle{f: f}
}

type Cache struct {
	entries map[string]Entry
	def     Entry
}

// Lookup returns the cached entry, or a new one that it does not keep.
func (c *Cache) Lookup(name string) Entry {
	if e, ok := c.entries[name]; ok {
		return e
	}
	return openHandle(name)
}

// LookupConcrete returns the cached entry, or a new one, made here.
func (c *Cache) LookupConcrete(name string) Entry {
	if e, ok := c.entries[name]; ok {
		return e
	}
	return openHandleConcrete(name)
}

// LookupInline opens the new one itself.
func (c *Cache) LookupInline(name string) Entry { // want LookupInline:"gives p0.def as r0"
	if e, ok := c.entries[name]; ok {
		return e
	}
	f, err := os.Open(name)
	if err != nil {
		return c.def
	}
	return &Handle{f: f}
}

// MissedLookup: when the entry is not cached, the handle is new and the
// caller must close it.
func MissedLookup(c *Cache, name string) string {
	h, ok := c.Lookup(name).(*Handle) // missed before and after the changes (no regression)
	if !ok {
		return ""
	}
	return h.Name()
}

func MissedLookupConcrete(c *Cache, name string) string {
	h, ok := c.LookupConcrete(name).(*Handle) // missed before and after the changes (no regression)
	if !ok {
		return ""
	}
	return h.Name()
}

func MissedLookupInline(c *Cache, name string) string {
	h, ok := c.LookupInline(name).(*Handle) // missed before and after the changes (no regression)
	if !ok {
		return ""
	}
	return h.Name()
}

// MissedOpenHandle: no cache at all.
func MissedOpenHandle(name string) string {
	h, ok := openHandle(name).(*Handle) // missed before and after the changes (no regression)
	if !ok {
		return ""
	}
	return h.Name()
}
