// Package providers keeps the function that gives a connection in an
// unexported field, set to closures that functions of the package make.
package providers

import (
	"context"
	"errors"
	"os"
	"sync"
)

var (
	mu    sync.Mutex
	files = map[string]*os.File{}
)

// cached gives the file that the cache keeps for name, opening it once.
func cached(name string) (*os.File, error) { // want cached:"borrows r0"
	mu.Lock()
	defer mu.Unlock()
	if f, ok := files[name]; ok {
		return f, nil
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	files[name] = f
	return f, nil
}

type provider func(ctx context.Context) (*os.File, error)

type conn struct {
	prov provider
	open provider
}

// cachedProvider gives the cached file of name or of one of its
// replicas.
func cachedProvider(name string, replicas []string) provider { // want cachedProvider:"keeps p1"
	return func(ctx context.Context) (*os.File, error) {
		if len(replicas) == 0 || ctx.Err() != nil {
			return cached(name)
		}
		return cached(replicas[0])
	}
}

// openingProvider opens a new file each time.
func openingProvider(name string) provider {
	return func(context.Context) (*os.File, error) {
		return os.Open(name)
	}
}

// New returns a conn over the file name.
func New(name string, replicas []string) *conn { // want New:"keeps p1"
	c := &conn{}
	c.prov = cachedProvider(name, replicas)
	c.open = openingProvider(name)
	return c
}

// NewFrom returns a conn over the file f, which the caller keeps.
func NewFrom(f *os.File) *conn { // want NewFrom:"keeps p0"
	return &conn{prov: func(context.Context) (*os.File, error) { return f, nil }, open: openingProvider(f.Name())}
}

var errShort = errors.New("short read")

// SafeRead is fine: every function that the package puts in c.prov gives
// a file that the cache or the caller keeps.
func (c *conn) SafeRead(ctx context.Context, buf []byte) (int, error) {
	f, err := c.prov(ctx)
	if err != nil {
		return 0, err
	}
	n, err := f.Read(buf)
	if n < len(buf) {
		return n, errShort
	}
	return n, err
}

func (c *conn) readLeak(ctx context.Context, buf []byte) (int, error) {
	f, err := c.open(ctx) // want `f returned by c.open is not closed before the return at line 91`
	if err != nil {
		return 0, err
	}
	return f.Read(buf)
}
