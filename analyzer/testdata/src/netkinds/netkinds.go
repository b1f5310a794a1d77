// Package netkinds checks a listener or a connection for the concrete
// type that its network gives: net's documentation says which.
package netkinds

import (
	"context"
	"errors"
	"net"
)

var errNotTCP = errors.New("not a TCP listener")

// SafeTCPListener is fine: on "tcp4" or "tcp6" the listener is always a
// *net.TCPListener, so the assertion fails only for a nil one.
func SafeTCPListener(addr string, v6 bool) (*net.TCPListener, error) {
	proto := "tcp4"
	if v6 {
		proto = "tcp6"
	}
	var lc net.ListenConfig
	l, err := lc.Listen(context.Background(), proto, addr)
	if err != nil {
		return nil, err
	}
	tl, ok := l.(*net.TCPListener)
	if !ok {
		return nil, errNotTCP
	}
	return tl, nil
}

// SafeUDPConn is fine: a Dial on "udp" gives a *net.UDPConn.
func SafeUDPConn(ctx context.Context, addr string) (*net.UDPConn, error) { // want SafeUDPConn:"keeps p0"
	var d net.Dialer
	c, err := d.DialContext(ctx, "udp", addr)
	if err != nil {
		return nil, err
	}
	uc, ok := c.(*net.UDPConn)
	if !ok {
		return nil, errors.New("not UDP")
	}
	return uc, nil
}

// networkLeak leaks where its caller's network is not TCP: the assertion
// fails with the listener open.
func networkLeak(network, addr string) (*net.TCPListener, error) {
	l, err := net.Listen(network, addr) // want `l returned by net.Listen is not closed before the return at line`
	if err != nil {
		return nil, err
	}
	tl, ok := l.(*net.TCPListener)
	if !ok {
		return nil, errNotTCP
	}
	return tl, nil
}

// unixLeak always leaks: a listener on "unix" is a *net.UnixListener.
func unixLeak(path string) (*net.TCPListener, error) {
	l, err := net.Listen("unix", path) // want `l returned by net.Listen is not closed before the return at line`
	if err != nil {
		return nil, err
	}
	tl, ok := l.(*net.TCPListener)
	if !ok {
		return nil, errNotTCP
	}
	return tl, nil
}
