// Package niltests probes rule 4 (19c4e64): a path whose last branch found
// a value X nil is dropped, when deciding whether a function's result is
// borrowed, where an earlier test of the same SSA value X, which
// dominates it, kept the resource in the block it jumps to where X is
// nil.
package niltests

import (
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
	mu      sync.Mutex
	clients map[string]Client
	spares  map[string]Client
}

// safeClient is loadorstore's client: the client made is returned only
// where the map kept it. Borrowed.
func (p *Pool) safeClient(addr string) (Client, error) { // want safeClient:"borrows r0"
	made, err := dial(addr)
	if err != nil {
		return nil, err
	}
	p.mu.Lock()
	client := p.clients[addr]
	if client == nil {
		p.clients[addr] = made
	}
	p.mu.Unlock()
	if client != nil {
		made.Close()
		return client, nil
	}
	return made, nil
}

// SafeDo leaves the pool's client in the pool.
func (p *Pool) SafeDo(addr, cmd string) error {
	c, err := p.safeClient(addr)
	if err != nil {
		return err
	}
	return c.Do(cmd)
}

// healthyClient returns the pooled client where it answers, and the new
// one otherwise. Where the pooled client does not answer, the new one
// was not put in the map (the map still holds the dead one): it is the
// caller's. The return of made is reached two ways, where client is nil
// (kept) and where the ping failed (not kept); the search records one
// path per return, the first, whose last branch is the nil test, and the
// rule drops the return. HIDDEN by rule 4.
func (p *Pool) healthyClient(addr string) (Client, error) {
	made, err := dial(addr)
	if err != nil {
		return nil, err
	}
	p.mu.Lock()
	client := p.clients[addr]
	if client == nil {
		p.clients[addr] = made
	}
	p.mu.Unlock()
	if client != nil && client.Do("PING") == nil {
		made.Close()
		return client, nil
	}
	return made, nil
}

// DoHealthy treats the client as the pool's, and leaks the new one that
// healthyClient gave where the pooled one was dead.
func (p *Pool) DoHealthy(addr, cmd string) error {
	c, err := p.healthyClient(addr) // want `c returned by p.healthyClient is not closed`
	if err != nil {
		return err
	}
	return c.Do(cmd)
}

// freshClient gives the new client where the caller asks for one of its
// own: the same return, reached where client is nil (kept) and where
// fresh is set (not kept). HIDDEN by rule 4.
func (p *Pool) freshClient(addr string, fresh bool) (Client, error) {
	made, err := dial(addr)
	if err != nil {
		return nil, err
	}
	p.mu.Lock()
	client := p.clients[addr]
	if client == nil {
		p.clients[addr] = made
	}
	p.mu.Unlock()
	if client != nil {
		if !fresh {
			made.Close()
			return client, nil
		}
	}
	return made, nil
}

// DoFresh asks for a client of its own and drops it.
func (p *Pool) DoFresh(addr, cmd string) error {
	c, err := p.freshClient(addr, true) // want `c returned by p.freshClient is not closed`
	if err != nil {
		return err
	}
	return c.Do(cmd)
}

// spareClient tests another value the second time: spare, not client.
// Where client was there and no spare is, made is returned unkept.
// Reported (the rule needs the same value).
func (p *Pool) spareClient(addr string) (Client, error) {
	made, err := dial(addr)
	if err != nil {
		return nil, err
	}
	p.mu.Lock()
	client := p.clients[addr]
	if client == nil {
		p.clients[addr] = made
	}
	spare := p.spares[addr]
	p.mu.Unlock()
	if spare != nil {
		made.Close()
		return spare, nil
	}
	return made, nil
}

// DoSpare drops what spareClient gave.
func (p *Pool) DoSpare(addr, cmd string) error {
	c, err := p.spareClient(addr) // want `c returned by p.spareClient is not closed`
	if err != nil {
		return err
	}
	return c.Do(cmd)
}

// reloadClient tests client again after reading it again: another SSA
// value, and a real path where the first read found one (no keep) and
// the second none. Reported.
func (p *Pool) reloadClient(addr string) (Client, error) {
	made, err := dial(addr)
	if err != nil {
		return nil, err
	}
	p.mu.Lock()
	client := p.clients[addr]
	if client == nil {
		p.clients[addr] = made
	}
	p.mu.Unlock()
	p.mu.Lock()
	client = p.spares[addr]
	p.mu.Unlock()
	if client != nil {
		made.Close()
		return client, nil
	}
	return made, nil
}

// DoReload drops what reloadClient gave.
func (p *Pool) DoReload(addr, cmd string) error {
	c, err := p.reloadClient(addr) // want `c returned by p.reloadClient is not closed`
	if err != nil {
		return err
	}
	return c.Do(cmd)
}

// keptUnderCondition keeps the new client where none was there and the
// pool has room: the keep is not in the block the nil test jumps to, and
// where the pool is full the client is the caller's. Reported.
func (p *Pool) keptUnderCondition(addr string, max int) (Client, error) {
	made, err := dial(addr)
	if err != nil {
		return nil, err
	}
	p.mu.Lock()
	client := p.clients[addr]
	if client == nil && len(p.clients) < max {
		p.clients[addr] = made
	}
	p.mu.Unlock()
	if client != nil {
		made.Close()
		return client, nil
	}
	return made, nil
}

// DoUnderCondition drops what keptUnderCondition gave.
func (p *Pool) DoUnderCondition(addr, cmd string, max int) error {
	c, err := p.keptUnderCondition(addr, max) // want `c returned by p.keptUnderCondition is not closed`
	if err != nil {
		return err
	}
	return c.Do(cmd)
}
