//go:build !leakvet

package runtime

import "sync"

// Without the leakvet tag a mutex's state is empty. The methods of
// [Mutex] and [RWMutex] test [Enabled] before they call these, so they
// are never called; they only need to exist, and do what sync does.

type mutexState struct{}

func (*mutexState) bind(*Tracker)               {}
func (*mutexState) lock(mu *sync.Mutex)         { mu.Lock() }
func (*mutexState) tryLock(mu *sync.Mutex) bool { return mu.TryLock() }
func (*mutexState) unlock(mu *sync.Mutex)       { mu.Unlock() }

type rwState struct{ w mutexState }

func (*rwState) lock(rw *sync.RWMutex)          { rw.Lock() }
func (*rwState) tryLock(rw *sync.RWMutex) bool  { return rw.TryLock() }
func (*rwState) unlock(rw *sync.RWMutex)        { rw.Unlock() }
func (*rwState) rlock(rw *sync.RWMutex)         { rw.RLock() }
func (*rwState) tryRLock(rw *sync.RWMutex) bool { return rw.TryRLock() }
func (*rwState) runlock(rw *sync.RWMutex)       { rw.RUnlock() }
