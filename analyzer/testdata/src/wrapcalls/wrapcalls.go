// Package wrapcalls calls, through interfaces whose implementations it
// does not have, functions that take a connection and give back
// one of the same type: a cipher's stream, a plugin's hook.
// What they give is the connection they were given, or a value around
// it; a method named for making gives a new one.
package wrapcalls

import "net"

// Cipher wraps connections in encryption.
type Cipher interface {
	StreamConn(c net.Conn) net.Conn
}

// Plugin sees every connection a client makes, and may wrap it.
type Plugin interface {
	ClientConnected(c net.Conn) (net.Conn, error)
}

// Mux makes streams over a connection.
type Mux interface {
	OpenStream(c net.Conn) (net.Conn, error)
}

// Handle serves conn, which its caller owns and it closes at the end,
// through the cipher's wrapper.
func Handle(conn net.Conn, c Cipher, b []byte) error { // want Handle:"releases p0; keeps p2"
	defer conn.Close()
	conn = c.StreamConn(conn)
	if _, err := conn.Write(b); err != nil {
		return err
	}
	return nil
}

// Connected runs the plugins over conn, each on what the last gave: what
// it gives back stands for conn.
func Connected(ps []Plugin, conn net.Conn) (net.Conn, error) { // want Connected:"keeps p1; borrows r0; returns p1 as r0"
	var err error
	for _, p := range ps {
		conn, err = p.ClientConnected(conn)
		if err != nil {
			return conn, err
		}
	}
	return conn, nil
}

// Client holds a connection.
type Client struct {
	conn    net.Conn
	plugins []Plugin
}

// Notify tells the plugins of the client's connection, which the client
// keeps.
func (c *Client) Notify() error {
	_, err := Connected(c.plugins, c.conn)
	return err
}

// Leak dials and drops the connection through the cipher's wrapper,
// kept beside the dialed one: what the cipher gives is taken for a new
// value, which holds the dialed one.
func Leak(addr string, c Cipher, b []byte) error { // want Leak:"keeps p2"
	raw, err := net.Dial("tcp", addr)
	if err != nil {
		return err
	}
	conn := c.StreamConn(raw) // want `conn returned by c.StreamConn is not closed`
	_, err = conn.Write(b)
	return err
}

// Kept dials and returns the wrapper, which stands for the connection.
func Kept(addr string, c Cipher) (net.Conn, error) {
	raw, err := net.Dial("tcp", addr)
	if err != nil {
		return nil, err
	}
	return c.StreamConn(raw), nil
}

// LeakStream opens a stream and drops it: OpenStream makes a new one.
func LeakStream(m Mux, conn net.Conn, b []byte) error { // want LeakStream:"keeps p1,p2; exposes p1"
	s, err := m.OpenStream(conn) // want `s returned by m.OpenStream is not closed`
	if err != nil {
		return err
	}
	_, err = s.Write(b)
	return err
}

// Transport connects over a connection and shakes hands on what it gives.
type Transport interface {
	Connect(c net.Conn, addr string) (net.Conn, error)
	Handshake(c net.Conn) (net.Conn, error)
}

// Route connects through cn, which it closes where a step fails: what a
// failed handshake did with its argument is the transport's to say.
func Route(tr Transport, cn net.Conn, addr string) (net.Conn, error) { // want Route:"keeps p1; releases p1 on failure; exposes p1"
	cc, err := tr.Connect(cn, addr)
	if err != nil {
		cn.Close()
		return nil, err
	}
	cc, err = tr.Handshake(cc)
	if err != nil {
		cn.Close()
		return nil, err
	}
	return cc, nil
}

// LeakHandshaken drops the handshaken connection where the write fails:
// kept beside the dialed one, it is taken for a new value that holds it.
func LeakHandshaken(tr Transport, addr string, b []byte) error { // want LeakHandshaken:"keeps p2"
	raw, err := net.Dial("tcp", addr)
	if err != nil {
		return err
	}
	hc, err := tr.Handshake(raw) // want `hc returned by tr.Handshake is not closed`
	if err != nil {
		return err
	}
	if _, err := hc.Write(b); err != nil {
		return err
	}
	return hc.Close()
}

// RouteNamed is Route with named results that a deferred closure reads.
func RouteNamed(tr Transport, cn net.Conn, addr string, count func(error)) (conn net.Conn, err error) { // want RouteNamed:"releases p3; keeps p1; exposes p1"
	defer func() { count(err) }()
	cc, err := tr.Connect(cn, addr)
	if err != nil {
		cn.Close()
		return
	}
	cc, err = tr.Handshake(cc)
	if err != nil {
		cn.Close()
		return
	}
	conn = cc
	return
}

type shadow struct{ net.Conn }

// shadowConn wraps c.
func shadowConn(c net.Conn) net.Conn { return &shadow{c} } // want shadowConn:"keeps p0; wraps p0 in r0; r0 is \\*shadow"

// HandleShadow serves conn through the cipher's wrapper, wrapped again,
// and assigned back to conn.
func HandleShadow(conn net.Conn, c Cipher, b []byte) error { // want HandleShadow:"releases p0; keeps p2"
	defer conn.Close()
	conn = shadowConn(c.StreamConn(conn))
	if _, err := conn.Write(b); err != nil {
		return err
	}
	return nil
}
