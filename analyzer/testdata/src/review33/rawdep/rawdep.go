// Package rawdep declares interfaces for rawuse, the probe of rule 2
// (isNamedGetter's Raw + the result type's name). It has no leaks.
//
// Outcome: a dependency only; see rawuse.
package rawdep

import (
	"context"
	"net"
)

// FramedConn is a connection that frames what it carries.
type FramedConn interface {
	net.Conn
	// RawConn returns the connection under the framing.
	RawConn() net.Conn
}

// Upstream is the far end of a proxy route. It holds no connection:
// it is an address and a policy.
type Upstream interface {
	// Addr returns the upstream's address.
	Addr() string
	// RawConn dials the upstream directly, past the proxy chain, for a
	// health check: each call makes a new connection.
	RawConn() net.Conn
}

// Transport dials framed connections.
type Transport interface {
	Dial(ctx context.Context, addr string) (FramedConn, error)
}
