// Package workers starts workers that serve a link until their context
// ends or their input runs out: the goroutine that a constructor starts
// with the new worker closes it when it ends, so a caller that only
// needs the worker to run may drop it.
package workers

import (
	"context"
	"sync"
	"time"
)

type instance struct {
	once sync.Once
	c    chan struct{}
}

func newInstance() *instance { return &instance{c: make(chan struct{})} }

func (d *instance) Close() error { // want Close:"keeps p0; nil r0"
	d.once.Do(func() { close(d.c) })
	return nil
}

func (d *instance) Wait() <-chan struct{} { return d.c } // want Wait:"gives p0.c as r0"

func must(err error) {
	if err != nil {
		panic(err)
	}
}

// Worker serves what in gives until ctx ends or in is closed.
type Worker struct {
	done  *instance
	timer *time.Ticker
	in    chan []byte
}

// NewWorker starts a worker that closes itself when ctx ends or in is
// closed.
func NewWorker(ctx context.Context, in chan []byte) (*Worker, error) { // want NewWorker:"keeps p0,p1; borrows r0; nil r1"
	w := &Worker{done: newInstance(), timer: time.NewTicker(time.Minute), in: in}
	go w.run(ctx)
	go w.monitor()
	return w, nil
}

func (w *Worker) Close() error { return w.done.Close() } // want Close:"releases p0; nil r0; closes p0.done"

func (w *Worker) monitor() {
	defer w.timer.Stop()
	for {
		select {
		case <-w.done.Wait():
			return
		case <-w.timer.C:
		}
	}
}

func (w *Worker) run(ctx context.Context) { // want run:"releases p0; closes p0.done"
	defer func() {
		must(w.done.Close())
	}()
	for {
		select {
		case <-ctx.Done():
			return
		case b, ok := <-w.in:
			if !ok || len(b) == 0 {
				return
			}
		}
	}
}

// SafeDispatch starts a worker for in and leaves it to run.
func SafeDispatch(ctx context.Context, in chan []byte) error { // want SafeDispatch:"keeps p0,p1; nil r0"
	_, err := NewWorker(ctx, in)
	return err
}

// Poller polls until it is closed.
type Poller struct {
	done  *instance
	timer *time.Ticker
}

// NewPoller starts a poller that runs until it is closed.
func NewPoller() *Poller {
	p := &Poller{done: newInstance(), timer: time.NewTicker(time.Second)}
	go p.loop()
	return p
}

func (p *Poller) Close() error { return p.done.Close() } // want Close:"releases p0; nil r0; closes p0.done"

func (p *Poller) loop() { // want loop:"releases p0; closes p0.done"
	defer p.timer.Stop()
	defer func() {
		must(p.done.Close())
	}()
	for {
		select {
		case <-p.done.Wait():
			return
		case <-p.timer.C:
		}
	}
}

// pollerLeak drops a poller, whose goroutine ends only when it is
// closed.
func pollerLeak() bool {
	return NewPoller() != nil // want `the \*Poller returned by NewPoller is`
}
