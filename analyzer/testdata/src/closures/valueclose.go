package closures

import (
	"errors"
	"net"
)

// valueConn wraps a connection and closes it through a value receiver:
// (*valueConn).Close copies the struct and closes the copy's connection.
type valueConn struct {
	c net.Conn
}

func (v valueConn) Close() error { return v.c.Close() } // want Close:"releases p0; closes p0.c"

func newValueConn(c net.Conn) *valueConn { return &valueConn{c: c} } // want newValueConn:"keeps p0; wraps p0 in r0"

func handshake(c *valueConn) error {
	if c == nil {
		return errors.New("no conn")
	}
	return nil
}

type valueSession struct{ c *valueConn }

// connectValueClose is fine: the deferred closure closes the wrapper,
// through its value receiver's Close, whenever the named error is set,
// also when the error is a new one declared in an inner block.
func connectValueClose(addr string) (res *valueSession, err error) {
	var wc *valueConn
	defer func() {
		if err != nil && wc != nil {
			wc.Close()
		}
	}()
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		return nil, err
	}
	wc = newValueConn(conn)
	if addr != "" {
		if err := handshake(wc); err != nil {
			return nil, err
		}
	}
	return &valueSession{c: wc}, nil
}

// connectCloseCopy is fine: closing the wrapper through a pointer closes
// the connection, as the value receiver's Close does.
func connectCloseCopy(addr string) (*valueSession, error) {
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		return nil, err
	}
	wc := newValueConn(conn)
	if err := handshake(wc); err != nil {
		wc.Close()
		return nil, err
	}
	return &valueSession{c: wc}, nil
}

// connectValueLeak leaks the connection when the handshake fails: nothing
// closes the wrapper there.
func connectValueLeak(addr string) (*valueSession, error) {
	conn, err := net.Dial("tcp", addr) // want `conn returned by net.Dial is not closed on all paths: the return at line 74 is reached when err != nil at line 73`
	if err != nil {
		return nil, err
	}
	wc := newValueConn(conn)
	if err := handshake(wc); err != nil {
		return nil, err
	}
	return &valueSession{c: wc}, nil
}

// connectLiteral is fine: the deferred closure closes the wrapper built
// as a composite literal in the variable it reads.
func connectLiteral(addr string) (res *valueSession, err error) {
	var wc *valueConn
	defer func() {
		if err != nil && wc != nil {
			wc.Close()
		}
	}()
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		return nil, err
	}
	wc = &valueConn{c: conn}
	if err := handshake(wc); err != nil {
		return nil, err
	}
	return &valueSession{c: wc}, nil
}
