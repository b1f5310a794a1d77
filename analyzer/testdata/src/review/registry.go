package review

// This file registers connections in a table that keeps them, clearing
// the slot again on some paths or on all of them.

import (
	"errors"
	"net"
)

var errFull = errors.New("table full")

// trackedConn is a connection with its slot in a registry.
type trackedConn struct {
	net.Conn
	slot int
}

// registry keeps the open connections by slot, and closes them all when
// it shuts down.
type registry struct {
	conns []*trackedConn
}

// probe fails for a connection that has no remote address.
func probe(c *trackedConn) error {
	if c.RemoteAddr() == nil {
		return errors.New("not connected")
	}
	return nil
}

// add keeps c in its slot; where the probe fails it clears the slot and
// closes c.
func (r *registry) add(c *trackedConn) error { // want add:"keeps p1; releases p1 on failure; closes p1.Conn"
	if c.slot >= len(r.conns) {
		c.Close()
		return errFull
	}
	r.conns[c.slot] = c
	if err := probe(c); err != nil {
		r.conns[c.slot] = nil
		c.Close()
		return err
	}
	return nil
}

// dialTracked dials and registers the connection: the registry keeps
// what it returns.
func (r *registry) dialTracked(addr string, slot int) (*trackedConn, error) { // want dialTracked:"borrows r0"
	nc, err := net.Dial("tcp", addr)
	if err != nil {
		return nil, err
	}
	c := &trackedConn{nc, slot}
	if err := r.add(c); err != nil {
		return nil, err
	}
	return c, nil
}

// SafeDropTracked drops the connection: the registry keeps it.
func SafeDropTracked(r *registry, addr string) error {
	_, err := r.dialTracked(addr, 0)
	return err
}

// check holds c in its slot only while it probes it.
func (r *registry) check(c *trackedConn) error { // want check:"keeps p1"
	r.conns[c.slot] = c
	err := probe(c)
	r.conns[c.slot] = nil
	return err
}

// dialChecked dials and checks the connection: the registry keeps
// nothing, and the caller owns what it returns.
func (r *registry) dialChecked(addr string, slot int) (*trackedConn, error) {
	nc, err := net.Dial("tcp", addr)
	if err != nil {
		return nil, err
	}
	c := &trackedConn{nc, slot}
	if err := r.check(c); err != nil {
		c.Close()
		return nil, err
	}
	return c, nil
}

// dropChecked drops the connection that nothing keeps.
func dropChecked(r *registry, addr string) {
	r.dialChecked(addr, 0) // want `the \*trackedConn returned by r.dialChecked is discarded without being closed`
}
