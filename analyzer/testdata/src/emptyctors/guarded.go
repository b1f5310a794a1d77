package emptyctors

import (
	"errors"
	"net"
	"sync"
)

// A guardedServer listens once asked to; its Close takes its own mutex.
type guardedServer struct {
	mu   sync.Mutex
	addr string
	ln   net.Listener
	done bool
}

func newGuardedServer(addr string) *guardedServer { return &guardedServer{addr: addr} } // want newGuardedServer:"empty r0"

func (s *guardedServer) Close() error { // want Close:"keeps p0; nothing when zero; closes p0.ln"
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.ln == nil {
		return errors.New("not serving")
	}
	s.done = true
	return s.ln.Close()
}

// ListenAndServe listens, serves until the listener fails, and closes it
// on its way out: it leaves nothing open.
func (s *guardedServer) ListenAndServe() error { // want ListenAndServe:"keeps p0; closes p0.ln"
	ln, err := net.Listen("tcp", s.addr)
	if err != nil {
		return err
	}
	s.mu.Lock()
	s.ln = ln
	s.mu.Unlock()
	return s.serve()
}

func (s *guardedServer) serve() error { // want serve:"releases p0; closes p0.ln"
	defer func() {
		s.ln.Close()
	}()
	for {
		c, err := s.ln.Accept()
		if err != nil {
			return err
		}
		c.Close()
	}
}

// Listen only listens.
func (s *guardedServer) Listen() error { // want Listen:"fills p0 only on success"
	ln, err := net.Listen("tcp", s.addr)
	if err != nil {
		return err
	}
	s.mu.Lock()
	s.ln = ln
	s.mu.Unlock()
	return nil
}

// SafeServe is fine: ListenAndServe closes what it opened.
func SafeServe(addr string) error {
	return newGuardedServer(addr).ListenAndServe()
}

// listenedLeak drops the listening server.
func listenedLeak(addr string) error {
	s := newGuardedServer(addr) // want `s returned by newGuardedServer is not closed`
	return s.Listen()
}
