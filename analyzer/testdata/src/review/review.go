// Package review holds leaks that the rules removing false alarms must
// still find, beside the safe code those rules are for.
package review

import (
	"errors"
	"sync"
)

// worker runs a loop that its Close stops by closing a channel that never
// leaves it; the loop runs on a goroutine that sync.WaitGroup.Go starts.
type worker struct {
	done chan struct{}
	wg   sync.WaitGroup
	n    int
}

func newWorker() *worker { return &worker{done: make(chan struct{})} }

func (w *worker) start() { w.wg.Go(w.loop) } // want start:"keeps p0"

func (w *worker) loop() {
	for {
		select {
		case <-w.done:
			return
		default:
			w.n++
		}
	}
}

func (w *worker) Close() { close(w.done) }

// leakWorker leaks the loop's goroutine when it fails: the channel that
// Close closes is waited on by a goroutine that the package starts
// through a method value handed to WaitGroup.Go.
func leakWorker(fail bool) error {
	w := newWorker() // want `w returned by newWorker is not closed on all paths`
	w.start()
	if fail {
		return errors.New("failed")
	}
	w.Close()
	return nil
}

// gate is a semaphore whose Close wakes the callers blocked in enter; no
// goroutine of the package can wait on it.
type gate struct{ tokens chan struct{} }

func newGate() *gate { return &gate{tokens: make(chan struct{}, 1)} }

func (g *gate) enter() { g.tokens <- struct{}{} }

func (g *gate) Close() { close(g.tokens) } // want Close:"releases nothing"

// SafeGate is fine: only the callers of enter, who hold the gate, can
// wait on its channel.
func SafeGate(fail bool) error {
	g := newGate()
	g.enter()
	if fail {
		return errors.New("failed")
	}
	return nil
}
