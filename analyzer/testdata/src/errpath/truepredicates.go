package errpath

// This file accepts connections until a method that judges the accept
// error says to stop. One that says true for every nil error says false
// only for a failed accept, which returned no connection.

import (
	"errors"
	"net"
)

type acceptor struct {
	stopped bool
	errs    []error
}

// checkAcceptError says whether to go on: always for a nil error.
func (a *acceptor) checkAcceptError(err error) bool { // want checkAcceptError:"true for nil p1"
	if err == nil {
		return true
	}
	if errors.Is(err, net.ErrClosed) {
		a.stopped = true
		return false
	}
	a.errs = append(a.errs, err)
	return true
}

// SafeAcceptOne is fine: where checkAcceptError says false, the accept
// failed and there is no connection.
func (a *acceptor) SafeAcceptOne(l net.Listener) net.Conn {
	c, err := l.Accept()
	if !a.checkAcceptError(err) {
		return nil
	}
	if err != nil {
		return nil
	}
	return c
}

// keepGoing also says false for a nil error once the acceptor stopped.
func (a *acceptor) keepGoing(err error) bool {
	if err == nil {
		return !a.stopped
	}
	return false
}

// acceptOneLeak drops the connection it accepted after the acceptor
// stopped.
func (a *acceptor) acceptOneLeak(l net.Listener) net.Conn {
	c, err := l.Accept() // want `c returned by l.Accept is not closed on all paths`
	if !a.keepGoing(err) {
		return nil
	}
	if err != nil {
		return nil
	}
	return c
}
