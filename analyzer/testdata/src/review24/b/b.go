// Package b: a copy of a handle given to a helper of the package that
// starts a goroutine on a channel the copy was made with, and stores
// only plain values into the copy's fields. The copy's Close is what
// stops that goroutine.
package b

import "strconv"

type store interface {
	Exec(q string) error
	Close() error
}

type handle struct {
	ID    string
	Store store
	seq   int
	done  chan struct{}
	ticks chan int
}

func (h *handle) Close() error { // want Close:"releases p0; closes p0.Store"
	close(h.done)
	return h.Store.Close()
}

// startPinger stores only an int into h, and starts a goroutine that
// runs until h is closed.
func (h *handle) startPinger(parent string) { // want startPinger:"starts p0"
	h.seq++
	h.ID = parent + "-" + strconv.Itoa(h.seq)
	done, ticks := h.done, h.ticks
	go func() {
		for {
			select {
			case <-done:
				return
			case ticks <- 1:
			}
		}
	}()
}

// Once wrongly "borrows r0" (a85d554, fixed since): plainWrites ignores that the
// helper starts p0 (it only reads h.done and h.ticks).
func (h *handle) watched() *handle { // want watched:"^gives p0.Store as r0.Store$"
	cn := &handle{Store: h.Store, done: make(chan struct{}), ticks: make(chan int)}
	cn.startPinger(h.ID)
	return cn
}

// LeakPinger drops the copy: its pinger runs forever.
// Missed once, and fixed since (a85d554, setsOnlyPlain): reported at eafef27.
func LeakPinger(h *handle) error {
	c := h.watched() // want `c returned by h\.watched is not closed`
	<-c.ticks
	return c.Store.Exec("select 1")
}
