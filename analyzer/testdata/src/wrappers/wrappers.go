package wrappers

import (
	"io"
	"net"
	"os"
)

// Client wraps a connection; it is itself a resource.
type Client struct{ conn net.Conn }

// Dial is fine: it returns the connection inside a new Client.
func Dial(addr string) (*Client, error) {
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		return nil, err
	}
	return &Client{conn: conn}, nil
}

// Close releases the connection.
func (c *Client) Close() error { return c.conn.Close() } // want Close:"releases p0; closes p0.conn"

// Conn returns the client's connection, which the client keeps owning.
func (c *Client) Conn() net.Conn { return c.conn } // want Conn:"borrows r0"

// exchange is the blog post's example: source leaks when the second Dial fails.
func exchange(a, b string) error {
	source, err := Dial(a) // want `source returned by Dial is not closed on all paths: the return at line 35 is reached when err != nil at line 34`
	if err != nil {
		return err
	}
	destination, err := Dial(b)
	if err != nil {
		return err
	}
	defer source.Close()
	defer destination.Close()
	return nil
}

// borrowedConn is fine: Conn returns a field, which the client owns.
func borrowedConn(c *Client) string {
	conn := c.Conn()
	return conn.RemoteAddr().String()
}

// Reader owns a file.
type Reader struct{ f *os.File }

// open is fine: the method's receiver keeps the file.
func (r *Reader) open(name string) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	r.f = f
	return nil
}

// shutdown closes the client through a helper method.
func (c *Client) shutdown() { c.Close() } // want shutdown:"releases p0"

// closedByHelper is fine: shutdown closes the client.
func closedByHelper(addr string) error {
	c, err := Dial(addr)
	if err != nil {
		return err
	}
	c.shutdown()
	return nil
}

// Session wraps a connection it is given; closing it closes the connection.
type Session struct{ conn net.Conn }

// Close closes the session's connection.
func (s *Session) Close() error { return s.conn.Close() } // want Close:"releases p0; closes p0.conn"

// NewSession returns a session around conn.
func NewSession(conn net.Conn) *Session { // want NewSession:"keeps p0; wraps p0 in r0"
	return &Session{conn: conn}
}

// handle is fine: the connection is the caller's, and so is the session
// around it.
func handle(conn net.Conn) string {
	s := NewSession(conn)
	return s.conn.LocalAddr().String()
}

// closeUnderlying is fine: closing the connection is closing the session.
func closeUnderlying(addr string) error {
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		return err
	}
	defer conn.Close()
	s := NewSession(conn)
	_ = s.conn.LocalAddr()
	return nil
}

// closeSession is fine: closing the session closes the connection.
func closeSession(addr string) error {
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		return err
	}
	s := NewSession(conn)
	return s.Close()
}

// dropped leaks: neither the session nor its connection is closed.
func dropped(addr string) error {
	conn, err := net.Dial("tcp", addr) // want `conn returned by net.Dial is not closed before the return at line 122`
	if err != nil {
		return err
	}
	s := NewSession(conn)
	_ = s.conn.LocalAddr()
	return nil
}

type endpoint struct{ conn net.Conn }

// Packet wraps a connection inside a nested composite literal.
type Packet struct {
	endpoint
	id int
}

// Close closes the connection.
func (p *Packet) Close() error { return p.conn.Close() } // want Close:"closes p0.endpoint.conn"

// NewPacket returns a packet around conn.
func NewPacket(conn net.Conn) *Packet { // want NewPacket:"keeps p0; wraps p0 in r0"
	return &Packet{endpoint: endpoint{conn: conn}, id: 1}
}

// packetOfParam is fine: the connection is the caller's.
func packetOfParam(conn net.Conn) int {
	p := NewPacket(conn)
	return p.id
}

// Guard wraps a listener, or closes it when it refuses to.
type Guard struct{ l net.Listener }

// Close closes the listener.
func (g *Guard) Close() error { return g.l.Close() } // want Close:"releases p0; closes p0.l"

// NewGuard takes the listener over: it closes it when it fails.
func NewGuard(l net.Listener, ok bool) (*Guard, error) { // want NewGuard:"keeps p0; releases p0 on failure"
	if !ok {
		l.Close()
		return nil, net.ErrClosed
	}
	return &Guard{l: l}, nil
}

// guarded is fine: on failure NewGuard closed the listener.
func guarded(ok bool) error {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	g, err := NewGuard(l, ok)
	if err != nil {
		return err
	}
	return g.Close()
}

// offloaded runs the operations of its writer on another stack: Close
// passes the writer on as an any to a function that runs a function
// value, which closes the inner writer. What the function value does
// cannot be read, so the inner writer may be closed there.
type offloaded struct {
	zw  io.WriteCloser
	op  int
	err error
}

