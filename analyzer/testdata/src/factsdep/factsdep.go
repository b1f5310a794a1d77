// Package factsdep defines functions whose ownership behaviour other
// packages learn through facts.
package factsdep

import (
	"io"
	"net"
	"os"
)

// CloseQuietly closes c: callers hand their resource to it.
func CloseQuietly(c io.Closer) { // want CloseQuietly:"releases p0"
	_ = c.Close()
}

// Describe only reads the file: callers keep owning it.
func Describe(f *os.File) string {
	return f.Name()
}

// Server keeps a listener.
type Server struct{ l net.Listener }

// Listener returns the server's listener, which the server keeps owning.
func (s *Server) Listener() net.Listener { return s.l } // want Listener:"borrows r0"

// Serve takes ownership of l.
func (s *Server) Serve(l net.Listener) { // want Serve:"keeps p1"
	s.l = l
}

// Open returns a new file that the caller must close.
func Open(name string) (*os.File, error) {
	return os.Open(name)
}

// Pool holds a connection given to it in a struct literal.
type Pool struct {
	Conn net.Conn
	hits int
}

// Drain closes the pool's connection.
func (p *Pool) Drain() { p.Conn.Close(); p.hits = 0 } // want Drain:"closes p0.Conn"

// Peek returns the pool's connection.
func (p *Pool) Peek() net.Conn { p.hits++; return p.Conn } // want Peek:"borrows r0; gives p0.Conn as r0"

// Socket records its settings.
type Socket struct {
	timeout int64
	buf     int
}

// SetTimeout records the timeout; it never fails.
func (s *Socket) SetTimeout(t int64) error { // want SetTimeout:"nil r0"
	s.timeout = t
	return nil
}

// SetBuffer fails for a buffer too small.
func (s *Socket) SetBuffer(n int) error {
	if n < 512 {
		return os.ErrInvalid
	}
	s.buf = n
	return nil
}
