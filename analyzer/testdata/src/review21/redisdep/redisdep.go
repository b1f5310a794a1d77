// Package redisdep mimics go-redis v9: Client.Conn() *Conn takes a
// connection out of the pool for the caller, who must Close it to give it
// back ("Conn returns a single Redis connection ... must be closed").
package redisdep

import (
	"net"
	"sync"
)

type pool struct {
	mu   sync.Mutex
	idle []net.Conn
	addr string
}

func (p *pool) get() (net.Conn, error) {
	p.mu.Lock()
	if n := len(p.idle); n > 0 {
		c := p.idle[n-1]
		p.idle = p.idle[:n-1]
		p.mu.Unlock()
		return c, nil
	}
	p.mu.Unlock()
	return net.Dial("tcp", p.addr)
}

func (p *pool) put(c net.Conn) { // want put:"keeps p1"
	p.mu.Lock()
	p.idle = append(p.idle, c)
	p.mu.Unlock()
}

// Client is a pool of connections.
type Client struct {
	p *pool
}

func NewClient(addr string) *Client { return &Client{p: &pool{addr: addr}} }

// Conn is a single connection taken out of the pool.
type Conn struct {
	p  *pool
	cn net.Conn
}

// Conn returns a single connection; the caller must Close it.
func (c *Client) Conn() *Conn {
	cn, err := c.p.get()
	if err != nil {
		return &Conn{p: c.p}
	}
	return &Conn{p: c.p, cn: cn}
}

// Select selects a database on the connection.
func (c *Conn) Select(db int) error {
	if c.cn == nil {
		return net.ErrClosed
	}
	_, err := c.cn.Write([]byte{byte(db)})
	return err
}

// Close gives the connection back to the pool.
func (c *Conn) Close() error { // want Close:"nil r0; nothing when zero; closes p0.cn"
	if c.cn != nil {
		c.p.put(c.cn)
		c.cn = nil
	}
	return nil
}

func (c *Client) Close() error { return nil } // want Close:"nil r0; releases nothing; nothing when zero; nothing when nil"
