// Package cache keeps values made on demand: GetOrCreate gives the value
// of a key, making it with the function it is given the first time, and
// keeps what it makes; the cache closes its values when it evicts them.
package cache

import "sync"

type entry[V any] struct {
	ready chan struct{}
	value V
	err   error
}

// Cache maps keys to values made once.
type Cache[K comparable, V any] struct {
	mu      sync.Mutex
	entries map[K]*entry[V]
	onEvict func(K, V)
	zero    V
}

// New returns an empty cache.
func New[K comparable, V any](onEvict func(K, V)) *Cache[K, V] { // want New:"keeps p0; wraps p0 in r0"
	return &Cache[K, V]{entries: map[K]*entry[V]{}, onEvict: onEvict}
}

// GetOrCreate returns the value of key, made by create where it is not
// there yet, and whether it was there.
func (c *Cache[K, V]) GetOrCreate(key K, create func(K) (V, error)) (V, bool, error) { // want GetOrCreate:"keeps p1,p2; borrows r0"
	c.mu.Lock()
	if e, ok := c.entries[key]; ok {
		c.mu.Unlock()
		<-e.ready
		return e.value, true, e.err
	}
	e := &entry[V]{ready: make(chan struct{})}
	c.entries[key] = e
	c.mu.Unlock()
	v, err := func() (v V, err error) {
		defer func() {
			e.value, e.err = v, err
			close(e.ready)
			if err != nil {
				v = c.zero
				c.mu.Lock()
				delete(c.entries, key)
				c.mu.Unlock()
			}
		}()
		return create(key)
	}()
	return v, false, err
}

// Evict closes and drops every value.
func (c *Cache[K, V]) Evict() {
	c.mu.Lock()
	defer c.mu.Unlock()
	for k, e := range c.entries {
		if c.onEvict != nil && e.err == nil {
			c.onEvict(k, e.value)
		}
		delete(c.entries, k)
	}
}

// Retry calls make until it succeeds, n times at most, and gives what it
// made: it keeps nothing.
func Retry[V any](n int, make func() (V, error)) (V, error) { // want Retry:`gives r0 of p1\(\) as r0; gives r1 of p1\(\) as r1`
	var v V
	var err error
	for range n {
		if v, err = make(); err == nil {
			return v, nil
		}
	}
	return v, err
}
