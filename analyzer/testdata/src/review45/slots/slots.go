// Package slots probes rule 3 (ffe0a44): in a function with a defer, a
// lock taken on the value held in a named result r (r = &T{};
// r.mu.Lock(); return r, true) goes with the value returned, when every
// store into r after the lock is a return's copy of r back into itself.
package slots

import (
	"errors"
	"sync"
)

// A Consolidator runs a query once for all who ask at the same time: the
// leader gets a Result locked for writing, registered in queries, and
// unlocks it with Broadcast; the followers Wait on its read lock.
type Consolidator struct {
	mu      sync.Mutex
	queries map[string]*Result
	limit   int
	journal *Journal
}

type Result struct {
	executing sync.RWMutex
	co        *Consolidator
	query     string
	Value     any
}

// A Journal records the queries started.
type Journal struct{ lines []string }

func (j *Journal) Sync() error { // want Sync:"nothing when zero"
	if len(j.lines) > 1000 {
		return errors.New("journal full")
	}
	return nil
}

// Broadcast releases those who wait.
func (r *Result) Broadcast() { // want Broadcast:"unlocks p0.executing"
	r.co.mu.Lock()
	defer r.co.mu.Unlock()
	delete(r.co.queries, r.query)
	r.executing.Unlock()
}

// Wait waits for the leader to finish.
func (r *Result) Wait() any { // want Wait:"borrows r0; gives p0.Value as r0"
	r.executing.RLock()
	defer r.executing.RUnlock()
	return r.Value
}

// Start registers a new locked Result unless one runs. Followers get nil
// (the deferred closure clears r where leader is false): they look the
// query up and Wait. Over the limit, the new Result is registered and
// locked, but the return says it is no leader: the deferred closure drops
// it, no one will Broadcast, and every follower that finds it in queries
// waits for good. The store r = nil is in the closure, which slotKept
// does not see. HIDDEN by rule 3.
func (co *Consolidator) Start(query string) (r *Result, leader bool) { // want Start:"keeps p0"
	co.mu.Lock()
	defer func() {
		if !leader {
			r = nil
		}
		co.mu.Unlock()
	}()
	ok := false
	if r, ok = co.queries[query]; ok {
		return r, false
	}
	r = &Result{co: co, query: query}
	r.executing.Lock() // want `r.executing is locked at line \d+ and still held at the return at line \d+`
	co.queries[query] = r
	if len(co.queries) > co.limit {
		return r, false
	}
	return r, true
}

// Begin registers a locked Result and gives it to the caller to
// Broadcast where it succeeds. The deferred closure syncs the journal
// and, where that fails, turns the return into a failure: the caller
// drops the Result it got beside the error, and the lock stays held on a
// Result that followers find in queries. The error the return gives is
// the deferred closure's, not the nil of `return r, nil`. HIDDEN, but not
// by rule 3: before it, succeedsHolding read the nil that the return
// stores and took the lock for the success's, as it still does.
func (co *Consolidator) Begin(query string) (r *Result, err error) { // want Begin:"keeps p0"
	co.mu.Lock()
	defer func() {
		co.mu.Unlock()
		if serr := co.journal.Sync(); serr != nil && err == nil {
			err = serr
		}
	}()
	if co.queries[query] != nil {
		return nil, errors.New("running")
	}
	r = &Result{co: co, query: query}
	r.executing.Lock() // MISSED (older than these rules, see README.md)
	co.queries[query] = r
	co.journal.lines = append(co.journal.lines, query)
	return r, nil
}

// Claim reuses a running Result through a closure that stores it into r:
// the new Result, locked, is dropped where reuse says true. The closure's
// store is no store slotKept sees. HIDDEN by rule 3 (the lock stays on a
// value no one has, as in the package's CreateChecked).
func (co *Consolidator) Claim(query string) (r *Result, leader bool) { // want Claim:"keeps p0"
	co.mu.Lock()
	defer co.mu.Unlock()
	reuse := func() bool {
		if old, ok := co.queries[query]; ok {
			r = old
			return true
		}
		return false
	}
	r = &Result{co: co, query: query}
	r.executing.Lock() // want `r.executing is locked at line \d+ and still held at the return at line \d+`
	if reuse() {
		return r, false
	}
	co.queries[query] = r
	return r, true
}

// CreateOrNil gives nil back over the limit, with the new Result still
// locked: the store of nil into r follows the lock, and it is reported.
func (co *Consolidator) CreateOrNil(query string) (r *Result, created bool) { // want CreateOrNil:"keeps p0"
	co.mu.Lock()
	defer co.mu.Unlock()
	r = &Result{co: co, query: query}
	r.executing.Lock() // want `r.executing is locked at line \d+ and still held at the return at line \d+`
	if len(co.queries) >= co.limit {
		return nil, false
	}
	co.queries[query] = r
	return r, true
}

// CreateOrOld gives the running Result back where one runs, after it
// locked a new one: the store of old into r follows the lock, and it is
// reported.
func (co *Consolidator) CreateOrOld(query string) (r *Result, created bool) { // want CreateOrOld:"keeps p0"
	co.mu.Lock()
	defer co.mu.Unlock()
	r = &Result{co: co, query: query}
	r.executing.Lock() // want `r.executing is locked at line \d+ and still held at the return at line \d+`
	if old, ok := co.queries[query]; ok {
		return old, false
	}
	co.queries[query] = r
	return r, true
}

// SafeCreateEither picks the new Result in one of two ways before it
// locks it: neither store dominates the lock, so slotKept refuses, and
// the lock that goes with the value returned is reported (a false alarm
// kept).
func (co *Consolidator) SafeCreateEither(query string, prio bool) (r *Result, created bool) { // want SafeCreateEither:"keeps p0"
	co.mu.Lock()
	defer co.mu.Unlock()
	if prio {
		r = &Result{co: co, query: "!" + query}
	} else {
		r = &Result{co: co, query: query}
	}
	r.executing.Lock() // want `r.executing is locked at line \d+ and still held`
	co.queries[r.query] = r
	return r, true
}

// SafeCreate is the package lockwaits's SafeCreate.
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

// Run leads a query and forgets to Broadcast where it fails: the lock
// that SafeCreate handed over with the Result stays held, and followers
// wait for good. The callee's lock goes with the value, but nothing makes
// the caller answer for it (a returned holder has no lock summary).
// HIDDEN: the handover has no receiving end (the same for a function
// without a defer, before the rule).
func (co *Consolidator) Run(query string, do func() (any, error)) (any, error) { // want Run:"gives r1 of p2\\(\\) as r1"
	r, leader := co.SafeCreate(query) // MISSED (older than these rules, see README.md)
	if !leader {
		return r.Wait(), nil
	}
	v, err := do()
	if err != nil {
		return nil, err
	}
	r.Value = v
	r.Broadcast()
	return v, nil
}

// StartAll registers a locked Result for each query and gives back the
// last one only, for its caller to Broadcast: the others stay locked in
// queries, and their followers wait for good. The store r = &Result{}
// dominates the lock, but runs again after it on the loop's next round;
// slotKept takes dominance for "before". HIDDEN, but not by rule 3 alone:
// no version before it reported this lock either (a local's lock in a
// loop).
func (co *Consolidator) StartAll(queries []string) (r *Result, n int) { // want StartAll:"keeps p0"
	co.mu.Lock()
	defer co.mu.Unlock()
	for _, q := range queries {
		r = &Result{co: co, query: q}
		r.executing.Lock() // MISSED (older than these rules, see README.md)
		if q == "" {
			r.executing.Unlock()
			continue
		}
		co.queries[q] = r
		n++
	}
	return r, n
}
