// Package connsessions: closing a connection ends a session that a call
// built over it and kept it for, as the session's reads then fail.
package connsessions

import (
	"net"

	"connsessions/dep"
)

// SafeDialSession closes the connection where the session's first ping
// fails: the session ends with it.
func SafeDialSession(addr string) (*dep.Session, error) {
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		return nil, err
	}
	s, err := dep.NewSession(conn, []byte("hello"))
	if err != nil {
		conn.Close()
		return nil, err
	}
	if err := s.Ping(); err != nil {
		conn.Close()
		return nil, err
	}
	return s, nil
}

// SafeServe lets a deferred close of the accepted connection end the
// session it does not keep.
func SafeServe(conn net.Conn) { // want SafeServe:"releases p0"
	defer conn.Close()
	_, _ = dep.NewSession(conn, []byte("hello"))
}

// LeakSessionPing drops the session and its connection where the ping
// fails.
func LeakSessionPing(addr string) (*dep.Session, error) {
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		return nil, err
	}
	s, err := dep.NewSession(conn, []byte("hello")) // want `s returned by dep.NewSession is not closed on all paths: the return at line 49 is reached when err != nil at line 48`
	if err != nil {
		return nil, err
	}
	if err := s.Ping(); err != nil {
		return nil, err
	}
	return s, nil
}
