// Package deco probes rule 1 (delegating decorators).
package deco

import (
	"net"

	"review39/deco/dep"
)

type conn struct{ c net.Conn }

func (c *conn) IsOpen() bool { return c.c != nil }
func (c *conn) Close() error { return c.c.Close() } // want Close:"releases p0; closes p0\\.c"

// Fresh dials on every call.
type Fresh struct{ Addr string }

func (f *Fresh) Transport() dep.Transport { // want Transport:"r0 is \\*conn"
	c, err := net.Dial("tcp", f.Addr)
	if err != nil {
		return nil
	}
	return &conn{c: c}
}

// LeakProtoTransport: p may be a Redialing over a Fresh; the transport is new.
func LeakProtoTransport(p dep.Protocol) bool {
	t := p.Transport() // want `t returned by p\.Transport is not closed`
	return t.IsOpen()
}

// LeakRedial: statically a Redialing; its transport is new.
func LeakRedial(addr string) bool {
	var p dep.Protocol = &dep.Redialing{D: &Fresh{Addr: addr}}
	t := p.Transport() // want `t returned by p\.Transport is not closed`
	return t.IsOpen()
}

// SafeDebug: the debug decorator gives the binary's own transport.
// Reported, as before this round: a static call of another package's
// decorator whose summary delegates (a known false alarm).
func SafeDebug(p dep.Protocol) bool {
	d := &dep.Debug{Delegate: p}
	return d.Transport().IsOpen() // want `the dep\.Transport returned by d\.Transport is not closed`
}
