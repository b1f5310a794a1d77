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

// Inbound is a listener of a proxy, registered under a tag.
type Inbound interface {
	io.Closer
	Tag() string
}

// RuleSet is a set of routing rules, loaded once and shared.
type RuleSet interface {
	io.Closer
	Match(addr string) bool
}

// DNSTransport resolves names over one upstream.
type DNSTransport interface {
	io.Closer
	Exchange(q string) string
}

// DefaultInterfaceMonitor watches the default network interface.
type DefaultInterfaceMonitor interface {
	io.Closer
	Name() string
}

// Session is a session of a client with a server.
type Session interface {
	io.Closer
	ID() string
}

// ClientStream is a stream of requests to a server.
type ClientStream interface {
	io.Closer
	Send(m string) error
}

// Proxy holds what a proxy has set up, by tag.
type Proxy interface {
	// Get looks an inbound up by its tag.
	Get(tag string) (Inbound, bool)
	// RuleSet looks a rule set up by its tag.
	RuleSet(tag string) (RuleSet, bool)
	// Transport looks a DNS transport up by its tag.
	Transport(tag string) (DNSTransport, bool)
	// InterfaceMonitor returns the registry's monitor.
	InterfaceMonitor() DefaultInterfaceMonitor
	// Session starts a session for a user.
	Session(user string) (Session, bool)
	// Stream opens a stream.
	Stream() ClientStream
	// Open loads a rule set from a file, if it exists.
	Open(path string) (RuleSet, bool)
	// GetEntry opens the cache entry of a key, if there is one.
	GetEntry(key string) (CacheEntry, bool)
	// Snapshot opens the snapshot at an index, if there is one.
	Snapshot(index uint64) (StoredSnapshot, bool)
}

// CacheEntry is an entry of a disk cache, opened for each read.
type CacheEntry interface {
	io.ReadCloser
}

// StoredSnapshot is a snapshot file, opened for each read.
type StoredSnapshot interface {
	io.ReadCloser
}

// Cache opens entries by key.
type Cache interface {
	// Get opens the entry of a key, if there is one.
	Get(key string) (CacheEntry, bool)
}
