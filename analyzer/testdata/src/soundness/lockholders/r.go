package lockholders

// This file returns the holder of a lock as an interface that cannot
// unlock it.

import (
	"fmt"
	"sync"
)

type state struct {
	mu sync.Mutex
	n  int
}

// String describes the state; it unlocks nothing.
func (s *state) String() string { return fmt.Sprint(s.n) }

type empty struct{}

// String describes nothing.
func (empty) String() string { return "" }

// Describe returns s as a Stringer with its mutex still held: nothing the
// caller can call through a Stringer unlocks it.
func (s *state) Describe() (fmt.Stringer, error) { // want Describe:"keeps p0; borrows r0; returns p0 as r0; nil r1"
	s.mu.Lock() // want `s.mu is locked at line 27`
	if s.n == 0 {
		s.mu.Unlock()
		return empty{}, nil
	}
	s.n++
	return s, nil
}
