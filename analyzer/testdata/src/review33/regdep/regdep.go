// Package regdep declares interfaces whose implementations live in
// packages that their users do not import, for the probes of rule 3
// (isKeyedGetter): objuse, pooluse, factoryuse and reguse. It has no
// leaks of its own.
//
// Outcome: a dependency only; see its users.
package regdep

import (
	"context"
	"io"
	"time"
)

// Object is an object of a bucket being downloaded, as an S3 client
// gives it: its Close ends the download and frees the connection.
type Object struct {
	body io.ReadCloser
	Size int64
}

// Read reads the object.
func (o *Object) Read(p []byte) (int, error) { return o.body.Read(p) } // want Read:"keeps p1"

// Close ends the download.
func (o *Object) Close() error { return o.body.Close() } // want Close:"releases p0; closes p0.body"

// ObjectStore is the part of an S3 client that its users mock in tests.
type ObjectStore interface {
	// GetObject starts the download of bucket/key.
	GetObject(ctx context.Context, bucket, key string) (*Object, error)
	// PutObject uploads r as bucket/key.
	PutObject(ctx context.Context, bucket, key string, r io.Reader) error
}

// Connection is a connection of a pool of connections to a message
// broker: its Close gives it back to the pool.
type Connection interface {
	io.Closer
	Publish(topic string, msg []byte) error
}

// Pool hands out the connections of a pool.
type Pool interface {
	// GetConnection takes a connection from the pool, or dials one.
	GetConnection(ctx context.Context) (Connection, error)
	// GetPooledConnection is GetConnection that waits at most d for an idle one.
	GetPooledConnection(d time.Duration) (Connection, error)
}

// Client is a client of a remote service, with a connection of its own.
type Client interface {
	io.Closer
	Call(method string, arg []byte) ([]byte, error)
}

// Factory makes clients.
type Factory interface {
	// GetClient dials addr, waiting at most timeout.
	GetClient(addr string, timeout time.Duration) (Client, error)
	// GetDefaultClient dials the default address.
	GetDefaultClient() (Client, error)
}

// Handler serves the traffic of one tag.
type Handler interface {
	io.Closer
	Tag() string
}

// Stream is a stream to a handler.
type Stream interface {
	io.ReadWriteCloser
}

// Registry holds the handlers of a router by tag.
type Registry interface {
	// GetHandler returns the handler of tag, or nil.
	GetHandler(tag string) Handler
	// GetIndexedHandler returns the handler at i, and whether there is one.
	GetIndexedHandler(i int) (Handler, bool)
	// GetStream opens a stream to the handler of tag.
	GetStream(ctx context.Context, tag string) (Stream, error)
}
