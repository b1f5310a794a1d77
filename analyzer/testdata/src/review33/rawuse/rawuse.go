// Package rawuse tests rule 2 (isNamedGetter: RawConn() net.Conn, Raw +
// the name of the result's type, is a getter of a part of its
// receiver). SafeIsTCP asks a framed connection, itself a net.Conn, for
// the connection under its framing, and is fine. Upstream is no
// connection and holds none: its RawConn dials a new one each call (a
// health-check probe), and healthLeak, which drops it, SHOULD be
// reported.
//
// Base (30494aa): healthLeak reported; SafeIsTCP also reported (false alarm). Head: SafeIsTCP fine, but the leak in healthLeak is hidden by rule 2 (REAL leak missed; the receiver is no connection, so nothing owns what RawConn gives).
//
// Fixed since (round twenty-two): Raw<T>() is a getter only on a receiver that is itself a T or has a Close: healthLeak is reported again; SafeIsTCP is still fine.
package rawuse

import (
	"net"

	"review33/rawdep"
)

// SafeIsTCP reports whether the framed connection runs over TCP.
func SafeIsTCP(c rawdep.FramedConn) bool {
	_, ok := c.RawConn().(*net.TCPConn)
	return ok
}

// healthLeak checks that the upstream answers.
func healthLeak(u rawdep.Upstream) bool {
	c := u.RawConn() // want `c returned by u.RawConn is not closed`
	if c == nil {
		return false
	}
	_, err := c.Write([]byte("PING\r\n"))
	return err == nil
}
