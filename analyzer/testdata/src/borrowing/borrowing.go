// Package borrowing holds values that belong to someone else: read from a
// container that owns them, reached through an embedded field, wrapped by
// a value that holds them, or closed by the iterator itself.
package borrowing

import (
	"bufio"
	"context"
	"errors"
	"io"
	"net"
	"os"
	"strings"
	"sync/atomic"
	"time"
	"weak"
)

// Conn is a resource: closing it closes its network connection.
type Conn struct{ nc net.Conn }

// Close closes the network connection.
func (c *Conn) Close() error { return c.nc.Close() } // want Close:"releases p0"

// Dial returns a new connection, which the caller must close.
func Dial(addr string) (*Conn, error) {
	nc, err := net.Dial("tcp", addr)
	if err != nil {
		return nil, err
	}
	return &Conn{nc: nc}, nil
}

// --- Containers that own what they hold (sync/atomic, weak) ---

// current owns the connection in use.
var current atomic.Pointer[Conn]

// SafeLoad is fine: Load returns the connection that current still owns.
func SafeLoad() string {
	c := current.Load()
	if c == nil {
		return ""
	}
	return c.nc.RemoteAddr().String()
}

// loaded is fine: it returns what current owns, which its callers borrow.
func loaded() *Conn { // want loaded:"borrows r0"
	return current.Load()
}

// SafeStore is fine: current keeps the new connection.
func SafeStore(addr string) error {
	c, err := Dial(addr)
	if err != nil {
		return err
	}
	current.Store(c)
	return nil
}

// storeTooLate leaks: the connection is dropped when the write fails,
// before current keeps it.
func storeTooLate(addr string) error {
	c, err := Dial(addr) // want `c returned by Dial is not closed on all paths`
	if err != nil {
		return err
	}
	if _, err := c.nc.Write(nil); err != nil {
		return err
	}
	current.Store(c)
	return nil
}

// SafeSwap is fine: current keeps the new connection, and the previous
// one, which Swap hands back, is closed.
func SafeSwap(addr string) error {
	c, err := Dial(addr)
	if err != nil {
		return err
	}
	if old := current.Swap(c); old != nil {
		return old.Close()
	}
	return nil
}

// swappedOut leaks: current no longer holds the previous connection, so
// it is the caller's to close.
func swappedOut(c *Conn) string { // want swappedOut:"keeps p0"
	old := current.Swap(c) // want `old returned by current.Swap is not closed before the return at line 97`
	if old == nil {
		return ""
	}
	return old.nc.RemoteAddr().String()
}

// SafeCompareAndSwap is fine: current keeps the connection when the swap
// succeeds, and it is closed when it does not.
func SafeCompareAndSwap(addr string) error {
	c, err := Dial(addr)
	if err != nil {
		return err
	}
	if !current.CompareAndSwap(nil, c) {
		return c.Close()
	}
	return nil
}

// settings owns the file stored in it.
var settings atomic.Value

// SafeValueStore is fine: settings keeps the file.
func SafeValueStore(name string) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	settings.Store(f)
	return nil
}

// SafeValueLoad is fine: the file belongs to settings.
func SafeValueLoad() string {
	f, ok := settings.Load().(*os.File)
	if !ok {
		return ""
	}
	return f.Name()
}

// registry knows connections that a cache owns without keeping them alive.
type registry struct{ m map[string]weak.Pointer[Conn] }

// lookup is fine: Value returns a connection that someone else owns.
func (r *registry) lookup(name string) *Conn { // want lookup:"borrows r0"
	wp, ok := r.m[name]
	if !ok {
		return nil
	}
	return wp.Value()
}

// SafeWeakValue is fine: the connection from Value is not this function's.
func SafeWeakValue(r *registry, name string) string {
	c := r.m[name].Value()
	if c == nil {
		return ""
	}
	return c.nc.LocalAddr().String()
}

