// Package closedsig probes rule 4 (closedSignalCase).
package closedsig

import (
	"bufio"
	"errors"
	"net"
	"time"
)

// Client reads lines from a server; closed is closed by readLoop when the
// peer goes away (EOF), not by Close: the socket still needs Close.
type Client struct {
	conn   net.Conn
	Lines  chan string
	closed chan struct{}
}

// Dial connects and starts the read loop.
func Dial(addr string) (*Client, error) {
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		return nil, err
	}
	c := &Client{conn: conn, Lines: make(chan string), closed: make(chan struct{})}
	go c.readLoop()
	return c, nil
}

func (c *Client) readLoop() {
	defer close(c.closed) // peer hung up or read failed; conn stays open
	sc := bufio.NewScanner(c.conn)
	for sc.Scan() {
		c.Lines <- sc.Text()
	}
}

// Close closes the socket.
func (c *Client) Close() error { return c.conn.Close() } // want Close:"releases p0; closes p0\\.conn"

var errGone = errors.New("peer gone")

// LeakOnPeerGone returns on the closed case without closing the client.
func LeakOnPeerGone(addr string) (string, error) {
	c, err := Dial(addr) // want `c returned by Dial is not closed`
	if err != nil {
		return "", err
	}
	select {
	case <-c.closed:
		return "", errGone // c.conn is still open
	case l := <-c.Lines:
		c.Close()
		return l, nil
	}
}

// LeakOnPeerGoneLoop: the same in a loop with a timeout case.
func LeakOnPeerGoneLoop(addr string, n int) ([]string, error) {
	c, err := Dial(addr) // want `c returned by Dial is not closed`
	if err != nil {
		return nil, err
	}
	var out []string
	for len(out) < n {
		select {
		case <-c.closed:
			return out, errGone
		case l := <-c.Lines:
			out = append(out, l)
		case <-time.After(time.Second):
			c.Close()
			return out, errors.New("timeout")
		}
	}
	c.Close()
	return out, nil
}

// Server: Shutdown stops accepting and closes Closed; Close releases the listener.
type Server struct {
	ln     net.Listener
	Closed chan struct{}
}

// Listen makes a server.
func Listen(addr string) (*Server, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, err
	}
	return &Server{ln: ln, Closed: make(chan struct{})}, nil
}

// Shutdown signals the accept loop to stop; it does not release the listener.
func (s *Server) Shutdown() { close(s.Closed) }

// Close releases the listener.
func (s *Server) Close() error { return s.ln.Close() } // want Close:"releases p0; closes p0\\.ln"

// LeakAfterShutdown waits for shutdown and returns without Close.
func LeakAfterShutdown(addr string, stop <-chan struct{}) error { // want LeakAfterShutdown:"keeps p1"
	s, err := Listen(addr)
	if err != nil {
		return err
	}
	go func() { <-stop; s.Shutdown() }()
	for {
		select {
		case <-s.Closed:
			return nil // listener still open
		default:
		}
		c, err := s.ln.Accept()
		if err != nil {
			s.Close()
			return err
		}
		c.Close()
	}
}

// SafeWatch: Close itself closes the Closed signal (the intended shape).
type Watcher struct {
	conn   net.Conn
	Events chan string
	Closed chan struct{}
}

func NewWatcher(addr string) (*Watcher, error) {
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		return nil, err
	}
	return &Watcher{conn: conn, Events: make(chan string), Closed: make(chan struct{})}, nil
}

func (w *Watcher) Close() error { // want Close:"releases p0; closes p0\\.conn"
	close(w.Closed)
	return w.conn.Close()
}

// SafeWatch prints events in a goroutine that stops when the watcher is closed.
func SafeWatch(addr string, done <-chan struct{}) error {
	w, err := NewWatcher(addr)
	if err != nil {
		return err
	}
	go func() {
		for {
			select {
			case <-w.Events:
			case <-w.Closed:
				return
			}
		}
	}()
	<-done
	return w.Close()
}
