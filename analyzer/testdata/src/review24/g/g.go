// Package g: a helper dials a conn that a timer of its own closes, and
// returns it in a new struct: a load of the struct's Conn is no new conn
// for the caller, who must not close it early.
package g

import (
	"net"
	"time"
)

type session struct {
	Conn net.Conn
	Addr string
}

// dialExpiring dials a conn that a timer closes: nobody else need close
// it.
func dialExpiring(addr string) (*session, error) {
	c, err := net.Dial("tcp", addr)
	if err != nil {
		return nil, err
	}
	time.AfterFunc(time.Minute, func() { c.Close() })
	return &session{Conn: c, Addr: addr}, nil
}

// Once, and fixed since (a85d554, newInResultField): s.Conn is taken for new, though
// dialExpiring gave the conn to a timer that closes it.
func expiringConn(addr string) (net.Conn, error) { // want expiringConn:"borrows r0"
	s, err := dialExpiring(addr)
	if err != nil {
		return nil, err
	}
	return s.Conn, nil
}

// PingExpiring is fine: the timer closes the conn.
// Once a false alarm (a85d554), fixed since; none at eafef27.
func PingExpiring(addr string) error {
	c, err := expiringConn(addr)
	if err != nil {
		return err
	}
	_, err = c.Write([]byte("ping"))
	return err
}
