// Package dep makes hubs and monitors that hold nothing when they are
// made and are returned as interfaces.
package dep

import (
	"net"
	"sync"
)

// A Hub relays the conns attached to it until it is closed.
type Hub interface {
	Attach(c net.Conn)
	Close() error
}

// An Attacher takes a conn to hold (an optional interface of a Hub).
type Attacher interface {
	Attach(c net.Conn)
}

type hub struct {
	sync.Mutex
	conns map[net.Conn]bool
	cv    *sync.Cond
	name  string
}

// NewHub makes a hub with no conns: its Cond only locks it.
func NewHub(name string) Hub { // want NewHub:"empty r0; r0 is \\*hub"
	h := &hub{conns: make(map[net.Conn]bool), name: name}
	h.cv = sync.NewCond(h)
	return h
}

// Attach keeps c until Close.
func (h *hub) Attach(c net.Conn) { // want Attach:"keeps p1"
	h.Lock()
	h.conns[c] = true
	h.cv.Broadcast()
	h.Unlock()
}

// Close closes the conns that the map's keys are.
func (h *hub) Close() error { // want Close:"closes p0\\.conns\\[\\]"
	h.Lock()
	defer h.Unlock()
	for c := range h.conns {
		c.Close()
	}
	return nil
}

// A Monitor watches an address once it is started, until it is closed.
type Monitor interface {
	Start() error
	Close() error
}

type monitor struct {
	addr  string
	watch net.Conn
}

// NewMonitor makes a monitor that watches nothing yet.
func NewMonitor(addr string) Monitor { // want NewMonitor:"empty r0; r0 is \\*monitor"
	return &monitor{addr: addr}
}

// Start dials and keeps the conn only where it succeeds.
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

type probe struct {
	addr  string
	watch net.Conn
}

// NewProbe makes a monitor whose Start keeps the conn before the
// handshake, which may fail: the conn is then the probe's to close.
func NewProbe(addr string) Monitor { // want NewProbe:"empty r0; r0 is \\*probe"
	return &probe{addr: addr}
}

func (p *probe) Start() error {
	c, err := net.Dial("tcp", p.addr)
	if err != nil {
		return err
	}
	p.watch = c
	if _, err := c.Write([]byte("HELLO\n")); err != nil {
		return err // p.watch still set: the caller must Close
	}
	return nil
}

func (p *probe) Close() error { // want Close:"keeps p0; releases p0 on failure; nothing when zero; closes p0\\.watch"
	if p.watch != nil {
		return p.watch.Close()
	}
	return nil
}
