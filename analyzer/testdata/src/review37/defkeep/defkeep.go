// Package defkeep: deferred closures that cache a result in a global, and resets that undo it.
package defkeep

import (
	"net"
	"sync"
)

type Conn struct{ c net.Conn }

func (c *Conn) Close() error    { return c.c.Close() } // want Close:"releases\\ p0;\\ closes\\ p0\\.c"
func (c *Conn) Connected() bool { return c.c != nil }

func Connect(addr string) (*Conn, error) {
	c, err := net.Dial("unix", addr)
	if err != nil {
		return nil, err
	}
	return &Conn{c: c}, nil
}

var (
	mu     sync.Mutex
	shared *Conn
	last   *Conn
)

// Shared (as in testdata sharedconn): SAFE, reuses the cached one.
func Shared() (conn *Conn, err error) { // want Shared:"borrows\\ r0"
	mu.Lock()
	defer mu.Unlock()
	if shared != nil && shared.Connected() {
		return shared, nil
	}
	defer func() {
		if conn != nil {
			shared = conn
		}
	}()
	conn, err = Connect("/run/shared")
	return
}

// Fresh connects anew on every call and only records the latest one in a
// global "for debugging": each call overwrites last, so the previous
// connection is referenced by nobody but the caller who got it. The
// caller owns it.
func Fresh() (conn *Conn, err error) { // want Fresh:"borrows\\ r0"
	defer func() {
		if conn != nil {
			last = conn
		}
	}()
	conn, err = Connect("/run/fresh")
	return
}

// FreshDirect is Fresh without the defer: a store into a global keeps
// the value for its owner as well.
func FreshDirect() (*Conn, error) { // want FreshDirect:"borrows\\ r0"
	conn, err := Connect("/run/fresh")
	if err != nil {
		return nil, err
	}
	last = conn
	return conn, nil
}

// ClearedLater: the defer registered first (it runs LAST) caches conn;
// a defer registered after it (runs FIRST) clears the global again on a
// failed health check, so the global does not keep conn; the caller does.
func ClearedLater() (conn *Conn, err error) { // want ClearedLater:"borrows\\ r0"
	defer func() {
		if conn != nil {
			shared = conn
		}
	}()
	conn, err = Connect("/run/x")
	return
}

// CachedThenReset: the deferred closure caches conn but the function
// resets the global... no: stores conn and then, since the global is a
// struct field of a value copied, caches a copy. (control for keptBase)
type holder struct{ c *Conn }

var hold holder

func CachedInField() (conn *Conn, err error) { // want CachedInField:"borrows\\ r0"
	defer func() {
		if conn != nil {
			hold.c = conn
		}
	}()
	conn, err = Connect("/run/y")
	return
}

// ResetAfter caches conn in shared by the deferred closure, but a second
// deferred closure (registered before it, so it runs after it) sets
// shared back to nil: nothing keeps conn but the caller.
func ResetAfter() (conn *Conn, err error) {
	defer func() { shared = nil }()
	defer func() {
		if conn != nil {
			shared = conn
		}
	}()
	conn, err = Connect("/run/z")
	return
}

func UseShared() error {
	c, err := Shared()
	if err != nil {
		return err
	}
	_ = c.Connected()
	return nil
}

func UseFresh() error {
	c, err := Fresh()
	if err != nil {
		return err
	}
	_ = c.Connected()
	return nil
}

func UseFreshDirect() error {
	c, err := FreshDirect()
	if err != nil {
		return err
	}
	_ = c.Connected()
	return nil
}

func UseInField() error {
	c, err := CachedInField()
	if err != nil {
		return err
	}
	_ = c.Connected()
	return nil
}

func UseResetAfter() error {
	c, err := ResetAfter() // want `c\ returned\ by\ ResetAfter\ is\ not\ closed\ before\ the\ return\ at\ line\ 155`
	if err != nil {
		return err
	}
	_ = c.Connected()
	return nil
}

// StoredThenCleared caches conn, but takes it out of the global again
// where it is not usable: the caller still gets conn and owns it then.
func StoredThenCleared() (conn *Conn, err error) {
	defer func() {
		if conn != nil {
			shared = conn
			if !conn.Connected() {
				shared = nil
			}
		}
	}()
	conn, err = Connect("/run/w")
	return
}

func UseStoredThenCleared() error {
	c, err := StoredThenCleared() // want `c\ returned\ by\ StoredThenCleared\ is\ not\ closed\ before\ the\ return\ at\ line\ 179`
	if err != nil {
		return err
	}
	_ = c.Connected()
	return nil
}