var runner func(ctx any)

func offload(ctx any) { runner(ctx) } // want offload:"keeps p0"

func runOp(ctx any) {
	w := ctx.(*offloaded)
	if w.op == 1 {
		w.err = w.zw.Close()
	}
}

func (w *offloaded) Write(p []byte) (int, error) { return w.zw.Write(p) } // want Write:"keeps p1"

func (w *offloaded) do(op int) error { // want do:"keeps p0; gives p0.err as r0"
	w.op = op
	offload(w)
	return w.err
}

func (w *offloaded) Close() error { return w.do(1) } // want Close:"gives p0.err as r0"

// SafeOffloaded is fine: the writer it returns holds the inner writer,
// and its Close may close it.
func SafeOffloaded(dst io.Writer, newWriter func(io.Writer) io.WriteCloser) io.WriteCloser { // want SafeOffloaded:"keeps p0"
	w := &offloaded{}
	w.zw = newWriter(dst)
	return w
}

// lineScanner reads from whatever reader it is given. It has no Close:
// it never owns the reader, and a caller that gives it a file still has
// to close the file.
type lineScanner struct {
	r io.Reader
	n int
}

func newLineScanner(r io.Reader) *lineScanner { return &lineScanner{r: r} } // want newLineScanner:"keeps p0; wraps p0 in r0"

func (s *lineScanner) scan() bool {
	var b [1]byte
	n, err := s.r.Read(b[:])
	s.n += n
	return err == nil
}

// countLines only reads r, through a scanner it drops.
func countLines(r io.Reader) int {
	s := newLineScanner(r)
	n := 0
	for s.scan() {
		n++
	}
	return n
}

func LeakAfterScan(name string) (int, error) {
	f, err := os.Open(name) // want `f returned by os.Open is not closed before the return at line 246`
	if err != nil {
		return 0, err
	}
	return countLines(f), nil
}

// reopen builds a session around conn through NewSession: like NewSession's
// own result, its result stands for conn.
func reopen(conn net.Conn) *Session { return NewSession(conn) } // want reopen:"keeps p0; wraps p0 in r0"

// Endpoint owns a connection, which its Close closes.
type Endpoint struct{ conn net.Conn }

func (e *Endpoint) Close() error { return e.conn.Close() } // want Close:"releases p0; closes p0.conn"

// Session gives a session around the endpoint's own connection, which the
// endpoint keeps owning.
func (e *Endpoint) Session() *Session { return reopen(e.conn) } // want Session:"borrows r0; gives p0.conn as r0"

// Redial gives a session around a new connection.
func (e *Endpoint) Redial() (*Session, error) {
	conn, err := net.Dial("tcp", e.conn.RemoteAddr().String())
	if err != nil {
		return nil, err
	}
	return reopen(conn), nil
}

// SafeEndpointSession is fine: the session wraps the endpoint's connection,
// which whoever owns the endpoint closes.
func SafeEndpointSession(e *Endpoint, p []byte) error { // want SafeEndpointSession:"keeps p1; closes p0.conn"
	s := e.Session()
	if _, err := s.conn.Write(p); err != nil {
		return err
	}
	return s.Close()
}

// LeakRedialedSession leaks the new connection when the write fails.
func LeakRedialedSession(e *Endpoint, p []byte) error { // want LeakRedialedSession:"keeps p1"
	s, err := e.Redial() // want `s returned by e.Redial is not closed on all paths: the return at line 288 is reached when err != nil at line 287`
	if err != nil {
		return err
	}
	if _, err := s.conn.Write(p); err != nil {
		return err
	}
	return s.Close()
}

// registry keeps a list of the connections it opens, as an SSH mux keeps
// its channels: a connection it opens is its own too.
type registry struct{ conns []net.Conn }

func (r *registry) open(addr string) (net.Conn, error) { // want open:"borrows r0"
	c, err := net.Dial("tcp", addr)
	if err != nil {
		return nil, err
	}
	r.conns = append(r.conns, c)
	return c, nil
}

// session gives a new session around a connection the registry opens.
func (r *registry) session(addr string) (*Session, error) {
	c, err := r.open(addr)
	if err != nil {
		return nil, err
	}
	return reopen(c), nil
}

// LeakRegisteredSession leaks the session when the write fails: the
// registry lists its connection, but closing it is the session's job.
func LeakRegisteredSession(r *registry, addr string, p []byte) error { // want LeakRegisteredSession:"keeps p2"
	s, err := r.session(addr) // want `s returned by r.session is not closed on all paths: the return at line 323 is reached when err != nil at line 322`
	if err != nil {
		return err
	}
	if _, err := s.conn.Write(p); err != nil {
		return err
	}
	return s.Close()
}
