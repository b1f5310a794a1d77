package views

// This file copies handles that share a pool, with and without
// resources of their own in fields their Close does not reach.

import (
	"net"
	"os"
)

type connPool struct {
	conns []net.Conn
}

// Close closes the pool's connections.
func (p *connPool) Close() error { // want Close:"nil r0"
	for _, c := range p.conns {
		c.Close()
	}
	return nil
}

// handle shares a pool and logs into a file of its own.
type handle struct {
	pool *connPool
	log  *os.File
}

// Close closes the pool only; the log file is closed by Detach.
func (h *handle) Close() error { return h.pool.Close() } // want Close:"releases p0; nil r0; closes p0.pool"

// Detach closes the handle's log file.
func (h *handle) Detach() error { return h.log.Close() } // want Detach:"closes p0.log"

// withLog returns a copy that logs into a new file.
func (h *handle) withLog(p string) (*handle, error) { // want withLog:"gives p0.pool as r0.pool"
	f, err := os.Create(p)
	if err != nil {
		return nil, err
	}
	return &handle{pool: h.pool, log: f}, nil
}

// DropLogged drops the copy: its log file leaks.
func DropLogged(h *handle, p string) error {
	cp, err := h.withLog(p) // want `cp returned by h.withLog is not closed`
	if err != nil {
		return err
	}
	_, err = cp.log.Write([]byte("x"))
	return err
}

// handle2: Close closes the pool and the conn.
type handle2 struct {
	pool *connPool
	conn net.Conn
}

// Close closes the handle's own connection and the pool.
func (h *handle2) Close() error { h.conn.Close(); return h.pool.Close() } // want Close:"releases p0; nil r0; closes p0.conn,p0.pool"

// withConn returns a copy that shares the pool and has a connection of
// its own.
func (h *handle2) withConn(addr string) (*handle2, error) { // want withConn:"gives p0.pool as r0.pool"
	c, err := net.Dial("tcp", addr)
	if err != nil {
		return nil, err
	}
	return &handle2{pool: h.pool, conn: c}, nil
}

// DropConn drops the copy, and its own connection.
func DropConn(h *handle2, addr string) error {
	cp, err := h.withConn(addr) // want `cp returned by h.withConn is never used`
	if err != nil {
		return err
	}
	_ = cp
	return nil
}
