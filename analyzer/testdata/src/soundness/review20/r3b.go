package review20

import "sync"

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
	e.el.Lock() // want `the mutex.el is locked at line \d+ and still held`
	return e
}
