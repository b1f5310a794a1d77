// Package commaok: by Go's comma-ok convention, a function value that
// returns (c, false) gives no c; a function of the package says by its
// body what it gives.
package commaok

import (
	"errors"
	"net"
)

func SafeHandle(getConn func() (net.Conn, bool), handler func(net.Conn)) {
	c, ok := getConn()
	if !ok {
		return
	}
	handler(c)
}

type acceptor struct {
	next func() (net.Conn, bool)
}

func (a *acceptor) SafeServe(max int) error {
	c, ok := a.next()
	if !ok {
		return errors.New("no connection")
	}
	defer c.Close()
	if max == 0 {
		return errors.New("full")
	}
	return nil
}

func LeakWhenOK(getConn func() (net.Conn, bool), max int) error {
	c, ok := getConn() // want `c returned by getConn is not closed on all paths`
	if !ok {
		return nil
	}
	if max == 0 {
		return errors.New("full")
	}
	return c.Close()
}

// tryDial gives the connection it made even where it reports false.
func tryDial(addr string) (net.Conn, bool) {
	c, err := net.Dial("tcp", addr)
	if err != nil {
		return nil, false
	}
	return c, c.RemoteAddr() != nil
}

func LeakStaticFalse(addr string) {
	c, ok := tryDial(addr) // want `c returned by tryDial is not closed before the return at line 58`
	if !ok {
		return
	}
	c.Close()
}
