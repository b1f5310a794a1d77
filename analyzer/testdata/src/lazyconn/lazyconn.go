// Package lazyconn holds a function that gives, on each call, the
// connection that its caller made once and shares (a lazy connection
// getter as generated SDK clients hold one): the package calls it in
// every method, with only a context, and closes none of what it gives.
package lazyconn

import (
	"context"
	"io"
	"net"

	"lazyconn/dep"
)

// Conn is a shared connection to the service.
type Conn struct {
	nc net.Conn
}

// Invoke sends one call.
func (c *Conn) Invoke(ctx context.Context, method string, in, out any) error {
	_, err := io.WriteString(c.nc, method)
	return err
}

// Close closes the connection.
func (c *Conn) Close() error { return c.nc.Close() } // want Close:"releases p0; closes p0.nc"

// EchoServiceClient calls the echo service with lazy connection set-up.
type EchoServiceClient struct {
	getConn func(ctx context.Context) (*Conn, error)
}

// NewEchoServiceClient returns a client over the connections g gives.
func NewEchoServiceClient(g func(ctx context.Context) (*Conn, error)) *EchoServiceClient { // want NewEchoServiceClient:"keeps p0; wraps p0 in r0"
	return &EchoServiceClient{getConn: g}
}

// Echo calls Echo over the shared connection.
func (c *EchoServiceClient) Echo(ctx context.Context, s string) (string, error) { // want Echo:"keeps p1"
	conn, err := c.getConn(ctx)
	if err != nil {
		return "", err
	}
	return dep.NewEchoClient(conn).Echo(ctx, s)
}

// Reverse calls Reverse over the shared connection.
func (c *EchoServiceClient) Reverse(ctx context.Context, s string) (string, error) { // want Reverse:"keeps p1"
	conn, err := c.getConn(ctx)
	if err != nil {
		return "", err
	}
	return dep.NewEchoClient(conn).Reverse(ctx, s)
}

// StatusServiceClient is another generated client of the package, with
// one method: its getConn, of the same name and type, is the same
// accessor as EchoServiceClient's.
type StatusServiceClient struct {
	getConn func(ctx context.Context) (*Conn, error)
}

// Status calls Echo over the shared connection.
func (c *StatusServiceClient) Status(ctx context.Context) (string, error) { // want Status:"keeps p1"
	conn, err := c.getConn(ctx)
	if err != nil {
		return "", err
	}
	return dep.NewEchoClient(conn).Echo(ctx, "status")
}

// Dialing makes a new connection on each call: the package closes none
// of them, and a field named for making is never taken for a getter.
type Dialing struct {
	dialConn func(ctx context.Context) (*Conn, error)
}

// Echo leaks the connection it dials.
func (d *Dialing) Echo(ctx context.Context, s string) (string, error) { // want Echo:"keeps p1"
	conn, err := d.dialConn(ctx) // want `conn returned by d.dialConn is not closed`
	if err != nil {
		return "", err
	}
	return dep.NewEchoClient(conn).Echo(ctx, s)
}

// Reverse leaks the connection it dials too.
func (d *Dialing) Reverse(ctx context.Context, s string) (string, error) { // want Reverse:"keeps p1"
	conn, err := d.dialConn(ctx) // want `conn returned by d.dialConn is not closed`
	if err != nil {
		return "", err
	}
	return dep.NewEchoClient(conn).Reverse(ctx, s)
}

// Once calls a getter with a key once: one call is no evidence.
type Once struct {
	getConn func(ctx context.Context, addr string) (*Conn, error)
}

// Echo leaks what the keyed function gives: nothing says it is shared.
func (o *Once) Echo(ctx context.Context, s string) (string, error) { // want Echo:"keeps p1"
	conn, err := o.getConn(ctx, "a") // want `conn returned by o.getConn is not closed`
	if err != nil {
		return "", err
	}
	return dep.NewEchoClient(conn).Echo(ctx, s)
}
