package review

import (
	"errors"
	"net"
	"time"
)

// stream is one request's half of a multiplexed connection; CancelRead
// tells the peer to stop sending on it, which the connection outlives.
type stream struct{ conn net.Conn }

func (s *stream) Read(p []byte) (int, error) { return s.conn.Read(p) } // want Read:"keeps p1"

func (s *stream) CancelRead() { s.conn.SetReadDeadline(time.Now()) }

func (s *stream) Close() error { return s.conn.Close() } // want Close:"releases p0; closes p0.conn"

// body reads a request's body from its stream; its Close gives the rest
// of the stream up. Its fields are all that it holds, so a copy of a body
// holds what the body holds.
type body struct {
	str       *stream
	remaining int64
}

func newBody(str *stream, n int64) *body {
	b := &body{str: str}
	if n >= 0 {
		b.remaining = n
	}
	return b
}

func (b *body) Read(p []byte) (int, error) { return b.str.Read(p) } // want Read:"keeps p1"

func (b *body) Close() error { // want Close:"nil r0"
	b.str.CancelRead()
	return nil
}

// requestBody is a body with what a request adds to it; its Close is the
// one of the body it embeds.
type requestBody struct {
	body
	settings func() int
}

// responseBody holds its body in a named field and closes it itself.
type responseBody struct {
	body body
	done chan<- struct{}
}

func (r *responseBody) Close() error { // want Close:"nil r0"
	if r.done != nil {
		close(r.done)
	}
	r.body.str.CancelRead()
	return nil
}

// SafeCopyIntoEmbedded is fine: the body that newBody made is copied into
// the new requestBody, which holds all that it holds and is returned.
func SafeCopyIntoEmbedded(str *stream, n int64, settings func() int) *requestBody {
	return &requestBody{
		body:     *newBody(str, n),
		settings: settings,
	}
}

// SafeCopyIntoField is fine: the copy lives on in a named field of the
// returned responseBody, whose Close gives its stream up.
func SafeCopyIntoField(str *stream, n int64, done chan<- struct{}) *responseBody {
	return &responseBody{
		body: *newBody(str, n),
		done: done,
	}
}

// SafeCopyReturnedByValue is fine: the requestBody that holds the copy is
// itself returned as a value.
func SafeCopyReturnedByValue(str *stream, n int64) requestBody {
	return requestBody{body: *newBody(str, n)}
}

// SafeCopyClosed is fine: closing the copy gives up the stream that the
// original and the copy share.
func SafeCopyClosed(str *stream) error {
	c := *newBody(str, -1)
	_, err := c.Read(nil)
	c.Close()
	return err
}

// leakCopyOnError leaks the body when fail is set: the requestBody around
// the copy is dropped there.
func leakCopyOnError(str *stream, n int64, fail bool) (*requestBody, error) {
	rb := requestBody{body: *newBody(str, n)} // want `the \*body returned by newBody is not closed on all paths`
	if fail {
		return nil, errors.New("refused")
	}
	return &rb, nil
}

// leakCopyRead leaks the body: it is copied to read from it, and neither
// the body nor its copy is closed.
func leakCopyRead(str *stream) error {
	c := *newBody(str, -1) // want `the \*body returned by newBody is not closed`
	_, err := c.Read(nil)
	return err
}

// leakCopyField leaks the body: only the stream is read from the copy,
// which is then dropped.
func leakCopyField(str *stream) error {
	c := *newBody(str, -1) // want `the \*body returned by newBody is not closed`
	_, err := c.str.Read(nil)
	return err
}

// leakRequestBody leaks the body that the requestBody holds: the copy
// makes the requestBody new, and the caller's to close.
func leakRequestBody(str *stream) error {
	rb := SafeCopyIntoEmbedded(str, -1, nil) // want `rb returned by SafeCopyIntoEmbedded is not closed`
	_, err := rb.Read(nil)
	return err
}

// tracked tells its maker, through onClose, which of its values was
// closed: its Close hands its own address on, so a copy of it is another
// value, not the one its maker knows.
type tracked struct {
	conn    net.Conn
	onClose func(*tracked)
}

func dialTracked(addr string, onClose func(*tracked)) (*tracked, error) { // want dialTracked:"keeps p1; wraps p1 in r0"
	c, err := net.Dial("tcp", addr)
	if err != nil {
		return nil, err
	}
	return &tracked{conn: c, onClose: onClose}, nil
}

func (t *tracked) Close() error { // want Close:"releases p0; exposes p0; closes p0.conn"
	if t.onClose != nil {
		t.onClose(t)
	}
	return t.conn.Close()
}

type trackedEntry struct {
	tracked
	name string
}

// leakTrackedCopy leaks the tracked connection: Close uses its receiver's
// address, so the copy in the returned entry is not followed.
func leakTrackedCopy(addr, name string) (*trackedEntry, error) { // want leakTrackedCopy:"borrows r0"
	t, err := dialTracked(addr, nil) // want `t returned by dialTracked is not closed`
	if err != nil {
		return nil, err
	}
	return &trackedEntry{tracked: *t, name: name}, nil
}

// timeoutConn has a Close with a value receiver: calling it through a
// pointer closes a copy, which holds the connection.
type timeoutConn struct {
	c       net.Conn
	timeout time.Duration
}

func (c timeoutConn) Close() error { return c.c.Close() } // want Close:"closes p0.c"

func describe(c timeoutConn) string { return c.timeout.String() }

func newTimeoutConn(c net.Conn, d time.Duration) *timeoutConn { // want newTimeoutConn:"keeps p0; wraps p0 in r0"
	return &timeoutConn{c: c, timeout: d}
}

func handshake(c *timeoutConn) error {
	_, err := c.c.Write([]byte("hello"))
	return err
}

// SafeValueClose is fine: the deferred closure closes a copy of the
// timeoutConn, and so the connection, whenever the function fails.
func SafeValueClose(addr string) (tc *timeoutConn, err error) {
	var toconn *timeoutConn
	defer func() {
		if err != nil && toconn != nil {
			toconn.Close()
		}
	}()
	c, err := net.Dial("tcp", addr)
	if err != nil {
		return nil, err
	}
	toconn = newTimeoutConn(c, time.Second)
	if err := handshake(toconn); err != nil {
		return nil, err
	}
	return toconn, nil
}

// leakValueCopy leaks the connection: the copy of the timeoutConn goes to
// a function that only reads it.
func leakValueCopy(addr string) string {
	c, err := net.Dial("tcp", addr) // want `c returned by net.Dial is not closed`
	if err != nil {
		return ""
	}
	tc := &timeoutConn{c: c}
	return describe(*tc)
}
