package locks

// This file returns the entry of a lock table, locked, as an Unlocker:
// the entry's Unlock finds the entry again by its key and unlocks it, so
// the caller, who gets the entry, holds the lock.

import "sync"

// Unlocker releases a lock that a call took for its caller.
type Unlocker interface {
	Unlock()
}

type keyTable struct {
	ml sync.Mutex
	ma map[string]*keyEntry
}

type keyEntry struct {
	key string
	t   *keyTable
	el  sync.Mutex
	n   int
}

// SafeLockKey locks the entry of key for its caller, which unlocks it.
func (t *keyTable) SafeLockKey(key string) Unlocker { // want SafeLockKey:"keeps p0; r0 is \\*keyEntry"
	t.ml.Lock()
	e, ok := t.ma[key]
	if !ok {
		e = &keyEntry{key: key, t: t}
		t.ma[key] = e
	}
	e.n++
	t.ml.Unlock()
	e.el.Lock()
	return e
}

func (entry *keyEntry) Unlock() {
	t := entry.t
	t.ml.Lock()
	e, ok := t.ma[entry.key]
	if !ok {
		t.ml.Unlock()
		panic("unlock of a key that is not locked")
	}
	e.n--
	if e.n < 1 {
		delete(t.ma, entry.key)
	}
	t.ml.Unlock()
	e.el.Unlock()
}

// wrongEntry's Unlock unlocks another mutex than the one lockWrong takes.
type wrongEntry struct {
	el    sync.Mutex
	other sync.Mutex
}

func (e *wrongEntry) Unlock() { e.other.Unlock() } // want Unlock:"unlocks p0.other"

type wrongTable struct {
	ma map[string]*wrongEntry
}

func (t *wrongTable) lockWrong(key string) Unlocker { // want lockWrong:"r0 is \\*wrongEntry"
	e, ok := t.ma[key]
	if !ok {
		e = &wrongEntry{}
		t.ma[key] = e
	}
	e.el.Lock() // want `the mutex.el is locked at line 74 and still held at the return at line 75`
	return e
}
