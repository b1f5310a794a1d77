// Package probe has a monitor whose Start keeps the conn before its
// handshake, which may fail: then the conn is the probe's to close.
package probe

import "net"

// A Probe watches an address.
type Probe struct {
	addr  string
	watch net.Conn
}

// New makes a probe that watches nothing yet.
func New(addr string) *Probe { // want New:"empty r0"
	return &Probe{addr: addr}
}

// Start dials, keeps the conn, then greets; the greeting may fail.
func (p *Probe) Start() error {
	c, err := net.Dial("tcp", p.addr)
	if err != nil {
		return err
	}
	p.watch = c
	if _, err := c.Write([]byte("HELLO\n")); err != nil {
		return err
	}
	return nil
}

// Close closes the conn it keeps, if any.
func (p *Probe) Close() error { // want Close:"keeps p0; releases p0 on failure; nothing when zero; closes p0\\.watch"
	if p.watch != nil {
		return p.watch.Close()
	}
	return nil
}
