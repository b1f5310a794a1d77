// Package api declares interfaces whose implementations are in packages
// that their users do not import.
package api

import (
	"database/sql"
	"io"
	"net"
	"net/http"
	"os"
)

// Source gives a new reader of its content at each Open (a blob store, an
// archive entry): each reader is the caller's to close.
type Source interface {
	Name() string
	Open() (io.ReadCloser, error)
}

// Listen listens on addr; its Accept gives a new connection each call.
func Listen(addr string) (net.Listener, error) { // want Listen:`r0 is \*net\.TCPListener,\*net\.UnixListener`
	return net.Listen("tcp", addr)
}

// Fetcher sends its request again at each Fetch.
type Fetcher interface {
	Fetch() (*http.Response, error)
}

// Handle is an open file and its path.
type Handle struct {
	*os.File
	Path string
}

// HandleOpener opens a new handle at each OpenHandle.
type HandleOpener interface {
	OpenHandle() (*Handle, error)
}

// Beginner begins a new transaction at each Begin.
type Beginner interface {
	Begin() (*sql.Tx, error)
}

// Conn is a pooled connection.
type Conn struct{ f *os.File }

func (c *Conn) Close() error { return c.f.Close() } // want Close:"releases p0; nothing when zero; closes p0.f"

// Pool dials a new C at each Acquire.
type Pool[C io.Closer] struct {
	Dial func() (C, error)
}

// Acquire dials a new C.
func (p *Pool[C]) Acquire() (C, error) { return p.Dial() }

// Acquirer acquires connections.
type Acquirer interface {
	Acquire() (*Conn, error)
}

// NewConn makes a connection over f.
func NewConn(f *os.File) *Conn { return &Conn{f: f} } // want NewConn:"keeps p0; wraps p0 in r0"

// GSource is Source with typed keys.
type GSource[K any] interface {
	Key() K
	Open() (io.ReadCloser, error)
}
