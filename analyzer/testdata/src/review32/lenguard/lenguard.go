// Package lenguard tests rule 5a (lockplaces key): two len() of one SSA
// slice or string value are one guard.
//   - SafeString: lock and unlock under len(s) == 0 of one string. Fine.
//   - polarityLeak: lock under len(info) == 0, unlock under len(info) > 0:
//     the lock stays held when info is empty. SHOULD be reported.
//   - appendLeak: info is reassigned by append between the two tests, so
//     the second len is of another value (and never 0). SHOULD be reported.
//   - loopLeak: the guard value is a loop φ; the lock of one iteration is
//     tested by the len of the next iteration's value. On the last
//     iteration the lock may stay held. SHOULD be reported.
package lenguard

import "sync"

type client struct {
	mu sync.Mutex
	n  int
}

// SafeString is fine.
func (c *client) SafeString(s string) int {
	if len(s) == 0 {
		c.mu.Lock()
	}
	c.n++
	if len(s) == 0 {
		c.mu.Unlock()
	}
	return c.n
}

func (c *client) polarityLeak(info []string) int {
	if len(info) == 0 {
		c.mu.Lock() // want `c.mu is locked`
	}
	c.n++
	if len(info) > 0 {
		c.mu.Unlock()
	}
	return c.n
}

func (c *client) appendLeak(info []string) int { // want appendLeak:"keeps p1"
	if len(info) == 0 {
		c.mu.Lock() // want `c.mu is locked`
	}
	info = append(info, "x")
	c.n += len(info)
	if len(info) == 0 {
		c.mu.Unlock()
	}
	return c.n
}

func next(i int) []string {
	if i%2 == 0 {
		return nil
	}
	return []string{"x"}
}

func (c *client) loopLeak(n int) {
	var cur []string
	for i := 0; i < n; i++ {
		if len(cur) == 0 {
			c.mu.Lock() // want `c.mu is locked`
		}
		cur = next(i)
		c.n++
		if len(cur) == 0 {
			c.mu.Unlock()
		}
	}
}
