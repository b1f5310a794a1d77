package siblings

// This file returns a connection with the function that releases it: a
// kept connection comes with a closer that does nothing.

import (
	"errors"
	"net"
	"sync"
)

type closer func() error

type dialer struct {
	mu   sync.Mutex
	conn net.Conn // kept when set: every caller shares it
	addr string
}

// connUnderLock returns the kept connection with a closer that does
// nothing, or a new one with a closer that closes it.
func (d *dialer) connUnderLock() (net.Conn, closer, error) { // want connUnderLock:"r1 releases r0; gives p0.conn as r0"
	if d.conn != nil {
		return d.conn, func() error { return nil }, nil
	}
	c, err := net.Dial("tcp", d.addr)
	if err != nil {
		return nil, nil, err
	}
	return c, func() error { return c.Close() }, nil
}

// conn2 is connUnderLock under the lock.
func (d *dialer) conn2() (net.Conn, closer, error) { // want conn2:"r1 releases r0"
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.connUnderLock()
}

var errEmptyReply = errors.New("empty reply")

// SafeAsk releases the connection through its closer.
func (d *dialer) SafeAsk(q []byte) error { // want SafeAsk:"keeps p1"
	c, done, err := d.conn2()
	if err != nil {
		return err
	}
	defer func() { _ = done() }()
	if _, err := c.Write(q); err != nil {
		return err
	}
	return nil
}

// LeakAsk drops the closer when the write fails.
func (d *dialer) LeakAsk(q []byte) error { // want LeakAsk:"keeps p1"
	c, done, err := d.conn2() // want `c returned by d.conn2 is not closed`
	if err != nil {
		return err
	}
	if _, err := c.Write(q); err != nil {
		return err
	}
	return done()
}
