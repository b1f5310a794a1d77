// Package lockhelpers wraps a mutex whose Lock takes the inner lock in a
// closure that a helper calls on every path.
package lockhelpers

import "sync"

var contention bool

func blocked(string) {}

// withBlocked calls f, noting the wait where contention is measured.
func withBlocked(f func()) { // want withBlocked:"releases p0"
	if !contention {
		f()
		return
	}
	blocked("lock")
	f()
}

// RWMutex locks its inner mutex through withBlocked.
type RWMutex struct {
	inner sync.RWMutex
}

// Lock locks m.
func (m *RWMutex) Lock() { // want Lock:"keeps p0; locks p0.inner"
	withBlocked(func() {
		m.inner.Lock()
	})
}

// Unlock unlocks m.
func (m *RWMutex) Unlock() { m.inner.Unlock() } // want Unlock:"unlocks p0.inner"

type client struct {
	mu RWMutex
	n  int
}

// SafeInc is fine: Lock takes the inner lock that Unlock releases.
func (c *client) SafeInc() {
	c.mu.Lock()
	c.n++
	c.mu.Unlock()
}

func (c *client) heldLeak() int {
	c.mu.Lock() // want `c.mu.inner is locked at line 49 and still held at the return at line 51`
	if c.n > 3 {
		return c.n
	}
	c.n++
	c.mu.Unlock()
	return 0
}

// lockNeeded is false in this build: the cipher needs no lock.
const lockNeeded = false

// SafeEncrypt is fine: with lockNeeded false it takes no lock, and with
// it true it would unlock on both returns.
func (c *client) SafeEncrypt(out []byte) []byte { // want SafeEncrypt:"keeps p1; returns p1 as r0"
	if lockNeeded {
		c.mu.Lock()
	}
	if len(out) > c.n {
		if lockNeeded {
			c.mu.Unlock()
		}
		return nil
	}
	c.n++
	if lockNeeded {
		c.mu.Unlock()
	}
	return out
}

// lockAlways is true in this build.
const lockAlways = true

func (c *client) encryptLeak(out []byte) []byte { // want encryptLeak:"keeps p1; returns p1 as r0"
	if lockAlways {
		c.mu.Lock() // want `c.mu.inner is locked at line 85 and still held at the return at line 88`
	}
	if len(out) > c.n {
		return nil
	}
	c.n++
	if lockAlways {
		c.mu.Unlock()
	}
	return out
}

// SafeExecute is fine: it takes the UI lock and gives it back under the
// same length of the same slice.
func (c *client) SafeExecute(info []string) int {
	if len(info) == 0 {
		c.mu.Lock()
	}
	c.n++
	if len(info) == 0 {
		c.mu.Unlock()
	}
	return c.n
}

func (c *client) mapLeak(info map[string]int) int {
	if len(info) == 0 {
		c.mu.Lock() // want `c.mu.inner is locked at line 112 and still held at the return at line 118`
	}
	info["n"] = c.n
	if len(info) == 0 {
		c.mu.Unlock()
	}
	return c.n
}

// unlocker is what a lock helper gives its caller to defer.
type unlocker interface{ Unlock() }

type keyedLocker struct{ m sync.Map }

// lock locks the mutex of key and gives it to the caller to unlock.
func (k *keyedLocker) lock(key string) unlocker { // want lock:"r0 is \\*sync.Mutex"
	mu, _ := k.m.LoadOrStore(key, &sync.Mutex{})
	mu.(*sync.Mutex).Lock()
	return mu.(*sync.Mutex)
}

// SafeWithKey is fine: lock gives the mutex it locked to be unlocked here.
func SafeWithKey(k *keyedLocker, key string, f func() error) error { // want SafeWithKey:"releases p2; gives r0 of p2\\(\\) as r0"
	u := k.lock(key)
	defer u.Unlock()
	return f()
}
