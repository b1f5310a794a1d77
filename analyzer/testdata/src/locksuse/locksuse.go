package locksuse

import (
	"errors"
	"sync"

	"locksdep"
)

var errEmpty = errors.New("empty")

// Put forgets the unlock that locksdep's Lock asks of it.
func Put(c *locksdep.Cache, k, v string) error {
	c.Lock() // want `c.mu is locked at line 14 and still held at the return at line 16 \(reached when k == "" at line 15\)`
	if k == "" {
		return errEmpty
	}
	c.Set(k, v)
	c.Unlock()
	return nil
}

// SafePut unlocks through the helper.
func SafePut(c *locksdep.Cache, k, v string) error {
	c.Lock()
	defer c.Unlock()
	if k == "" {
		return errEmpty
	}
	return nil
}

// Read forgets the read unlock.
func Read(c *locksdep.Cache, ok bool) bool {
	c.RLock() // want `c.mu is read-locked at line 35 and still held at the return at line 37`
	if !ok {
		return false
	}
	c.RUnlock()
	return true
}

// SafeRead releases the read lock through the helper.
func SafeRead(c *locksdep.Cache) {
	c.RLock()
	c.RUnlock()
}

// All forgets to release the global lock of locksdep.
func All(f func() error) error { // want All:"gives r0 of p0\\(\\) as r0"
	locksdep.LockAll() // want `locksdep.global is locked at line 51 and still held at the return at line 53 \(reached when err != nil at line 52\)`
	if err := f(); err != nil {
		return err
	}
	locksdep.UnlockAll()
	return nil
}

// SafeAll releases it by defer.
func SafeAll(f func() error) error { // want SafeAll:"gives r0 of p0\\(\\) as r0"
	locksdep.LockAll()
	defer locksdep.UnlockAll()
	return f()
}

// Guarded leaks the mutex that Guard locked for it.
func Guarded(mu *sync.Mutex, f func() bool) {
	locksdep.Guard(mu) // want `mu is locked at line 68 and still held at the return at line 70`
	if f() {
		return
	}
	mu.Unlock()
}

// SafeGuarded unlocks it.
func SafeGuarded(mu *sync.Mutex) {
	locksdep.Guard(mu)
	defer mu.Unlock()
}
