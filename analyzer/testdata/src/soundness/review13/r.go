// Package review13 holds leaks that rules of one round once hid: a
// constructor keeping a method value of the file it is given, and an
// assertion on a variable that holds the connection on some paths only.
package review13

import (
	"errors"
	"io"
	"net"
	"os"
)

// Tmp is a temporary file that a writer fills later through f; Close
// also runs the closer of the file its constructor was given.
type Tmp struct {
	f      *os.File
	remove func() error
}

func (t *Tmp) Close() error { // want Close:"keeps p0; closes p0.f"
	var err error
	if t.f != nil {
		err = t.f.Close()
	}
	return errors.Join(err, t.remove())
}

func newTmp(f *os.File) *Tmp { // want newTmp:"keeps p0"
	return &Tmp{remove: f.Close}
}

// MakeTmp drops the *Tmp, and with it the file, when data is empty.
func MakeTmp(dir string, data []byte) error {
	f, err := os.CreateTemp(dir, "x")
	if err != nil {
		return err
	}
	t := newTmp(f) // want `t returned by newTmp is not closed`
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

func dial(addr string) (SendCloser, error) {
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
