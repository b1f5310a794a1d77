package locktoggles

import "sync"

type socket struct {
	mu    sync.Mutex
	steps int
}

func (s *socket) step() bool {
	s.steps++
	return s.steps < 3
}

// Login carries the socket's lock across the steps of a conversation:
// lock is a setter of the lock's state, which locks on one way through
// and unlocks on another, and the deferred lock(false) unlocks it at the
// end.
func Login(s *socket) {
	locked := false
	lock := func(b bool) {
		if locked != b {
			locked = b
			if b {
				s.mu.Lock()
			} else {
				s.mu.Unlock()
			}
		}
	}
	lock(true)
	defer lock(false)
	for s.step() {
		lock(false)
		lock(true)
	}
}

// Bump returns holding the lock where the count overflows: the unlock
// that follows the lock is skipped.
func Bump(s *socket, on bool) {
	if on {
		s.mu.Lock() // want `s.mu is locked at line \d+ and still held at the return at line \d+`
		s.steps++
		if s.steps > 10 {
			return
		}
		s.mu.Unlock()
	}
}

// Attach locks a second time where it meant to unlock: the lock it then
// returns holding was taken while the first one was held, so it is no
// setter of the lock's state.
func Attach(s *socket, closing bool) {
	s.mu.Lock() // want `s.mu is locked at line \d+ and still held at the return at line \d+ \(reached when closing`
	if closing {
		s.mu.Lock() // want `s.mu is locked at line \d+ and still held at the return at line \d+`
		return
	}
	s.steps++
	s.mu.Unlock()
}
