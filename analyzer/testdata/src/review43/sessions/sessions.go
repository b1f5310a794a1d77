// Package sessions probes rule 9 (b6d9098): closing a connection releases
// a value that a static call built over it and kept it for.
package sessions

import (
	"net"

	"review43/sessions/dep"
)

// LeakSessionLog closes only the connection where the ping fails: the
// session's log file stays open.
func LeakSessionLog(addr, logPath string) (*dep.Session, error) {
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		return nil, err
	}
	s, err := dep.NewSession(conn, logPath) // want `s returned by dep\.NewSession is not closed`
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

// LeakDiscardedSession discards the session under a deferred close of the
// connection: the log file stays open.
func LeakDiscardedSession(conn net.Conn, logPath string) { // want LeakDiscardedSession:"releases p0"
	defer conn.Close()
	_, _ = dep.NewSession(conn, logPath) // want `the \*dep\.Session returned by dep\.NewSession`
}

// LeakBridgeHalf closes one side of the bridge: the other stays open.
func LeakBridgeHalf(a, b string) error {
	ca, err := net.Dial("tcp", a)
	if err != nil {
		return err
	}
	cb, err := net.Dial("tcp", b)
	if err != nil {
		ca.Close()
		return err
	}
	br, err := dep.NewBridge(ca, cb) // want `br returned by dep\.NewBridge is not closed`
	if err != nil {
		return err
	}
	if _, err := ca.Write([]byte("x")); err != nil {
		return ca.Close()
	}
	return br.Close()
}

// LeakPinger closes the connection: the ticker goroutine, which waits on
// done, never ends.
func LeakPinger(addr string) error {
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		return err
	}
	p, err := dep.NewPinger(conn) // want `p returned by dep\.NewPinger is not closed`
	if err != nil {
		return err
	}
	if err := p.Ping(); err != nil {
		return conn.Close()
	}
	return p.Close()
}
