// Package ptrmutex probes computesOnly's pointer-held mutex: a Close that
// locks a *sync.Mutex, sets a flag and unlocks, where the flag is what
// frees something elsewhere.
package ptrmutex

import (
	"sync"
	"time"
)

// Hub fans messages out to its subscriptions: each has a goroutine that
// forwards the hub's messages to it, under the hub's mutex, which the
// subscription shares, until its Close marks it closed.
type Hub struct {
	mu   sync.Mutex
	cond *sync.Cond
	last string
}

// NewHub returns a hub.
func NewHub() *Hub {
	h := &Hub{}
	h.cond = sync.NewCond(&h.mu)
	return h
}

// Sub is a subscription to a hub.
type Sub struct {
	mu     *sync.Mutex // the hub's
	C      chan string
	closed bool
}

// Subscribe starts a subscription's goroutine.
func (h *Hub) Subscribe() *Sub { // want Subscribe:"keeps p0"
	s := &Sub{mu: &h.mu, C: make(chan string, 16)}
	go h.forward(s)
	return s
}

func (h *Hub) forward(s *Sub) {
	h.mu.Lock()
	defer h.mu.Unlock()
	for !s.closed {
		h.cond.Wait()
		select {
		case s.C <- h.last:
		default:
		}
	}
}

// Close marks the subscription closed; its goroutine ends at the next
// message.
func (s *Sub) Close() error { // want Close:"nil r0"
	s.mu.Lock()
	s.closed = true
	s.mu.Unlock()
	return nil
}

// Publish wakes every subscription's goroutine.
func (h *Hub) Publish(m string) {
	h.mu.Lock()
	h.last = m
	h.mu.Unlock()
	h.cond.Broadcast()
}

// First waits for one message and leaves the goroutine running.
func First(h *Hub) string {
	// Hidden by a first form of a rule of this round, reported again (rule 3: a flag under a shared *sync.Mutex that a goroutine reads).
	s := h.Subscribe() // want `s returned by h.Subscribe is not closed`
	return <-s.C
}

// Ticker runs a goroutine until Close sets its stopped flag.
type Ticker struct {
	mu      *sync.Mutex
	stopped bool
	n       int
}

// StartTicker starts a ticker's goroutine.
func StartTicker(d time.Duration) *Ticker {
	t := &Ticker{mu: new(sync.Mutex)}
	go t.loop(d)
	return t
}

func (t *Ticker) loop(d time.Duration) {
	for {
		time.Sleep(d)
		t.mu.Lock()
		if t.stopped {
			t.mu.Unlock()
			return
		}
		t.n++
		t.mu.Unlock()
	}
}

// Close stops the goroutine.
func (t *Ticker) Close() error { // want Close:"nil r0"
	t.mu.Lock()
	t.stopped = true
	t.mu.Unlock()
	return nil
}

// Count starts a ticker and never stops its goroutine.
func Count() int {
	// Hidden by a first form of a rule of this round, reported again (rule 3: a flag under an own *sync.Mutex that a goroutine reads).
	t := StartTicker(time.Millisecond) // want `t returned by StartTicker is not closed`
	time.Sleep(10 * time.Millisecond)
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.n
}

// VTicker is Ticker with a mutex of its own by value.
type VTicker struct {
	mu      sync.Mutex
	stopped bool
	n       int
}

// StartVTicker starts a ticker's goroutine.
func StartVTicker(d time.Duration) *VTicker {
	t := &VTicker{}
	go t.loop(d)
	return t
}

func (t *VTicker) loop(d time.Duration) {
	for {
		time.Sleep(d)
		t.mu.Lock()
		if t.stopped {
			t.mu.Unlock()
			return
		}
		t.n++
		t.mu.Unlock()
	}
}

// Close stops the goroutine.
func (t *VTicker) Close() error { // want Close:"nil r0"
	t.mu.Lock()
	t.stopped = true
	t.mu.Unlock()
	return nil
}

// VCount starts a ticker and never stops its goroutine.
func VCount() int {
	// Known gap, silent before and after: the same shape with the mutex held by value.
	t := StartVTicker(time.Millisecond) // a known gap: not reported (see README, Limits)
	time.Sleep(10 * time.Millisecond)
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.n
}
