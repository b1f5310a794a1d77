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

// A Client reads replies on a goroutine of its own and has a Close, which
// closes the connection; closing the connection ends the goroutine.
type Client struct {
	conn    net.Conn
	replies chan string
}

// NewClient starts reading replies from conn.
func NewClient(conn net.Conn) *Client { // want NewClient:"keeps p0; wraps p0 in r0"
	c := &Client{conn: conn, replies: make(chan string, 8)}
	go c.read()
	return c
}

func (c *Client) read() { // want read:"releases p0; closes p0\\.conn"
	defer c.conn.Close()
	sc := bufio.NewScanner(c.conn)
	for sc.Scan() {
		c.replies <- sc.Text()
	}
	close(c.replies)
}

// Close closes the connection.
func (c *Client) Close() error { return c.conn.Close() } // want Close:"releases p0; closes p0\\.conn"

func (c *Client) hello() error {
	_, err := c.conn.Write([]byte("HELLO\\r\\n"))
	return err
}

// SafeNewHello is fine: where the greeting fails, closing the connection
// the client stands for closes the client.
func SafeNewHello(conn net.Conn) (*Client, error) { // want SafeNewHello:"keeps p0; releases p0 on failure"
	c := NewClient(conn)
	if err := c.hello(); err != nil {
		conn.Close()
		return nil, err
	}
	return c, nil
}
