package d

import (
	"context"
	"errors"
	"net"
	"sync"
)

// Pool limits the number of open connections.
type Pool struct {
	mu     sync.Mutex
	active int
	max    int
	addr   string
}

// PooledConn gives its slot back to the pool when it is closed.
type PooledConn struct {
	conn net.Conn
	pool *Pool
}

func (c *PooledConn) Close() error { // want Close:"releases p0; closes p0.conn"
	c.pool.mu.Lock()
	c.pool.active--
	c.pool.mu.Unlock()
	return c.conn.Close()
}

var errBusy = errors.New("pool exhausted")

// Get takes a slot and dials.
func (p *Pool) Get(ctx context.Context) (*PooledConn, error) { // want Get:"keeps p0,p1; wraps p0 in r0"
	p.mu.Lock()
	if p.active >= p.max {
		p.mu.Unlock()
		return nil, errBusy
	}
	p.active++
	p.mu.Unlock()
	var d net.Dialer
	nc, err := d.DialContext(ctx, "tcp", p.addr)
	if err != nil {
		p.mu.Lock()
		p.active--
		p.mu.Unlock()
		return nil, err
	}
	return &PooledConn{conn: nc, pool: p}, nil
}

// rawConn returns the connection and drops the pooled wrapper: the slot
// is never given back.
func rawConn(ctx context.Context, p *Pool) (net.Conn, error) { // want rawConn:"keeps p0; borrows r0"
	pc, err := p.Get(ctx) // want `pc returned by p.Get is not closed`
	if err != nil {
		return nil, err
	}
	return pc.conn, nil
}
