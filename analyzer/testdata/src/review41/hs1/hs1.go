// Package hs1 is a client library: its users get Conns from a Dialer they
// supply and close them; the package never does.
package hs1

import (
	"errors"
	"io"
	"net"
)

// Conn is a connection the package's users close.
type Conn struct {
	nc net.Conn
}

// NewConn wraps a net.Conn: hands it over.
func NewConn(nc net.Conn) *Conn { return &Conn{nc: nc} } // want NewConn:"keeps p0; wraps p0 in r0"

// Close closes the connection.
func (c *Conn) Close() error { return c.nc.Close() } // want Close:"releases p0; closes p0\\.nc"

func (c *Conn) ping() error {
	_, err := c.nc.Write([]byte("ping"))
	return err
}

// Dialer makes a new Conn on every call (its users implement it).
type Dialer interface {
	Dial(addr string) (*Conn, error)
}

// leakProbe LEAKS: each Dial makes a new connection, and the probe drops
// it on every path.
func leakProbe(d Dialer, addr string) bool {
	c, err := d.Dial(addr) // want `c returned by d\.Dial is not closed`
	if err != nil {
		return false
	}
	return c.ping() == nil
}

// leakPing LEAKS where ping fails: the connection is dropped.
func leakPing(d Dialer, addr string) (*Conn, error) {
	c, err := d.Dial(addr) // want `c returned by d\.Dial is not closed`
	if err != nil {
		return nil, err
	}
	if err := c.ping(); err != nil {
		return nil, errors.New("ping failed")
	}
	return c, nil
}

// closeAll closes what it is given, through io.Closer.
func closeAll(cs []io.Closer) {
	for _, c := range cs {
		c.Close()
	}
}

// Pool keeps the connections it dials and closes them in Shutdown.
type Pool struct {
	d     Dialer
	conns []io.Closer
}

// Shutdown closes the pool's connections.
func (p *Pool) Shutdown() { closeAll(p.conns) }

// leakAdd LEAKS where ping fails: the connection is neither kept nor closed.
func (p *Pool) leakAdd(addr string) error {
	c, err := p.d.Dial(addr) // want `c returned by p\.d\.Dial is not closed`
	if err != nil {
		return err
	}
	if err := c.ping(); err != nil {
		return err
	}
	p.conns = append(p.conns, c)
	return nil
}
