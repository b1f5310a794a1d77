package review

// This file keeps connections in a map of small structs by value, and
// returns the connection out of the struct.

import (
	"net"
	"sync"
)

// role is a connection and what it serves, kept by value.
type role struct {
	conn    net.Conn
	replica bool
}

// roles keeps a connection per address, and closes them all when it
// shuts down.
type roles struct {
	mu    sync.Mutex
	conns map[string]role
}

// SafeGetOrDial returns the connection the table has for addr, or dials
// one and keeps it in the table: either way the table owns it.
func (r *roles) SafeGetOrDial(addr string) (net.Conn, error) { // want SafeGetOrDial:"borrows r0"
	r.mu.Lock()
	defer r.mu.Unlock()
	cc := r.conns[addr]
	if cc.conn == nil {
		c, err := net.Dial("tcp", addr)
		if err != nil {
			return nil, err
		}
		cc = role{conn: c}
		r.conns[addr] = cc
	}
	return cc.conn, nil
}

// SafeUseRole writes on the table's connection without closing it.
func SafeUseRole(r *roles, addr string) error {
	c, err := r.SafeGetOrDial(addr)
	if err != nil {
		return err
	}
	_, err = c.Write([]byte("ping"))
	return err
}

// dialRole builds the struct around a new connection but keeps it
// nowhere: the connection is the caller's.
func (r *roles) dialRole(addr string) (net.Conn, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	cc := r.conns[addr]
	if cc.conn == nil {
		c, err := net.Dial("tcp", addr)
		if err != nil {
			return nil, err
		}
		cc = role{conn: c, replica: true}
	}
	return cc.conn, nil
}

// useDialedRole drops the connection that dialRole dialed.
func useDialedRole(r *roles, addr string) error {
	c, err := r.dialRole(addr) // want `c returned by r.dialRole is not closed before the return at line 74`
	if err != nil {
		return err
	}
	_, err = c.Write([]byte("ping"))
	return err
}
