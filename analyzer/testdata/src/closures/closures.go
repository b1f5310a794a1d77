package closures

import (
	"bufio"
	"crypto/tls"
	"net"
	"os"
	"testing"
)

// deferredClosure is fine: the deferred closure closes f.
func deferredClosure(name string) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	defer func() { f.Close() }()
	_, err = f.Stat()
	return err
}

// calledClosure is fine: the closure runs and closes f.
func calledClosure(name string) {
	f, err := os.Open(name)
	if err != nil {
		return
	}
	cleanup := func() { f.Close() }
	cleanup()
}

// closureNotCalled leaks: the closure that would close f never runs.
func closureNotCalled(name string) {
	f, err := os.Open(name) // want `f returned by os.Open is not closed before the end of the function at line 39`
	if err != nil {
		return
	}
	_ = func() { f.Close() }
}

// goroutineClosure is fine: the goroutine owns c.
func goroutineClosure(l net.Listener) error {
	c, err := l.Accept()
	if err != nil {
		return err
	}
	go func() {
		defer c.Close()
		c.Write([]byte("hi"))
	}()
	return nil
}

// methodValue is fine: the deferred method value closes f.
func methodValue(name string) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	closeFn := f.Close
	defer closeFn()
	return nil
}

// cleanup is fine: t.Cleanup owns the closure and so the file.
func cleanup(t *testing.T, name string) *os.File { // want cleanup:"borrows r0"
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// inClosure checks a function literal on its own.
func inClosure(name string) func() error {
	return func() error {
		f, err := os.Open(name) // want `f returned by os.Open is not closed before the return at line 83`
		if err != nil {
			return err
		}
		_ = f.Name()
		return nil
	}
}

// deferredBeforeOpen is fine: the closure deferred first closes whatever
// file holds when the function returns.
func deferredBeforeOpen(parts [][]byte) (err error) {
	var file *os.File
	defer func() {
		if file != nil {
			file.Close()
		}
	}()
	for _, p := range parts {
		if file == nil {
			if file, err = os.CreateTemp("", "x"); err != nil {
				return err
			}
		}
		if _, err := file.Write(p); err != nil {
			return err
		}
	}
	return nil
}

// dialPool keeps the dial function it is given.
type dialPool struct{ dial func() (net.Conn, error) }

func newDialPool(dial func() (net.Conn, error)) *dialPool { // want newDialPool:"keeps p0"
	return &dialPool{dial: dial}
}

// client gives its own dial method to the pool it keeps: the pool is the
// client's, so the client is still new to whoever builds it.
type client struct {
	addr string
	pool *dialPool
	conn net.Conn
}

func (c *client) dial() (net.Conn, error) { return net.Dial("tcp", c.addr) }

func (c *client) Close() error { // want Close:"releases p0"
	return c.conn.Close()
}

func newClient(addr string) *client {
	c := &client{addr: addr}
	c.pool = newDialPool(c.dial)
	return c
}

func leakClient(addr string) error {
	c := newClient(addr) // want `c returned by newClient is not closed on all paths`
	if addr == "" {
		return net.UnknownNetworkError(addr)
	}
	return c.Close()
}

// session owns the connection it reads from.
type session struct {
	conn net.Conn
	br   *bufio.Reader
}

func (s *session) Close() error { return s.conn.Close() } // want Close:"releases p0; closes p0.conn"

// SafeDisarmedDefer is fine: the deferred closure closes the connection on
// every failure; on success a new session owns what netConn held, TLS
// wrapper or not, and netConn = nil only disarms the deferred Close.
func SafeDisarmedDefer(addr string, secure bool) (*session, error) {
	netConn, err := net.Dial("tcp", addr)
	if err != nil {
		return nil, err
	}
	defer func() {
		if netConn != nil {
			netConn.Close()
		}
	}()
	if secure {
		tlsConn := tls.Client(netConn, &tls.Config{})
		netConn = tlsConn
		if err := tlsConn.Handshake(); err != nil {
			return nil, err
		}
	}
	s := &session{conn: netConn, br: bufio.NewReader(netConn)}
	if _, err := s.br.Peek(1); err != nil {
		return nil, err
	}
	netConn = nil
	return s, nil
}

// LeakDisarmedEarly disarms the deferred Close before the last check, and
// the session it built is dropped when that check fails.
func LeakDisarmedEarly(addr string, secure bool) (*session, error) {
	netConn, err := net.Dial("tcp", addr) // want `netConn returned by net.Dial is not closed on all paths`
	if err != nil {
		return nil, err
	}
	defer func() {
		if netConn != nil {
			netConn.Close()
		}
	}()
	if secure {
		tlsConn := tls.Client(netConn, &tls.Config{})
		netConn = tlsConn
		if err := tlsConn.Handshake(); err != nil {
			return nil, err
		}
	}
	s := &session{conn: netConn, br: bufio.NewReader(netConn)}
	netConn = nil
	if _, err := s.br.Peek(1); err != nil {
		return nil, err
	}
	return s, nil
}
