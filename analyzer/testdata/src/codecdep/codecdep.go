// Package codecdep declares compressing writers and readers in the style
// of third-party codecs, for codecuse: each constructor makes a new value
// and stores what it is given into it through a method that it calls on
// that value, not through a composite literal.
package codecdep

import (
	"bufio"
	"errors"
	"io"
	"net"
	"os"
)

// Writer compresses what is written to it into the writer it was given.
// Its Close writes the trailer but does not close that writer: whoever
// gave the writer closes it.
type Writer struct {
	w          io.Writer
	level      int
	compressor *Compressor
	err        error
	closed     bool
}

// Compressor is the part of a Writer that compresses, made at the first
// Write around the writer the Writer was given.
type Compressor struct {
	w   io.Writer
	buf []byte
}

// Close writes what the compressor holds.
func (c *Compressor) Close() error {
	_, err := c.w.Write(c.buf)
	return err
}

// NewWriterLevel returns a writer into w. It fills the new value through
// init, as klauspost's gzip does.
func NewWriterLevel(w io.Writer, level int) (*Writer, error) { // want NewWriterLevel:"keeps p0; wraps p0 in r0"
	if level < 0 || level > 9 {
		return nil, errors.New("codecdep: invalid level")
	}
	z := new(Writer)
	z.init(w, level)
	return z, nil
}

// NewWriter returns a writer into w at the default level: another
// constructor's wrapper of w.
func NewWriter(w io.Writer) *Writer { // want NewWriter:"keeps p0; wraps p0 in r0"
	z, _ := NewWriterLevel(w, 6)
	return z
}

// init keeps the compressor of a Writer that is reset, as klauspost's
// does.
func (z *Writer) init(w io.Writer, level int) { // want init:"keeps p1; closes p0.compressor"
	compressor := z.compressor
	if compressor != nil {
		compressor.w = w
	}
	*z = Writer{w: w, level: level, compressor: compressor}
}

// Reset makes z write into w.
func (z *Writer) Reset(w io.Writer) { z.init(w, z.level) } // want Reset:"keeps p1; closes p0.compressor"

func (z *Writer) Write(p []byte) (int, error) { // want Write:"keeps p1; gives p0.err as r1"
	if z.err != nil {
		return 0, z.err
	}
	if z.compressor == nil {
		z.compressor = &Compressor{w: z.w}
	}
	z.compressor.buf = append(z.compressor.buf, p...)
	return len(p), nil
}

// Close writes the trailer.
func (z *Writer) Close() error { // want Close:"keeps p0; closes p0.compressor; gives p0.err as r0"
	if z.closed {
		return z.err
	}
	z.closed = true
	if z.compressor != nil {
		if z.err = z.compressor.Close(); z.err != nil {
			return z.err
		}
	}
	_, z.err = z.w.Write([]byte{0})
	return z.err
}

// StreamWriter writes blocks into the writer it was given from a
// goroutine that its Reset starts, as klauspost's s2 does. Its Close
// writes the trailer and stops the goroutine; it does not close the
// writer either.
type StreamWriter struct {
	writer io.Writer
	output chan []byte
	done   chan struct{}
	err    error
}

// NewStreamWriter returns a stream writer into w.
func NewStreamWriter(w io.Writer) *StreamWriter { // want NewStreamWriter:"keeps p0; wraps p0 in r0"
	s := StreamWriter{}
	s.Reset(w)
	return &s
}

// Reset stops the goroutine of s, if any, and starts one writing into w.
// The goroutine captures s and w, so that both live in variables.
func (s *StreamWriter) Reset(w io.Writer) { // want Reset:"keeps p0,p1"
	if s.output != nil {
		close(s.output)
		<-s.done
	}
	s.writer = w
	out, done := make(chan []byte, 4), make(chan struct{})
	s.output, s.done = out, done
	go func() {
		defer close(done)
		for b := range out {
			if _, err := w.Write(b); err != nil {
				s.err = err
			}
		}
	}()
}

func (s *StreamWriter) Write(p []byte) (int, error) { // want Write:"keeps p1"
	s.output <- append([]byte(nil), p...)
	return len(p), nil
}

// Close stops the goroutine and writes the trailer.
func (s *StreamWriter) Close() error {
	close(s.output)
	<-s.done
	s.output = nil
	_, err := s.writer.Write([]byte{0})
	return err
}

// Reader decompresses what it reads from the reader it was given. Its
// Close closes only the decompressor it made.
type Reader struct {
	r            io.Reader
	br           *bufio.Reader
	decompressor io.ReadCloser
	err          error
}

// NewReader returns a reader of r, filled through Reset.
func NewReader(r io.Reader) (*Reader, error) { // want NewReader:"keeps p0; wraps p0 in r0"
	z := new(Reader)
	if err := z.Reset(r); err != nil {
		return nil, err
	}
	return z, nil
}

