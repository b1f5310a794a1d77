// Package funcfield probes unclosedFuncField: function-valued fields named
// get+X or taking only contexts, whose value in fact dials a new
// connection on each call.
package funcfield

import (
	"context"
	"crypto/tls"
	"io"
	"net"
)

// dialFunc returns a function that dials addr anew on each call.
func dialFunc(addr string) func(ctx context.Context) (net.Conn, error) {
	return func(ctx context.Context) (net.Conn, error) {
		var d net.Dialer
		return d.DialContext(ctx, "tcp", addr)
	}
}

// Client is set up by New with the package's own dialing function, made
// by a helper: every call of getConn dials a new connection.
type Client struct {
	getConn func(ctx context.Context) (net.Conn, error)
}

// New returns a client of addr.
func New(addr string) *Client {
	return &Client{getConn: dialFunc(addr)}
}

// Ping leaks the connection that getConn dials.
func (c *Client) Ping(ctx context.Context) error { // want Ping:"keeps p1"
	// safe shape: reported by both.
	conn, err := c.getConn(ctx) // want `conn returned by c.getConn is not closed`
	if err != nil {
		return err
	}
	_, err = io.WriteString(conn, "PING\r\n")
	return err
}

// Quit leaks it too.
func (c *Client) Quit(ctx context.Context) error { // want Quit:"keeps p1"
	// safe shape: reported by both.
	conn, err := c.getConn(ctx) // want `conn returned by c.getConn is not closed`
	if err != nil {
		return err
	}
	_, err = io.WriteString(conn, "QUIT\r\n")
	return err
}

// Dialer holds the address to dial; its dial method makes a new
// connection.
type Dialer struct {
	addr string
}

func (d *Dialer) dial(ctx context.Context) (net.Conn, error) { // want dial:"keeps p1"
	var nd net.Dialer
	return nd.DialContext(ctx, "tcp", d.addr)
}

// Bound stores a bound method that dials.
type Bound struct {
	getConn func(ctx context.Context) (net.Conn, error)
}

// NewBound returns a Bound over d.
func NewBound(d *Dialer) *Bound { return &Bound{getConn: d.dial} } // want NewBound:"keeps p0"

// Ping leaks.
func (b *Bound) Ping(ctx context.Context) error { // want Ping:"keeps p1"
	// safe shape: reported by both.
	conn, err := b.getConn(ctx) // want `conn returned by b.getConn is not closed`
	if err != nil {
		return err
	}
	_, err = io.WriteString(conn, "PING\r\n")
	return err
}

// Quit leaks.
func (b *Bound) Quit(ctx context.Context) error { // want Quit:"keeps p1"
	// safe shape: reported by both.
	conn, err := b.getConn(ctx) // want `conn returned by b.getConn is not closed`
	if err != nil {
		return err
	}
	_, err = io.WriteString(conn, "QUIT\r\n")
	return err
}

// Secure wraps each connection it gets in a TLS client, which it never
// closes: a new TLS session over a connection that someone shares makes
// no sense, so the connection is new, and both leak.
type Secure struct {
	getConn func(ctx context.Context) (net.Conn, error)
	cfg     *tls.Config
}

// NewSecure returns a Secure that dials with dial.
func NewSecure(dial func(ctx context.Context) (net.Conn, error), cfg *tls.Config) *Secure { // want NewSecure:"keeps p0,p1; wraps p0 in r0"
	return &Secure{getConn: dial, cfg: cfg}
}

// Ping leaks.
func (s *Secure) Ping(ctx context.Context) error { // want Ping:"keeps p1"
	// Hidden by a first form of a rule of this round, reported again (rule 1: getConn(ctx) getter, and the wrapper tls.Client followed).
	raw, err := s.getConn(ctx) // want `raw returned by s.getConn is not closed`
	if err != nil {
		return err
	}
	tc := tls.Client(raw, s.cfg)
	if err := tc.HandshakeContext(ctx); err != nil {
		return err
	}
	_, err = io.WriteString(tc, "PING\r\n")
	return err
}

// Quit leaks.
func (s *Secure) Quit(ctx context.Context) error { // want Quit:"keeps p1"
	// Hidden by a first form of a rule of this round, reported again (rule 1: getConn(ctx) getter, and the wrapper tls.Client followed).
	raw, err := s.getConn(ctx) // want `raw returned by s.getConn is not closed`
	if err != nil {
		return err
	}
	tc := tls.Client(raw, s.cfg)
	if err := tc.HandshakeContext(ctx); err != nil {
		return err
	}
	_, err = io.WriteString(tc, "QUIT\r\n")
	return err
}

// Plain holds a function of no parameters, not named for making, that the
// caller configures: each method wraps what it gives in a TLS client it
// never closes. Wrapping a shared connection in a new TLS session on each
// call makes no sense: the connection is new, and the package leaks it.
type Plain struct {
	conn func() (net.Conn, error)
	cfg  *tls.Config
}

// NewPlain returns a Plain that connects with conn.
func NewPlain(conn func() (net.Conn, error), cfg *tls.Config) *Plain { // want NewPlain:"keeps p0,p1; wraps p0 in r0"
	return &Plain{conn: conn, cfg: cfg}
}