// SafeWeakMake is fine: the registry keeps the connection, through a weak
// pointer that the cache's cleanup goes with.
func (r *registry) SafeWeakMake(name, addr string) error {
	c, err := Dial(addr)
	if err != nil {
		return err
	}
	r.m[name] = weak.Make(c)
	return nil
}

// weakDropped leaks: a weak pointer that is thrown away keeps nothing.
func weakDropped(addr string) bool {
	c, err := Dial(addr) // want `c returned by Dial is not closed before the return at line 174`
	if err != nil {
		return false
	}
	wp := weak.Make(c)
	return wp.Value() != nil
}

// --- Close promoted through an embedded pointer or interface ---

// base owns a file.
type base struct{ f *os.File }

// Close closes the file.
func (b *base) Close() error { return b.f.Close() } // want Close:"releases p0"

// Client gets its Close from the base it points to.
type Client struct{ *base }

// NewClient opens a client, which the caller must close.
func NewClient(name string) (*Client, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	return &Client{&base{f: f}}, nil
}

// SafeEmbeddedPointer is fine: c.Close is (*base).Close on c.base.
func SafeEmbeddedPointer(name string) error {
	c, err := NewClient(name)
	if err != nil {
		return err
	}
	defer c.Close()
	return nil
}

// embeddedNotClosed leaks when the name is empty.
func embeddedNotClosed(name string) error {
	c, err := NewClient(name) // want `c returned by NewClient is not closed on all paths`
	if err != nil {
		return err
	}
	if c.f.Name() == "" {
		return errors.New("no name")
	}
	return c.Close()
}

// Pool gets its Close from a client, which gets it from a base.
type Pool struct{ *Client }

// NewPool opens a pool, which the caller must close.
func NewPool(name string) (*Pool, error) {
	c, err := NewClient(name)
	if err != nil {
		return nil, err
	}
	return &Pool{c}, nil
}

// SafeTwoLevels is fine: p.Close is (*base).Close on p.Client.base.
func SafeTwoLevels(name string) error {
	p, err := NewPool(name)
	if err != nil {
		return err
	}
	return p.Close()
}

// Handle gets its Close from the io.Closer it embeds.
type Handle struct{ io.Closer }

// NewHandle opens a handle, which the caller must close.
func NewHandle(name string) (*Handle, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	return &Handle{f}, nil
}

// SafeEmbeddedInterface is fine: h.Close calls Close on h.Closer.
func SafeEmbeddedInterface(name string) error {
	h, err := NewHandle(name)
	if err != nil {
		return err
	}
	defer h.Close()
	return nil
}

// OpenClient returns a client value, which the caller must close.
func OpenClient(name string) (Client, error) {
	f, err := os.Open(name)
	if err != nil {
		return Client{}, err
	}
	return Client{&base{f: f}}, nil
}

// SafeEmbeddedValue is fine: a Client value's Close is (*base).Close on
// its base.
func SafeEmbeddedValue(name string) error {
	c, err := OpenClient(name)
	if err != nil {
		return err
	}
	return c.Close()
}

// --- Wrappers built from nested literals ---

type inner struct{ conn net.Conn }

type middle struct{ in inner }

// Outer wraps a connection two literals deep.
type Outer struct {
	in middle
	id int
}

// Close closes the connection.
func (o *Outer) Close() error { return o.in.in.conn.Close() } // want Close:"closes p0.in.in.conn"

// wrapNested returns a new Outer around conn, built as nested literals.
func wrapNested(conn net.Conn) *Outer { // want wrapNested:"keeps p0; wraps p0 in r0"
	o := Outer{in: middle{in: inner{conn: conn}}, id: 1}
	return &o
}

// SafeNested is fine: the connection is the caller's, and so is the
// Outer around it.
func SafeNested(conn net.Conn) int {
	o := wrapNested(conn)
	return o.id
}

