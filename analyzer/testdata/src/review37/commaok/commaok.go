// Package commaok: function values whose false still comes with a live value.
package commaok

import (
	"errors"
	"net"
)

// Source hands out connections; Next's bool says whether MORE follow:
// the last connection comes with false and is live.
type Source interface {
	Next() (c net.Conn, more bool)
}

type listSource struct{ addrs []string }

func (s *listSource) Next() (net.Conn, bool) {
	if len(s.addrs) == 0 {
		return nil, false
	}
	a := s.addrs[0]
	s.addrs = s.addrs[1:]
	c, err := net.Dial("tcp", a)
	if err != nil {
		return nil, len(s.addrs) > 0
	}
	return c, len(s.addrs) > 0 // live c with false for the last one
}

var _ Source = (*listSource)(nil)

// FirstOnly: an interface method (with an implementation in this package,
// listSource) called on a parameter; where more is false c may be live.
func FirstOnly(src Source) error {
	c, more := src.Next() // want `c\ returned\ by\ src\.Next\ is\ not\ closed\ before\ the\ return\ at\ line\ 37`
	if !more {
		return errors.New("single") // leak: c may be live (listSource)
	}
	defer c.Close()
	return nil
}

// tryDial (testdata shape): a live connection with false.
func tryDial(addr string) (net.Conn, bool) {
	c, err := net.Dial("tcp", addr)
	if err != nil {
		return nil, false
	}
	return c, c.RemoteAddr() != nil
}

// handle is given tryDial by Run below; where ok is false c is live.
func handle(get func(string) (net.Conn, bool), addr string) {
	c, ok := get(addr) // want `c\ returned\ by\ get\ is\ not\ closed\ before\ the\ return\ at\ line\ 56`
	if !ok {
		return
	}
	c.Close()
}

func Run() { handle(tryDial, "x") }

// pool: dial gives (conn, reused): reused==false is a new, live conn.
type pool struct {
	dial func() (net.Conn, bool)
}

func (p *pool) OnlyReused() error {
	c, reused := p.dial() // want `c\ returned\ by\ p\.dial\ is\ not\ closed\ before\ the\ return\ at\ line\ 71`
	if !reused {
		return errors.New("not warm") // leak: a fresh live conn
	}
	return c.Close()
}

// SafeHandle (testdata): SAFE.
func SafeHandle(getConn func() (net.Conn, bool), handler func(net.Conn)) {
	c, ok := getConn() // want `c\ returned\ by\ getConn\ is\ not\ closed\ before\ the\ return\ at\ line\ 80`
	if !ok {
		return
	}
	handler(c)
}
