package review16

// This file holds the review's cases that the first versions of the
// rules hid: a count lowered where the close also needs another flag, a
// part whose owner closes more than it, and a Close that does more than
// the method it calls.

import (
	"errors"
	"io"
	"net"
	"os"
	"sync"
	"syscall"
)

// ---- rule 2: dropsReference ----

type pconn struct {
	nc       net.Conn
	mu       sync.Mutex
	inflight int
	closing  bool
}

func (c *pconn) Close() error { // want Close:"keeps p0; releases p0 on failure; closes p0.nc"
	c.mu.Lock()
	c.closing = true
	n := c.inflight
	c.mu.Unlock()
	if n > 0 {
		return nil // the last request closes it
	}
	return c.nc.Close()
}

// done ends a request; it closes the connection only where Close was
// called first.
func (c *pconn) done() { // want done:"keeps p0; closes p0.nc"
	c.mu.Lock()
	c.inflight--
	last := c.inflight == 0 && c.closing
	c.mu.Unlock()
	if last {
		c.nc.Close()
	}
}

func dialP(addr string) (*pconn, error) {
	nc, err := net.Dial("tcp", addr)
	if err != nil {
		return nil, err
	}
	return &pconn{nc: nc}, nil
}

// inflightDoneLeak ends its request but never closes the connection.
func inflightDoneLeak(addr string) error {
	c, err := dialP(addr) // want `c returned by dialP is not closed before the return at line 66 \(possible resource leak\)`
	if err != nil {
		return err
	}
	c.inflight++
	_, err = c.nc.Write([]byte("x"))
	c.done()
	return err
}

type monitor struct{ tmp *os.File }

func (m *monitor) Close() error { // want Close:"keeps p0; closes p0.tmp"
	if err := m.tmp.Sync(); err != nil {
		return err
	}
	return m.tmp.Close()
}

type recording struct {
	out *os.File
	mon monitor
}

func (r *recording) Monitor() *monitor { return &r.mon } // want Monitor:"borrows r0"

func (r *recording) Close() error { return errors.Join(r.mon.Close(), r.out.Close()) } // want Close:"releases p0; closes p0.mon.tmp,p0.out"

func newRecording(path string) (*recording, error) {
	out, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	tmp, err := os.CreateTemp("", "mon")
	if err != nil {
		out.Close()
		return nil, err
	}
	return &recording{out: out, mon: monitor{tmp: tmp}}, nil
}

// partCloseLeak closes only the monitor, and not the recording's output.
func partCloseLeak(path string, src io.Reader) error {
	rec, err := newRecording(path) // want `rec returned by newRecording is not closed before the return at line 108 \(possible resource leak\)`
	if err != nil {
		return err
	}
	defer rec.Monitor().Close()
	_, err = io.Copy(rec.out, src)
	return err
}

type tunDev struct {
	fd  int
	buf []byte
}

func (t *tunDev) Flush() error {
	_, err := syscall.Write(t.fd, t.buf)
	t.buf = t.buf[:0]
	return err
}

func (t *tunDev) Close() error {
	if err := t.Flush(); err != nil {
		return err
	}
	return syscall.Close(t.fd)
}

func openTun(path string) (*tunDev, error) {
	fd, err := syscall.Open(path, syscall.O_RDWR, 0)
	if err != nil {
		return nil, err
	}
	return &tunDev{fd: fd}, nil
}

// flushOnlyLeak flushes and never closes.
func flushOnlyLeak(path string, p []byte) error { // want flushOnlyLeak:"keeps p1"
	t, err := openTun(path) // want `t returned by openTun is not closed before the return at line 144 \(possible resource leak\)`
	if err != nil {
		return err
	}
	t.buf = append(t.buf, p...)
	return t.Flush()
}

type spool struct {
	out *os.File
	buf []byte
}

func closeQuietly(c io.Closer) error { return c.Close() } // want closeQuietly:"releases p0"

func (s *spool) Flush() error {
	_, err := s.out.Write(s.buf)
	s.buf = nil
	return err
}

func (s *spool) Close() error { // want Close:"closes p0.out"
	err := s.Flush()
	closeQuietly(s.out)
	return err
}

func newSpool(path string) (*spool, error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	return &spool{out: f}, nil
}

// spoolFlushLeak flushes and forgets the file that Close closes through a helper.
func spoolFlushLeak(path string, p []byte) error { // want spoolFlushLeak:"keeps p1"
	s, err := newSpool(path) // want `s returned by newSpool is not closed before the return at line 181 \(possible resource leak\)`
	if err != nil {
		return err
	}
	s.buf = p
	return s.Flush()
}
