package slots

// This file keeps a connection in a slot that it clears where it
// succeeds.

import (
	"errors"
	"net"
)

type trackedConn struct {
	net.Conn
	slot int
}

type registry struct {
	conns []*trackedConn
}

// Close closes every connection in the table.
func (r *registry) Close() { // want Close:`closes p0.conns\[\]`
	for _, c := range r.conns {
		if c != nil {
			c.Close()
		}
	}
}

// probe fails for a connection that has no remote address.
func probe(c *trackedConn) error {
	if c.RemoteAddr() == nil {
		return errors.New("not connected")
	}
	return nil
}

// check holds c in its slot while it probes it, and leaves a connection
// that failed the probe there for the registry to close.
func (r *registry) check(c *trackedConn) error { // want check:"keeps p1"
	r.conns[c.slot] = c
	if err := probe(c); err != nil {
		return err
	}
	r.conns[c.slot] = nil
	return nil
}

// dialChecked: on success the caller owns the connection.
func (r *registry) dialChecked(addr string, slot int) (*trackedConn, error) {
	nc, err := net.Dial("tcp", addr)
	if err != nil {
		return nil, err
	}
	c := &trackedConn{nc, slot}
	if err := r.check(c); err != nil {
		return nil, err
	}
	return c, nil
}

// DropChecked drops the connection that nothing keeps once checked.
func DropChecked(r *registry, addr string) {
	r.dialChecked(addr, 0) // want `discarded without being closed`
}