// wrapNestedValue returns the Outer itself.
func wrapNestedValue(conn net.Conn) Outer { // want wrapNestedValue:"keeps p0; wraps p0 in r0"
	return Outer{in: middle{in: inner{conn: conn}}, id: 2}
}

// SafeNestedValue is fine: the connection goes back to the caller inside
// the Outer.
func SafeNestedValue(addr string) (Outer, error) {
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		return Outer{}, err
	}
	return wrapNestedValue(conn), nil
}

// nestedValueDropped leaks: neither the Outer nor its connection is closed.
func nestedValueDropped(addr string) (int, error) {
	conn, err := net.Dial("tcp", addr) // want `conn returned by net.Dial is not closed before the return at line 330`
	if err != nil {
		return 0, err
	}
	return wrapNestedValue(conn).id, nil
}

// Server owns its connection.
type Server struct {
	conn net.Conn
	ctx  context.Context
}

// Close closes the connection.
func (s *Server) Close() error { return s.conn.Close() } // want Close:"releases p0"

// withContext returns a copy of the server that shares its connection.
func (s *Server) withContext(ctx context.Context) *Server { // want withContext:"borrows r0"
	s2 := *s
	s2.ctx = ctx
	return &s2
}

// SafeCopy is fine: the copy shares the connection that s owns.
func SafeCopy(s *Server) error {
	s2 := s.withContext(context.Background())
	_, err := s2.conn.Write(nil)
	return err
}

// view is fine: the Outer holds the server's connection, which the
// server keeps owning.
func (s *Server) view() *Outer { // want view:"borrows r0"
	return &Outer{in: middle{in: inner{conn: s.conn}}}
}

// SafeView is fine: the Outer is a view of the server's connection.
func SafeView(s *Server) int {
	o := s.view()
	return o.id
}

// --- Iterators that close themselves ---

// Lines iterates over the lines of a file and closes it at the end.
type Lines struct {
	f    *os.File
	sc   *bufio.Scanner
	line string
}

// OpenLines opens the named file for iteration.
func OpenLines(name string) (*Lines, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	return &Lines{f: f, sc: bufio.NewScanner(f)}, nil
}

// Close closes the file.
func (l *Lines) Close() error { return l.f.Close() } // want Close:"releases p0"

// Next advances to the next line; at the end it closes the file.
func (l *Lines) Next() bool { // want Next:"keeps p0; releases p0 on failure"
	if !l.sc.Scan() {
		l.Close()
		return false
	}
	l.line = l.sc.Text()
	return true
}

var errEmpty = errors.New("empty line")

// Scan copies the current line to dst; when it fails it closes the file.
func (l *Lines) Scan(dst *string) error { // want Scan:"keeps p0; releases p0 on failure"
	if l.line == "" {
		l.Close()
		return errEmpty
	}
	*dst = l.line
	return nil
}

// SafeDrained is fine: Next closes the lines when it returns false.
func SafeDrained(name string) (int, error) {
	l, err := OpenLines(name)
	if err != nil {
		return 0, err
	}
	n := 0
	for l.Next() {
		n++
	}
	return n, nil
}

// SafeScanFails is fine: Scan closes the lines when it fails, and Next
// when it returns false.
func SafeScanFails(name string) ([]string, error) {
	l, err := OpenLines(name)
	if err != nil {
		return nil, err
	}
	var lines []string
	for l.Next() {
		var s string
		if err := l.Scan(&s); err != nil {
			return nil, err
		}
		lines = append(lines, s)
	}
	return lines, nil
}

// Read returns the next line and true, or, at the end, closes the file and
// returns false.
func (l *Lines) Read() (string, bool) { // want Read:"keeps p0; releases p0 on failure"
	if !l.sc.Scan() {
		l.Close()
		return "", false
	}
	return l.sc.Text(), true
}

// SafeReadAll is fine: Read closes the lines when it returns false.
func SafeReadAll(name string) ([]string, error) {
	l, err := OpenLines(name)
	if err != nil {
		return nil, err
	}
	var lines []string
	for {
		s, ok := l.Read()
		if !ok {
			return lines, nil
		}
		lines = append(lines, s)
	}
}

