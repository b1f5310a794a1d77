// Package closedsignal reads a watcher's events in a goroutine that
// returns when the watcher's Closed channel says it was closed.
package closedsignal

import (
	"fmt"
	"log"
	"sync"
	"time"
)

// Watcher polls for changes once started.
type Watcher struct {
	Event   chan string
	Error   chan error
	Closed  chan struct{}
	Done    chan struct{}
	close   chan struct{}
	mu      *sync.Mutex
	running bool
}

// New makes a watcher that holds nothing until it starts.
func New() *Watcher {
	return &Watcher{Event: make(chan string), Error: make(chan error), Closed: make(chan struct{}), Done: make(chan struct{}), close: make(chan struct{}), mu: new(sync.Mutex)}
}

// Start polls every d until Close is called, then closes Closed.
func (w *Watcher) Start(d time.Duration) error { // want Start:"keeps p0; starts p0"
	w.mu.Lock()
	w.running = true
	w.mu.Unlock()
	ticker := time.NewTicker(d)
	defer ticker.Stop()
	go func() {
		for range ticker.C {
			w.Event <- "tick"
		}
	}()
	<-w.close
	close(w.Closed)
	return nil
}

// Close stops the watcher.
func (w *Watcher) Close() {
	w.mu.Lock()
	if !w.running {
		w.mu.Unlock()
		return
	}
	w.running = false
	w.mu.Unlock()
	w.close <- struct{}{}
}

// Watch prints events until the watcher is closed.
func Watch() {
	w := New()
	go func() {
		for {
			select {
			case e := <-w.Event:
				fmt.Println(e)
			case err := <-w.Error:
				log.Fatalln(err)
			case <-w.Closed:
				return
			}
		}
	}()
	if err := w.Start(time.Second); err != nil {
		log.Fatalln(err)
	}
}

// LeakDone prints events until its Done channel fires, which says nothing
// of Close.
func LeakDone() {
	w := New() // want `w returned by New is not closed`
	go func() {
		for {
			select {
			case e := <-w.Event:
				fmt.Println(e)
			case <-w.Done:
				return
			}
		}
	}()
	if err := w.Start(time.Second); err != nil {
		log.Fatalln(err)
	}
}
