// Package plainjson encodes values whose types json.Marshal always
// encodes, and values that it may fail on.
package plainjson

import (
	"encoding/json"
	"sync"
)

type ref struct {
	Name    string `json:"name"`
	Version int    `json:"version"`
}

type info struct {
	Schema string            `json:"schema"`
	Refs   []ref             `json:"refs"`
	Tags   map[string]string `json:"tags"`
	Meta   *ref              `json:"meta"`
}

type sample struct {
	Name  string  `json:"name"`
	Ratio float64 `json:"ratio"`
}

type cache struct {
	mu      sync.RWMutex
	infos   map[int]info
	samples map[int]sample
}

// SafeEncode is fine: an info has only strings, integers, slices, maps
// and pointers of them, which json.Marshal always encodes, so the return
// on its error is never taken.
func (c *cache) SafeEncode(id int) ([]byte, error) { // want SafeEncode:"nil r1"
	c.mu.RLock()
	b, err := json.Marshal(c.infos[id])
	if err != nil {
		return nil, err
	}
	c.mu.RUnlock()
	return b, nil
}

// encodeLeak keeps the lock where json.Marshal fails: a float may be NaN.
func (c *cache) encodeLeak(id int) ([]byte, error) {
	c.mu.RLock() // want `c.mu is read-locked at line 48 and still held at the return at line 51`
	b, err := json.Marshal(c.samples[id])
	if err != nil {
		return nil, err
	}
	c.mu.RUnlock()
	return b, nil
}
