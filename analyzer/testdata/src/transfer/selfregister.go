package transfer

// This file hands a value over by a method of its own that registers it
// with an owner: m.register(&d.callbacks) puts m's Close among the
// callbacks that the dialog runs when it ends, and the dialog owns m
// from then on.

import (
	"net"
	"sync"
)

type callbacks struct {
	mu      sync.Mutex
	media   *Media
	onClose []func() error
}

// Media is the media stream of a dialog.
type Media struct {
	conn net.Conn
}

func (m *Media) Close() error { return m.conn.Close() } // want Close:"releases p0; closes p0.conn"

// register puts m's Close among the callbacks that c runs at the end.
func (m *Media) register(c *callbacks) { // want register:"keeps p0"
	c.mu.Lock()
	defer c.mu.Unlock()
	c.media = m
	c.onClose = append(c.onClose, m.Close)
}

// Dialog runs its callbacks when it ends.
type Dialog struct {
	cbs callbacks
}

// dialMedia returns new media over a connection to addr.
func dialMedia(addr string) (*Media, error) {
	conn, err := net.Dial("udp", addr)
	if err != nil {
		return nil, err
	}
	return &Media{conn: conn}, nil
}

// Answer returns media that the dialog closes when it ends.
func (d *Dialog) Answer(addr string) (*Media, error) { // want Answer:"borrows r0"
	m, err := dialMedia(addr)
	if err != nil {
		return nil, err
	}
	m.register(&d.cbs)
	return m, nil
}

// SafeAnswer writes to the media and leaves it to the dialog.
func SafeAnswer(d *Dialog, addr string) error {
	m, err := d.Answer(addr)
	if err != nil {
		return err
	}
	_, err = m.conn.Write([]byte("hello"))
	return err
}

// localRegisterLeak registers the media with callbacks of its own, which
// nothing ever runs.
func localRegisterLeak(addr string) error {
	m, err := dialMedia(addr) // want `m returned by dialMedia is not closed before the return at line 77 \(possible resource leak\)`
	if err != nil {
		return err
	}
	var cbs callbacks
	m.register(&cbs)
	return nil
}
