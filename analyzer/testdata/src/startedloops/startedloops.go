// Package startedloops builds connection handlers whose goroutines own
// the connection they are given.
package startedloops

import (
	"bufio"
	"net"
	"time"
)

// A Conn serves one client on goroutines of its own; it has no Close:
// its processing loop closes the connection when the client leaves.
type Conn struct {
	rw     net.Conn
	frames chan string
}

// NewConn starts the loops that serve rw.
func NewConn(rw net.Conn) *Conn { // want NewConn:"keeps p0"
	c := &Conn{rw: rw, frames: make(chan string, 8)}
	go c.readLoop()
	go c.processLoop()
	return c
}

func (c *Conn) readLoop() {
	sc := bufio.NewScanner(c.rw)
	for sc.Scan() {
		c.frames <- sc.Text()
	}
	close(c.frames)
}

func (c *Conn) processLoop() { // want processLoop:"closes p0\\.rw"
	defer c.rw.Close()
	for f := range c.frames {
		if _, err := c.rw.Write([]byte(f)); err != nil {
			return
		}
	}
}

// SafeServe is fine: each accepted connection is handed to the loops
// that NewConn starts, which close it.
func SafeServe(l net.Listener) {
	for {
		rw, err := l.Accept()
		if err != nil {
			return
		}
		_ = NewConn(rw)
	}
}

// A Pinger writes to a connection on a goroutine that never closes it.
type Pinger struct{ rw net.Conn }

// NewPinger starts pinging rw.
func NewPinger(rw net.Conn) *Pinger { // want NewPinger:"keeps p0; wraps p0 in r0"
	p := &Pinger{rw: rw}
	go p.ping()
	return p
}

func (p *Pinger) ping() {
	for range time.Tick(time.Second) {
		if _, err := p.rw.Write([]byte("ping")); err != nil {
			return
		}
	}
}

// pingLeak drops each accepted connection: the pinger's goroutine stops
// writing when the peer leaves, and nothing closes the connection.
func pingLeak(l net.Listener) {
	for {
		rw, err := l.Accept() // want `rw returned by l.Accept is not closed`
		if err != nil {
			return
		}
		_ = NewPinger(rw)
	}
}