// Ping leaks.
func (p *Plain) Ping(ctx context.Context) error {
	// Hidden by a first form of a rule of this round, reported again (rule 1, settledHere follows tls.Client, a wrapper that is itself a resource).
	raw, err := p.conn() // want `raw returned by p.conn is not closed`
	if err != nil {
		return err
	}
	tc := tls.Client(raw, p.cfg)
	_, err = io.WriteString(tc, "PING\r\n")
	return err
}

// Quit leaks.
func (p *Plain) Quit(ctx context.Context) error {
	// Hidden by a first form of a rule of this round, reported again (rule 1, settledHere follows tls.Client, a wrapper that is itself a resource).
	raw, err := p.conn() // want `raw returned by p.conn is not closed`
	if err != nil {
		return err
	}
	tc := tls.Client(raw, p.cfg)
	_, err = io.WriteString(tc, "QUIT\r\n")
	return err
}

// Fresh holds a getter set by the caller and a dialing default, made by a
// helper (dialFunc), that New stores when no getter is given.
type Fresh struct {
	getConn func(ctx context.Context) (net.Conn, error)
}

// NewFresh returns a Fresh over get, or one that dials addr.
func NewFresh(addr string, get func(ctx context.Context) (net.Conn, error)) *Fresh { // want NewFresh:"keeps p1; wraps p1 in r0"
	if get == nil {
		get = dialFunc(addr)
	}
	return &Fresh{getConn: get}
}

// Ping leaks what the default dials.
func (f *Fresh) Ping(ctx context.Context) error { // want Ping:"keeps p1"
	// Hidden by a first form of a rule of this round, reported again (rule 1: storesMaker misses the dialFunc default merged by a phi).
	conn, err := f.getConn(ctx) // want `conn returned by f.getConn is not closed`
	if err != nil {
		return err
	}
	_, err = io.WriteString(conn, "PING\r\n")
	return err
}

// Quit leaks too.
func (f *Fresh) Quit(ctx context.Context) error { // want Quit:"keeps p1"
	// Hidden by a first form of a rule of this round, reported again (rule 1: storesMaker misses the dialFunc default merged by a phi).
	conn, err := f.getConn(ctx) // want `conn returned by f.getConn is not closed`
	if err != nil {
		return err
	}
	_, err = io.WriteString(conn, "QUIT\r\n")
	return err
}

// Default stores the caller's getter or, when none is given, a closure of
// its own that dials on each call: the stored value is the merge of both.
type Default struct {
	getConn func(ctx context.Context) (net.Conn, error)
}

// NewDefault returns a Default over get, or one that dials addr.
func NewDefault(addr string, get func(ctx context.Context) (net.Conn, error)) *Default { // want NewDefault:"keeps p1; wraps p1 in r0"
	if get == nil {
		get = func(ctx context.Context) (net.Conn, error) {
			var d net.Dialer
			return d.DialContext(ctx, "tcp", addr)
		}
	}
	return &Default{getConn: get}
}

// Ping leaks what the default dials.
func (d *Default) Ping(ctx context.Context) error { // want Ping:"keeps p1"
	// Hidden by a first form of a rule of this round, reported again (rule 1: storesMaker misses the package closure merged by a phi).
	conn, err := d.getConn(ctx) // want `conn returned by d.getConn is not closed`
	if err != nil {
		return err
	}
	_, err = io.WriteString(conn, "PING\r\n")
	return err
}

// Quit leaks too.
func (d *Default) Quit(ctx context.Context) error { // want Quit:"keeps p1"
	// Hidden by a first form of a rule of this round, reported again (rule 1: storesMaker misses the package closure merged by a phi).
	conn, err := d.getConn(ctx) // want `conn returned by d.getConn is not closed`
	if err != nil {
		return err
	}
	_, err = io.WriteString(conn, "QUIT\r\n")
	return err
}

// Pool takes from its caller a function that gives a new connection on
// each call: get, and a name that is itself named for making.
type Pool struct {
	getNewConn func(ctx context.Context) (net.Conn, error)
}

// NewPool returns a Pool over newConn.
func NewPool(newConn func(ctx context.Context) (net.Conn, error)) *Pool { // want NewPool:"keeps p0; wraps p0 in r0"
	return &Pool{getNewConn: newConn}
}

// Ping leaks the new connection.
func (p *Pool) Ping(ctx context.Context) error { // want Ping:"keeps p1"
	// Hidden by a first form of a rule of this round, reported again (rule 1, namedAsGetter: getNewConn).
	conn, err := p.getNewConn(ctx) // want `conn returned by p.getNewConn is not closed`
	if err != nil {
		return err
	}
	_, err = io.WriteString(conn, "PING\r\n")
	return err
}

// Quit leaks it too.
func (p *Pool) Quit(ctx context.Context) error { // want Quit:"keeps p1"
	// Hidden by a first form of a rule of this round, reported again (rule 1, namedAsGetter: getNewConn).
	conn, err := p.getNewConn(ctx) // want `conn returned by p.getNewConn is not closed`
	if err != nil {
		return err
	}
	_, err = io.WriteString(conn, "QUIT\r\n")
	return err
}
