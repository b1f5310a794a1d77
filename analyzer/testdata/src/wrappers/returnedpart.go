package wrappers

// This file returns the one field that a wrapper's Close closes: the
// caller gets what the wrapper held, and the wrapper holds nothing more.

import (
	"context"
	"net"
)

// SessionConn wraps a connection; its Close closes that connection only.
type SessionConn struct {
	connection net.Conn
	name       string
}

func (c *SessionConn) Close() error { return c.connection.Close() } // want Close:"releases p0; closes p0.connection"

func openSession(ctx context.Context, addr string) (*SessionConn, error) { // want openSession:"keeps p0"
	var d net.Dialer
	nc, err := d.DialContext(ctx, "tcp", addr)
	if err != nil {
		return nil, err
	}
	return &SessionConn{connection: nc, name: addr}, nil
}

func replace(ctx context.Context, open func(context.Context) (net.Conn, error)) (net.Conn, error) { // want replace:"keeps p0"
	return open(ctx)
}

// SafeReconnect is fine: the closure gives the new session's connection
// to replace, which returns it.
func SafeReconnect(ctx context.Context, addr string) (*SessionConn, error) { // want SafeReconnect:"keeps p0"
	nc, err := replace(ctx, func(ctx context.Context) (net.Conn, error) {
		next, err := openSession(ctx, addr)
		if err != nil {
			return nil, err
		}
		return next.connection, nil
	})
	if err != nil {
		return nil, err
	}
	return &SessionConn{connection: nc, name: addr}, nil
}

// SafeUnwrap is fine: the caller gets the connection.
func SafeUnwrap(ctx context.Context, addr string) (net.Conn, error) { // want SafeUnwrap:"keeps p0"
	next, err := openSession(ctx, addr)
	if err != nil {
		return nil, err
	}
	return next.connection, nil
}

// unwrapLeak returns the connection on one path only.
func unwrapLeak(ctx context.Context, addr string) (net.Conn, error) { // want unwrapLeak:"keeps p0"
	next, err := openSession(ctx, addr) // want `next returned by openSession is not closed on all paths`
	if err != nil {
		return nil, err
	}
	if next.name == "" {
		return nil, net.ErrClosed
	}
	return next.connection, nil
}

// CancelConn also stops a goroutine on Close: its connection is not all
// it holds.
type CancelConn struct {
	connection net.Conn
	cancel     context.CancelFunc
}

func (c *CancelConn) Close() error { // want Close:"releases p0; closes p0.connection"
	c.cancel()
	return c.connection.Close()
}

func openCancel(ctx context.Context, addr string) (*CancelConn, error) { // want openCancel:"keeps p0"
	ctx, cancel := context.WithCancel(ctx)
	var d net.Dialer
	nc, err := d.DialContext(ctx, "tcp", addr)
	if err != nil {
		cancel()
		return nil, err
	}
	go func() {
		<-ctx.Done()
	}()
	return &CancelConn{connection: nc, cancel: cancel}, nil
}

// cancelUnwrapLeak returns the connection and drops the cancel.
func cancelUnwrapLeak(ctx context.Context, addr string) (net.Conn, error) { // want cancelUnwrapLeak:"keeps p0; borrows r0"
	next, err := openCancel(ctx, addr) // want `next returned by openCancel is not closed before the return`
	if err != nil {
		return nil, err
	}
	return next.connection, nil
}

// unwrappedLeak drops the connection that SafeUnwrap gave it.
func unwrappedLeak(ctx context.Context, addr string) error { // want unwrappedLeak:"keeps p0"
	nc, err := SafeUnwrap(ctx, addr) // want `nc returned by SafeUnwrap is not closed`
	if err != nil {
		return err
	}
	_ = nc.LocalAddr()
	return nil
}
