package errpath

import (
	"errors"
	"io/fs"
	"net"
	"os"
)

// errEqualNil is fine: the resource exists only when err == nil.
func errEqualNil(name string) {
	f, err := os.Open(name)
	if err == nil {
		defer f.Close()
	}
}

// nilCheck is fine: on the f == nil branch there is nothing to close.
func nilCheck(name string) {
	f, _ := os.Open(name)
	if f == nil {
		return
	}
	f.Close()
}

// errorsIs is fine: errors.Is returns true only for a non-nil error.
func errorsIs(name string) error {
	f, err := os.Open(name)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	return f.Close()
}

// notErr is fine: !(err == nil) is err != nil.
func notErr(addr string) error {
	c, err := net.Dial("tcp", addr)
	if !(err == nil) {
		return err
	}
	return c.Close()
}

// laterErr leaks: the error checked is not the one of the acquisition.
func laterErr(name string) error {
	f, err := os.Open(name) // want `f returned by os.Open is not closed on all paths: the return at line 55 is reached when err != nil at line 54`
	if err != nil {
		return err
	}
	if err := os.Chmod(name, 0o600); err != nil {
		return err
	}
	return f.Close()
}

// namedErr leaks f when Stat fails: return nil, err sets the result f to
// nil before the deferred closure that would close it runs.
func namedErr(name string) (f *os.File, err error) {
	f, err = os.Open(name) // want `f returned by os.Open is not closed on all paths: the return at line 73 is reached when err != nil at line 72`
	if err != nil {
		return nil, err
	}
	defer func() {
		if err != nil {
			f.Close()
		}
	}()
	if _, err = f.Stat(); err != nil {
		return nil, err
	}
	return f, nil
}

// ignoredError leaks on the panic-free path where the error is dropped.
func ignoredError(name string) int {
	f, _ := os.Open(name) // want `f returned by os.Open is not closed before the return at line 82`
	_ = f.Name()
	return 1
}

// eitherDial is fine: the error checked joins the errors of both dials.
func eitherDial(addr string, udp bool) (net.Conn, error) {
	var c net.Conn
	var err error
	if udp {
		c, err = net.Dial("udp", addr)
	} else {
		c, err = net.Dial("tcp", addr)
	}
	if err != nil {
		return nil, err
	}
	return c, nil
}

// dialEach is fine: a connection exists only when err == nil, and then it
// is closed before the next one is dialed.
func dialEach(addrs []string) int {
	n := 0
	for _, a := range addrs {
		c, err := net.DialUDP("udp", nil, &net.UDPAddr{Port: len(a)})
		if err == nil {
			if _, ok := c.LocalAddr().(*net.UDPAddr); ok {
				n++
			}
			c.Close()
		}
	}
	return n
}

// shadowed is fine: the outer err is never assigned, so the branch that
// would skip Close is never taken.
func shadowed(addrs []string) {
	var err error
	for _, a := range addrs {
		var c net.Conn
		if a != "" {
			raddr, err := net.ResolveUnixAddr("unixgram", a)
			if err != nil {
				continue
			}
			c, err = net.DialUnix("unixgram", nil, raddr)
			_ = err
		}
		if err != nil {
			continue
		}
		if c != nil {
			c.Close()
		}
	}
}

// capturedErr is fine: the error is checked through a variable shared
// with the enclosing function.
func capturedErr(ln net.Listener, conns chan<- net.Conn) error { // want capturedErr:"keeps p0,p1"
	var acceptErr error
	done := make(chan struct{})
	go func() {
		defer close(done)
		for {
			var nc net.Conn
			nc, acceptErr = ln.Accept()
			if acceptErr != nil {
				return
			}
			conns <- nc
		}
	}()
	<-done
	return acceptErr
}

// closedOnFailure is fine: the deferred closure closes f, a variable that
// no return overwrites, when the function fails, and the function returns
// f otherwise.
func closedOnFailure(name string) (_ *os.File, err error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer func() {
		if err != nil {
			f.Close()
		}
	}()
	if _, err = f.Stat(); err != nil {
		return nil, err
	}
	return f, nil
}

var errDone = errors.New("done")

// nextFile returns a file, or nil and an error; errDone says that there
// are no more.
func nextFile(names []string) (*os.File, error) {
	if len(names) == 0 {
		return nil, errDone
	}
	return os.Open(names[0])
}

// sentinelCompared is fine: where err == errDone holds, err is not nil and
// there is no file.
func sentinelCompared(names []string) (int64, error) {
	f, err := nextFile(names)
	if err == errDone {
		return 0, nil
	}
	if err != nil {
		return 0, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return 0, err
	}
	return st.Size(), nil
}

// sentinelNotEqual leaks: err != errDone holds for a nil err too.
func sentinelNotEqual(names []string) (*os.File, error) {
	f, err := nextFile(names) // want `f returned by nextFile is not closed before the return at line 211`
	if err != errDone {
		return nil, err
	}
	return f, nil
}

// dialEither is fine: err holds the error of whichever dial ran when it
// is checked, although a deferred closure reads it too.
func dialEither(tcp bool, addr string) (c net.Conn, err error) {
	defer func() {
		if err != nil {
			lastErr = err
		}
	}()
	if tcp {
		c, err = net.Dial("tcp", addr)
	} else {
		c, err = net.Dial("udp", addr)
	}
	if err != nil {
		return nil, err
	}
	return c, nil
}

var lastErr error
