package borrowing

// This file calls function values that an unexported function is given
// as a parameter: the package is its only caller, so the functions it
// passes are all the call can run, and what they return decides whether
// the call acquires.

import (
	"errors"
	"net"
	"sync"
)

// A pool keeps every conn it dials in its registry, and closes them all.
type pool struct {
	mu    sync.Mutex
	next  int
	conns sync.Map
}

func (p *pool) dialKept(addr string) net.Conn { // want dialKept:"borrows r0"
	c, err := net.Dial("tcp", addr)
	if err != nil {
		return nil
	}
	p.next++
	p.conns.Store(p.next, c)
	return c
}

func ping(c net.Conn) error {
	_, err := c.Write([]byte("ping"))
	return err
}

// settle redials until the conn reaches want. Its callers decide what
// redial makes.
func (p *pool) settle(c net.Conn, want string, redial func() net.Conn) (net.Conn, error) { // want settle:"keeps p1; borrows r0; returns p1 as r0"
	for c.RemoteAddr().String() != want {
		c = redial()
		if c == nil {
			return nil, errors.New("no conn")
		}
		if err := ping(c); err != nil {
			return nil, err
		}
	}
	return c, nil
}

// SafeSettle is fine: the only function settle is given returns conns
// the pool keeps, so the conn dropped where ping fails is the pool's.
func (p *pool) SafeSettle(addr, want string) (net.Conn, error) { // want SafeSettle:"keeps p0; borrows r0"
	return p.settle(p.dialKept(addr), want, func() net.Conn { return p.dialKept(addr) })
}

// settleNew is settle given a function that dials conns nobody keeps.
func settleNew(c net.Conn, want string, redial func() net.Conn) (net.Conn, error) { // want settleNew:"keeps p0; returns p0 as r0"
	for c.RemoteAddr().String() != want {
		c = redial() // want `c returned by redial is not closed on all paths: the return at line 65 is reached when err != nil at line 64`
		if c == nil {
			return nil, errors.New("no conn")
		}
		if err := ping(c); err != nil {
			return nil, err
		}
	}
	return c, nil
}

func SettleNew(c net.Conn, addr, want string) (net.Conn, error) { // want SettleNew:"keeps p0"
	return settleNew(c, want, func() net.Conn {
		c, err := net.Dial("tcp", addr)
		if err != nil {
			return nil
		}
		return c
	})
}

// SettleAny is exported: other packages may give it any function.
func SettleAny(c net.Conn, want string, redial func() net.Conn) (net.Conn, error) { // want SettleAny:"keeps p0; returns p0 as r0"
	for c.RemoteAddr().String() != want {
		c = redial() // want `c returned by redial is not closed`
		if err := ping(c); err != nil {
			return nil, err
		}
	}
	return c, nil
}

// withConn writes through the conn that get gives.
func withConn(get func() net.Conn) error {
	c := get() // want `c returned by get is not closed`
	_, err := c.Write(nil)
	return err
}

// UseCaptured gives withConn a closure over a conn that nobody closes.
func UseCaptured(addr string) error {
	c, err := net.Dial("tcp", addr)
	if err != nil {
		return err
	}
	return withConn(func() net.Conn { return c })
}

var fetched []net.Conn

func dialFetched(addr string) net.Conn { // want dialFetched:"borrows r0"
	c, err := net.Dial("tcp", addr)
	if err != nil {
		return nil
	}
	fetched = append(fetched, c)
	return c
}

func dialFresh(addr string) net.Conn {
	c, err := net.Dial("tcp", addr)
	if err != nil {
		return nil
	}
	return c
}

// fetch is also kept in a variable, through which it may be given any
// function.
func fetch(addr string, get func(string) net.Conn) error {
	c := get(addr) // want `c returned by get is not closed`
	if c == nil {
		return errors.New("no conn")
	}
	_, err := c.Write(nil)
	return err
}

var fetchHook = fetch

func UseFetched(addr string) error { return fetch(addr, dialFetched) }

func UseHook(addr string) error { return fetchHook(addr, dialFresh) }
