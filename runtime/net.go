package runtime

import (
	"context"
	"net"
)

// Kinds of the resources tracked by [Dialer] and [WrapListener].
const (
	KindConn     = "net.Conn"
	KindListener = "net.Listener"
)

// ContextDialer dials network connections; *net.Dialer is one.
type ContextDialer interface {
	DialContext(ctx context.Context, network, address string) (net.Conn, error)
}

// Dialer dials connections and tracks each one, under kind [KindConn] and
// a name such as "tcp 127.0.0.1:5432", until it is closed. The zero value
// dials with a zero net.Dialer and tracks through the context path.
//
// Tracked connections are wrappers: a type assertion to *net.TCPConn
// fails on them; call their NetConn method for the underlying connection.
type Dialer struct {
	// Dialer dials the connections; nil means a zero net.Dialer.
	Dialer ContextDialer
	// Tracker tracks the connections. If nil, DialContext uses the tracker
	// in its context or the default (see [Track]), which needs the leakvet
	// build tag; otherwise connections are returned untracked.
	Tracker *Tracker
}

// DialContext dials address on network and tracks the connection.
func (d *Dialer) DialContext(ctx context.Context, network, address string) (net.Conn, error) {
	var dialer ContextDialer = &net.Dialer{}
	if d.Dialer != nil {
		dialer = d.Dialer
	}
	conn, err := dialer.DialContext(ctx, network, address)
	if err != nil {
		return nil, err
	}
	return trackConn(ctx, d.Tracker, conn, network+" "+address)
}

// Dial dials address on network with a background context.
func (d *Dialer) Dial(network, address string) (net.Conn, error) {
	return d.DialContext(context.Background(), network, address)
}

// trackConn wraps conn in a tracked connection, tracked in t or through
// ctx as [trackIn] does; with no tracker it returns conn itself. If the
// tracker refuses, the connection is closed.
func trackConn(ctx context.Context, t *Tracker, conn net.Conn, name string) (net.Conn, error) {
	h, err := trackIn(ctx, t, KindConn, name, 4, 0)
	if h == nil && err == nil {
		return conn, nil
	}
	if err != nil {
		conn.Close()
		return nil, &net.OpError{Op: "track", Net: conn.LocalAddr().Network(), Addr: conn.RemoteAddr(), Err: err}
	}
	return &trackedConn{Conn: conn, h: h}, nil
}

// trackedConn is a net.Conn whose Close releases its handle.
type trackedConn struct {
	net.Conn
	h *Handle
}

// Close closes the connection and releases its handle.
func (c *trackedConn) Close() error {
	return releaseAfter(c.h, c.Conn.Close())
}

// NetConn returns the underlying connection.
func (c *trackedConn) NetConn() net.Conn { return c.Conn }

// WrapListener returns a listener that is itself tracked, under kind
// [KindListener], and tracks every connection it accepts, under kind
// [KindConn] and a name such as "tcp 127.0.0.1:8080 <- 127.0.0.1:50312".
// With a nil t it returns l itself. If t is already closed, the listener
// is closed and the error returned.
func WrapListener(l net.Listener, t *Tracker) (net.Listener, error) {
	if t == nil {
		return l, nil
	}
	addr := l.Addr()
	h, err := t.track(KindListener, addr.Network()+" "+addr.String(), 3, 0)
	if err != nil {
		l.Close()
		return nil, err
	}
	return &trackedListener{Listener: l, t: t, h: h}, nil
}

// trackedListener tracks itself and the connections it accepts.
type trackedListener struct {
	net.Listener
	t *Tracker
	h *Handle
}

// Accept waits for the next connection and tracks it.
func (l *trackedListener) Accept() (net.Conn, error) {
	conn, err := l.Listener.Accept()
	if err != nil {
		return nil, err
	}
	local := conn.LocalAddr()
	return trackConn(context.Background(), l.t, conn, local.Network()+" "+local.String()+" <- "+conn.RemoteAddr().String())
}

// Close closes the listener and releases its handle. Connections it
// accepted stay open and tracked.
func (l *trackedListener) Close() error {
	return releaseAfter(l.h, l.Listener.Close())
}
