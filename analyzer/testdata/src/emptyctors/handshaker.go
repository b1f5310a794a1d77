package emptyctors

import (
	"errors"
	"io"
	"net"
	"sync"
)

// A Handshaker closes the conns it was given to work on and those it
// finished with.
type Handshaker interface {
	Start(c io.Closer)
	Close()
}

type handshaker struct {
	workq  map[io.Closer]bool
	doneq  []io.Closer
	closed bool
	cv     *sync.Cond
	sync.Mutex
}

// NewHandshaker makes one with nothing to work on: its map is empty and
// its Cond only locks it.
func NewHandshaker() Handshaker { // want NewHandshaker:"empty r0; r0 is \\*handshaker"
	h := &handshaker{workq: make(map[io.Closer]bool)}
	h.cv = sync.NewCond(h)
	return h
}

// NewHandshakerWith starts it on a conn it dials: the map holds it.
func NewHandshakerWith(addr string) (Handshaker, error) { // want NewHandshakerWith:"r0 is \\*handshaker"
	c, err := net.Dial("tcp", addr)
	if err != nil {
		return nil, err
	}
	h := &handshaker{workq: map[io.Closer]bool{c: true}}
	h.cv = sync.NewCond(h)
	return h, nil
}

func (h *handshaker) Start(c io.Closer) { // want Start:"keeps p1"
	h.Lock()
	h.workq[c] = true
	h.Unlock()
}

// Close closes the conns of the map's keys and of the slice.
func (h *handshaker) Close() { // want Close:"closes p0.doneq\\[\\],p0.workq\\[\\]"
	h.Lock()
	h.closed = true
	h.cv.Broadcast()
	for c := range h.workq {
		_ = c.Close()
	}
	for _, c := range h.doneq {
		_ = c.Close()
	}
	h.Unlock()
}

type hsListener struct {
	hs   Handshaker
	addr string
}

// SafeNewHSListener drops the new handshaker when the address is empty:
// it holds nothing yet.
func SafeNewHSListener(addr string) (*hsListener, error) {
	l := &hsListener{hs: NewHandshaker()}
	if addr == "" {
		return nil, errors.New("no address")
	}
	l.addr = addr
	return l, nil
}

// LeakNewHSListener drops one that works on a conn.
func LeakNewHSListener(addr, peer string) (Handshaker, error) { // want LeakNewHSListener:"r0 is \\*handshaker"
	h, err := NewHandshakerWith(peer) // want `h returned by NewHandshakerWith is not closed on all paths: the return at line 87 is reached when addr == "" at line 86 \(possible resource leak\)`
	if err != nil {
		return nil, err
	}
	if addr == "" {
		return nil, errors.New("no address")
	}
	return h, nil
}

// A Monitor watches a network until it is closed.
type Monitor interface {
	Start() error
	Close() error
}

type monitor struct {
	network string
	watch   net.Conn
}

// NewMonitor makes one that watches nothing until it starts: its Close
// does nothing while watch is nil.
func NewMonitor(network string) (Monitor, error) { // want NewMonitor:"empty r0; nil r1; r0 is \\*monitor"
	return &monitor{network: network}, nil
}

// Start dials what it watches.
func (m *monitor) Start() error { // want Start:"fills p0 only on success"
	c, err := net.Dial("tcp", m.network)
	if err != nil {
		return err
	}
	m.watch = c
	return nil
}

func (m *monitor) Close() error { // want Close:"keeps p0; releases p0 on failure; nothing when zero; closes p0.watch"
	if m.watch != nil {
		return m.watch.Close()
	}
	return nil
}

// SafeUnstartedMonitor drops a monitor it has not started.
func SafeUnstartedMonitor(network string, auto bool) (Monitor, error) { // want SafeUnstartedMonitor:"r0 is \\*monitor"
	m, err := NewMonitor(network)
	if err != nil {
		return nil, err
	}
	if !auto {
		return nil, errors.New("auto is required")
	}
	return m, nil
}

// LeakStartedMonitor drops one it started, through the interface.
func LeakStartedMonitor(network string, auto bool) (Monitor, error) { // want LeakStartedMonitor:"r0 is \\*monitor"
	m, err := NewMonitor(network) // want `m returned by NewMonitor is not closed on all paths: the return at line 148 is reached when auto is false at line 147 \(possible resource leak\)`
	if err != nil {
		return nil, err
	}
	if err := m.Start(); err != nil {
		return nil, err
	}
	if !auto {
		return nil, errors.New("auto is required")
	}
	return m, nil
}
