// Package dep has values whose Close closes a signal channel, and another
// method that closes the listener and waits on that channel somewhere.
package dep

import "net"

// Acceptor: Run closes the listener once Close closes closeC, but only
// if Run was started.
type Acceptor struct {
	listener net.Listener
	closeC   chan struct{}
}

// New wraps the listener: hands it over.
func New(l net.Listener) *Acceptor { // want New:"keeps p0; dormant r0; wraps p0 in r0"
	return &Acceptor{listener: l, closeC: make(chan struct{})}
}

// Close signals Run.
func (a *Acceptor) Close() { close(a.closeC) }

// Run closes the listener once signalled.
func (a *Acceptor) Run() { // want Run:"keeps p0; starts p0; closes p0\\.listener"
	go func() {
		<-a.closeC
		a.listener.Close()
	}()
	for {
		c, err := a.listener.Accept()
		if err != nil {
			return
		}
		c.Close()
	}
}

// Server: Serve waits on quit only to stop its loop; it closes the
// listener only when Accept fails, never on the signal.
type Server struct {
	l    net.Listener
	quit chan struct{}
}

// NewServer wraps the listener: hands it over.
func NewServer(l net.Listener) *Server { return &Server{l: l, quit: make(chan struct{})} }

// Close signals Serve, which then returns with the listener open.
func (s *Server) Close() { close(s.quit) } // want Close:"releases nothing"

// Serve stops on quit without closing the listener.
func (s *Server) Serve() { // want Serve:"closes p0\\.l"
	for {
		select {
		case <-s.quit:
			return
		default:
		}
		c, err := s.l.Accept()
		if err != nil {
			s.l.Close()
			return
		}
		c.Close()
	}
}

// Pump: Start's goroutine stops on stop without closing the listener; the
// listener is closed only where Accept fails.
type Pump struct {
	l    net.Listener
	stop chan struct{}
	out  chan net.Conn
}

// NewPump wraps the listener: hands it over.
func NewPump(l net.Listener) *Pump { // want NewPump:"dormant r0"
	return &Pump{l: l, stop: make(chan struct{}), out: make(chan net.Conn)}
}

// Close signals the pump, which leaves the listener open.
func (p *Pump) Close() { close(p.stop) }

// Start runs the pump until stop; it closes the listener only on an
// Accept error.
func (p *Pump) Start() { // want Start:"keeps p0; starts p0; closes p0\\.l"
	go func() {
		for {
			c, err := p.l.Accept()
			if err != nil {
				p.l.Close()
				return
			}
			select {
			case p.out <- c:
			case <-p.stop:
				c.Close()
				return
			}
		}
	}()
}
