// Package review13 holds leaks that rules of one round once hid: a
// constructor keeping a method value of the file it is given, and an
// assertion on a variable that holds the connection on some paths only.
package review13

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"sync"
)

// Tmp is a temporary file that a writer fills later through f; Close
// also runs the closer of the file its constructor was given.
type Tmp struct {
	f      *os.File
	remove func() error
}

func (t *Tmp) Close() error { // want Close:"keeps p0; closes p0.f,p0.remove"
	var err error
	if t.f != nil {
		err = t.f.Close()
	}
	return errors.Join(err, t.remove())
}

func newTmp(f *os.File) *Tmp { // want newTmp:"keeps p0; wraps p0 in r0"
	return &Tmp{remove: f.Close}
}

// MakeTmp drops the *Tmp, and with it the file, when data is empty. The
// *Tmp's Close calls remove, which only ever holds the Close of the file
// it was made of, so the *Tmp wraps the file, and the file is what leaks.
func MakeTmp(dir string, data []byte) error {
	f, err := os.CreateTemp(dir, "x") // want `f returned by os.CreateTemp is not closed on all paths: the return at line 45 is reached when len\(data\) == 0 at line 44`
	if err != nil {
		return err
	}
	t := newTmp(f)
	if len(data) == 0 {
		return errors.New("empty")
	}
	return t.Close()
}

// SendCloser sends and closes.
type SendCloser interface {
	Send(msg string) error
	io.Closer
}

type sender struct {
	conn net.Conn
	addr string
}

func (s *sender) Send(msg string) error {
	_, err := io.WriteString(s.conn, msg)
	return err
}

func (s *sender) Close() error { return s.conn.Close() } // want Close:"releases p0; closes p0.conn"

func dial(addr string) (SendCloser, error) { // want dial:"r0 is \\*sender"
	c, err := net.Dial("tcp", addr)
	if err != nil {
		return nil, err
	}
	return &sender{conn: c, addr: addr}, nil
}

var errSkipped = errors.New("skipped")

// SendMaybe sends through the dialled sender only when asked to, and
// leaks it otherwise: the assertion fails because x is nil, but sc is
// not.
func SendMaybe(addr string, use bool) error {
	sc, err := dial(addr) // want `sc returned by dial is not closed`
	if err != nil {
		return err
	}
	var x SendCloser
	if use {
		x = sc
	}
	if s, ok := x.(*sender); ok {
		err := s.Send("hi")
		sc.Close()
		return err
	}
	return errSkipped
}

// Hook runs after an update, with the table locked; the package's own
// hook unlocks it early. Hooks of other packages may leave it alone.
type Hook interface {
	After(t *Table) error
}

type releaseEarly struct{}

func (releaseEarly) After(t *Table) error { // want After:"unlocks p1.mu"
	t.mu.Unlock()
	return nil
}

// Table is a map under a lock.
type Table struct {
	mu   sync.Mutex
	m    map[string]int
	hook Hook
}

var errMissing = errors.New("missing")

// Set leaves the lock held whenever the hook is not releaseEarly.
func (t *Table) Set(k string, v int) error { // want Set:"keeps p0"
	t.mu.Lock() // want `t.mu is locked at line \d+ and still held at the return at line \d+`
	if _, ok := t.m[k]; !ok {
		t.mu.Unlock()
		return errMissing
	}
	t.m[k] = v
	return t.hook.After(t)
}

// Log writes lines to a file through a buffer; Rotate starts a new
// file.
type Log struct {
	f       *os.File
	buf     *bufio.Writer
	path    string
	flushed bool
}

func OpenLog(p string) (*Log, error) {
	f, err := os.Create(p)
	if err != nil {
		return nil, err
	}
	return &Log{f: f, buf: bufio.NewWriter(f), path: p}, nil
}

func (l *Log) flush() error { // want flush:"gives p0.buf.err as r0"
	l.flushed = true
	return l.buf.Flush()
}

// Close flushes and closes.
func (l *Log) Close() error { // want Close:"keeps p0; closes p0.f; gives p0.buf.err as r0"
	if err := l.flush(); err != nil {
		return err
	}
	return l.f.Close()
}

// Rotate closes the file and starts a new one in its place.
func (l *Log) Rotate() error { // want Rotate:"keeps p0; closes p0.f; gives p0.buf.err as r0"
	if err := l.flush(); err != nil {
		return err
	}
	if err := l.f.Close(); err != nil {
		return err
	}
	if err := os.Rename(l.path, l.path+".1"); err != nil {
		return err
	}
	f, err := os.Create(l.path)
	if err != nil {
		return err
	}
	l.f = f
	l.buf = bufio.NewWriter(f)
	return nil
}

// WriteRotated writes a line, rotates and forgets the log: the new file
// is never closed.
func WriteRotated(p, line string) error {
	l, err := OpenLog(p) // want `l returned by OpenLog is not closed`
	if err != nil {
		return err
	}
	fmt.Fprintln(l.buf, line)
	return l.Rotate()
}

// Slot holds a file opened for a name.
type Slot struct {
	name string
	f    *os.File
}

// Close closes the slot's file.
func (s *Slot) Close() error { // want Close:"keeps p0; releases p0 on failure; nothing when zero; closes p0.f"
	if s.f == nil {
		return nil
	}
	return s.f.Close()
}

// Pool keeps slots by name.
type Pool struct {
	slots map[string]*Slot
}

// slot returns the registered slot, or a new one that it forgets to
// register.
func (p *Pool) slot(name string) *Slot { // want slot:"borrows r0; maybe empty r0"
	if s, ok := p.slots[name]; ok {
		return s
	}
	return &Slot{name: name}
}

// Attach opens the file into the slot: when the slot is new, the file
// is lost with it.
func (p *Pool) Attach(name, path string) error {
	s := p.slot(name)
	f, err := os.Open(path) // want `f returned by os.Open is not closed`
	if err != nil {
		return err
	}
	s.f = f
	return nil
}
