package borrowing

// This file builds a client around a transport and closes it before
// returning it (its Close only drops idle connections, and the client
// stays usable): the caller gets a value that is closed already.

import (
	"context"
	"net/http"
	"os"
	"sync/atomic"
)

type transportHolder struct{ t *http.Transport }

func (h *transportHolder) Close() error { // want Close:"nil r0"
	h.t.CloseIdleConnections()
	return nil
}

func (h *transportHolder) ping(ctx context.Context) error { return ctx.Err() }

func newTransportHolder() *transportHolder { return &transportHolder{t: &http.Transport{}} }

type closedClient struct {
	*transportHolder
	name string
}

// newClosedClient closes the client it returns, by a deferred Close; where
// the first transport fails it falls back to a second one if it may, and
// else returns nil from the result slot its defer made, dropping the
// first (a leak of its own, with nothing returned).
func newClosedClient(ctx context.Context, fallback bool) (*closedClient, error) { // want newClosedClient:"borrows r0"
	c := closedClient{transportHolder: newTransportHolder(), name: "x"} // want `the \*transportHolder returned by newTransportHolder is not closed on all paths: the return at line 38 is reached when fallback is false at line 37`
	if err := c.ping(ctx); err != nil {
		if !fallback {
			return nil, err
		}
		c.transportHolder = newTransportHolder()
	}
	defer c.Close()
	return &c, nil
}

// closedClientSafe uses the client it got closed.
func closedClientSafe(ctx context.Context) error {
	cli, err := newClosedClient(ctx, true)
	if err != nil {
		return err
	}
	return cli.ping(ctx)
}

// newOpenClient returns the client open.
func newOpenClient(ctx context.Context) (*closedClient, error) {
	c := closedClient{transportHolder: newTransportHolder(), name: "x"}
	if err := c.ping(ctx); err != nil {
		_ = c.Close()
		return nil, err
	}
	return &c, nil
}

// openClientLeak drops the open client.
func openClientLeak(ctx context.Context) error {
	cli, err := newOpenClient(ctx) // want `cli returned by newOpenClient is not closed before the return at line 71`
	if err != nil {
		return err
	}
	return cli.ping(ctx)
}

// refConn counts its references; Close drops one, and closes the file with
// the last.
type refConn struct {
	f    *os.File
	refs atomic.Int32
}

func (c *refConn) Close() error { // want Close:"keeps p0; releases p0 on failure; nothing when zero; closes p0.f"
	if c.refs.Add(-1) == 0 {
		return c.f.Close()
	}
	return nil
}

// openShared hands out a connection with two references and drops one of
// them before returning it: the caller holds the other.
func openShared(path string) (*refConn, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	c := &refConn{f: f}
	c.refs.Store(2)
	defer c.Close()
	return c, nil
}

// sharedLeak drops the reference it was given.
func sharedLeak(path string) error {
	c, err := openShared(path) // want `c returned by openShared is not closed before the return at line 108`
	if err != nil {
		return err
	}
	println(c.f.Name())
	return nil
}
