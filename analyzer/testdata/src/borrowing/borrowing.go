// Package borrowing holds values that belong to someone else: read from a
// container that owns them, reached through an embedded field, wrapped by
// a value that holds them, or closed by the iterator itself.
package borrowing

import (
	"net"
	"os"
	"sync/atomic"
	"weak"
)

// Conn is a resource: closing it closes its network connection.
type Conn struct{ nc net.Conn }

// Close closes the network connection.
func (c *Conn) Close() error { return c.nc.Close() }

// Dial returns a new connection, which the caller must close.
func Dial(addr string) (*Conn, error) {
	nc, err := net.Dial("tcp", addr)
	if err != nil {
		return nil, err
	}
	return &Conn{nc: nc}, nil
}

// --- Containers that own what they hold (sync/atomic, weak) ---

// current owns the connection in use.
var current atomic.Pointer[Conn]

// SafeLoad is fine: Load returns the connection that current still owns.
func SafeLoad() string {
	c := current.Load()
	if c == nil {
		return ""
	}
	return c.nc.RemoteAddr().String()
}

// loaded is fine: it returns what current owns, which its callers borrow.
func loaded() *Conn { // want loaded:"borrows r0"
	return current.Load()
}

// SafeStore is fine: current keeps the new connection.
func SafeStore(addr string) error {
	c, err := Dial(addr)
	if err != nil {
		return err
	}
	current.Store(c)
	return nil
}

// storeTooLate leaks: the connection is dropped when the write fails,
// before current keeps it.
func storeTooLate(addr string) error {
	c, err := Dial(addr) // want `c returned by Dial is not closed on all paths`
	if err != nil {
		return err
	}
	if _, err := c.nc.Write(nil); err != nil {
		return err
	}
	current.Store(c)
	return nil
}

// SafeSwap is fine: current keeps the new connection, and the previous
// one, which Swap hands back, is closed.
func SafeSwap(addr string) error {
	c, err := Dial(addr)
	if err != nil {
		return err
	}
	if old := current.Swap(c); old != nil {
		return old.Close()
	}
	return nil
}

// swappedOut leaks: current no longer holds the previous connection, so
// it is the caller's to close.
func swappedOut(c *Conn) string { // want swappedOut:"keeps p0"
	old := current.Swap(c) // want `old returned by current.Swap is not closed before the return at line 91`
	if old == nil {
		return ""
	}
	return old.nc.RemoteAddr().String()
}

// SafeCompareAndSwap is fine: current keeps the connection when the swap
// succeeds, and it is closed when it does not.
func SafeCompareAndSwap(addr string) error {
	c, err := Dial(addr)
	if err != nil {
		return err
	}
	if !current.CompareAndSwap(nil, c) {
		return c.Close()
	}
	return nil
}

// settings owns the file stored in it.
var settings atomic.Value

// SafeValueStore is fine: settings keeps the file.
func SafeValueStore(name string) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	settings.Store(f)
	return nil
}

// SafeValueLoad is fine: the file belongs to settings.
func SafeValueLoad() string {
	f, ok := settings.Load().(*os.File)
	if !ok {
		return ""
	}
	return f.Name()
}

// registry knows connections that a cache owns without keeping them alive.
type registry struct{ m map[string]weak.Pointer[Conn] }

// lookup is fine: Value returns a connection that someone else owns.
func (r *registry) lookup(name string) *Conn { // want lookup:"borrows r0"
	wp, ok := r.m[name]
	if !ok {
		return nil
	}
	return wp.Value()
}

// SafeWeakValue is fine: the connection from Value is not this function's.
func SafeWeakValue(r *registry, name string) string {
	c := r.m[name].Value()
	if c == nil {
		return ""
	}
	return c.nc.LocalAddr().String()
}

// SafeWeakMake is fine: the registry keeps the connection, through a weak
// pointer that the cache's cleanup goes with.
func (r *registry) SafeWeakMake(name, addr string) error {
	c, err := Dial(addr)
	if err != nil {
		return err
	}
	r.m[name] = weak.Make(c)
	return nil
}

// weakDropped leaks: a weak pointer that is thrown away keeps nothing.
func weakDropped(addr string) bool {
	c, err := Dial(addr) // want `c returned by Dial is not closed before the return at line 168`
	if err != nil {
		return false
	}
	wp := weak.Make(c)
	return wp.Value() != nil
}
