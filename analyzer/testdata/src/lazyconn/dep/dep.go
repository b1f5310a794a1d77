// Package dep is a generated RPC client: it holds the connection it is
// given, as an interface without Close, and has no Close of its own.
package dep

import "context"

// Invoker sends one call over a connection.
type Invoker interface {
	Invoke(ctx context.Context, method string, in, out any) error
}

// EchoClient calls the echo service.
type EchoClient struct {
	cc Invoker
}

// NewEchoClient returns a client that calls over cc.
func NewEchoClient(cc Invoker) *EchoClient { return &EchoClient{cc: cc} } // want NewEchoClient:"keeps p0; wraps p0 in r0"

// Echo sends s and returns the reply.
func (c *EchoClient) Echo(ctx context.Context, s string) (string, error) { // want Echo:"keeps p1"
	var out string
	err := c.cc.Invoke(ctx, "/echo.Echo/Echo", s, &out)
	return out, err
}

// Reverse sends s and returns it reversed.
func (c *EchoClient) Reverse(ctx context.Context, s string) (string, error) { // want Reverse:"keeps p1"
	var out string
	err := c.cc.Invoke(ctx, "/echo.Echo/Reverse", s, &out)
	return out, err
}
