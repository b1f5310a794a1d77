// Package pooluse tests rule 3 (isKeyedGetter) with a pool:
// GetConnection(ctx) (Connection, error) takes a connection from a pool,
// which the caller must give back with Close. handedOutName excludes
// types whose names END in Conn, but "Connection" does not end in
// "Conn", and a context is a key: publishLeak and publishTimeoutLeak
// drop the connection they took, and SHOULD be reported.
//
// Base (30494aa): both reported. Head: both leaks are hidden by rule 3 (REAL leaks missed).
//
// Fixed since (round twenty-two): a keyed Get needs a key that is not a context, takes no time.Duration, and gives nothing named for a connection: both reported again.
package pooluse

import (
	"context"
	"time"

	"review33/regdep"
)

// publishLeak publishes msg on a pooled connection it never gives back.
func publishLeak(ctx context.Context, p regdep.Pool, msg []byte) error { // want publishLeak:"keeps p0,p2"
	c, err := p.GetConnection(ctx) // want `c returned by p.GetConnection is not closed`
	if err != nil {
		return err
	}
	return c.Publish("events", msg)
}

// publishTimeoutLeak is publishLeak that waits a second at most.
func publishTimeoutLeak(p regdep.Pool, msg []byte) error { // want publishTimeoutLeak:"keeps p1"
	c, err := p.GetPooledConnection(time.Second) // want `c returned by p.GetPooledConnection is not closed`
	if err != nil {
		return err
	}
	return c.Publish("events", msg)
}
