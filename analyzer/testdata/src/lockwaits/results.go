package lockwaits

import (
	"errors"
	"sync"
)

// A Consolidator runs a query once for all who ask at the same time: the
// first gets a Result locked for writing, the others wait on its read
// lock until Broadcast unlocks it.
type Consolidator struct {
	mu      sync.Mutex
	queries map[string]*Result
}

type Result struct {
	executing sync.RWMutex
	co        *Consolidator
	query     string
	Value     any
}

// SafeCreate returns the Result it locked through a named result, in a
// function with a defer: the lock goes with the value, as in a function
// without one.
func (co *Consolidator) SafeCreate(query string) (r *Result, created bool) { // want SafeCreate:"keeps p0"
	co.mu.Lock()
	defer co.mu.Unlock()
	ok := false
	if r, ok = co.queries[query]; ok {
		return r, false
	}
	r = &Result{co: co, query: query}
	r.executing.Lock()
	co.queries[query] = r
	return r, true
}

// CreateChecked locks a new Result and fails on an empty query, giving
// nil back: the lock stays with a value no one has.
func (co *Consolidator) CreateChecked(query string) (r *Result, err error) { // want CreateChecked:"keeps p0"
	co.mu.Lock()
	defer co.mu.Unlock()
	r = &Result{co: co, query: query}
	r.executing.Lock() // want `r.executing is locked at line \d+ and still held at the return at line \d+`
	if query == "" {
		return nil, errors.New("empty query")
	}
	co.queries[query] = r
	return r, nil
}

// Broadcast releases those who wait.
func (r *Result) Broadcast() { // want Broadcast:"unlocks p0.executing"
	r.co.mu.Lock()
	defer r.co.mu.Unlock()
	delete(r.co.queries, r.query)
	r.executing.Unlock()
}

// Wait waits for the first to finish.
func (r *Result) Wait() { // want Wait:"rlocks p0.executing"
	r.executing.RLock()
}
