package b

import (
	"context"
	"net"
	"os"
	"time"
)

// SessionConn wraps a connection; its Close closes that connection only.
type SessionConn struct {
	connection net.Conn
	name       string
}

func (c *SessionConn) Close() error { return c.connection.Close() } // want Close:"releases p0; closes p0.connection"

// NetConn is a plain getter: it returns the connection, the session keeps it.
func (c *SessionConn) NetConn() net.Conn { return c.connection } // want NetConn:"borrows r0; gives p0.connection as r0"

func openSession(ctx context.Context, addr string) (*SessionConn, error) { // want openSession:"keeps p0"
	var d net.Dialer
	nc, err := d.DialContext(ctx, "tcp", addr)
	if err != nil {
		return nil, err
	}
	return &SessionConn{connection: nc, name: addr}, nil
}

// getterLeak uses the getter to set a deadline and drops the session.
func getterLeak(ctx context.Context, addr string) error { // want getterLeak:"keeps p0"
	s, err := openSession(ctx, addr) // want `s returned by openSession is not closed`
	if err != nil {
		return err
	}
	return s.NetConn().SetDeadline(deadline())
}

// getterAddrLeak reads an address through the getter and drops the session.
func getterAddrLeak(ctx context.Context, addr string) (string, error) { // want getterAddrLeak:"keeps p0"
	s, err := openSession(ctx, addr) // want `s returned by openSession is not closed`
	if err != nil {
		return "", err
	}
	nc := s.NetConn()
	return nc.LocalAddr().String(), nil
}

// unwrapParam hands the session's connection back.
func unwrapParam(s *SessionConn) net.Conn { return s.connection } // want unwrapParam:"borrows r0; gives p0.connection as r0"

// paramUnwrapLeak drops both the session and the connection.
func paramUnwrapLeak(ctx context.Context, addr string) error { // want paramUnwrapLeak:"keeps p0"
	s, err := openSession(ctx, addr) // want `s returned by openSession is not closed`
	if err != nil {
		return err
	}
	nc := unwrapParam(s)
	_ = nc.RemoteAddr()
	return nil
}

// Pair closes two resources; returning one drops the other.
type Pair struct {
	conn net.Conn
	log  *os.File
}

func (p *Pair) Close() error { // want Close:"releases p0; closes p0.conn,p0.log"
	p.log.Close()
	return p.conn.Close()
}

func openPair(ctx context.Context, addr string) (*Pair, error) { // want openPair:"keeps p0"
	var d net.Dialer
	nc, err := d.DialContext(ctx, "tcp", addr)
	if err != nil {
		return nil, err
	}
	f, err := os.Create("/tmp/log")
	if err != nil {
		nc.Close()
		return nil, err
	}
	return &Pair{conn: nc, log: f}, nil
}

func pairUnwrapLeak(ctx context.Context, addr string) (net.Conn, error) { // want pairUnwrapLeak:"keeps p0"
	p, err := openPair(ctx, addr) // want `p returned by openPair is not closed`
	if err != nil {
		return nil, err
	}
	return p.conn, nil
}

// Shared hands out a shared connection, or a new session's connection.
type Shared struct {
	shared net.Conn
	addr   string
}

// conn returns a connection the caller owns on one path only: no leak
// here.
func (sh *Shared) conn(ctx context.Context) (net.Conn, error) { // want conn:"keeps p1; gives p0.shared as r0"
	if sh.shared != nil {
		return sh.shared, nil
	}
	next, err := openSession(ctx, sh.addr)
	if err != nil {
		return nil, err
	}
	return next.connection, nil
}

func deadline() time.Time { return time.Now() }

// OpenSession is openSession for other packages.
func OpenSession(ctx context.Context, addr string) (*SessionConn, error) { // want OpenSession:"keeps p0"
	return openSession(ctx, addr)
}

// ConnOf is a getter as a function.
func ConnOf(s *SessionConn) net.Conn { return s.connection } // want ConnOf:"borrows r0; gives p0.connection as r0"

// connOfLeak drops the session after reading its connection's address.
func connOfLeak(ctx context.Context, addr string) (string, error) { // want connOfLeak:"keeps p0"
	s, err := OpenSession(ctx, addr) // want `s returned by OpenSession is not closed`
	if err != nil {
		return "", err
	}
	return ConnOf(s).RemoteAddr().String(), nil
}

// greet writes a greeting on the session and hands its connection back.
func greet(s *SessionConn) (net.Conn, error) { // want greet:"borrows r0; gives p0.connection as r0"
	if _, err := s.connection.Write([]byte("hello " + s.name)); err != nil {
		return nil, err
	}
	return s.connection, nil
}

// greetLeak drops the session after the greeting.
func greetLeak(ctx context.Context, addr string) error { // want greetLeak:"keeps p0"
	s, err := openSession(ctx, addr) // want `s returned by openSession is not closed`
	if err != nil {
		return err
	}
	nc, err := greet(s)
	if err != nil {
		return err
	}
	_ = nc.LocalAddr()
	return nil
}
