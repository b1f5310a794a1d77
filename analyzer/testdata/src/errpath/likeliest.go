package errpath

import (
	"bufio"
	"errors"
	"net"
	"strconv"
)

// LeakOnWrite names the return after the write that fails on the
// connection, not the one after a parse that the connection has no part
// in (both leak it).
func LeakOnWrite(addr, port string) error {
	c, err := net.Dial("tcp", addr) // want `c returned by net.Dial is not closed on all paths: the return at line 22 is reached when err != nil at line 21`
	if err != nil {
		return err
	}
	if _, err := strconv.Atoi(port); err != nil {
		return err
	}
	if _, err := bufio.NewWriter(c).WriteString("hello"); err != nil {
		return err
	}
	return c.Close()
}

// LeakOnReply names the return after the reply to the peer fails, which
// happens whenever the peer goes away, not the one behind an assertion of
// the accepted conn's address type or a split of its own address, which
// do not fail for a TCP conn (all three leak it).
func LeakOnReply(ln net.Listener, peer net.Conn) error {
	c, err := ln.Accept() // want `c returned by ln.Accept is not closed on all paths: the return at line 44 is reached when err != nil at line 43`
	if err != nil {
		return err
	}
	addr, ok := c.RemoteAddr().(*net.TCPAddr)
	if !ok {
		return errors.New("not TCP")
	}
	if _, _, err := net.SplitHostPort(c.LocalAddr().String()); err != nil {
		return err
	}
	if _, err := peer.Write(addr.IP); err != nil {
		return err
	}
	return c.Close()
}
