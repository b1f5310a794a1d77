package siblings

// This file gives connections out by reference: each holder calls
// TryClose when done, which drops its reference and closes the
// connection when the last one goes. TryClose releases what the holder
// held, as Close would.

import (
	"net"
	"sync"
	"sync/atomic"
)

// Shared is a connection that several holders may use.
type Shared interface {
	Write(p []byte) (int, error)
	TryClose() (int, error)
	Close() error
}

type tcpShared struct {
	net.Conn
	mu   sync.Mutex
	refs int
}

func (c *tcpShared) Close() error { // want Close:"releases p0; closes p0.Conn"
	c.mu.Lock()
	c.refs = 0
	c.mu.Unlock()
	return c.Conn.Close()
}

// TryClose drops a reference and closes the connection with the last.
func (c *tcpShared) TryClose() (int, error) { // want TryClose:"releases p0 on failure; closes p0.Conn"
	c.mu.Lock()
	c.refs--
	ref := c.refs
	c.mu.Unlock()
	if ref > 0 {
		return ref, nil
	}
	return 0, c.Conn.Close()
}

type udpShared struct {
	pc       net.PacketConn
	listener bool
	refs     atomic.Int32
}

func (c *udpShared) Write(p []byte) (int, error) { return len(p), nil } // want Write:"nil r1"

func (c *udpShared) Close() error { return c.close() } // want Close:"closes p0.pc"

func (c *udpShared) close() error { // want close:"closes p0.pc"
	if c.listener {
		return nil // the listener's loop closes it
	}
	return c.pc.Close()
}

// TryClose drops a reference and closes the connection with the last.
func (c *udpShared) TryClose() (int, error) { // want TryClose:"closes p0.pc"
	ref := c.refs.Add(-1)
	if ref > 0 || c.listener {
		return int(ref), nil
	}
	return 0, c.close()
}

// dialShared dials a connection that has one reference, its caller's.
func dialShared(addr string) (Shared, error) {
	nc, err := net.Dial("tcp", addr)
	if err != nil {
		return nil, err
	}
	return &tcpShared{Conn: nc, refs: 1}, nil
}

// SafeSend gives its reference back on every path.
func SafeSend(addr string, msg []byte) error { // want SafeSend:"keeps p1"
	c, err := dialShared(addr)
	if err != nil {
		return err
	}
	defer c.TryClose()
	_, err = c.Write(msg)
	return err
}

// SafeSendDirect gives back the reference of a connection of its own
// type.
func SafeSendDirect(addr string, msg []byte) error { // want SafeSendDirect:"keeps p1"
	nc, err := net.Dial("tcp", addr)
	if err != nil {
		return err
	}
	c := &tcpShared{Conn: nc, refs: 1}
	if _, err := c.Write(msg); err != nil {
		c.TryClose()
		return err
	}
	_, err = c.TryClose()
	return err
}

// sendLeak keeps its reference where the write fails.
func sendLeak(addr string, msg []byte) error { // want sendLeak:"keeps p1"
	c, err := dialShared(addr) // want `c returned by dialShared is not closed on all paths: the return at line 115 is reached when err != nil at line 114 \(possible resource leak\)`
	if err != nil {
		return err
	}
	if _, err := c.Write(msg); err != nil {
		return err
	}
	c.TryClose()
	return nil
}

type countedConn struct {
	nc   net.Conn
	uses int
	idle bool
}

func (c *countedConn) Close() error { return c.nc.Close() } // want Close:"releases p0; closes p0.nc"

// Release counts a use and marks the connection idle after the last: it
// closes nothing, so it gives back no reference.
func (c *countedConn) Release() {
	c.uses--
	if c.uses == 0 {
		c.idle = true
	}
}

func dialCounted(addr string) (*countedConn, error) {
	nc, err := net.Dial("tcp", addr)
	if err != nil {
		return nil, err
	}
	return &countedConn{nc: nc, uses: 1}, nil
}

// releaseLeak calls Release, which does not close the connection.
func releaseLeak(addr string) error {
	c, err := dialCounted(addr) // want `c returned by dialCounted is not closed before the return at line 153 \(possible resource leak\)`
	if err != nil {
		return err
	}
	c.Release()
	return nil
}
