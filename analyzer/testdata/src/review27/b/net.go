package b

import "sync"

type S struct {
	mu    sync.Mutex
	rw    sync.RWMutex
	n     int
	stale bool
	ch    chan int
}

func (s *S) work() { s.n++ } // want work:"nothing when zero"

// N1: deferred closure unlocks, relocks on one branch and returns from
// there holding it.
func (s *S) N1(x bool) int { // want N1:"locks p0\\.mu"
	s.mu.Lock() // real leak, reported by neither build: `s.mu is locked`
	defer func() {
		s.mu.Unlock()
		if x {
			s.mu.Lock()
			if s.n > 3 {
				return
			}
			s.mu.Unlock()
		}
	}()
	return s.n
}

// N2: loop in the closure that breaks out holding the lock.
func (s *S) N2(k int) int { // want N2:"locks p0\\.mu"
	s.mu.Lock() // real leak, reported by neither build: `s.mu is locked`
	defer func() {
		s.mu.Unlock()
		for i := 0; i < k; i++ {
			s.mu.Lock()
			if i == 3 {
				break
			}
			s.mu.Unlock()
		}
	}()
	return s.n
}

// N3: goto jumps past the unlock.
func (s *S) N3(x bool) int { // want N3:"locks p0\\.mu"
	s.mu.Lock() // real leak, reported by neither build: `s.mu is locked`
	defer func() {
		s.mu.Unlock()
		s.mu.Lock()
		if x {
			goto out
		}
		s.mu.Unlock()
	out:
	}()
	return s.n
}

// N4: TryLock in the closure keeps the lock when it succeeds.
func (s *S) N4() int { // want N4:"locks p0\\.mu"
	s.mu.Lock() // real leak, reported by neither build: `s.mu is locked`
	defer func() {
		s.mu.Unlock()
		if s.mu.TryLock() {
			s.work()
		}
	}()
	return s.n
}

// N5: helper that unlocks, relocks, and keeps it when stale.
func (s *S) relock() {
	s.mu.Unlock()
	s.mu.Lock()
	if s.stale {
		return
	}
	s.mu.Unlock()
}

func (s *S) N5() int { // want N5:"locks p0\\.mu"
	s.mu.Lock() // real leak, reported by neither build: `s.mu is locked`
	s.relock()
	return s.n
}

// N6: helper unlocks only on one path, relocks on every path.
func (s *S) flip(x bool) {
	if x {
		s.mu.Unlock()
	}
	s.mu.Lock()
	s.work()
	s.mu.Unlock()
}

func (s *S) N6(x bool) int { // want N6:"locks p0\\.mu"
	s.mu.Lock() // real leak, reported by neither build: `s.mu is locked`
	s.flip(x)
	return s.n
}

// N7: helper unlocks, relocks in a loop, waiting on a channel in the locked
// section; selects and returns with the lock held.
func (s *S) drain() {
	s.mu.Unlock()
	for {
		s.mu.Lock()
		select {
		case v := <-s.ch:
			s.n += v
			s.mu.Unlock()
		default:
			return
		}
	}
}

func (s *S) N7() int { // want N7:"locks p0\\.mu"
	s.mu.Lock() // real leak, reported by neither build: `s.mu is locked`
	s.drain()
	return s.n
}

// N8: RUnlock then write-lock and return with the write lock held on a
// switch case.
func (s *S) N8(k int) int { // want N8:"rlocks p0\\.rw"
	s.rw.RLock() // real leak, reported by neither build: `s.rw is read-locked`
	defer func() {
		s.rw.RUnlock()
		switch k {
		case 1:
			s.rw.Lock()
			s.work()
			s.rw.Unlock()
		case 2:
			s.rw.Lock()
		}
	}()
	return s.n
}

// N9: the closure's unlock is of a different mutex than its relock pair.
func (s *S) N9(t *S, x bool) int { // want N9:"locks p0\\.mu; unlocks p1\\.mu"
	s.mu.Lock() // real leak, reported by neither build: `s.mu is locked`
	defer func() {
		t.mu.Unlock()
		if x {
			s.mu.Lock()
			s.mu.Unlock()
		}
	}()
	return s.n
}

// N10: closure unlocks and relocks, and returns in between via a
// nested closure call that never comes back... a plain return in the
// relocked section guarded by a recovered panic.
func (s *S) N10(x bool) (r int) { // want N10:"locks p0\\.mu"
	s.mu.Lock() // real leak, reported by neither build: `s.mu is locked`
	defer func() {
		defer func() { recover() }()
		s.mu.Unlock()
		s.mu.Lock()
		if x {
			panic("boom")
		}
		s.mu.Unlock()
	}()
	return s.n
}

// N11: mixed kinds: unlocks by flag; the write-locked caller calls it
// under a branch and leaks on the other.
func (s *S) done(w bool) { // want done:"may unlock p0\\.rw"
	if w {
		s.rw.Unlock()
	} else {
		s.rw.RUnlock()
	}
}

func (s *S) N11(x bool) int {
	s.rw.Lock() // want `s.rw is locked`
	if x {
		s.done(true)
		return 1
	}
	return s.n
}

// N12: upgrade helper: read-lock, may end holding the write lock.
func (s *S) upgrade() {
	s.rw.RLock() // want `s.rw is read-locked`
	if s.stale {
		s.rw.RUnlock()
		s.rw.Lock()
	}
}

func (s *S) N12() int { // want N12:"runlocks p0\\.rw"
	s.upgrade()
	defer s.rw.RUnlock()
	return s.n
}
