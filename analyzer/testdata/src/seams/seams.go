// Package seams: a call through an unexported package-level variable set
// once to a function (a seam for tests) borrows what that function
// borrows. A local variable set to one of the function's own closures
// stays unknown code, whose results are new.
package seams

import (
	"context"
	"errors"
	"net"
)

type connKey struct{}

// connFrom gives the connection that the server put in the context: the
// server owns it.
func connFrom(ctx context.Context) net.Conn { // want connFrom:"borrows r0"
	conn, _ := ctx.Value(connKey{}).(net.Conn)
	return conn
}

var getConnection = connFrom

// SafeLocalPort reads the port of a borrowed connection through the seam.
func SafeLocalPort(ctx context.Context) (string, error) { // want SafeLocalPort:"keeps p0"
	conn := getConnection(ctx)
	if conn == nil {
		return "", errors.New("no connection")
	}
	_, port, err := net.SplitHostPort(conn.LocalAddr().String())
	if err != nil {
		return "", err
	}
	return port, nil
}

func dialTCP(addr string) (net.Conn, error) { return net.Dial("tcp", addr) }

var dial = dialTCP

// LeakSeamDial drops the connection that the seam's function made.
func LeakSeamDial(addr string) error {
	conn, err := dial(addr) // want `conn returned by dial is not closed on all paths: the return at line 48 is reached when err != nil at line 47`
	if err != nil {
		return err
	}
	if _, err := conn.Write([]byte("hello")); err != nil {
		return err
	}
	return conn.Close()
}

var conns = map[string]net.Conn{}

// LeakPickedDial drops a connection that one of its closures dialled.
func LeakPickedDial(addr string, udp bool) (int, error) {
	dialer := func() (net.Conn, error) { return net.Dial("tcp", addr) }
	if udp {
		dialer = func() (net.Conn, error) { return conns[addr], nil }
	}
	conn, err := dialer() // want `conn returned by dialer is not closed before the return at line 65`
	if err != nil {
		return 0, err
	}
	return conn.Write([]byte("ping"))
}
