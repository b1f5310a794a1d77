package locks

import (
	"context"
	"sync"
	"time"
)

// A Stack is Queue without Lock and Unlock methods.
type Stack struct {
	mu    sync.Mutex
	items []int
}

// Pop forgets the unlock as Queue.Pop does; nothing pairs it, and it is
// reported.
func (s *Stack) Pop() int { // want Pop:"locks p0.mu"
	s.mu.Lock() // want `s.mu is locked at line \d+ and still held at the return at line \d+`
	for len(s.items) == 0 {
		s.mu.Unlock()
		time.Sleep(time.Millisecond)
		s.mu.Lock()
	}
	x := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return x
}

// A Worker counts the jobs it has run.
type Worker struct {
	mu    sync.Mutex
	jobs  []func()
	done  int
	ready bool
}

// next waits for a job and takes it; it forgets the unlock. Its caller
// loops: the unlock at the end of each round runs after the call (on
// the next round's path too), which callersUnlock takes for the release.
// HIDDEN by rule 1 (run deadlocks at its own Lock right after the call).
func (w *Worker) next() func() { // want next:"locks p0.mu"
	w.mu.Lock() // want `w.mu is locked at line \d+ and still held at the return at line \d+`
	for len(w.jobs) == 0 {
		w.mu.Unlock()
		time.Sleep(time.Millisecond)
		w.mu.Lock()
	}
	j := w.jobs[0]
	w.jobs = w.jobs[1:]
	return j
}

// run runs the jobs and counts them, under the lock.
func (w *Worker) run(ctx context.Context) {
	for ctx.Err() == nil {
		j := w.next()
		j()
		w.mu.Lock()
		w.done++
		w.mu.Unlock()
	}
}

// waitReadyErr returns holding w.mu on every way out, failing or not: a
// lock helper whose last result is an error. Its caller unlocks in both
// cases; the helper is reported (a false alarm kept: the every-way-out
// rule is off for a function that can fail).
func (w *Worker) waitReadyErr(ctx context.Context) error { // want waitReadyErr:"locks p0.mu"
	w.mu.Lock() // want `w.mu is locked at line \d+ and still held`
	for !w.ready {
		if err := ctx.Err(); err != nil {
			return err
		}
		w.mu.Unlock()
		time.Sleep(time.Millisecond)
		w.mu.Lock()
	}
	return nil
}

// SafeDone unlocks whatever waitReadyErr said.
func (w *Worker) SafeDone(ctx context.Context) (int, error) {
	err := w.waitReadyErr(ctx)
	defer w.mu.Unlock()
	if err != nil {
		return 0, err
	}
	return w.done, nil
}
