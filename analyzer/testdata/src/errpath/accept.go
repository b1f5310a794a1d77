package errpath

import (
	"errors"
	"net"
	"os"
	"time"
)

func serveConn(c net.Conn) { c.Close() } // want serveConn:"releases p0"

// SafeAcceptTemporary is fine: the ok of err.(net.Error) is true only
// for a non-nil error, when Accept returned no conn.
func SafeAcceptTemporary(ln net.Listener) error {
	for {
		conn, err := ln.Accept()
		if ne, ok := err.(net.Error); ok && ne.Timeout() {
			time.Sleep(time.Millisecond)
			continue
		} else if errors.Is(err, net.ErrClosed) {
			return nil
		} else if err != nil {
			return err
		}
		go serveConn(conn)
	}
}

// acceptLeaky drops the conn when the error it checks is one of its own.
func acceptLeaky(ln net.Listener, busy func() error) error {
	for {
		conn, err := ln.Accept() // want `conn returned by ln.Accept is not closed`
		if err != nil {
			return err
		}
		if ne, ok := busy().(net.Error); ok && ne.Timeout() {
			continue
		}
		go serveConn(conn)
	}
}

// isBroken classifies an error; it says false for a nil one.
func isBroken(err error) bool { // want isBroken:"false for nil p0"
	if errors.Is(err, net.ErrClosed) || errors.Is(err, errBrokenPipe) {
		return true
	}
	var opErr *net.OpError
	return errors.As(err, &opErr)
}

var errBrokenPipe = errors.New("broken pipe")

// SafeBrokenPredicate is fine: where isBroken(err) holds, err is not
// nil and Dial returned no conn.
func SafeBrokenPredicate(addr string) (net.Conn, error) {
	c, err := net.Dial("tcp", addr)
	if isBroken(err) {
		return nil, errBrokenPipe
	}
	if err != nil {
		return nil, err
	}
	return c, nil
}

// isQuiet says true for a nil error: it is no predicate of failure.
func isQuiet(err error) bool { // want isQuiet:"true for nil p0"
	return err == nil || errors.Is(err, net.ErrClosed)
}

func quietLeaky(addr string) (net.Conn, error) {
	c, err := net.Dial("tcp", addr) // want `c returned by net.Dial is not closed`
	if isQuiet(err) {
		return nil, nil
	}
	return c, err
}

// dialRetryLeaky records each error through a closure predicate, and
// dials again after a failed upgrade without closing the first conn.
func dialRetryLeaky(addrs []string) (net.Conn, error) {
	var errs []error
	failed := func(err error) bool {
		if err != nil {
			errs = append(errs, err)
		}
		return err != nil
	}
	for _, addr := range addrs {
		plain := false
	restart:
		c, err := net.Dial("tcp", addr) // want `c returned by net.Dial is not closed before the loop acquires the next one here`
		if failed(err) {
			continue
		}
		if !plain {
			if err := handshake(c); err != nil {
				plain = true
				goto restart
			}
		}
		return c, nil
	}
	return nil, errors.Join(errs...)
}

func handshake(c net.Conn) error {
	_, err := c.Write([]byte("hello"))
	return err
}

// block keeps its file open, or opens it for one call.
type block struct {
	name string
	f    *os.File
}

// SafeOpenedFlag is fine: the file it opened is closed wherever the flag
// set beside the open says so, and the flag is true on every path after
// the open.
func (b *block) SafeOpenedFlag() error { // want SafeOpenedFlag:"closes p0.f"
	f, opened := b.f, false
	if f == nil {
		var err error
		f, err = os.OpenFile(b.name, os.O_RDWR, 0)
		if err != nil {
			return err
		}
		opened = true
	}
	if err := f.Sync(); err != nil {
		if opened {
			f.Close()
		}
		return err
	}
	if opened {
		return f.Close()
	}
	return nil
}

// syncLeaky sets the flag only when it will not sync, so the file it
// opened for a sync is never closed.
func (b *block) syncLeaky(quick bool) error { // want syncLeaky:"closes p0.f"
	f, opened := b.f, false
	if f == nil {
		var err error
		f, err = os.OpenFile(b.name, os.O_RDWR, 0) // want `f returned by os.OpenFile is not closed`
		if err != nil {
			return err
		}
		if quick {
			opened = true
		}
	}
	if !opened {
		return f.Sync()
	}
	return f.Close()
}

var errDeadline = errors.New("deadline")

// isDeadline compares the error with sentinels in globals, and looks
// into a wrapping *net.OpError; it says false for a nil one.
func isDeadline(err error) bool { // want isDeadline:"false for nil p0"
	if err == errDeadline || err == os.ErrDeadlineExceeded {
		return true
	}
	if oe, ok := err.(*net.OpError); ok {
		return isDeadline(oe.Err)
	}
	return false
}

// SafeSentinelPredicate is fine: where isDeadline(err) holds, err is not
// nil and Dial returned no conn.
func SafeSentinelPredicate(addr string) (net.Conn, error) {
	c, err := net.Dial("tcp", addr)
	if isDeadline(err) {
		return nil, err
	}
	if err != nil {
		return nil, err
	}
	return c, nil
}

// isSame compares the error with one it is given, which may be nil: it
// is no predicate of failure.
func isSame(err, target error) bool {
	return err == target
}

func sameLeaky(addr string, target error) (net.Conn, error) {
	c, err := net.Dial("tcp", addr) // want `c returned by net.Dial is not closed`
	if isSame(err, target) {
		return nil, nil
	}
	return c, err
}
