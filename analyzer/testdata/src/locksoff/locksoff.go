// Package locksoff is checked with the lock check turned off: the lock
// held at the early return is not reported.
package locksoff

import "sync"

type Store struct {
	mu sync.Mutex
	n  int
}

func (s *Store) Inc(max int) bool {
	s.mu.Lock()
	if s.n >= max {
		return false
	}
	s.n++
	s.mu.Unlock()
	return true
}
