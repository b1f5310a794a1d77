package runtime

import "sync"

// Tracked mutexes
//
// Mutex and RWMutex are sync.Mutex and sync.RWMutex with a record of who
// holds them. Without the leakvet build tag the record is a field of size
// zero and each method, which tests the constant [Enabled] first, is the
// sync method it wraps, inlined: the types are their sync counterparts in
// size and code, and tracking costs nothing in production builds. With
// the tag, each lock is tracked as a resource of kind "sync.Mutex" or
// "sync.RWMutex", opened by Lock (or a successful TryLock, RLock,
// TryRLock) and closed by the matching unlock, in the tracker the mutex
// was bound to with Track or, failing that, the default tracker (see
// [SetDefault], which [VerifyMain] sets while the tests run).
//
// A mutex finds its tracker when it is locked, not when it is created, so
// the zero value works as the sync types' does. [ForTest] does not install
// its tracker as the default: a process has one default and parallel tests
// would take each other's locks; a test binds the mutexes it cares about
// with Track instead, which keeps the blame within the test.

// KindMutex and KindRWMutex are the kinds of the locks tracked by [Mutex]
// and [RWMutex], as reports name them.
const (
	KindMutex   = "sync.Mutex"
	KindRWMutex = "sync.RWMutex"
)

// Mutex is a drop-in sync.Mutex whose locks are tracked when the package
// is built with the leakvet tag. Its zero value is an unlocked mutex, and
// it must not be copied after first use.
//
// With the tag and a tracker (see [Mutex.Track] and [SetDefault]), a lock
// still held when the tracker is checked is reported as open at end, with
// the stack that locked it, the goroutine that did, and for how long; a
// lock released normally counts as released at its locking stack, as a
// closed resource does, for `leakvet -reports`. Unlocking a Mutex that is
// not locked, which sync makes a fatal error, is reported as a second
// close instead (a [DoubleClose], worded "unlocked while not locked"), and
// the Mutex stays unlocked: the test then fails with the
// report instead of the process dying before anything is written. Without
// a tracker, it is the fatal error of sync.
type Mutex struct {
	st mutexState // first, so that its size of zero without the tag adds nothing
	mu sync.Mutex
}

var _ sync.Locker = (*Mutex)(nil)

// Lock locks m, waiting until it is available, as sync.Mutex.Lock does.
func (m *Mutex) Lock() {
	if Enabled {
		m.st.lock(&m.mu)
		return
	}
	m.mu.Lock()
}

// TryLock tries to lock m and reports whether it succeeded, as
// sync.Mutex.TryLock does. Only a successful TryLock is tracked.
func (m *Mutex) TryLock() bool {
	if Enabled {
		return m.st.tryLock(&m.mu)
	}
	return m.mu.TryLock()
}

// Unlock unlocks m, as sync.Mutex.Unlock does. As with sync.Mutex, a
// locked Mutex is not tied to a goroutine: another one may unlock it.
func (m *Mutex) Unlock() {
	if Enabled {
		m.st.unlock(&m.mu)
		return
	}
	m.mu.Unlock()
}

// Track binds m to t: with the leakvet tag, m's locks are recorded in t
// rather than in the default tracker, from the next Lock on. Binding to nil
// returns m to the default. Without the tag, Track does nothing.
func (m *Mutex) Track(t *Tracker) { m.st.bind(t) }

// RWMutex is a drop-in sync.RWMutex whose locks, both write and read
// locks, are tracked when the package is built with the leakvet tag, as
// [Mutex]'s are. Its zero value is an unlocked mutex, and it must not be
// copied after first use.
//
// Read locks are told apart by the goroutine that took them: RUnlock
// releases the latest read lock of its own goroutine, or, when the read
// lock was handed to another goroutine, the oldest. Unlock of an RWMutex
// that is not write-locked and RUnlock of one that is not read-locked are
// reported as [Mutex.Unlock] of an unlocked Mutex is.
type RWMutex struct {
	st rwState // first, as for Mutex
	rw sync.RWMutex
}

var _ sync.Locker = (*RWMutex)(nil)

// Lock locks rw for writing, as sync.RWMutex.Lock does.
func (rw *RWMutex) Lock() {
	if Enabled {
		rw.st.lock(&rw.rw)
		return
	}
	rw.rw.Lock()
}

// TryLock tries to lock rw for writing and reports whether it succeeded.
func (rw *RWMutex) TryLock() bool {
	if Enabled {
		return rw.st.tryLock(&rw.rw)
	}
	return rw.rw.TryLock()
}

// Unlock unlocks rw for writing, as sync.RWMutex.Unlock does.
func (rw *RWMutex) Unlock() {
	if Enabled {
		rw.st.unlock(&rw.rw)
		return
	}
	rw.rw.Unlock()
}

// RLock locks rw for reading, as sync.RWMutex.RLock does.
func (rw *RWMutex) RLock() {
	if Enabled {
		rw.st.rlock(&rw.rw)
		return
	}
	rw.rw.RLock()
}

// TryRLock tries to lock rw for reading and reports whether it succeeded.
func (rw *RWMutex) TryRLock() bool {
	if Enabled {
		return rw.st.tryRLock(&rw.rw)
	}
	return rw.rw.TryRLock()
}

// RUnlock undoes one RLock, as sync.RWMutex.RUnlock does.
func (rw *RWMutex) RUnlock() {
	if Enabled {
		rw.st.runlock(&rw.rw)
		return
	}
	rw.rw.RUnlock()
}

// RLocker returns a sync.Locker whose Lock and Unlock call rw.RLock and
// rw.RUnlock, as sync.RWMutex.RLocker does.
func (rw *RWMutex) RLocker() sync.Locker { return (*rlocker)(rw) }

// Track binds rw to t, as [Mutex.Track] does.
func (rw *RWMutex) Track(t *Tracker) { rw.st.w.bind(t) }

// rlocker is the sync.Locker of [RWMutex.RLocker].
type rlocker RWMutex

func (r *rlocker) Lock()   { (*RWMutex)(r).RLock() }
func (r *rlocker) Unlock() { (*RWMutex)(r).RUnlock() }
