package review

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"fmt"
	"hash"
	"io"
	"os"
	"strings"
)

// memBuffer is a transport over memory: its Close only empties the
// buffer it embeds, which is memory the garbage collector frees.
type memBuffer struct {
	*bytes.Buffer
	size int
}

func (p *memBuffer) Close() error { // want Close:"releases nothing"
	p.Buffer.Reset()
	return nil
}

func newMemBuffer() *memBuffer { return &memBuffer{Buffer: &bytes.Buffer{}} }

// SafeMemBuffer is fine: the buffer dropped where the copy fails holds
// only memory, since its Close calls nothing but a bytes.Buffer method.
func SafeMemBuffer(src io.Reader, n int64) error {
	buf := newMemBuffer()
	if _, err := io.CopyN(buf, src, n); err != nil {
		return err
	}
	return buf.Close()
}

// textSink collects text in a strings.Builder held by value; its Close
// resets the builder and counts what it held.
type textSink struct {
	b     strings.Builder
	total int
}

func (s *textSink) Close() error { // want Close:"releases nothing"
	s.total += s.b.Len()
	s.b.Reset()
	return nil
}

func newTextSink() *textSink { return &textSink{} }

// SafeTextSink is fine: dropping the sink drops memory only.
func SafeTextSink(lines []string) (int, error) {
	s := newTextSink()
	for _, l := range lines {
		if l == "" {
			return 0, io.ErrUnexpectedEOF
		}
		s.b.WriteString(l)
	}
	return s.b.Len(), s.Close()
}

// spoolFile buffers in memory and spills to a file: its Close resets the
// buffer and closes the file, so it holds a resource.
type spoolFile struct {
	buf *bytes.Buffer
	f   *os.File
}

func (s *spoolFile) Close() error { // want Close:"releases p0; nothing when zero; closes p0.f"
	s.buf.Reset()
	return s.f.Close()
}

func newSpoolFile(name string) (*spoolFile, error) {
	f, err := os.Create(name)
	if err != nil {
		return nil, err
	}
	return &spoolFile{buf: &bytes.Buffer{}, f: f}, nil
}

// spoolLeaky drops the spool, and its file, where the copy fails.
func spoolLeaky(name string, src io.Reader, n int64) error {
	s, err := newSpoolFile(name) // want `s returned by newSpoolFile is not closed`
	if err != nil {
		return err
	}
	if _, err := io.CopyN(s.buf, src, n); err != nil {
		return err
	}
	return s.Close()
}

// flushBuffer collects bytes and writes them to its writer when closed.
// The writer may be a file whose Write fails, and what was not written is
// lost: bytes.Buffer's WriteTo calls the writer, so this Close does more
// than change memory and its type is a resource (no "releases nothing").
// As it wraps the writer it is given, it stands for that writer.
type flushBuffer struct {
	buf bytes.Buffer
	w   io.Writer
}

func (b *flushBuffer) Close() error {
	_, err := b.buf.WriteTo(b.w)
	b.buf.Reset()
	return err
}

func newFlushBuffer(w io.Writer) *flushBuffer { return &flushBuffer{w: w} } // want newFlushBuffer:"borrows r0"

// lineBuffer collects lines; its Close calls its own reset method, which
// only clears the buffer and the fields of the receiver.
type lineBuffer struct {
	buf   bytes.Buffer
	lines []int
	n     int
}

func (b *lineBuffer) Close() error { // want Close:"releases nothing"
	b.reset()
	return nil
}

func (b *lineBuffer) reset() { // want reset:"nothing when zero"
	b.buf.Reset()
	b.lines = b.lines[:0]
	b.n = 0
}

func newLineBuffer() *lineBuffer { return &lineBuffer{} }

// SafeLineBuffer is fine: what Close calls releases nothing either.
func SafeLineBuffer(lines []string) (int, error) {
	b := newLineBuffer()
	for _, l := range lines {
		if l == "" {
			return 0, io.ErrUnexpectedEOF
		}
		b.buf.WriteString(l)
		b.n++
	}
	return b.n, b.Close()
}

