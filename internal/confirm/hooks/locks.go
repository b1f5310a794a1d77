//go:build ignore

// This file, like hooks.go, is compiled only into the copy of the runtime
// package that `leakvet -confirm` overlays into the module under test.
// The instrumented code calls the sync mutexes' methods through it: a
// call `mu.Lock()` on a sync.Mutex becomes `H.ConfirmMutex(&mu).Lock()`,
// on the same line, and likewise for a method value (`return mu.Unlock`)
// and a deferred call, whose receiver Go evaluates when the defer
// statement runs. The user's mutexes stay sync.Mutex and sync.RWMutex:
// ConfirmMutex only converts the pointer, and the tracking state lives
// here, by the mutex's address, while it is locked.
//
// What goes around the rewritten calls is not seen: a lock or unlock
// through a sync.Locker (sync.Cond.Wait's, RWMutex.RLocker's, a
// function's that takes the interface), a method expression, code of
// other modules. So a lock is taken as released, silently, when its
// mutex turns out to be unlocked (TryLock succeeds) at the end of the
// tests, and an unlock of a mutex that was not seen locked is reported
// only if the mutex is not locked at all.

package runtime

import (
	"slices"
	"strconv"
	"sync"
)

// locks holds the tracked locks of the process, by mutex.
var locks = &lockTable{writers: map[any]*Handle{}, readers: map[*sync.RWMutex][]readHold{}}

type lockTable struct {
	mu      sync.Mutex
	writers map[any]*Handle              // *sync.Mutex or *sync.RWMutex → its lock
	readers map[*sync.RWMutex][]readHold // read locks, oldest first
}

// readHold is one tracked read lock and the goroutine that took it.
type readHold struct {
	h *Handle
	g uint64
}

// confirmLockSkip is the skip of [Tracker.track] for a lock: the frames
// of locked and of the method of ConfirmedMutex or ConfirmedRWMutex sit
// between the tracker and the user's call.
const confirmLockSkip = 4

// ConfirmedMutex is a sync.Mutex whose locks are tracked.
type ConfirmedMutex sync.Mutex

// ConfirmMutex returns m with tracked methods.
func ConfirmMutex(m *sync.Mutex) *ConfirmedMutex { return (*ConfirmedMutex)(m) }

// Lock locks m and tracks the lock.
func (m *ConfirmedMutex) Lock() {
	(*sync.Mutex)(m).Lock()
	locks.locked((*sync.Mutex)(m), KindMutex)
}

// TryLock tries to lock m and tracks the lock if it succeeds.
func (m *ConfirmedMutex) TryLock() bool {
	if !(*sync.Mutex)(m).TryLock() {
		return false
	}
	locks.locked((*sync.Mutex)(m), KindMutex)
	return true
}

// Unlock unlocks m, unless it is not locked, which is reported instead
// of sync's fatal error.
func (m *ConfirmedMutex) Unlock() {
	mu := (*sync.Mutex)(m)
	if locks.unlocking(mu, mu, KindMutex) {
		mu.Unlock()
	}
}

// ConfirmedRWMutex is a sync.RWMutex whose locks are tracked.
type ConfirmedRWMutex sync.RWMutex

// ConfirmRWMutex returns rw with tracked methods.
func ConfirmRWMutex(rw *sync.RWMutex) *ConfirmedRWMutex { return (*ConfirmedRWMutex)(rw) }

// Lock locks rw for writing and tracks the lock.
func (rw *ConfirmedRWMutex) Lock() {
	(*sync.RWMutex)(rw).Lock()
	locks.locked((*sync.RWMutex)(rw), KindRWMutex)
}

// TryLock tries to lock rw for writing and tracks the lock if it succeeds.
func (rw *ConfirmedRWMutex) TryLock() bool {
	if !(*sync.RWMutex)(rw).TryLock() {
		return false
	}
	locks.locked((*sync.RWMutex)(rw), KindRWMutex)
	return true
}

// Unlock unlocks rw for writing, unless it is not write-locked.
func (rw *ConfirmedRWMutex) Unlock() {
	mu := (*sync.RWMutex)(rw)
	if locks.unlocking(mu, mu, KindRWMutex) {
		mu.Unlock()
	}
}

// RLock locks rw for reading and tracks the read lock.
func (rw *ConfirmedRWMutex) RLock() {
	(*sync.RWMutex)(rw).RLock()
	locks.rlocked((*sync.RWMutex)(rw))
}

