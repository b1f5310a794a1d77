// Package dep has values whose Close tells a loop to close what they
// hold, as a BitTorrent client's acceptor does, and one whose Close tells
// nobody.
package dep

import "net"

// Acceptor accepts connections until Close: Run closes the listener once
// Close has closed closeC.
type Acceptor struct {
	listener net.Listener
	conns    chan net.Conn
	closeC   chan struct{}
	doneC    chan struct{}
}

func New(l net.Listener, conns chan net.Conn) *Acceptor { // want New:"keeps p0; wraps p0 in r0"
	return &Acceptor{listener: l, conns: conns, closeC: make(chan struct{}), doneC: make(chan struct{})}
}

func (a *Acceptor) Close() {
	close(a.closeC)
	<-a.doneC
}

func (a *Acceptor) Run() { // want Run:"keeps p0; starts p0; closes p0.listener"
	defer close(a.doneC)
	done := make(chan struct{})
	defer close(done)
	go func() {
		select {
		case <-a.closeC:
			a.listener.Close()
		case <-done:
		}
	}()
	for {
		c, err := a.listener.Accept()
		if err != nil {
			return
		}
		select {
		case a.conns <- c:
		case <-a.closeC:
			c.Close()
			return
		}
	}
}

// Quiet closes its signal, but the method that closes the listener does
// not wait for it.
type Quiet struct {
	listener net.Listener
	quit     chan struct{}
}

func NewQuiet(l net.Listener) *Quiet { return &Quiet{listener: l, quit: make(chan struct{})} }

func (q *Quiet) Close() { close(q.quit) } // want Close:"releases nothing"

func (q *Quiet) Shutdown() { q.listener.Close() } // want Shutdown:"closes p0.listener"