// Reset makes z read from r: from r itself when it reads bytes one by
// one, through a buffer otherwise.
func (z *Reader) Reset(r io.Reader) error { // want Reset:"keeps p1; closes p0.decompressor; gives p0.err as r0"
	*z = Reader{decompressor: z.decompressor, br: z.br}
	if rr, ok := r.(io.ByteReader); ok {
		z.r = rr.(io.Reader)
	} else {
		if z.br != nil {
			z.br.Reset(r)
		} else {
			z.br = bufio.NewReader(r)
		}
		z.r = z.br
	}
	var hdr [1]byte
	_, z.err = io.ReadFull(z.r, hdr[:])
	return z.err
}

func (z *Reader) Read(p []byte) (int, error) { return z.r.Read(p) } // want Read:"keeps p1"

// Close closes the decompressor, not what z reads from.
func (z *Reader) Close() error { // want Close:"keeps p0; releases p0 on failure; nothing when zero; closes p0.decompressor"
	if z.decompressor == nil {
		return nil
	}
	return z.decompressor.Close()
}

// LogWriter copies what is written to it into a log file of its own,
// which its init opens: it is a resource, not a mere wrapper of the
// writer it is given.
type LogWriter struct {
	w   io.Writer
	log *os.File
}

// NewLogWriter returns a writer into w that logs into a new file.
func NewLogWriter(w io.Writer) (*LogWriter, error) { // want NewLogWriter:"keeps p0"
	l := new(LogWriter)
	if err := l.init(w); err != nil {
		return nil, err
	}
	return l, nil
}

func (l *LogWriter) init(w io.Writer) error { // want init:"keeps p1"
	f, err := os.Create("writes.log")
	if err != nil {
		return err
	}
	*l = LogWriter{w: w, log: f}
	return nil
}

func (l *LogWriter) Write(p []byte) (int, error) { // want Write:"keeps p1"
	l.log.Write(p)
	return l.w.Write(p)
}

// Close closes the log file.
func (l *LogWriter) Close() error { return l.log.Close() } // want Close:"releases p0; nothing when zero; closes p0.log"

// Tunnel owns the connection it is given, which its attach method stores:
// its Close closes the connection.
type Tunnel struct {
	conn net.Conn
	id   int
}

// NewTunnel returns a tunnel over conn.
func NewTunnel(conn net.Conn, id int) *Tunnel { // want NewTunnel:"keeps p0; wraps p0 in r0"
	t := new(Tunnel)
	t.attach(conn, id)
	return t
}

func (t *Tunnel) attach(conn net.Conn, id int) { t.conn, t.id = conn, id } // want attach:"keeps p1"

// Close closes the connection.
func (t *Tunnel) Close() error { return t.conn.Close() } // want Close:"releases p0; closes p0.conn"

// Cursor points back at the connection it is given, as a statement does:
// its Close tells the server and leaves the connection open, so a cursor
// is a resource of its own, not a wrapper of the connection.
type Cursor struct {
	conn net.Conn
	id   byte
}

// OpenCursor returns a new cursor on conn.
func OpenCursor(conn net.Conn, id byte) *Cursor { // want OpenCursor:"keeps p0"
	cur := new(Cursor)
	cur.attach(conn, id)
	return cur
}

func (cur *Cursor) attach(conn net.Conn, id byte) { cur.conn, cur.id = conn, id } // want attach:"keeps p1"

// Close deallocates the cursor on the server.
func (cur *Cursor) Close() error {
	_, err := cur.conn.Write([]byte{cur.id})
	return err
}

// Dialed is what a dialer gives: a connection and what it learnt.
type Dialed struct {
	Conn  net.Conn
	Proto string
}

func dial(addr string) (*Dialed, error) {
	c, err := net.Dial("tcp", addr)
	if err != nil {
		return nil, err
	}
	return &Dialed{Conn: c, Proto: "tcp"}, nil
}

// Session writes a trace of what it does into the writer it is given,
// and owns the connection it dials: it is a resource of its own, not a
// wrapper of the trace writer.
type Session struct {
	trace io.Writer
	conn  net.Conn
}

// Connect returns a session with addr, which traces into trace.
func Connect(trace io.Writer, addr string) (*Session, error) { // want Connect:"keeps p0"
	d, err := dial(addr)
	if err != nil {
		return nil, err
	}
	s := &Session{trace: trace, conn: d.Conn}
	s.Send([]byte("hello"))
	return s, nil
}

// Send writes p on the connection.
func (s *Session) Send(p []byte) error { // want Send:"keeps p1"
	_, err := s.conn.Write(p)
	return err
}

// Close closes the connection.
func (s *Session) Close() error { // want Close:"releases p0; closes p0.conn"
	s.trace.Write([]byte("close"))
	return s.conn.Close()
}

// Query points back at the connection it is given, as Cursor does, and
// writes its rows into the writer it is given.
type Query struct {
	conn net.Conn
	out  io.Writer
}

// NewQuery returns a new query on conn, whose rows go to out.
func NewQuery(conn net.Conn, out io.Writer) *Query {
	return &Query{conn: conn, out: out}
}

// Close deallocates the query on the server.
func (q *Query) Close() error {
	_, err := q.conn.Write([]byte{0})
	return err
}
