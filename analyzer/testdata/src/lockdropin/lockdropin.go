// Package lockdropin locks leakvet's drop-in mutexes: their locks are
// named after the mutex the code declares, not after the sync mutex
// inside it, which the code cannot reach.
package lockdropin

import (
	"errors"

	leakruntime "github.com/leakvet/leakvet/runtime"
)

var errNegative = errors.New("negative")

type Counter struct {
	mu    leakruntime.Mutex
	rw    leakruntime.RWMutex
	count int
}

func (c *Counter) Add(n int) error {
	c.mu.Lock() // want `c.mu is locked at line 21 and still held at the return at line 23 \(reached when n < 0 at line 22\)`
	if n < 0 {
		return errNegative
	}
	c.count += n
	c.mu.Unlock()
	return nil
}

// SafeAdd is fine: the deferred Unlock releases the lock on every path.
func (c *Counter) SafeAdd(n int) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if n < 0 {
		return errNegative
	}
	c.count += n
	return nil
}

func (c *Counter) Get() (int, error) {
	c.rw.RLock() // want `c.rw is read-locked at line 42 and still held at the return at line 44 \(reached when c.count < 0 at line 43\)`
	if c.count < 0 {
		return 0, errNegative
	}
	n := c.count
	c.rw.RUnlock()
	return n, nil
}

// SafeGet is fine: it releases the read lock on both paths.
func (c *Counter) SafeGet() (int, error) {
	c.rw.RLock()
	if c.count < 0 {
		c.rw.RUnlock()
		return 0, errNegative
	}
	n := c.count
	c.rw.RUnlock()
	return n, nil
}

// SafeLockIf is fine: it returns the drop-in mutex it holds, for the
// caller to unlock.
func (c *Counter) SafeLockIf(ok bool) *leakruntime.Mutex {
	c.mu.Lock()
	if !ok {
		c.mu.Unlock()
		return nil
	}
	return &c.mu
}
