// Package locksdep defines lock helpers whose contracts other packages
// learn through facts.
package locksdep

import "sync"

// Cache guards its entries with a read-write mutex.
type Cache struct {
	mu      sync.RWMutex
	entries map[string]string
}

// Lock returns holding the cache's write lock: callers must call Unlock.
func (c *Cache) Lock() { c.mu.Lock() } // want Lock:"locks p0.mu"

// Unlock releases the write lock.
func (c *Cache) Unlock() { c.mu.Unlock() } // want Unlock:"unlocks p0.mu"

// RLock returns holding the read lock.
func (c *Cache) RLock() { c.mu.RLock() } // want RLock:"rlocks p0.mu"

// RUnlock releases the read lock.
func (c *Cache) RUnlock() { c.mu.RUnlock() } // want RUnlock:"runlocks p0.mu"

// Set writes under the lock and leaves it as it was.
func (c *Cache) Set(k, v string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.entries[k] = v
}

var global sync.Mutex

// LockAll returns holding the package's global lock.
func LockAll() { global.Lock() } // want LockAll:"locks locksdep.global"

// UnlockAll releases it.
func UnlockAll() { global.Unlock() } // want UnlockAll:"unlocks locksdep.global"

// Guard locks the mutex it is given; the caller unlocks it.
func Guard(mu *sync.Mutex) { mu.Lock() } // want Guard:"locks p0"
