package ifaces

import (
	"net"
	"syscall"
)

// No type of this package has a NetConn method: the unwrapping below is
// judged by what the standard library's NetConn does.

// --- Unwrapping a connection the way crypto/tls.Conn.NetConn does ---

// SafeUnwrap is fine: NetConn returns the connection that the wrapper
// holds, as (*tls.Conn).NetConn does, whatever wrapper conn is.
func SafeUnwrap(conn net.Conn) (syscall.Conn, bool) { // want SafeUnwrap:"keeps p0; returns p0 as r0"
	for range 8 {
		if sc, ok := conn.(syscall.Conn); ok {
			return sc, true
		}
		u, ok := conn.(interface{ NetConn() net.Conn })
		if !ok {
			return nil, false
		}
		conn = u.NetConn()
		if conn == nil {
			return nil, false
		}
	}
	return nil, false
}

// redialLeak leaks: Redial is no accessor, it makes a new connection.
func redialLeak(conn net.Conn) bool {
	r, ok := conn.(interface{ Redial() net.Conn })
	if !ok {
		return false
	}
	c := r.Redial() // want `c returned by r.Redial is not closed before the return at line \d+`
	return c.LocalAddr() != nil
}
