// Package netassert asserts listeners and conns to the concrete types
// their networks give.
//
// REVIEW NOTE: HEAD is right; 1b8cd33 also reported SafeTCP.
package netassert

import (
	"context"
	"errors"
	"net"
)

// unixLeak listens on a unix socket and asserts it to a TCP listener,
// which always fails: the listener leaks.
func unixLeak(path string) error {
	ln, err := net.Listen("unix", path) // want `ln returned by net.Listen is not closed`
	if err != nil {
		return err
	}
	tl, ok := ln.(*net.TCPListener)
	if !ok {
		return errors.New("not tcp")
	}
	return tl.Close()
}

// SafeTCP is fine: a tcp listener is a *TCPListener.
func SafeTCP(addr string) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	tl, ok := ln.(*net.TCPListener)
	if !ok {
		return errors.New("not tcp")
	}
	return tl.Close()
}

// udpLeak dials udp and asserts to TCPConn: always fails.
func udpLeak(ctx context.Context, addr string) error { // want udpLeak:"keeps p0"
	var d net.Dialer
	c, err := d.DialContext(ctx, "udp", addr) // want `c returned by d.DialContext is not closed`
	if err != nil {
		return err
	}
	tc, ok := c.(*net.TCPConn)
	if !ok {
		return errors.New("not tcp")
	}
	return tc.Close()
}

// interfaceLeak asserts to an interface that a UDPConn has but that is
// not its concrete type: the assertion succeeds.
func interfaceLeak(addr string, stop bool) error {
	c, err := net.Dial("udp", addr) // want `c returned by net.Dial is not closed`
	if err != nil {
		return err
	}
	pc, ok := c.(net.PacketConn)
	if !ok {
		return errors.New("not a packet conn")
	}
	if stop {
		return nil
	}
	return pc.Close()
}

// mixedLeak's network may be tcp or unix.
func mixedLeak(path string, unix bool) error {
	network := "tcp"
	if unix {
		network = "unix"
	}
	ln, err := net.Listen(network, path) // want `ln returned by net.Listen is not closed`
	if err != nil {
		return err
	}
	tl, ok := ln.(*net.TCPListener)
	if !ok {
		return errors.New("not tcp")
	}
	return tl.Close()
}
