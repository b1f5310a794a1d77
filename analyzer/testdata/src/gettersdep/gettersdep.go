// Package gettersdep declares the interfaces of a peer-to-peer host, as a
// core package does: the implementations are in packages that the users
// of these interfaces do not import.
package gettersdep

import (
	"context"
	"io"
	"net"
	"net/http"
)

// Conn is a connection to a peer.
type Conn interface {
	io.Closer
	RemotePeer() string
}

// Stream is a stream over a connection.
type Stream interface {
	io.ReadWriteCloser
	// Conn returns the connection the stream belongs to.
	Conn() Conn
}

// Network holds the connections of a host.
type Network interface {
	io.Closer
	ConnsToPeer(p string) []Conn
}

// Host is a peer-to-peer host.
type Host interface {
	io.Closer
	// Network returns the host's network.
	Network() Network
	// NewStream opens a stream to a peer.
	NewStream(ctx context.Context, p string) (Stream, error)
	// Dial dials a new connection to a peer.
	Dial() Conn
	// Conn opens a connection to a peer, which may fail.
	Conn() (Conn, error)
}

// Result is what a call of a service gives back, as an SDK declares it.
type Result interface {
	// HTTPResponse returns the response the result was read from.
	HTTPResponse() *http.Response
	// NetConn returns the connection the result came over.
	NetConn() net.Conn
	// FetchResponse asks for the response again.
	FetchResponse() *http.Response
}

// RegionCache is a cache of regions that a store keeps open for all its
// transactions.
type RegionCache struct{ c Conn }

// Close closes the cache's connection.
func (r *RegionCache) Close() error { return r.c.Close() } // want Close:"releases p0; closes p0.c"

// Regions counts the regions.
func (r *RegionCache) Regions() int { return 0 }

// Store is a storage engine, as its transaction layer sees it.
type Store interface {
	// GetRegionCache returns the store's cache of regions.
	GetRegionCache() *RegionCache
	// GetPeerConn returns the store's connection to its peer.
	GetPeerConn() Conn
	// Get takes a connection from the store's pool: Get alone names
	// nothing that the store holds.
	Get() Conn
	// GetConn dials a connection, which may fail.
	GetConn() (Conn, error)
}

// Backend stores blobs; a wrapper gives the backend it wraps.
type Backend interface {
	Save(name string) error
	Close() error
}

// Unwrapper is a Backend that wraps another.
type Unwrapper interface {
	// Unwrap returns the backend that the receiver wraps.
	Unwrap() Backend
	// Inner returns a new connection to the wrapped backend.
	Inner() Backend
}

// Masked is a connection that a mask wraps.
type Masked interface {
	net.Conn
	// RawConn returns the connection under the mask.
	RawConn() net.Conn
	// Splice reports whether the mask may be bypassed.
	Splice() bool
	// NewConn dials a new connection through the mask.
	NewConn() net.Conn
}

// Unmask returns the connection under the masks of conn, as far as they
// may be bypassed.
func Unmask(conn net.Conn) net.Conn { // want Unmask:"keeps p0; borrows r0; returns p0 as r0"
	for {
		m, ok := conn.(Masked)
		if !ok || !m.Splice() {
			return conn
		}
		conn = m.RawConn()
	}
}

// Handler serves the traffic of one tag.
type Handler interface {
	io.Closer
	Tag() string
}

// Registry holds the handlers of a router by tag, and the streams that
// it hands out.
type Registry interface {
	// GetHandler returns the handler of tag, or nil.
	GetHandler(tag string) Handler
	// GetPeerHandler returns the handler of the peer id, or an error.
	GetPeerHandler(ctx context.Context, id int64) (Handler, error)
	// GetStream opens a stream to the handler of tag.
	GetStream(ctx context.Context, tag string) (Stream, error)
	// NewHandler makes a handler for tag.
	NewHandler(tag string) Handler
}

// Mask is what a mask over a connection adds to it.
type Mask interface {
	// RawConn returns the connection under the mask.
	RawConn() net.Conn
}

// Unmasked returns the connection under the mask of conn, if it has one:
// the mask is asserted out of the connection, so what RawConn gives is
// under that connection.
func Unmasked(conn net.Conn) net.Conn { // want Unmasked:"keeps p0; borrows r0; returns p0 as r0"
	if m, ok := conn.(Mask); ok {
		return m.RawConn()
	}
	return conn
}
