// Package cache guards its entries with an embedded sync.RWMutex and its
// log with a sync.Mutex field: one lock is left held on an error path,
// one is always released, one is handed to the caller to release.
package cache

import (
	"errors"
	"sync"
)

// ErrEmptyKey is returned by Put for an empty key.
var ErrEmptyKey = errors.New("cache: empty key")

// Cache maps keys to values.
type Cache struct {
	sync.RWMutex // guards data
	data         map[string]string

	mu  sync.Mutex // guards log
	log []string
}

// Put stores v under k. It returns with the write lock held when k is
// empty.
func (c *Cache) Put(k, v string) error {
	c.Lock()
	if k == "" {
		return ErrEmptyKey
	}
	if c.data == nil {
		c.data = map[string]string{}
	}
	c.data[k] = v
	c.Unlock()
	return nil
}

// Lookup returns the value of k. It returns with the read lock held when
// k is missing.
func (c *Cache) Lookup(k string) (string, bool) {
	c.RLock()
	v, ok := c.data[k]
	if !ok {
		return "", false
	}
	c.RUnlock()
	return v, true
}

// Len returns the number of entries.
func (c *Cache) Len() int {
	c.RLock()
	defer c.RUnlock()
	return len(c.data)
}

// Begin locks the log for a series of Note calls and returns the function
// that unlocks it, which is the caller's to call.
func (c *Cache) Begin() (end func()) {
	c.mu.Lock()
	return c.mu.Unlock
}

// Note appends a line to the log, which the caller has locked with Begin.
func (c *Cache) Note(line string) { c.log = append(c.log, line) }

// Log returns the lines of the log.
func (c *Cache) Log() []string {
	end := c.Begin()
	defer end()
	return append([]string(nil), c.log...)
}
