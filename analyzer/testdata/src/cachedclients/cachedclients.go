// Package cachedclients keeps one client per address in a cache: its own
// map, or a store that a plugin registers, whose interface both stores a
// client under a key and finds it by the same key. What the lookups give
// is the cache's; a client that the package makes and does not store is
// its own.
package cachedclients

import (
	"errors"
	"net"
	"sync"
)

// Client is a connection to one server.
type Client interface {
	Call(method string) error
	Close() error
}

type client struct{ conn net.Conn }

func (c *client) Call(method string) error {
	_, err := c.conn.Write([]byte(method))
	return err
}

func (c *client) Close() error { return c.conn.Close() } // want Close:"releases p0; closes p0\\.conn"

// Store is a cache of clients that a plugin provides.
type Store interface {
	SetCachedClient(c Client, addr, service string)
	FindCachedClient(addr, service string) Client
	DeleteCachedClient(c Client, addr, service string)
}

// Pool is a keyed pool: what Take gives is the caller's until it gives
// it back with Give, and a client it drops is lost.
type Pool interface {
	Give(c Client, addr string)
	Take(addr string) Client
}

// XClient calls services through cached clients.
type XClient struct {
	mu     sync.Mutex
	store  Store
	cached map[string]Client
	pool   Pool
}

func (x *XClient) find(addr, service string) Client { // want find:"borrows r0"
	if x.store != nil {
		return x.store.FindCachedClient(addr, service)
	}
	return x.cached[addr]
}

func (x *XClient) set(c Client, addr, service string) { // want set:"keeps p1; exposes p1"
	if x.store != nil {
		x.store.SetCachedClient(c, addr, service)
		return
	}
	x.cached[addr] = c
}

func dial(addr string) (Client, error) { // want dial:"r0 is \\*client"
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		return nil, err
	}
	return &client{conn: conn}, nil
}

// get gives the cached client, or makes one and caches it.
func (x *XClient) get(addr, service string) (Client, error) { // want get:"borrows r0"
	x.mu.Lock()
	defer x.mu.Unlock()
	if c := x.find(addr, service); c != nil {
		return c, nil
	}
	c, err := dial(addr)
	if err != nil {
		return nil, err
	}
	x.set(c, addr, service)
	return c, nil
}

// Call borrows the cached client for one call.
func (x *XClient) Call(addr, service, method string) error {
	c, err := x.get(addr, service)
	if err != nil {
		return err
	}
	if err := c.Call(method); err != nil {
		return err
	}
	return nil
}

// Check looks the client up and only compares it.
func (x *XClient) Check(addr, service string, want Client) bool {
	c := x.find(addr, service)
	return c == want
}

// LeakDial makes a client and drops it where the call fails: it is not
// cached.
func LeakDial(addr, method string) error {
	c, err := dial(addr) // want `c returned by dial is not closed on all paths`
	if err != nil {
		return err
	}
	if err := c.Call(method); err != nil {
		return err
	}
	return c.Close()
}

// LeakTaken takes a client from the pool and drops it where the call
// fails: a pool's Take is no lookup of what it keeps.
func (x *XClient) LeakTaken(addr, method string) error {
	c := x.pool.Take(addr) // want `c returned by x.pool.Take is not closed on all paths`
	if err := c.Call(method); err != nil {
		return err
	}
	x.pool.Give(c, addr)
	return nil
}

var errNoClient = errors.New("no client")

// Registry holds services by name, as a generic interface.
type Registry[T any] interface {
	Register(name string, v T) error
	Unregister(name string)
	Get(name string) T
}

// Status reads the status of each registered service, which the registry
// keeps.
func Status(r Registry[Client], names []string) int {
	n := 0
	for _, name := range names {
		c := r.Get(name)
		if c != nil && c.Call("status") == nil {
			n++
		}
	}
	return n
}
