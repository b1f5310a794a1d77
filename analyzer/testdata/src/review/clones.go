package review

// This file copies a handle that shares its parent's pool: a new struct
// whose Close reaches only borrowed fields is a view of the parent, even
// beside new values in fields its Close never reaches.

import "net"

// connPool holds open connections.
type connPool struct {
	conns []net.Conn
}

// Close closes every connection of the pool.
func (p *connPool) Close() error { // want Close:"nil r0"
	for _, c := range p.conns {
		c.Close()
	}
	return nil
}

// dbHandle is a handle on a pool, with its own hooks and timeout; its Close
// closes the pool.
type dbHandle struct {
	pool    *connPool
	hooks   []func()
	timeout int
}

// Close closes the dbHandle's pool.
func (h *dbHandle) Close() error { return h.pool.Close() } // want Close:"releases p0; nil r0; closes p0.pool"

// copyHooks returns a new slice with the hooks of hs.
func copyHooks(hs []func()) []func() {
	out := make([]func(), len(hs))
	copy(out, hs)
	return out
}

// clone copies the dbHandle: the copy shares the pool.
func (h *dbHandle) clone() *dbHandle { // want clone:"borrows r0"
	return &dbHandle{pool: h.pool, hooks: copyHooks(h.hooks), timeout: h.timeout}
}

// withTimeout returns a copy with another timeout.
func (h *dbHandle) withTimeout(t int) *dbHandle { // want withTimeout:"borrows r0"
	cp := h.clone()
	cp.timeout = t
	return cp
}

// SafeDropCopy drops the copy: closing it would close the shared pool.
func SafeDropCopy(h *dbHandle) int {
	return h.withTimeout(5).timeout
}

// withOwnPool returns a copy with a pool of its own.
func (h *dbHandle) withOwnPool(addr string) (*dbHandle, error) {
	c, err := net.Dial("tcp", addr)
	if err != nil {
		return nil, err
	}
	return &dbHandle{pool: &connPool{conns: []net.Conn{c}}, hooks: copyHooks(h.hooks)}, nil
}

// dropOwnPool drops the copy whose pool is its own.
func dropOwnPool(h *dbHandle, addr string) error {
	cp, err := h.withOwnPool(addr) // want `cp returned by h.withOwnPool is not closed before the return at line 73`
	if err != nil {
		return err
	}
	_ = cp.timeout
	return nil
}
