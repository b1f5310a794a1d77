// Package runtime stands in for leakvet's runtime package: its drop-in
// mutexes, each a sync mutex in an unexported field.
package runtime

import "sync"

type Mutex struct{ mu sync.Mutex }

func (m *Mutex) Lock()         { m.mu.Lock() }
func (m *Mutex) TryLock() bool { return m.mu.TryLock() }
func (m *Mutex) Unlock()       { m.mu.Unlock() }

type RWMutex struct{ rw sync.RWMutex }

func (rw *RWMutex) Lock()          { rw.rw.Lock() }
func (rw *RWMutex) Unlock()        { rw.rw.Unlock() }
func (rw *RWMutex) RLock()         { rw.rw.RLock() }
func (rw *RWMutex) RUnlock()       { rw.rw.RUnlock() }
func (rw *RWMutex) TryRLock() bool { return rw.rw.TryRLock() }
