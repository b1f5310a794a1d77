package ownedlocal

// This file: a dormant value built as a literal in a variable whose
// address is returned, r := T{...}; return &r, which Go compiles to a
// copy of the literal into the variable.

import (
	"errors"
	"slices"
)

// results collects samples that its workers send, and sorts them when
// closed.
type results struct {
	name    string
	samples chan int
	sorted  []int
}

func newResults(name string, workers int) *results { // want newResults:"dormant r0"
	r := results{name: name}
	r.samples = make(chan int, workers)
	return &r
}

// Start starts the worker that reads the samples until Close.
func (r *results) Start(out chan<- int) { // want Start:"keeps p0,p1; starts p0"
	go func() {
		for n := range r.samples {
			out <- n
		}
	}()
}

// Close stops the worker, and sorts what it kept.
func (r *results) Close() {
	close(r.samples)
	slices.Sort(r.sorted)
}

// startedLeak drops results whose worker it started.
func startedLeak(name string, out chan<- int) error { // want startedLeak:"keeps p1; nil r0"
	r := newResults(name, 1) // want `r returned by newResults is not closed`
	r.Start(out)
	return nil
}

// SafeResultsDropped is fine: results dropped before any worker started
// hold nothing.
func SafeResultsDropped(name string, workers int) error {
	r := newResults(name, workers)
	if workers == 0 {
		return errors.New("no workers")
	}
	r.Close()
	return nil
}
