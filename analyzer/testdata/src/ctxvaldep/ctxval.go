// Package ctxvaldep holds values in a context and hands out what it holds:
// the context's values belong to whoever stored them, and a struct
// returned by value carries the ownership of what is in its fields.
package ctxvaldep

import (
	"context"
	"net"
)

// A Watcher tracks the peer of a connection; the connection closes it.
type Watcher interface {
	Close() error
	PID() int
}

// AuthInfo is what a server's handshake stores for the connection.
type AuthInfo struct {
	Watcher Watcher
}

// Peer is kept in the request's context, as grpc's peer package keeps it.
type Peer struct {
	Addr     string
	AuthInfo any
}

type peerKey struct{}

// NewContext stores p in ctx.
func NewContext(ctx context.Context, p *Peer) context.Context { // want NewContext:"keeps p0,p1; r0 is \\*context.valueCtx"
	return context.WithValue(ctx, peerKey{}, p)
}

// FromContext returns the peer stored in ctx.
func FromContext(ctx context.Context) (*Peer, bool) {
	p, ok := ctx.Value(peerKey{}).(*Peer)
	return p, ok
}

// AuthInfoFrom returns, by value, the auth info of ctx's peer.
func AuthInfoFrom(ctx context.Context) (AuthInfo, bool) { // want AuthInfoFrom:"borrows r0"
	p, ok := FromContext(ctx)
	if !ok {
		return AuthInfo{}, false
	}
	ai, ok := p.AuthInfo.(AuthInfo)
	return ai, ok
}

// WatcherFrom returns the watcher of ctx's peer, a field of a struct it
// got by value.
func WatcherFrom(ctx context.Context) (Watcher, bool) { // want WatcherFrom:"borrows r0; r1 says r0 is new"
	ai, ok := AuthInfoFrom(ctx)
	if !ok {
		return nil, false
	}
	return ai.Watcher, true
}

// Dialed is returned by value with a new connection in it.
type Dialed struct {
	Conn net.Conn
	Addr string
}

// Dial returns a new connection in a struct returned by value: no fact
// says that it borrows r0 (analysistest reports facts that no comment
// expects), as it would if the struct's fields were borrowed.
func Dial(addr string) (Dialed, error) {
	c, err := net.Dial("tcp", addr)
	if err != nil {
		return Dialed{}, err
	}
	return Dialed{Conn: c, Addr: addr}, nil
}

// Cached returns a copy of a struct that the package keeps.
func Cached() Dialed { // want Cached:"borrows r0"
	return cache
}

var cache Dialed


// FromSlice returns an element of a new slice that holds a new
// connection: no fact, the struct is new.
func FromSlice(addr string) (Dialed, error) {
	ds := make([]Dialed, 1)
	c, err := net.Dial("tcp", addr)
	if err != nil {
		return Dialed{}, err
	}
	ds[0] = Dialed{Conn: c, Addr: addr}
	return ds[0], nil
}

// Built returns a struct that a closure builds with a new connection in
// the variable it captures: no fact, the struct is new.
func Built(addr string) (Dialed, error) {
	var d Dialed
	var err error
	build := func() {
		var c net.Conn
		c, err = net.Dial("tcp", addr)
		d = Dialed{Conn: c, Addr: addr}
	}
	build()
	return d, err
}
