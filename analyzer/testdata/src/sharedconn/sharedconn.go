// Package sharedconn: a getter that caches the connection it makes in a
// global, from a closure deferred before it connects, and hands the cached
// one to every later caller. Callers must not close it.
package sharedconn

import (
	"net"
	"sync"
)

type Conn struct {
	c net.Conn
}

func (c *Conn) Close() error    { return c.c.Close() } // want Close:"releases p0; closes p0.c"
func (c *Conn) Connected() bool { return c.c != nil }

func Connect(addr string) (*Conn, error) {
	c, err := net.Dial("unix", addr)
	if err != nil {
		return nil, err
	}
	return &Conn{c: c}, nil
}

var (
	sharedLck sync.Mutex
	shared    *Conn
)

// Shared returns the process's connection, connecting it first if needed.
func Shared() (conn *Conn, err error) { // want Shared:"borrows r0"
	sharedLck.Lock()
	defer sharedLck.Unlock()
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

// Logged only logs what it connected: the connection is its caller's.
func Logged() (conn *Conn, err error) {
	defer func() {
		if conn != nil {
			println("connected")
		}
	}()
	conn, err = Connect("/run/logged")
	return
}

// Remembered keeps the connection in a global only where a flag says so.
func Remembered(keep bool) (conn *Conn, err error) {
	defer func() {
		if keep {
			shared = conn
		}
	}()
	conn, err = Connect("/run/remembered")
	return
}

func SafeShared() error {
	c, err := Shared()
	if err != nil {
		return err
	}
	_ = c.Connected()
	return nil
}

func LeakLogged() error {
	c, err := Logged() // want `c returned by Logged is not closed`
	if err != nil {
		return err
	}
	_ = c.Connected()
	return nil
}

func LeakRemembered() error {
	c, err := Remembered(false) // want `c returned by Remembered is not closed`
	if err != nil {
		return err
	}
	_ = c.Connected()
	return nil
}
