package errpath

// This file returns errors of the package's own types, an interface that
// embeds error and a pointer to a struct that implements it: the last
// result is the call's error as error itself would be, and where it is
// not nil the conn beside it is nil.

import (
	"net"
	"time"
)

// NetError is the package's error type.
type NetError interface {
	error
	Temporary() bool
}

type netError struct{ err error }

func (e *netError) Error() string   { return e.err.Error() }
func (e *netError) Temporary() bool { return false }

// OpError is a concrete error type, returned by pointer.
type OpError struct{ Op string }

func (e *OpError) Error() string { return e.Op }

func dialTyped(addr string) (net.Conn, NetError) {
	c, err := net.Dial("tcp", addr)
	if err != nil {
		return nil, &netError{err}
	}
	return c, nil
}

func dialOp(addr string) (net.Conn, *OpError) {
	c, err := net.Dial("tcp", addr)
	if err != nil {
		return nil, &OpError{Op: "dial"}
	}
	return c, nil
}

// SafeTypedDial returns the error: the conn is nil there.
func SafeTypedDial(addr string) (net.Conn, NetError) {
	conn, err := dialTyped(addr)
	if err != nil {
		return nil, err
	}
	if err := conn.SetDeadline(time.Now().Add(time.Second)); err != nil {
		conn.Close()
		return nil, &netError{err}
	}
	return conn, nil
}

// SafeOpDial is the same with a pointer error type.
func SafeOpDial(addr string) (net.Conn, *OpError) {
	conn, err := dialOp(addr)
	if err != nil {
		return nil, err
	}
	return conn, nil
}

// typedDialLeak drops the conn when setting its deadline fails.
func typedDialLeak(addr string) (net.Conn, NetError) {
	conn, err := dialTyped(addr) // want `conn returned by dialTyped is not closed on all paths: the return at line 74 is reached when err != nil at line 73`
	if err != nil {
		return nil, err
	}
	if err := conn.SetDeadline(time.Now().Add(time.Second)); err != nil {
		return nil, &netError{err}
	}
	return conn, nil
}

// A function with a defer returns through its result slots; each return
// still stores a nil conn beside its error.

var dialing int

func done() { dialing-- }

func dialCounted(addr string, limit bool) (net.Conn, NetError) {
	if limit {
		return nil, &netError{net.ErrClosed}
	}
	dialing++
	defer done()
	conn, err := dialTyped(addr)
	if err != nil {
		return nil, err
	}
	return conn, nil
}

// SafeCountedDial returns where dialCounted failed: nothing is open.
func SafeCountedDial(addr string) (net.Conn, NetError) {
	conn, err := dialCounted(addr, false)
	if err != nil {
		return nil, err
	}
	return conn, nil
}

// dialWarned returns the conn beside a warning on one path, through its
// slots.
func dialWarned(addr string) (net.Conn, NetError) {
	defer done()
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		return nil, &netError{err}
	}
	if len(addr) > 40 {
		return conn, &netError{net.ErrClosed}
	}
	return conn, nil
}

// dialWarnedLeak drops the conn that came with a warning.
func dialWarnedLeak(addr string) NetError {
	conn, err := dialWarned(addr) // want `conn returned by dialWarned is not closed on all paths`
	if err != nil {
		return err
	}
	conn.Close()
	return nil
}

// dialRecovered has named results: after a deferred recover it returns
// whatever they hold when the panic began.
func dialRecovered(addr string) (conn net.Conn, err NetError) {
	defer func() {
		if recover() != nil {
			dialing = 0
		}
	}()
	c, derr := net.Dial("tcp", addr)
	conn = c
	if derr != nil {
		return nil, &netError{derr}
	}
	err = &netError{net.ErrClosed}
	checkAddr(addr)
	return conn, nil
}

func checkAddr(addr string) {
	if addr == "" {
		panic("no address")
	}
}

// recoveredLeak drops the conn that dialRecovered returns beside an error
// after a recovered panic.
func recoveredLeak(addr string) NetError {
	conn, err := dialRecovered(addr) // want `conn returned by dialRecovered is not closed on all paths`
	if err != nil {
		return err
	}
	conn.Close()
	return nil
}