// stopEarly leaks: returning before Next returns false leaves the file open.
func stopEarly(name string) (string, error) {
	l, err := OpenLines(name) // want `l returned by OpenLines is not closed on all paths`
	if err != nil {
		return "", err
	}
	for l.Next() {
		if strings.HasPrefix(l.line, "#") {
			return l.line, nil
		}
	}
	return "", nil
}

// --- Getters ---

// Tunnel owns a network connection.
type Tunnel struct{ nc net.Conn }

// Close closes the connection.
func (t *Tunnel) Close() error { return t.nc.Close() } // want Close:"releases p0"

// NetConn returns the tunnel's connection, which the tunnel still owns.
func (t *Tunnel) NetConn() net.Conn { return t.nc } // want NetConn:"borrows r0"

// SafeGetter is fine: the connection belongs to the tunnel.
func SafeGetter(t *Tunnel) string {
	nc := t.NetConn()
	return nc.LocalAddr().String()
}

// --- Type assertions that cannot fail ---

// SafeAssertCannotFail is fine: an io.Reader holding a *os.File is always
// an io.Closer, so the file is closed.
func SafeAssertCannotFail(name string) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	var r io.Reader = f
	if c, ok := r.(io.Closer); ok {
		defer c.Close()
	}
	_, err = io.ReadAll(r)
	return err
}

// assertMayFail leaks: when plain, r is no io.Closer and the file stays open.
func assertMayFail(name string, plain bool) error {
	f, err := os.Open(name) // want `f returned by os.Open is not closed before the return at line 530`
	if err != nil {
		return err
	}
	var r io.Reader = f
	if plain {
		r = strings.NewReader("")
	}
	if c, ok := r.(io.Closer); ok {
		defer c.Close()
	}
	_, err = io.ReadAll(r)
	return err
}

// --- Callbacks that store what they acquire ---

// Lender runs callbacks.
type Lender struct{ calls int }

// With runs fn.
func (l *Lender) With(fn func() error) error { // want With:"gives r0 of p1\\(\\) as r0"
	l.calls++
	return fn()
}

// SafeCallbackStore is fine: the closure hands the connection to its
// enclosing function through c, which closes it.
func SafeCallbackStore(l *Lender, addr string) error {
	var c *Conn
	err := l.With(func() error {
		var err error
		c, err = Dial(addr)
		return err
	})
	if err != nil {
		return err
	}
	return c.Close()
}

// callbackLeak leaks inside the closure: the connection is dropped when
// the write fails, before it is stored in c.
func callbackLeak(l *Lender, addr string) error {
	var c *Conn
	err := l.With(func() error {
		conn, err := Dial(addr) // want `conn returned by Dial is not closed on all paths`
		if err != nil {
			return err
		}
		if _, err := conn.nc.Write(nil); err != nil {
			return err
		}
		c = conn
		return nil
	})
	if err != nil {
		return err
	}
	return c.Close()
}

// --- Sub-resources owned by their parent ---

// Session owns the pipes it hands out.
type Session struct {
	nc      net.Conn
	stdin   *os.File
	closers []io.Closer
}

// Close closes the pipes and the connection.
func (s *Session) Close() error { // want Close:"releases p0"
	if s.stdin != nil {
		s.stdin.Close()
	}
	for _, c := range s.closers {
		c.Close()
	}
	return s.nc.Close()
}

// StdoutPipe returns a pipe that the session keeps and closes.
func (s *Session) StdoutPipe() (io.ReadCloser, error) { // want StdoutPipe:"borrows r0"
	r, w, err := os.Pipe()
	if err != nil {
		return nil, err
	}
	s.closers = append(s.closers, r, w)
	return r, nil
}

