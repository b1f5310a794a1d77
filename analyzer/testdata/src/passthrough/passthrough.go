// Package passthrough calls functions it is given whose result has the
// type of one of their parameters: options and middleware that give back
// what they were given.
package passthrough

import (
	"errors"
	"net"
)

// Engine runs queries over a connection, which its Close closes.
type Engine struct{ conn net.Conn }

func (e *Engine) Close() error { return e.conn.Close() } // want Close:"releases p0; closes p0.conn"

// An Option adjusts the engine and the handler name of a server.
type Option func(e *Engine, name string) (*Engine, string)

// A Server serves through an engine it does not own.
type Server struct {
	engine *Engine
	name   string
}

// SafeNewServer is fine: each option gives back the engine it was given
// (or one that stands for it), the caller's.
func SafeNewServer(e *Engine, opts []Option, addr string) (*Server, error) { // want SafeNewServer:"keeps p0; wraps p0 in r0; exposes p0"
	name := "default"
	for _, opt := range opts {
		e, name = opt(e, name)
	}
	if addr == "" {
		return nil, errors.New("no address")
	}
	return &Server{engine: e, name: name}, nil
}

// madeLeak drops the engine that mk makes where stop is set: a function
// given no engine makes a new one.
func madeLeak(mk func(addr string) (*Engine, error), stop bool) error {
	e, err := mk("db:3306") // want `e returned by mk is not closed on all paths`
	if err != nil {
		return err
	}
	if stop {
		return nil
	}
	return e.Close()
}

// pairLeak drops the engine that join makes: given two engines, which one
// it gives back is not known, so the result is new.
func pairLeak(join func(a, b *Engine) *Engine, a, b *Engine, stop bool) error { // want pairLeak:"keeps p1,p2; exposes p1,p2"
	e := join(a, b) // want `e returned by join is not closed on all paths`
	if stop {
		return nil
	}
	return e.Close()
}

// hookedLeak drops what the hook gives back for the conn it dialed: a
// value of its own, given to a hook, comes back the function's to close
// (a hook may give a new one, as a redial does).
func hookedLeak(hook func(net.Conn) net.Conn, addr string, stop bool) error {
	c, err := net.Dial("tcp", addr)
	if err != nil {
		return err
	}
	w := hook(c) // want `w returned by hook is not closed on all paths`
	if stop {
		return nil
	}
	return w.Close()
}

// swapLeak closes the conn it gave the hook and goes on with what the hook
// gave back, a new one, which it leaves open where the write fails.
func swapLeak(redial func(net.Conn) net.Conn, addr string) error {
	c, err := net.Dial("tcp", addr)
	if err != nil {
		return err
	}
	nc := redial(c) // want `nc returned by redial is not closed on all paths`
	c.Close()
	if _, err := nc.Write([]byte("hello")); err != nil {
		return err
	}
	return nc.Close()
}

// SafeHookedDeferred is fine: the deferred Close of the conn it dialed,
// made before the call, releases what the hook gives back around it (a
// cipher's stream over the conn, whose Close is the conn's). A hook that
// gave a new file instead would be missed here.
func SafeHookedDeferred(shadow func(net.Conn) net.Conn, addr string) error {
	rc, err := net.Dial("tcp", addr)
	if err != nil {
		return err
	}
	defer rc.Close()
	rc = shadow(rc)
	if _, err := rc.Write([]byte("hello")); err != nil {
		return err
	}
	_, err = rc.Write([]byte("bye"))
	return err
}

// SafeHookedServe is fine: each accepted conn is closed when its
// goroutine ends, which releases the hook's stream over it.
func SafeHookedServe(l net.Listener, shadow func(net.Conn) net.Conn) { // want SafeHookedServe:"keeps p1; starts p1"
	for {
		c, err := l.Accept()
		if err != nil {
			return
		}
		go func() {
			defer c.Close()
			sc := shadow(c)
			if _, err := sc.Write([]byte("hello")); err != nil {
				return
			}
			sc.Write([]byte("bye"))
		}()
	}
}
