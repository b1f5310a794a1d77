package locks

import "sync"

// A deferred closure that unlocks where a flag is set unlocks from the
// store of true into the flag on.

type flagCounter struct {
	mu    sync.Mutex
	rw    sync.RWMutex
	n     int
	limit int
}

func (c *flagCounter) SafeAddLater(ch chan int) int {
	locked := false
	defer func() {
		if locked {
			c.mu.Unlock()
		}
	}()
	v := <-ch
	c.mu.Lock()
	locked = true
	if v > c.limit {
		return v
	}
	c.n += v
	c.mu.Unlock()
	locked = false
	return c.n
}

func (c *flagCounter) SafeMirror(ch chan int) int {
	var held bool
	defer func() {
		if held {
			c.rw.RUnlock()
		}
	}()
	for v := range ch {
		c.rw.RLock()
		held = true
		if v > c.limit {
			return v
		}
		c.rw.RUnlock()
		held = false
	}
	return 0
}

// The flag is set on one branch only.
func (c *flagCounter) LeakyAddLater(ch chan int) int {
	locked := false
	defer func() {
		if locked {
			c.mu.Unlock()
		}
	}()
	v := <-ch
	c.mu.Lock() // want `c.mu is locked at line 62 and still held at the return at line 67 \(reached when v > c.limit at line 66\)`
	if v > 10 {
		locked = true
	}
	if v > c.limit {
		return v
	}
	c.n += v
	if locked {
		c.mu.Unlock()
		locked = false
	}
	return c.n
}