// logBuffer's Close calls its own drain method, which resets the buffer
// and closes the file: the value holds a resource.
type logBuffer struct {
	buf bytes.Buffer
	f   *os.File
}

func (l *logBuffer) Close() error { return l.drain() } // want Close:"closes p0.f"

func (l *logBuffer) drain() error { // want drain:"closes p0.f"
	l.buf.Reset()
	return l.f.Close()
}

func newLogBuffer(name string) (*logBuffer, error) {
	f, err := os.Create(name)
	if err != nil {
		return nil, err
	}
	return &logBuffer{f: f}, nil
}

// logBufferLeaky drops the log buffer, and its file, where a line is
// empty.
func logBufferLeaky(name string, lines []string) error {
	l, err := newLogBuffer(name) // want `l returned by newLogBuffer is not closed`
	if err != nil {
		return err
	}
	for _, s := range lines {
		if s == "" {
			return io.ErrUnexpectedEOF
		}
		l.buf.WriteString(s)
	}
	return l.Close()
}

// leasePool counts the leases it hands out, up to a limit; a lease gives
// its place back when it is closed. put only changes the pool's fields,
// but the pool is not the lease's own memory: a dropped lease keeps its
// place taken for good.
type leasePool struct{ inUse, limit int }

func (p *leasePool) put() { p.inUse-- } // want put:"nothing when zero"

type lease struct{ pool *leasePool }

func (l *lease) Close() error { // want Close:"nil r0"
	l.pool.put()
	return nil
}

func (p *leasePool) get() (*lease, error) {
	if p.inUse == p.limit {
		return nil, io.EOF
	}
	p.inUse++
	return &lease{pool: p}, nil
}

// leaseLeaky drops the lease, and its place, where the name is empty.
func leaseLeaky(p *leasePool, name string) error {
	l, err := p.get() // want `l returned by p.get is not closed`
	if err != nil {
		return err
	}
	if name == "" {
		return io.ErrUnexpectedEOF
	}
	return l.Close()
}

// digestSink hashes what is written to it; its Close compares the digest
// with the expected one, formatting both, and reports a mismatch. It
// only computes, with functions of the standard library that change
// nothing, so it holds no resource.
type digestSink struct {
	h    hash.Hash
	want string
	done bool
}

func (d *digestSink) Close() error { // want Close:"releases nothing"
	if d.done {
		return errors.New("closed twice")
	}
	d.done = true
	got := fmt.Sprintf("%x", d.h.Sum(nil))
	if !strings.EqualFold(got, strings.TrimSpace(d.want)) {
		return fmt.Errorf("digest %s, want %s", got, d.want)
	}
	return nil
}

func newDigestSink(want string) *digestSink { return &digestSink{h: sha256.New(), want: want} }

// SafeDigestSink is fine: the sink dropped where the copy fails holds
// only memory.
func SafeDigestSink(src io.Reader, want string) error {
	d := newDigestSink(want)
	if _, err := io.Copy(d.h, src); err != nil {
		return err
	}
	return d.Close()
}

// spoolName is a digest sink that spools to a named file; its Close also
// removes the file, which changes more than memory.
type spoolName struct {
	h    hash.Hash
	name string
}

func (s *spoolName) Close() error {
	if err := os.Remove(s.name); err != nil {
		return fmt.Errorf("remove %s: %w", s.name, err)
	}
	return nil
}

func newSpoolName(name string) *spoolName { return &spoolName{h: sha256.New(), name: name} }

// spoolNameLeaky leaves the file behind where the copy fails.
func spoolNameLeaky(src io.Reader, name string) error {
	s := newSpoolName(name) // want `s returned by newSpoolName is not closed`
	if _, err := io.Copy(s.h, src); err != nil {
		return err
	}
	return s.Close()
}
