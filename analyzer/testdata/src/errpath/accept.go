package errpath

import (
	"errors"
	"net"
	"time"
)

func serveConn(c net.Conn) { c.Close() } // want serveConn:"releases p0"

// SafeAcceptTemporary is fine: the ok of err.(net.Error) is true only
// for a non-nil error, when Accept returned no conn.
func SafeAcceptTemporary(ln net.Listener) error {
	for {
		conn, err := ln.Accept()
		if ne, ok := err.(net.Error); ok && ne.Timeout() {
			time.Sleep(time.Millisecond)
			continue
		} else if errors.Is(err, net.ErrClosed) {
			return nil
		} else if err != nil {
			return err
		}
		go serveConn(conn)
	}
}

// acceptLeaky drops the conn when the error it checks is one of its own.
func acceptLeaky(ln net.Listener, busy func() error) error {
	for {
		conn, err := ln.Accept() // want `conn returned by ln.Accept is not closed`
		if err != nil {
			return err
		}
		if ne, ok := busy().(net.Error); ok && ne.Timeout() {
			continue
		}
		go serveConn(conn)
	}
}
