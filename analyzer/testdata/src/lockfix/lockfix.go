// Package lockfix checks the fix that defers an unlock.
package lockfix

import (
	"errors"
	"sync"
)

type Counter struct {
	mu sync.Mutex
	n  map[string]int
}

var errMissing = errors.New("missing")

// Get returns early with the lock held; the fix defers the unlock and
// drops the unlocks before the returns.
func (c *Counter) Get(k string) (int, error) {
	c.mu.Lock() // want `c.mu is locked`
	n, ok := c.n[k]
	if !ok {
		return 0, errMissing
	}
	c.mu.Unlock()
	return n, nil
}

// Notify unlocks before calling out, which a defer would not: no fix.
func (c *Counter) Notify(k string, f func(int)) error {
	c.mu.Lock() // want `c.mu is locked`
	n, ok := c.n[k]
	if !ok {
		return errMissing
	}
	c.mu.Unlock()
	f(n)
	return nil
}
