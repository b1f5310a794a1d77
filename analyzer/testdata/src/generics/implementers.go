package generics

// This file calls interface methods whose only implementations are
// generic types: every instantiation has the methods the interface asks
// for, so their summaries decide what the call returns.

import "net"

// ResponseWriter answers a request on the connection it was given.
type ResponseWriter interface {
	Conn() net.Conn
	Write(b []byte) error
}

type responseWriter[M any] struct {
	conn net.Conn
	meta M
}

// Conn returns the connection the server owns.
func (w *responseWriter[M]) Conn() net.Conn { return w.conn } // want Conn:"borrows r0"

func (w *responseWriter[M]) Write(b []byte) error { // want Write:"keeps p1"
	_, err := w.conn.Write(b)
	return err
}

// SafeHandle is fine: the connection belongs to the server.
func SafeHandle(w ResponseWriter, msg []byte) string { // want SafeHandle:"keeps p1"
	addr := w.Conn().RemoteAddr().String()
	if err := w.Write(msg); err != nil {
		return ""
	}
	return addr
}

// Redialer opens a connection of its own to the peer.
type Redialer interface {
	Redial() net.Conn
}

type redialer[M any] struct {
	addr string
	meta M
}

// Redial returns a new connection, or nil.
func (r *redialer[M]) Redial() net.Conn {
	c, err := net.Dial("tcp", r.addr)
	if err != nil {
		return nil
	}
	return c
}

// peerLeak never closes the connection Redial opened.
func peerLeak(r Redialer) string {
	c := r.Redial() // want `c returned by r.Redial is not closed`
	if c == nil {
		return ""
	}
	return c.RemoteAddr().String()
}
