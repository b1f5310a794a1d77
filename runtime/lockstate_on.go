//go:build leakvet

package runtime

import (
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
)

// With the leakvet tag a mutex carries the tracker it is bound to and the
// handle of the lock it holds. The handle is set after the lock is taken
// and swapped out before it is released, so it is nil whenever the mutex
// is unlocked; an unlock that finds it nil is either of a mutex locked
// before tracking began (TryLock fails: sync's own state says it is
// locked) or of one that is not locked at all, which is reported. Two
// unlocks racing on one lock can both find it locked; the second then
// meets sync's fatal error, as it would without tracking.

// mutexState is the tracking state of a [Mutex], or of an [RWMutex]'s
// write lock.
type mutexState struct {
	bound atomic.Pointer[Tracker] // set by Track
	held  atomic.Pointer[Handle]  // the lock held, if it is tracked
	// last is the record of the lock released last, so that an unlock
	// too many is reported with where the mutex was locked and unlocked.
	last atomic.Pointer[record]
}

// lockSkip is the skip of [Tracker.track] for a lock: the frames of
// locked, lock and Lock sit between the tracker and the user's call.
const lockSkip = 5

func (s *mutexState) bind(t *Tracker) { s.bound.Store(t) }

// tracker returns the tracker of the mutex's next lock: the bound one,
// else the default, else nil.
func (s *mutexState) tracker() *Tracker {
	if t := s.bound.Load(); t != nil {
		return t
	}
	return defaultTracker.Load() //leakvet:ignore borrowed: the default belongs to whoever set it
}

func (s *mutexState) lock(mu *sync.Mutex) {
	mu.Lock()
	s.locked(KindMutex, "locked")
}

func (s *mutexState) tryLock(mu *sync.Mutex) bool {
	if !mu.TryLock() {
		return false
	}
	s.locked(KindMutex, "locked")
	return true
}

func (s *mutexState) unlock(mu *sync.Mutex) {
	if s.unlocking(mu, KindMutex) {
		mu.Unlock()
	}
}

// locked tracks the lock just taken, described by how ("locked").
func (s *mutexState) locked(kind, how string) {
	t := s.tracker()
	if t == nil {
		return
	}
	// A lock taken after its tracker closed is not tracked (Track
	// returns ErrClosed and a nil handle): the unlock then passes through.
	h, _ := t.track(kind, holder(how), lockSkip, 0)
	s.held.Store(h)
}

// unlocking is called before the mutex mu is unlocked and reports
// whether to unlock it: not when it is not locked, which is recorded.
func (s *mutexState) unlocking(mu tryLocker, kind string) bool {
	// Load first: an untracked lock then costs no atomic write.
	if h := s.held.Load(); h != nil && s.held.CompareAndSwap(h, nil) {
		release(h, &s.last)
		return true
	}
	t := s.tracker()
	if t == nil || !mu.TryLock() {
		return true // untracked, or locked before tracking began
	}
	mu.Unlock()
	t.unlockedNotLocked(kind, s.last.Load())
	return false
}

// release closes the handle of a lock about to be released and keeps
// its record in last. Close cannot fail: each handle is swapped out of
// its mutex once.
func release(h *Handle, last *atomic.Pointer[record]) {
	_ = h.Close()
	last.Store(h.r)
}

// rwState is the tracking state of an [RWMutex]: its write lock, and its
// read locks with the goroutines that took them.
type rwState struct {
	w        mutexState
	lastRead atomic.Pointer[record]

	mu      sync.Mutex // guards readers
	readers []readLock
}

// readLock is one tracked read lock.
type readLock struct {
	h *Handle
	g uint64 // the goroutine that took it
}

func (s *rwState) lock(rw *sync.RWMutex) {
	rw.Lock()
	s.w.locked(KindRWMutex, "write-locked")
}

func (s *rwState) tryLock(rw *sync.RWMutex) bool {
	if !rw.TryLock() {
		return false
	}
	s.w.locked(KindRWMutex, "write-locked")
	return true
}

func (s *rwState) unlock(rw *sync.RWMutex) {
	if s.unlocking(rw) {
		rw.Unlock()
	}
}

func (s *rwState) rlock(rw *sync.RWMutex) {
	rw.RLock()
	s.rlocked()
}

func (s *rwState) tryRLock(rw *sync.RWMutex) bool {
	if !rw.TryRLock() {
		return false
	}
	s.rlocked()
	return true
}

func (s *rwState) runlock(rw *sync.RWMutex) {
	if s.runlocking(rw) {
		rw.RUnlock()
	}
}

// unlocking is mutexState.unlocking for the write lock. An RWMutex that is
// read-locked is not write-locked either.
func (s *rwState) unlocking(rw *sync.RWMutex) bool {
	if h := s.w.held.Load(); h != nil && s.w.held.CompareAndSwap(h, nil) {
		release(h, &s.w.last)
		return true
	}
	t := s.w.tracker()
	if t == nil {
		return true
	}
	s.mu.Lock()
	readers := len(s.readers)
	s.mu.Unlock()
	if readers == 0 {
		if !rw.TryLock() {
			return true // locked before tracking began
		}
		rw.Unlock()
	}
	t.unlockedNotLocked(KindRWMutex, s.w.last.Load())
	return false
}

// rlocked tracks the read lock just taken.
func (s *rwState) rlocked() {
	t := s.w.tracker()
	if t == nil {
		return
	}
	g := goroutineID()
	h, _ := t.track(KindRWMutex, "read-locked by goroutine "+strconv.FormatUint(g, 10), lockSkip, 0)
	if h == nil {
		return
	}
	s.mu.Lock()
	s.readers = append(s.readers, readLock{h: h, g: g})
	s.mu.Unlock()
}

// runlocking is called before a read lock of rw is released and reports
// whether to release it: not when rw is not read-locked, which is
// recorded.
func (s *rwState) runlocking(rw *sync.RWMutex) bool {
	if h := s.popReader(); h != nil {
		release(h, &s.lastRead)
		return true
	}
	t := s.w.tracker()
	if t == nil {
		return true
	}
	if s.w.held.Load() == nil { // a tracked write lock rules out readers
		if !rw.TryLock() {
			return true // read-locked before tracking began
		}
		rw.Unlock()
	}
	t.unlockedNotLocked(KindRWMutex, s.lastRead.Load())
	return false
}

// popReader removes the read lock that an RUnlock releases: the latest
// of the calling goroutine, or the oldest if it holds none (a read lock
// handed to another goroutine). It returns nil if no read lock is tracked.
func (s *rwState) popReader() *Handle {
	s.mu.Lock()
	defer s.mu.Unlock()
	switch len(s.readers) {
	case 0:
		return nil
	case 1: // the common case needs no goroutine id
		h := s.readers[0].h
		s.readers = s.readers[:0]
		return h
	}
	g, i := goroutineID(), 0
	for j := len(s.readers) - 1; j >= 0; j-- {
		if s.readers[j].g == g {
			i = j
			break
		}
	}
	h := s.readers[i].h
	s.readers = slices.Delete(s.readers, i, i+1)
	return h
}
