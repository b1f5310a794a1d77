// Package dep has a connection type of pointers only whose Close works on
// its receiver's identity: like strings.Builder, a Conn remembers its own
// address, and Close refuses a copy.
package dep

import (
	"errors"
	"net"
)

// A Conn is a TCP connection: a struct of pointers only.
type Conn struct {
	nc   *net.TCPConn
	self *Conn // the Conn's own address, to detect copies
}

// Dial dials addr.
func Dial(addr string) (*Conn, error) {
	a, err := net.ResolveTCPAddr("tcp", addr)
	if err != nil {
		return nil, err
	}
	nc, err := net.DialTCP("tcp", nil, a)
	if err != nil {
		return nil, err
	}
	c := &Conn{nc: nc}
	c.self = c
	return c, nil
}

// ErrCopied is what Close says of a copy of a Conn.
var ErrCopied = errors.New("dep: Close of a copied Conn")

// Close closes the connection, unless c is a copy: a copy has another
// address than the one the Conn remembers, and closing it closes nothing.
func (c *Conn) Close() error { // want Close:"keeps p0; closes p0.nc"
	if c.self != c {
		return ErrCopied
	}
	return c.nc.Close()
}

// Write writes b.
func (c *Conn) Write(b []byte) (int, error) { return c.nc.Write(b) }