// StdinPipe returns a pipe that the session keeps in a field, and closes.
func (s *Session) StdinPipe() (io.WriteCloser, error) { // want StdinPipe:"borrows r0"
	r, w, err := os.Pipe()
	if err != nil {
		return nil, err
	}
	s.stdin = w
	s.closers = append(s.closers, r)
	return w, nil
}

// SafeSubResource is fine: the session closes its pipes.
func SafeSubResource(s *Session) ([]byte, error) {
	out, err := s.StdoutPipe()
	if err != nil {
		return nil, err
	}
	in, err := s.StdinPipe()
	if err != nil {
		return nil, err
	}
	in.Write([]byte("exit\n"))
	return io.ReadAll(out)
}

// newPipe returns a pipe that the session does not keep.
func (s *Session) newPipe() (*os.File, error) {
	r, w, err := os.Pipe()
	if err != nil {
		return nil, err
	}
	s.stdin = w
	return r, nil
}

// pipeNotClosed leaks the pipe that nobody keeps.
func pipeNotClosed(s *Session) ([]byte, error) {
	r, err := s.newPipe() // want `r returned by s.newPipe is not closed before the return at line 651`
	if err != nil {
		return nil, err
	}
	return io.ReadAll(r)
}

// --- By-value wrappers of a receiver ---

// Timed is a connection with a deadline; closing it closes the connection.
type Timed struct {
	c *Conn
	d time.Duration
}

// Close closes the connection.
func (t Timed) Close() error { return t.c.Close() } // want Close:"closes p0.c"

// WithTimeout returns the connection inside a Timed value.
func (c *Conn) WithTimeout(d time.Duration) Timed { // want WithTimeout:"keeps p0; wraps p0 in r0"
	return Timed{c: c, d: d}
}

// SafeByValueWrapper is fine: the connection goes back to the caller
// inside the Timed.
func SafeByValueWrapper(addr string) (Timed, error) {
	c, err := Dial(addr)
	if err != nil {
		return Timed{}, err
	}
	return c.WithTimeout(time.Second), nil
}

// SafeCloseByValueWrapper is fine: closing the Timed closes the connection.
func SafeCloseByValueWrapper(addr string) error {
	c, err := Dial(addr)
	if err != nil {
		return err
	}
	t := c.WithTimeout(time.Second)
	return t.Close()
}

// timedDropped leaks: neither the Timed nor the connection is closed.
func timedDropped(addr string) (time.Duration, error) {
	c, err := Dial(addr) // want `c returned by Dial is not closed before the return at line 696`
	if err != nil {
		return 0, err
	}
	return c.WithTimeout(time.Second).d, nil
}

// --- Values lent to callbacks ---

// ConnPool lends its connections to callbacks and takes them back.
type ConnPool struct{ free []*Conn }

// WithConn lends a connection to fn for the time of the call.
func (p *ConnPool) WithConn(fn func(c *Conn) error) error { // want WithConn:"gives r0 of p1\\(\\) as r0"
	return fn(p.free[0])
}

// lastUsed is fine: it returns, for metrics, the connection that the pool
// lent to its callback, which the pool still owns.
func (p *ConnPool) lastUsed() (*Conn, error) { // want lastUsed:"borrows r0"
	var used *Conn
	err := p.WithConn(func(c *Conn) error {
		used = c
		return nil
	})
	return used, err
}

// SafeLentToCallback is fine: the connection belongs to the pool.
func SafeLentToCallback(p *ConnPool) string {
	c, err := p.lastUsed()
	if err != nil || c == nil {
		return ""
	}
	return c.nc.RemoteAddr().String()
}

// dialInCallback returns the connection that its callback dialed: the
// caller owns it.
func dialInCallback(l *Lender, addr string) (*Conn, error) {
	var c *Conn
	err := l.With(func() error {
		var err error
		c, err = Dial(addr)
		return err
	})
	return c, err
}

