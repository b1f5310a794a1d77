package siblings

// This file gives connections out by reference: each holder calls
// TryClose when done, which drops its reference and closes the
// connection when the last one goes. TryClose releases what the holder
// held, as Close would.

import (
	"net"
	"os"
	"sync"
	"sync/atomic"
)

// Shared is a connection that several holders may use.
type Shared interface {
	Write(p []byte) (int, error)
	TryClose() (int, error)
	Close() error
}

type tcpShared struct {
	net.Conn
	mu   sync.Mutex
	refs int
}

func (c *tcpShared) Close() error { // want Close:"releases p0; closes p0.Conn"
	c.mu.Lock()
	c.refs = 0
	c.mu.Unlock()
	return c.Conn.Close()
}

// TryClose drops a reference and closes the connection with the last.
func (c *tcpShared) TryClose() (int, error) { // want TryClose:"releases p0 on failure; closes p0.Conn"
	c.mu.Lock()
	c.refs--
	ref := c.refs
	c.mu.Unlock()
	if ref > 0 {
		return ref, nil
	}
	return 0, c.Conn.Close()
}

type udpShared struct {
	pc       net.PacketConn
	listener bool
	refs     atomic.Int32
}

func (c *udpShared) Write(p []byte) (int, error) { return len(p), nil } // want Write:"nil r1"

func (c *udpShared) Close() error { return c.close() } // want Close:"closes p0.pc"

func (c *udpShared) close() error { // want close:"closes p0.pc"
	if c.listener {
		return nil // the listener's loop closes it
	}
	return c.pc.Close()
}

// TryClose drops a reference and closes the connection with the last.
func (c *udpShared) TryClose() (int, error) { // want TryClose:"closes p0.pc"
	ref := c.refs.Add(-1)
	if ref > 0 || c.listener {
		return int(ref), nil
	}
	return 0, c.close()
}

// dialShared dials a connection that has one reference, its caller's.
func dialShared(addr string) (Shared, error) { // want dialShared:"r0 is \\*tcpShared"
	nc, err := net.Dial("tcp", addr)
	if err != nil {
		return nil, err
	}
	return &tcpShared{Conn: nc, refs: 1}, nil
}

// SafeSend gives its reference back on every path.
func SafeSend(addr string, msg []byte) error { // want SafeSend:"keeps p1"
	c, err := dialShared(addr)
	if err != nil {
		return err
	}
	defer c.TryClose()
	_, err = c.Write(msg)
	return err
}

// SafeSendDirect gives back the reference of a connection of its own
// type.
func SafeSendDirect(addr string, msg []byte) error { // want SafeSendDirect:"keeps p1"
	nc, err := net.Dial("tcp", addr)
	if err != nil {
		return err
	}
	c := &tcpShared{Conn: nc, refs: 1}
	if _, err := c.Write(msg); err != nil {
		c.TryClose()
		return err
	}
	_, err = c.TryClose()
	return err
}

// sendLeak keeps its reference where the write fails.
func sendLeak(addr string, msg []byte) error { // want sendLeak:"keeps p1"
	c, err := dialShared(addr) // want `c returned by dialShared is not closed on all paths: the return at line 116 is reached when err != nil at line 115 \(possible resource leak\)`
	if err != nil {
		return err
	}
	if _, err := c.Write(msg); err != nil {
		return err
	}
	c.TryClose()
	return nil
}

type countedConn struct {
	nc   net.Conn
	uses int
	idle bool
}

func (c *countedConn) Close() error { return c.nc.Close() } // want Close:"releases p0; closes p0.nc"

// Release counts a use and marks the connection idle after the last: it
// closes nothing, so it gives back no reference.
func (c *countedConn) Release() {
	c.uses--
	if c.uses == 0 {
		c.idle = true
	}
}

func dialCounted(addr string) (*countedConn, error) {
	nc, err := net.Dial("tcp", addr)
	if err != nil {
		return nil, err
	}
	return &countedConn{nc: nc, uses: 1}, nil
}

// releaseLeak calls Release, which does not close the connection.
func releaseLeak(addr string) error {
	c, err := dialCounted(addr) // want `c returned by dialCounted is not closed before the return at line 154 \(possible resource leak\)`
	if err != nil {
		return err
	}
	c.Release()
	return nil
}

// bar draws progress to a terminal file it owns; Close is Finish.
type bar struct {
	out   *os.File
	drawn int
}

func newBar(path string) (*bar, error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	return &bar{out: f}, nil
}

// Finish draws the full bar and closes the output; a failed draw
// leaves it open.
func (b *bar) Finish() error { // want Finish:"releases p0; closes p0.out"
	b.drawn = 4
	if _, err := b.out.WriteString("[====]\n"); err != nil {
		return err
	}
	return b.out.Close()
}

func (b *bar) Close() error { return b.Finish() } // want Close:"closes p0.out"

// SafeFinish finishes the bar it made, which is what Close would do.
func SafeFinish(path string, show bool) error {
	var b *bar
	if show {
		var err error
		if b, err = newBar(path); err != nil {
			return err
		}
	}
	if show {
		b.Finish()
	}
	return nil
}

// flusher's Close flushes and then closes: Flush alone is only part of
// it.
type flusher struct {
	out *os.File
	buf []byte
}

func (f *flusher) Flush() error {
	_, err := f.out.Write(f.buf)
	f.buf = nil
	return err
}

func (f *flusher) Close() error { // want Close:"releases p0; closes p0.out"
	f.Flush()
	return f.out.Close()
}

func newFlusher(path string) (*flusher, error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	return &flusher{out: f}, nil
}

// flushLeak flushes and forgets the file.
func flushLeak(path string, p []byte) error { // want flushLeak:"keeps p1"
	fl, err := newFlusher(path) // want `fl returned by newFlusher is not closed before the return at line 231 \(possible resource leak\)`
	if err != nil {
		return err
	}
	fl.buf = p
	return fl.Flush()
}

// lines reads a file line by line; Scan closes it, through fail, only
// where it fails.
type lines struct {
	f      *os.File
	closed bool
	err    error
}

func (l *lines) Close() error { // want Close:"releases p0; nothing when zero; closes p0.f"
	if l.closed {
		return nil
	}
	l.closed = true
	return l.f.Close()
}

func (l *lines) fail(err error) { // want fail:"keeps p0,p1; closes p0.f"
	if l.err != nil {
		return
	}
	l.err = err
	l.Close()
}

// Scan reads the next line into dst.
func (l *lines) Scan(dst *string) error { // want Scan:"closes p0.f"
	var buf [64]byte
	n, err := l.f.Read(buf[:])
	if err != nil {
		l.fail(err)
		return err
	}
	*dst = string(buf[:n])
	return nil
}

func openLines(path string) (*lines, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	return &lines{f: f}, nil
}

// firstLineLeak scans one line and forgets the file where the scan
// succeeds: Scan closes it only where it fails.
func firstLineLeak(path string) (string, error) {
	l, err := openLines(path) // want `l returned by openLines is not closed on any path`
	if err != nil {
		return "", err
	}
	var s string
	if err := l.Scan(&s); err != nil {
		return "", err
	}
	return s, nil
}
