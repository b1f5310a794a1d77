// Package c: a pool copied from another shares its store, and a helper
// of the package warms the copy with a conn of its own, sent into the
// channel of idle conns the copy was made with. The helper stores no
// resource into a field, but the copy holds the conn all the same.
package c

import "net"

type store interface {
	Exec(q string) error
	Close() error
}

type pool struct {
	Name  string
	Store store
	idle  chan net.Conn
}

func (p *pool) Close() error { // want Close:"releases p0; closes p0.Store"
	close(p.idle)
	for c := range p.idle {
		c.Close()
	}
	return p.Store.Close()
}

func (p *pool) warm(addr string) {
	p.Name = addr
	c, err := net.Dial("tcp", addr)
	if err != nil {
		return
	}
	p.idle <- c
}

// Once wrongly "borrows r0" (a85d554, fixed since): the send into p.idle is not seen.
func (p *pool) clone(addr string) *pool { // want clone:"^gives p0.Store as r0.Store$"
	cn := &pool{Store: p.Store, idle: make(chan net.Conn, 4)}
	cn.warm(addr)
	return cn
}

// LeakWarmed drops the copy and its warm conn.
// Missed once, and fixed since (a85d554, setsOnlyPlain): reported at eafef27.
func LeakWarmed(p *pool, addr string) error {
	c := p.clone(addr) // want `c returned by p\.clone is not closed`
	return c.Store.Exec("select 1")
}
