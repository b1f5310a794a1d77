package siblings

// This file asserts the concrete type of what a dialer of the package
// returns as an interface: only a nil value fails the assertion.

import (
	"errors"
	"io"
	"net"
)

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

// dial returns a *sender or nil.
func dial(addr string) (SendCloser, error) { // want dial:"r0 is \\*sender"
	c, err := net.Dial("tcp", addr)
	if err != nil {
		return nil, err
	}
	return &sender{conn: c, addr: addr}, nil
}

var errRedial = errors.New("redial")

// SafeRedial takes the new connection over: the assertion fails only
// when the dial failed.
func (s *sender) SafeRedial(msg string) error {
	if err := s.Send(msg); err != nil {
		if errors.Is(err, io.EOF) {
			sc, derr := dial(s.addr)
			if derr == nil {
				if n, ok := sc.(*sender); ok {
					*s = *n
					return s.Send(msg)
				}
			}
		}
		return err
	}
	return nil
}

type otherSender struct{ sender }

// dialAny returns a *sender or an *otherSender.
func dialAny(addr string, other bool) (SendCloser, error) { // want dialAny:"r0 is \\*otherSender,\\*sender"
	c, err := net.Dial("tcp", addr)
	if err != nil {
		return nil, err
	}
	if other {
		return &otherSender{sender{conn: c, addr: addr}}, nil
	}
	return &sender{conn: c, addr: addr}, nil
}

// LeakRedialOther drops an *otherSender, which fails the assertion.
func (s *sender) LeakRedialOther(msg string) error {
	sc, err := dialAny(s.addr, len(msg) > 10) // want `sc returned by dialAny is not closed`
	if err != nil {
		return err
	}
	if n, ok := sc.(*sender); ok {
		*s = *n
		return s.Send(msg)
	}
	return errRedial
}
