// Package mon declares monitors; the default one fills only on success,
// the probe (of package probe, which mon's importers need not import)
// keeps its conn where its handshake fails.
package mon

import (
	"net"

	"review46/empty/mon/probe"
)

// A Monitor watches an address once started, until it is closed.
type Monitor interface {
	Start() error
	Close() error
}

type monitor struct {
	addr  string
	watch net.Conn
}

// New makes a monitor that watches nothing yet.
func New(addr string) Monitor { // want New:"empty r0; r0 is \\*monitor"
	return &monitor{addr: addr}
}

// NewProbe makes a probe that watches nothing yet.
func NewProbe(addr string) Monitor { // want NewProbe:"empty r0; r0 is \\*review46/empty/mon/probe\\.Probe"
	return probe.New(addr)
}

// Start keeps the conn only where it succeeds.
func (m *monitor) Start() error { // want Start:"fills p0 only on success"
	c, err := net.Dial("tcp", m.addr)
	if err != nil {
		return err
	}
	m.watch = c
	return nil
}

func (m *monitor) Close() error { // want Close:"keeps p0; releases p0 on failure; nothing when zero; closes p0\\.watch"
	if m.watch != nil {
		return m.watch.Close()
	}
	return nil
}
