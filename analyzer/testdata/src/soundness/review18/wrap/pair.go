// Package wrap holds constructors that close their argument where they
// fail and keep more than it where they succeed (a goroutine, a ticker, a
// log file, a second conn): the result is a resource of its own.
package wrap

import (
	"errors"
	"net"
	"time"
)

// pair holds two conns; it closes a where it fails.
type pair struct{ a, b net.Conn }

func (p *pair) Close() error { // want Close:"releases p0; closes p0.a,p0.b"
	p.b.Close()
	return p.a.Close()
}

func NewPair(a, b net.Conn, ok bool) (*pair, error) { // want NewPair:"keeps p0,p1; releases p0 on failure; wraps p1 in r0"
	if !ok {
		a.Close()
		return nil, errors.New("refused")
	}
	return &pair{a: a, b: b}, nil
}

// closes a only: b, held by the pair, stays open.
func pairLeak(addr string, ok bool) error {
	a, err := net.Dial("tcp", addr)
	if err != nil {
		return err
	}
	defer a.Close()
	b, err := net.Dial("tcp", addr) // want `b returned by net.Dial is not closed`
	if err != nil {
		return err
	}
	p, err := NewPair(a, b, ok)
	if err != nil {
		b.Close()
		return err
	}
	return p.a.SetDeadline(time.Time{})
}