// TryRLock tries to lock rw for reading and tracks the read lock if it
// succeeds.
func (rw *ConfirmedRWMutex) TryRLock() bool {
	if !(*sync.RWMutex)(rw).TryRLock() {
		return false
	}
	locks.rlocked((*sync.RWMutex)(rw))
	return true
}

// RUnlock undoes one RLock, unless rw is not read-locked.
func (rw *ConfirmedRWMutex) RUnlock() {
	mu := (*sync.RWMutex)(rw)
	if locks.runlocking(mu) {
		mu.RUnlock()
	}
}

// locked tracks the write lock just taken of mu, in the tracker of the
// test that took it. A lock still recorded for mu was released where the
// hooks could not see it: mu was free to be locked again.
func (lt *lockTable) locked(mu any, kind string) {
	h, _ := instrumented.tracker().track(kind, holder("locked"), confirmLockSkip, 0)
	lt.mu.Lock()
	old := lt.writers[mu]
	if h != nil {
		lt.writers[mu] = h
	} else {
		delete(lt.writers, mu)
	}
	lt.mu.Unlock()
	if old != nil {
		old.Close()
	}
}

// unlocking is called before mu, whose TryLock is try, is unlocked and
// reports whether to unlock it: not when it is not locked, which is
// recorded.
func (lt *lockTable) unlocking(mu any, try tryLocker, kind string) bool {
	lt.mu.Lock()
	h := lt.writers[mu]
	delete(lt.writers, mu)
	readers := 0
	if rw, ok := mu.(*sync.RWMutex); ok {
		readers = len(lt.readers[rw])
	}
	lt.mu.Unlock()
	if h != nil {
		h.Close()
		return true
	}
	if readers == 0 {
		if !try.TryLock() {
			return true // locked where the hooks do not see
		}
		try.Unlock()
	}
	instrumented.tracker().unlockedNotLocked(kind, nil)
	return false
}

// rlocked tracks the read lock just taken of rw.
func (lt *lockTable) rlocked(rw *sync.RWMutex) {
	g := goroutineID()
	h, _ := instrumented.tracker().track(KindRWMutex, "read-locked by goroutine "+strconv.FormatUint(g, 10), confirmLockSkip, 0)
	if h == nil {
		return
	}
	lt.mu.Lock()
	lt.readers[rw] = append(lt.readers[rw], readHold{h: h, g: g})
	lt.mu.Unlock()
}

// runlocking is called before a read lock of rw is released and reports
// whether to release it: not when rw is not read-locked, which is
// recorded. The read lock released is the latest of the calling
// goroutine, or, when the read lock was handed to another goroutine, the
// oldest.
func (lt *lockTable) runlocking(rw *sync.RWMutex) bool {
	lt.mu.Lock()
	held := lt.readers[rw]
	var h *Handle
	if len(held) > 0 {
		i := 0
		if len(held) > 1 {
			g := goroutineID()
			for j := len(held) - 1; j > 0; j-- {
				if held[j].g == g {
					i = j
					break
				}
			}
		}
		h = held[i].h
		if held = slices.Delete(held, i, i+1); len(held) == 0 {
			delete(lt.readers, rw)
		} else {
			lt.readers[rw] = held
		}
	}
	writer := lt.writers[rw] != nil
	lt.mu.Unlock()
	if h != nil {
		h.Close()
		return true
	}
	if !writer { // a tracked write lock rules out readers
		if !rw.TryLock() {
			return true // read-locked where the hooks do not see
		}
		rw.Unlock()
	}
	instrumented.tracker().unlockedNotLocked(KindRWMutex, nil)
	return false
}

// releaseUnseen releases, without a report, the tracked locks of mutexes
// that are not locked: their unlock went through a sync.Locker or other
// code the hooks do not see. ConfirmFinish calls it before the check.
func (lt *lockTable) releaseUnseen() {
	lt.mu.Lock()
	defer lt.mu.Unlock()
	for mu, h := range lt.writers {
		if try := mu.(tryLocker); try.TryLock() {
			try.Unlock()
			h.Close()
			delete(lt.writers, mu)
		}
	}
	for rw, held := range lt.readers {
		if rw.TryLock() {
			rw.Unlock()
			for _, r := range held {
				r.h.Close()
			}
			delete(lt.readers, rw)
		}
	}
}
