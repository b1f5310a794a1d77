// Package dormantloop starts a dormant worker inside a loop: a path that
// goes round the loop after the start and then returns leaks it.
//
// REVIEW NOTE: HEAD is right; 1b8cd33 also reported SafeEarly.
package dormantloop

import "errors"

// Worker runs jobs in the background once started.
type Worker struct {
	jobs chan int
	quit chan struct{}
}

// NewWorker only allocates.
func NewWorker() *Worker { // want NewWorker:"dormant r0"
	return &Worker{jobs: make(chan int), quit: make(chan struct{})}
}

// Start begins the background loop.
func (w *Worker) Start() { // want Start:"keeps p0; starts p0"
	go func() {
		for {
			select {
			case <-w.jobs:
			case <-w.quit:
				return
			}
		}
	}()
}

// Close stops the loop.
func (w *Worker) Close() error { // want Close:"nil r0"
	close(w.quit)
	return nil
}

// runLeak starts the worker on the first job and returns on a bad job
// later without closing it: a real leak on the second iteration.
func runLeak(jobs []int) error {
	w := NewWorker() // want `w returned by NewWorker is not closed on all paths`
	started := false
	for _, j := range jobs {
		if j < 0 {
			return errors.New("bad job")
		}
		if !started {
			w.Start()
			started = true
		}
		w.jobs <- j
	}
	return w.Close()
}

// SafeEarly is fine: it returns before the start only.
func SafeEarly(ok bool) (*Worker, error) {
	w := NewWorker()
	if !ok {
		return nil, errors.New("no")
	}
	w.Start()
	return w, nil
}