// callbackResultDropped leaks: the connection dialed in the callback is
// the caller's.
func callbackResultDropped(l *Lender, addr string) error {
	c, err := dialInCallback(l, addr) // want `c returned by dialInCallback is not closed before the return at line \d+`
	if err != nil {
		return err
	}
	_ = c.nc.LocalAddr()
	return nil
}

// lastUsedNamed is lastUsed with named results, and a retry loop's state.
func (p *ConnPool) lastUsedNamed(n int) (retry bool, cn *Conn, err error) { // want lastUsedNamed:"borrows r1"
	var used *Conn
	if err := p.WithConn(func(c *Conn) error {
		used = c
		if n > 1 {
			// c is captured: the callback keeps it in a variable.
			return p.WithConn(func(*Conn) error { return c.nc.Close() })
		}
		return nil
	}); err != nil {
		return n > 0, used, err
	}
	return false, used, nil
}

// --- Values a callee caches for its receiver ---

// Packs opens pack files and, when told to, keeps them open for later.
type Packs struct {
	keep  bool
	max   int
	files map[string]*os.File
}

// cache keeps f in p.files when the packs keep their descriptors or a
// number of them.
func (p *Packs) cache(name string, f *os.File) { // want cache:"keeps p2"
	if p.keep || p.max > 0 {
		p.files[name] = f
	}
}

// open opens a pack and may cache it: the packs or the caller own it,
// depending on p.keep and p.max.
func (p *Packs) open(name string) (*os.File, error) { // want open:"borrows r0"
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	p.cache(name, f)
	return f, nil
}

// SafeCachedSize is fine: the pack is closed when the packs do not keep it.
func (p *Packs) SafeCachedSize(name string) (int64, error) {
	f, err := p.open(name)
	if err != nil {
		return 0, err
	}
	if !p.keep && p.max == 0 {
		defer f.Close()
	}
	st, err := f.Stat()
	if err != nil {
		return 0, err
	}
	return st.Size(), nil
}

// batch collects files in a new value.
type batch struct{ files []*os.File }

// add keeps f in b.
func add(b *batch, f *os.File) { b.files = append(b.files, f) } // want add:"keeps p1"

// openBatched returns the file it put in a batch that nobody keeps: the
// caller owns it.
func openBatched(name string) (*os.File, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	add(&batch{}, f)
	return f, nil
}

// batchedDropped leaks the file that openBatched returns.
func batchedDropped(name string) error {
	f, err := openBatched(name) // want `f returned by openBatched is not closed before the return at line \d+`
	if err != nil {
		return err
	}
	_ = f.Name()
	return nil
}

// openSet returns the file that it opened and stored through a closure
// it calls itself: the caller owns it.
func openSet(name string) (*os.File, error) {
	var f *os.File
	set := func(x *os.File) { f = x }
	x, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	set(x)
	return f, nil
}

// openSetDropped leaks the file that openSet returns.
func openSetDropped(name string) error {
	f, err := openSet(name) // want `f returned by openSet is not closed before the return at line \d+`
	if err != nil {
		return err
	}
	_ = f.Name()
	return nil
}

// lentOrDialed returns a connection that one callback is lent and
// another dials: the dialed one is the caller's.
func (p *ConnPool) lentOrDialed(l *Lender, fresh bool, addr string) (*Conn, error) {
	var c *Conn
	var err error
	if fresh {
		err = l.With(func() error {
			var e error
			c, e = Dial(addr)
			return e
		})
	} else {
		err = p.WithConn(func(x *Conn) error {
			c = x
			return nil
		})
	}
	return c, err
}

// lentOrDialedDropped leaks the connection when it was dialed.
func lentOrDialedDropped(p *ConnPool, l *Lender, addr string) error {
	c, err := p.lentOrDialed(l, true, addr) // want `c returned by p.lentOrDialed is not closed before the return at line \d+`
	if err != nil {
		return err
	}
	_ = c.nc.LocalAddr()
	return nil
}
