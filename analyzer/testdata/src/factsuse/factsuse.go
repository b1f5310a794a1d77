package factsuse

import (
	"factsdep"
	"net"
	"os"
)

// closedByDep is fine: CloseQuietly closes the file.
func closedByDep(name string) {
	f, err := os.Open(name)
	if err != nil {
		return
	}
	factsdep.CloseQuietly(f)
}

// describedByDep leaks: Describe only reads the file.
func describedByDep(name string) string {
	f, err := os.Open(name) // want `f returned by os.Open is not closed before the return at line 24`
	if err != nil {
		return ""
	}
	return factsdep.Describe(f)
}

// borrowedListener is fine: the server keeps its listener.
func borrowedListener(s *factsdep.Server) string {
	l := s.Listener()
	return l.Addr().String()
}

// served is fine: Serve keeps the listener.
func served(s *factsdep.Server) error {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	s.Serve(l)
	return nil
}

// openedByDep leaks: Open's result is a new file.
func openedByDep(name string) error {
	f, err := factsdep.Open(name) // want `f returned by factsdep.Open is not closed before the return at line 50`
	if err != nil {
		return err
	}
	_ = f.Name()
	return nil
}

// drained is fine: Drain closes the connection the pool holds (its fact
// says so).
func drained(addr string) error {
	c, err := net.Dial("tcp", addr)
	if err != nil {
		return err
	}
	p := &factsdep.Pool{Conn: c}
	p.Drain()
	return nil
}

// peeked is fine: closing what Peek gives back closes c.
func peeked(addr string) error {
	c, err := net.Dial("tcp", addr)
	if err != nil {
		return err
	}
	p := &factsdep.Pool{Conn: c}
	return p.Peek().Close()
}

// undrained leaks c: the pool holding it is dropped.
func undrained(addr string) (string, error) {
	c, err := net.Dial("tcp", addr) // want `c returned by net.Dial is not closed before the return at line 82`
	if err != nil {
		return "", err
	}
	p := &factsdep.Pool{Conn: c}
	return p.Peek().LocalAddr().String(), nil
}

// SafeSetTimeout is fine: the error of SetTimeout, which factsdep says is
// always nil, is never set, so its return is never taken.
func SafeSetTimeout(name string, s *factsdep.Socket) (*os.File, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	if err := s.SetTimeout(5); err != nil {
		return nil, err
	}
	return f, nil
}

// setBufferLeaks leaks the file where SetBuffer fails; the timeout's
// check before it is never taken.
func setBufferLeaks(name string, s *factsdep.Socket) (*os.File, error) {
	f, err := os.Open(name) // want `f returned by os.Open is not closed on all paths: the return at line 109 is reached when err != nil at line 108`
	if err != nil {
		return nil, err
	}
	if err := s.SetTimeout(5); err != nil {
		return nil, err
	}
	if err := s.SetBuffer(64); err != nil {
		return nil, err
	}
	return f, nil
}
