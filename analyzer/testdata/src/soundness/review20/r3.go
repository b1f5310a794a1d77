package review20

import "sync"

type Unlocker interface{ Unlock() }

type entry struct {
	key    string
	parent *entry
	el     sync.Mutex
	rw     sync.RWMutex
	n      int
}

var (
	regMu    sync.Mutex
	registry = map[string]*entry{}
	rootE    = &entry{}
)

func (e *entry) getParent() *entry { return e.parent } // want getParent:"gives p0.parent as r0"

// UnlockParent-style Unlock: unlocks the parent's mutex, found by a call.
type pEntry struct {
	parent *pEntry
	el     sync.Mutex
}

func (e *pEntry) up() *pEntry { return e.parent } // want up:"gives p0.parent as r0"

func (e *pEntry) Unlock() {
	p := e.up()
	p.el.Unlock()
}

type pEntryTable struct{ ma map[string]*pEntry }

func (t *pEntryTable) parentLock(key string) Unlocker { // want parentLock:"r0 is \\*pEntry"
	e, ok := t.ma[key]
	if !ok {
		e = &pEntry{}
		t.ma[key] = e
	}
	e.el.Lock() // want `is locked at line 44 and still held`
	return e
}

// rootEntry: Unlock always unlocks the global root entry.
type rEntry struct {
	el sync.Mutex
}

var rootR = &rEntry{}

func (e *rEntry) Unlock() { rootR.el.Unlock() } // want Unlock:"unlocks soundness/review20.rootR\\*.el"

type rEntryTable struct{ ma map[string]*rEntry }

func (t *rEntryTable) rootLock(key string) Unlocker { // want rootLock:"r0 is \\*rEntry"
	e, ok := t.ma[key]
	if !ok {
		e = &rEntry{}
		t.ma[key] = e
	}
	e.el.Lock() // want `is locked at line 65 and still held`
	return e
}

// rwEntry: Unlock RUnlocks what was write-locked.
type rwEntry struct {
	key string
	rw  sync.RWMutex
}

var rwReg = map[string]*rwEntry{}

func (e *rwEntry) Unlock() { // want Unlock:"runlocks soundness/review20.rwReg\\*\\[p0.key\\*\\].rw"
	x := rwReg[e.key]
	x.rw.RUnlock()
}

type rwEntryTable struct{ ma map[string]*rwEntry }

func (t *rwEntryTable) rwLock(key string) Unlocker { // want rwLock:"r0 is \\*rwEntry"
	e, ok := t.ma[key]
	if !ok {
		e = &rwEntry{}
		t.ma[key] = e
	}
	e.rw.Lock() // want `is locked at line 90 and still held`
	return e
}

// firstEntry: Unlock unlocks the first entry in a slice.
type fEntry struct {
	el sync.Mutex
}

var fList []*fEntry

func (e *fEntry) Unlock() { fList[0].el.Unlock() } // want Unlock:"unlocks soundness/review20.fList\\*\\[c0\\]\\*.el"

type fEntryTable struct{ ma map[string]*fEntry }

func (t *fEntryTable) firstLock(key string) Unlocker { // want firstLock:"r0 is \\*fEntry"
	e, ok := t.ma[key]
	if !ok {
		e = &fEntry{}
		t.ma[key] = e
	}
	e.el.Lock() // want `is locked at line 111 and still held`
	return e
}

// LockCloser: Close (not Unlock) unlocks another value's field.
type LockCloser interface {
	Unlock()
	Close()
}

type cEntry struct {
	el sync.Mutex
}

var cRoot = &cEntry{}

func (e *cEntry) Unlock() {}                    // want Unlock:"nothing when zero; nothing when nil"
func (e *cEntry) Close()  { cRoot.el.Unlock() } // want Close:"unlocks soundness/review20.cRoot\\*.el"

type cEntryTable struct{ ma map[string]*cEntry }

func (t *cEntryTable) closerLock(key string) LockCloser { // want closerLock:"borrows r0; r0 is \\*cEntry"
	e, ok := t.ma[key]
	if !ok {
		e = &cEntry{}
		t.ma[key] = e
	}
	e.el.Lock() // want `is locked at line 138 and still held`
	return e
}

// newEntry: Unlock unlocks a freshly made value.
type nEntry struct {
	el sync.Mutex
}

func (e *nEntry) Unlock() {
	x := &nEntry{}
	x.el.Unlock()
}

type nEntryTable struct{ ma map[string]*nEntry }

func (t *nEntryTable) newLock(key string) Unlocker { // want newLock:"r0 is \\*nEntry"
	e, ok := t.ma[key]
	if !ok {
		e = &nEntry{}
		t.ma[key] = e
	}
	e.el.Lock() // want `is locked at line 160 and still held`
	return e
}

// gEntry: Unlock unlocks only on some path, looked up in the registry.
type gEntry struct {
	key string
	n   int
	el  sync.Mutex
}

var gReg = map[string]*gEntry{}

func (e *gEntry) Unlock() { // want Unlock:"may unlock soundness/review20.gReg\\*\\[p0.key\\*\\].el"
	x := gReg[e.key]
	if x.n > 1 {
		x.el.Unlock()
	}
}

type gEntryTable struct{ ma map[string]*gEntry }

func (t *gEntryTable) condLock(key string) Unlocker { // want condLock:"r0 is \\*gEntry"
	e, ok := t.ma[key]
	if !ok {
		e = &gEntry{}
		t.ma[key] = e
	}
	e.el.Lock() // Missed, before these rules and since: an Unlock that unlocks on some paths only.
	return e
}

// okEntry: the intended pattern, for control.
type okEntry struct {
	key string
	el  sync.Mutex
}

var okReg = map[string]*okEntry{}

func (e *okEntry) Unlock() { // want Unlock:"unlocks soundness/review20.okReg\\*\\[p0.key\\*\\].el"
	x := okReg[e.key]
	x.el.Unlock()
}

type okEntryTable struct{ ma map[string]*okEntry }

func (t *okEntryTable) okLock(key string) Unlocker { // want okLock:"r0 is \\*okEntry"
	e, ok := t.ma[key]
	if !ok {
		e = &okEntry{}
		t.ma[key] = e
	}
	e.el.Lock()
	return e
}
