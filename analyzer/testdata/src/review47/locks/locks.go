// Package locks probes the lock-state setter rule (lockcheck.go): a lock
// with an unlock of the same mutex in an exclusive branch.
package locks

import (
	"errors"
	"sync"
)

type store struct {
	mu   sync.Mutex
	data map[string]string
	hits int
}

type op struct {
	kind string
	key  string
	val  string
}

// Apply handles one operation; each case takes the lock for itself. The
// get case returns early holding the lock where the key is missing.
func (s *store) Apply(o op) (string, error) {
	switch o.kind {
	case "get":
		s.mu.Lock() /* LEAK: held at the return of line 30. MISSED by be3a333, reported since its narrowing; (old build reports it): the put case's paired Unlock, in an exclusive branch, makes this a "setter" */ // want `s\.mu is locked at line 27 and still held at the return at line 30`
		v, ok := s.data[o.key]
		if !ok {
			return "", errors.New("missing " + o.key)
		}
		s.hits++
		s.mu.Unlock()
		return v, nil
	case "put":
		s.mu.Lock()
		s.data[o.key] = o.val
		s.mu.Unlock()
		return "", nil
	}
	return "", errors.New("bad op")
}

// Update takes one of two ways, each with its own lock: the quick way
// forgets the unlock where the value is unchanged.
func (s *store) Update(k, v string, quick bool) bool {
	if quick {
		s.mu.Lock() /* LEAK: held at the return of line 50. Both builds report it (the other way's unlock is deferred) */ // want `s\.mu is locked at line 48 and still held at the return at line 50`
		if s.data[k] == v {
			return false
		}
		s.data[k] = v
		s.mu.Unlock()
		return true
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.data[k] = v
	return true
}

// Count locks on one way and on the other way unlocks a lock its caller
// holds (a "must be called with mu held" branch), but the first way
// never unlocks.
func (s *store) Count(k string, held bool) int {
	if !held {
		s.mu.Lock() // LEAK: held at the return of line 70. still MISSED (see README.md); (old build reports it)
		n := len(s.data[k])
		s.hits++
		return n
	} else {
		n := len(s.data[k])
		s.mu.Unlock()
		return n
	}
}

// Drain locks on the quick way only where the map is non-empty and
// forgets it; the slow way locks and unlocks.
func (s *store) Drain(quick bool) []string {
	var out []string
	if quick {
		s.mu.Lock() /* LEAK: held at the return of line 85 when data is empty. MISSED by be3a333, reported since its narrowing; (old build reports it) */ // want `s\.mu is locked at line 83 and still held at the return at line 85`
		if len(s.data) == 0 {
			return nil
		}
		for k := range s.data {
			out = append(out, k)
		}
		s.mu.Unlock()
	} else {
		s.mu.Lock()
		for k := range s.data {
			out = append(out, k)
			delete(s.data, k)
		}
		s.mu.Unlock()
	}
	return out
}

// SetLocked is a lock-state setter: safe. The old build flagged it (line
// 106), the new one does not.
func (s *store) SetLocked(b bool) {
	if b {
		s.mu.Lock()
	} else {
		s.mu.Unlock()
	}
}

type registry struct {
	mu    sync.RWMutex
	items map[string]int
}

// Lookup reads under the read lock, in a type switch over the key; the
// string case forgets to unlock where the item is absent.
func (r *registry) Lookup(key any) (int, bool) {
	switch k := key.(type) {
	case string:
		r.mu.RLock() /* LEAK: read lock held at the return of line 125. MISSED by be3a333, reported since its narrowing; (old build reports it) */ // want `r\.mu is read-locked at line 122 and still held at the return at line 125`
		v, ok := r.items[k]
		if !ok {
			return 0, false
		}
		r.mu.RUnlock()
		return v, true
	case int:
		r.mu.RLock()
		n := len(r.items)
		r.mu.RUnlock()
		return n, k < n
	}
	return 0, false
}

type guarded struct {
	mu     sync.Mutex
	locked bool
}

// setLocked is a lock-state setter that skips a change to the state it
// is already in: safe. The old build flagged it (line 152), the new one
// does not.
func (g *guarded) setLocked(b bool) {
	if g.locked == b {
		return
	}
	g.locked = b
	if b {
		g.mu.Lock()
		return
	}
	g.mu.Unlock()
}
