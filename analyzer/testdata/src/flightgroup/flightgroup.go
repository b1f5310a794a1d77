// Package flightgroup: a generic group that runs a function once for the
// callers that ask at the same time gives back what the function gave. A
// function that caches the client it makes in its owner gives a borrowed
// one; a function that dials a new connection gives the caller's own.
package flightgroup

import (
	"context"
	"errors"
	"net"
	"sync"
)

type call[V any] struct {
	wg   sync.WaitGroup
	val  V
	err  error
	dups int
}

type Group[K comparable, V any] struct {
	mu sync.Mutex
	m  map[K]*call[V]
}

func (g *Group[K, V]) Do(key K, fn func() (V, error)) (v V, err error, shared bool) { // want Do:"keeps p1,p2; releases p2 on failure; gives r0 of p2\\(\\) as r0"
	g.mu.Lock()
	if g.m == nil {
		g.m = make(map[K]*call[V])
	}
	if c, ok := g.m[key]; ok {
		c.dups++
		g.mu.Unlock()
		c.wg.Wait()
		return c.val, c.err, true
	}
	c := new(call[V])
	c.wg.Add(1)
	g.m[key] = c
	g.mu.Unlock()

	g.doCall(c, key, fn)
	return c.val, c.err, c.dups > 0
}

func (g *Group[K, V]) doCall(c *call[V], key K, fn func() (V, error)) { // want doCall:"releases p3"
	normal := false
	defer func() {
		g.mu.Lock()
		defer g.mu.Unlock()
		c.wg.Done()
		if g.m[key] == c {
			delete(g.m, key)
		}
	}()
	func() {
		defer func() {
			if !normal {
				if r := recover(); r != nil {
					c.err = errors.New("panic")
				}
			}
		}()
		c.val, c.err = fn()
		normal = true
	}()
}

// Wait takes a context, from which no V can come but by an assertion.
func (g *Group[K, V]) Wait(ctx context.Context, key K) error {
	<-ctx.Done()
	return ctx.Err()
}

type Client struct{ c net.Conn }

func (c *Client) Close() error { return c.c.Close() } // want Close:"releases p0; closes p0.c"
func (c *Client) Ping() error  { return nil } // want Ping:"nil r0; nothing when zero; nothing when nil"

type Direct struct {
	mu    sync.Mutex
	nc    *Client
	group Group[struct{}, *Client]
}

func (d *Direct) get() (*Client, error) { // want get:"keeps p0; borrows r0; gives p0.nc as r0"
	d.mu.Lock()
	nc := d.nc
	d.mu.Unlock()
	if nc != nil {
		return nc, nil
	}
	nc, err, _ := d.group.Do(struct{}{}, func() (*Client, error) {
		c, err := net.Dial("tcp", "x")
		if err != nil {
			return nil, err
		}
		nc := &Client{c: c}
		d.mu.Lock()
		defer d.mu.Unlock()
		d.nc = nc
		return nc, nil
	})
	if err != nil {
		return nil, err
	}
	return nc, nil
}

func (d *Direct) SafeUse() error {
	nc, err := d.get()
	if err != nil {
		return err
	}
	return nc.Ping()
}

// dial gives each caller a connection of its own.
func (d *Direct) dial() (*Client, error) {
	nc, err, _ := d.group.Do(struct{}{}, func() (*Client, error) {
		c, err := net.Dial("tcp", "x")
		if err != nil {
			return nil, err
		}
		return &Client{c: c}, nil
	})
	return nc, err
}

func (d *Direct) LeakDialed() error {
	nc, err := d.dial() // want `nc returned by d.dial is not closed`
	if err != nil {
		return err
	}
	return nc.Ping()
}

// Or returns v, or what fn makes where v is nil: a V of the caller's is
// no callback's result.
func Or[V comparable](v V, fn func() (V, error)) (V, error) { // want Or:"keeps p0; returns p0 as r0; gives r1 of p1\\(\\) as r1"
	var zero V
	if v != zero {
		return v, nil
	}
	return fn()
}

func LeakOr(d *Direct) error {
	c, err := Or(d.nc, func() (*Client, error) { // want `c returned by Or is not closed`
		conn, err := net.Dial("tcp", "x")
		if err != nil {
			return nil, err
		}
		return &Client{c: conn}, nil
	})
	if err != nil {
		return err
	}
	return c.Ping()
}
