// Package locks has a lock its tests leave held, one they take and always
// release, and one left held through a path leakvet does not judge.
package locks

import (
	"errors"

	leakruntime "github.com/leakvet/leakvet/runtime"
)

// ErrNegative is returned by Add for a negative amount.
var ErrNegative = errors.New("locks: negative amount")

// Counter counts by key. Mu guards counts; it is exported so that a test
// can bind it to its tracker.
type Counter struct {
	Mu     leakruntime.Mutex
	counts map[string]int
}

// Add adds n to the count of key. It returns with c.Mu held when n is
// negative.
func (c *Counter) Add(key string, n int) error {
	c.Mu.Lock()
	if n < 0 {
		return ErrNegative
	}
	if c.counts == nil {
		c.counts = map[string]int{}
	}
	c.counts[key] += n
	c.Mu.Unlock()
	return nil
}

// Get returns the count of key. It returns with c.Mu held when key was
// never counted.
func (c *Counter) Get(key string) (int, error) {
	c.Mu.Lock()
	n, ok := c.counts[key]
	if !ok {
		return 0, errors.New("locks: no count of " + key)
	}
	c.Mu.Unlock()
	return n, nil
}

// Hold locks c and returns the function that unlocks it, which leakvet
// leaves to the caller.
func (c *Counter) Hold() (unlock func()) {
	c.Mu.Lock()
	return c.Mu.Unlock
}
