// Package syscallconns sets socket options on listeners it has just
// made: SyscallConn of a listener or conn that the net package made
// fails only for a nil one, so the leak is where setting the option
// fails.
package syscallconns

import (
	"net"
	"syscall"
)

func setReuse(rc syscall.RawConn) error {
	var serr error
	if err := rc.Control(func(fd uintptr) {
		serr = syscall.SetsockoptInt(int(fd), syscall.SOL_SOCKET, syscall.SO_REUSEADDR, 1)
	}); err != nil {
		return err
	}
	return serr
}

// Listen returns a TCP listener with the option set, and leaks it where
// setting it fails.
func Listen(addr string) (net.Listener, error) { // want Listen:"r0 is \\*net.TCPListener,\\*net.UnixListener"
	l, err := net.Listen("tcp", addr) // want `l returned by net.Listen is not closed on all paths: the return at line 34 is reached when err != nil at line 33`
	if err != nil {
		return nil, err
	}
	rc, err := l.(*net.TCPListener).SyscallConn()
	if err != nil {
		return nil, err
	}
	if err := setReuse(rc); err != nil {
		return nil, err
	}
	return l, nil
}

// SafeListenPacket closes the conn where setting the option fails; a
// goroutine that captures it reads from it.
func SafeListenPacket(addr string) (net.PacketConn, error) { // want SafeListenPacket:"r0 is \\*net.UDPConn,\\*net.IPConn,\\*net.UnixConn"
	l, err := net.ListenPacket("udp", addr)
	if err != nil {
		return nil, err
	}
	c := l.(*net.UDPConn)
	rc, err := c.SyscallConn()
	if err != nil {
		return nil, err
	}
	if err := setReuse(rc); err != nil {
		l.Close()
		return nil, err
	}
	go func() {
		buf := make([]byte, 1)
		_, _, _ = c.ReadFrom(buf)
	}()
	return l, nil
}

// rawOf's conn may be one the net package did not make: SyscallConn of
// a zero TCPConn fails.
func rawOf(c *net.TCPConn) (syscall.RawConn, error) { return c.SyscallConn() } // want rawOf:"r0 is \\*net.rawConn"
