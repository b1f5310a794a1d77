// Package loadorstore has a pool that makes a client for an address the
// first time one is asked for, and keeps it: two callers may both make
// one, and the one that finds the other's in the map closes its own.
// The client returned is the pool's, kept in its map on the path that
// returns it, as a second test of the same value tells.
package loadorstore

import (
	"errors"
	"net"
	"sync"
)

type Client interface {
	Do(cmd string) error
	Close() error
}

type conn struct{ c net.Conn }

func (c *conn) Do(cmd string) error { _, err := c.c.Write([]byte(cmd)); return err }
func (c *conn) Close() error        { return c.c.Close() } // want Close:"releases p0; closes p0.c"

func dial(addr string) (Client, error) { // want dial:"r0 is \\*conn"
	c, err := net.Dial("tcp", addr)
	if err != nil {
		return nil, err
	}
	return &conn{c}, nil
}

type Pool struct {
	mu      sync.RWMutex
	clients map[string]Client
}

// client gives the pool's client for addr, made here the first time.
func (p *Pool) client(addr string) (Client, error) { // want client:"borrows r0"
	p.mu.RLock()
	client, ok := p.clients[addr]
	p.mu.RUnlock()
	if !ok {
		return nil, errors.New("unknown address")
	}
	if client != nil {
		return client, nil
	}
	made, err := dial(addr)
	if err != nil {
		return nil, err
	}
	p.mu.Lock()
	if client = p.clients[addr]; client == nil {
		p.clients[addr] = made
	}
	p.mu.Unlock()
	if client != nil {
		made.Close()
		return client, nil
	}
	return made, nil
}

// SafeDo uses the pool's client and leaves it in the pool.
func (p *Pool) SafeDo(addr, cmd string) error {
	c, err := p.client(addr)
	if err != nil {
		return err
	}
	return c.Do(cmd)
}

// clientUnkept checks the map but never puts what it made there: the
// client it returns, where none was there, is the caller's.
func (p *Pool) clientUnkept(addr string) (Client, error) {
	made, err := dial(addr)
	if err != nil {
		return nil, err
	}
	p.mu.Lock()
	client := p.clients[addr]
	p.mu.Unlock()
	if client != nil {
		made.Close()
		return client, nil
	}
	return made, nil
}

// DoUnkept drops what clientUnkept made.
func (p *Pool) DoUnkept(addr, cmd string) error {
	c, err := p.clientUnkept(addr) // want `c returned by p.clientUnkept is not closed`
	if err != nil {
		return err
	}
	return c.Do(cmd)
}
