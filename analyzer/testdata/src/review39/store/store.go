// Package store probes rule 3 (storeLookup).
package store

import (
	"context"
	"io"
	"net"
	"os"
)

// ConnPool is a keyed connection pool (memcache-style): Get hands out an
// idle connection or dials a new one, exclusively the caller's until Put
// back; Remove closes the idle connections of an address.
type ConnPool interface {
	Get(addr string) (net.Conn, error)
	Put(addr string, c net.Conn)
	Remove(addr string)
}

// LeakPooled neither puts back nor closes the connection where the write fails.
func LeakPooled(p ConnPool, addr string, b []byte) error { // want LeakPooled:"keeps p2"
	c, err := p.Get(addr) // want `c returned by p\.Get is not closed`
	if err != nil {
		return err
	}
	if _, err := c.Write(b); err != nil {
		return err // c is lost: neither Put nor Close
	}
	p.Put(addr, c)
	return nil
}

// SafePooled closes on failure, puts back on success.
func SafePooled(p ConnPool, addr string, b []byte) error { // want SafePooled:"keeps p2"
	c, err := p.Get(addr)
	if err != nil {
		return err
	}
	if _, err := c.Write(b); err != nil {
		c.Close()
		return err
	}
	p.Put(addr, c)
	return nil
}

// Blobs is a blob store: Open opens a new reader each call; Save consumes r.
type Blobs interface {
	Open(ctx context.Context, key string) (io.ReadCloser, error)
	Save(ctx context.Context, key string, r io.ReadCloser) error
	Delete(ctx context.Context, key string) error
}

// LeakBlob never closes the reader Open gave.
func LeakBlob(ctx context.Context, b Blobs, key string) ([]byte, error) { // want LeakBlob:"keeps p0"
	r, err := b.Open(ctx, key) // want `r returned by b\.Open is not closed`
	if err != nil {
		return nil, err
	}
	return io.ReadAll(r)
}

// FileCache caches files on disk by key; Lookup opens the cached file.
type FileCache interface {
	Lookup(key string) (*os.File, bool)
	Store(key string, f *os.File) error
	Evict(key string) error
}

// LeakCached reads the size of the cached file and drops it.
func LeakCached(fc FileCache, key string) int64 {
	f, ok := fc.Lookup(key) // want `f returned by fc\.Lookup is not closed`
	if !ok {
		return -1
	}
	st, err := f.Stat()
	if err != nil {
		return -1
	}
	return st.Size()
}

// Registry keeps listeners by name (a genuine store): Find lends.
type Registry interface {
	Register(name string, l net.Listener) error
	Find(name string) net.Listener
	Unregister(name string)
}

// SafeFind only reads the address of the registered listener. Reported:
// a lookup of a listener, a type that pools and stores hand out for one
// use, is not taken for a loan (a known false alarm, the price of
// reporting LeakPooled, LeakBlob and LeakCached).
func SafeFind(r Registry, name string) string {
	l := r.Find(name) // want `l returned by r\.Find is not closed`
	if l == nil {
		return ""
	}
	return l.Addr().String()
}
