package copies

// This file fills a struct through its address, then copies it.

import (
	"net"
)

type role struct {
	conn    net.Conn
	replica bool
}

type roles struct {
	def net.Conn
}

// dialInto dials addr into r.conn.
func dialInto(r *role, addr string) error {
	c, err := net.Dial("tcp", addr)
	if err != nil {
		return err
	}
	r.conn = c
	return nil
}

// get returns the default connection, or a new one that dialInto dialed
// into the struct: that one is the caller's.
func (r *roles) get(addr string) (net.Conn, error) { // want get:"gives p0.def as r0"
	tmp := role{conn: r.def}
	if addr != "" {
		if err := dialInto(&tmp, addr); err != nil {
			return nil, err
		}
	}
	cc := tmp
	cc.replica = true
	return cc.conn, nil
}

// UseGet leaks the connection that get dialed into its struct.
func UseGet(r *roles, addr string) error {
	c, err := r.get(addr) // want `c returned by r.get is not closed`
	if err != nil {
		return err
	}
	_, err = c.Write([]byte("x"))
	return err
}
