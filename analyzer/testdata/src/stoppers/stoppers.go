// Package stoppers: a Stop that closes the channel that Close closes,
// under a lock it releases by defer, releases the value as Close does;
// an owner whose Close calls it owns what it holds.
package stoppers

import "sync"

// Stopper runs workers until its channel is closed.
type Stopper struct {
	mu     sync.Mutex
	stopc  chan struct{}
	wg     sync.WaitGroup
	closed bool
}

func NewStopper() *Stopper { // want NewStopper:"dormant r0"
	return &Stopper{stopc: make(chan struct{})}
}

func (s *Stopper) RunWorker(f func()) { // want RunWorker:"keeps p0,p1; starts p0,p1"
	s.mu.Lock()
	defer s.mu.Unlock()
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		f()
	}()
}

func (s *Stopper) ShouldStop() <-chan struct{} { return s.stopc } // want ShouldStop:"gives p0\\.stopc as r0"

// Stop signals the workers and waits for them.
func (s *Stopper) Stop() { // want Stop:"releases p0"
	s.mu.Lock()
	defer s.mu.Unlock()
	close(s.stopc)
	s.wg.Wait()
}

// Close only signals them.
func (s *Stopper) Close() {
	close(s.stopc)
}

// Restart closes the channel and makes another: no release.
func (s *Stopper) Restart() {
	close(s.stopc)
	s.stopc = make(chan struct{})
}

type compactor struct {
	stopper *Stopper
	work    chan int
}

func (c *compactor) Close() { c.stopper.Stop() } // want Close:"releases p0; closes p0\\.stopper"

// SafeNewCompactor starts a worker under a stopper that the compactor it
// returns stops when it is closed.
func SafeNewCompactor() (*compactor, error) { // want SafeNewCompactor:"borrows r0; nil r1"
	c := &compactor{stopper: NewStopper(), work: make(chan int, 1)}
	c.stopper.RunWorker(func() {
		select {
		case <-c.work:
		case <-c.stopper.ShouldStop():
		}
	})
	return c, nil
}

// SafeStopped stops what it started.
func SafeStopped(f func()) { // want SafeStopped:"keeps p0; starts p0"
	s := NewStopper()
	s.RunWorker(f)
	s.Stop()
}

// LeakRestarted restarts the stopper instead of stopping it: the new
// channel is never closed and the worker runs on.
func LeakRestarted(f func()) { // want LeakRestarted:"keeps p0; starts p0"
	s := NewStopper() // want `s returned by NewStopper is not closed`
	s.RunWorker(f)
	s.Restart()
}

// LeakWorker starts a worker and drops the stopper.
func LeakWorker(f func()) { // want LeakWorker:"keeps p0; starts p0"
	s := NewStopper() // want `s returned by NewStopper is not closed`
	s.RunWorker(f)
}
