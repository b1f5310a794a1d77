package a

import "sync"

type C struct {
	mu  sync.Mutex
	mu2 sync.Mutex
	rw  sync.RWMutex
	n   int
}

// F1: flag set true, then reset false without unlocking: lock held at return.
func (c *C) F1(v int) int {
	locked := false
	defer func() {
		if locked {
			c.mu.Unlock()
		}
	}()
	c.mu.Lock() // want `c.mu is locked`
	locked = true
	c.n += v
	locked = false
	return c.n
}

// F2: defer registered after the flag store; early return before it.
func (c *C) F2(v int) int {
	locked := false
	c.mu.Lock() // want `c.mu is locked`
	locked = true
	if v > 3 {
		return v
	}
	defer func() {
		if locked {
			c.mu.Unlock()
		}
	}()
	return c.n
}

// F3: the defer is conditional.
func (c *C) F3(v int, d bool) int {
	locked := false
	if d {
		defer func() {
			if locked {
				c.mu.Unlock()
			}
		}()
	}
	c.mu.Lock() // want `c.mu is locked`
	locked = true
	return c.n + v
}

// F4: the closure unlocks only if locked && !keep.
func (c *C) F4(v int) int {
	locked, keep := false, false
	defer func() {
		if locked && !keep {
			c.mu.Unlock()
		}
	}()
	c.mu.Lock() // want `c.mu is locked`
	locked = true
	if v > 2 {
		keep = true
	}
	return c.n
}

// F5: nested condition on an unrelated value.
func (c *C) F5(v int) int {
	locked := false
	defer func() {
		if locked {
			if v > 0 {
				c.mu.Unlock()
			}
		}
	}()
	c.mu.Lock() // want `c.mu is locked`
	locked = true
	return c.n
}

// F6: two mutexes, one flag; closure unlocks mu only.
func (c *C) F6(v int) int { // want F6:"locks p0\\.mu2"
	locked := false
	defer func() {
		if locked {
			c.mu.Unlock()
		}
	}()
	c.mu.Lock()
	c.mu2.Lock() // real leak, reported by neither build: `c.mu2 is locked`
	locked = true
	return c.n + v
}

// F7: closure read-unlocks; the function write-locks.
func (c *C) F7(v int) int {
	locked := false
	defer func() {
		if locked {
			c.rw.RUnlock()
		}
	}()
	c.rw.Lock() // want `c.rw is locked`
	locked = true
	return c.n + v
}

// F8: closure unlocks then relocks.
func (c *C) F8(v int) int { // want F8:"locks p0\\.mu"
	locked := false
	defer func() {
		if locked {
			c.mu.Unlock()
			c.mu.Lock()
		}
	}()
	c.mu.Lock() // real leak, reported by neither build: `c.mu is locked`
	locked = true
	return c.n + v
}

// F9: flag set by a non-deferred closure call in a loop; the deferred
// closure deferred inside a loop iteration that returns early.
func (c *C) F9(xs []int) int {
	for _, x := range xs {
		locked := false
		c.mu.Lock() // want `c.mu is locked`
		locked = true
		if x > 0 {
			continue
		}
		defer func() {
			if locked {
				c.mu.Unlock()
			}
		}()
		return x
	}
	return 0
}

// F10: closure of another mutex value: d.mu, not c.mu.
func (c *C) F10(d *C) int { // want F10:"locks p0\\.mu; may unlock p1\\.mu"
	locked := false
	defer func() {
		if locked {
			d.mu.Unlock()
		}
	}()
	c.mu.Lock() // real leak, reported by neither build: `c.mu is locked`
	locked = true
	return c.n
}

// F11: the defer unlocks under the flag but the flag also gates an
// early return in the closure before unlocking.
func (c *C) F11(v int, stop *bool) int {
	locked := false
	defer func() {
		if locked {
			if *stop {
				return
			}
			c.mu.Unlock()
		}
	}()
	c.mu.Lock() // want `c.mu is locked`
	locked = true
	return c.n + v
}

// F12: the closure is deferred, but also called directly first which
// may unlock; then the flag is set again after a relock... Here: the
// closure's flag is reused for a different mutex value via reassignment
// of the pointer it closes over.
func F12(a, b *C) int { // want F12:"locks p1\\.mu"
	m := &a.mu
	locked := false
	defer func() {
		if locked {
			m.Unlock()
		}
	}()
	b.mu.Lock() // real leak, reported by neither build: `b.mu is locked`
	locked = true
	return b.n
}
