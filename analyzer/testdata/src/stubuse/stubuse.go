// Package stubuse calls stubdep's functions, some of which always fail
// in this build.
package stubuse

import (
	"net"
	"os"

	"stubdep"
)

// Kernel gives back the kernel connection where it can be made, which in
// this build it never can: the dialed connection is closed where it
// cannot.
func Kernel(addr string) (net.Conn, error) { // want Kernel:"borrows r0"
	c, err := net.Dial("tcp", addr)
	if err != nil {
		return nil, err
	}
	k, err := stubdep.NewKernelConn(c)
	if err != nil {
		c.Close()
		return nil, err
	}
	return k, nil
}

// Journal drops what a call that always fails gives: nothing.
func Journal() error {
	f, err := stubdep.StartWatcher("boot")
	if err != nil {
		return err
	}
	_ = f
	return nil
}

// ProbeLeak drops the dialed connection where Probe, which may succeed,
// gives one of its own.
func ProbeLeak(addr string) (net.Conn, error) {
	c, err := net.Dial("tcp", addr) // want `c returned by net.Dial is not closed`
	if err != nil {
		return nil, err
	}
	p, err := stubdep.Probe(c)
	if err != nil {
		c.Close()
		return nil, err
	}
	return p, nil
}

// LogLeak drops the file that OpenLog, which may succeed, opened.
func LogLeak() error {
	f, err := stubdep.OpenLog("boot") // want `f returned by stubdep.OpenLog is never used`
	if err != nil {
		return err
	}
	_ = f
	return nil
}

// Probe fails where the platform cannot map files, which another
// package's init decides.
func Probe() (bool, error) {
	return false, stubdep.ErrNoMmap
}

// MapLeak maps the file where Probe works, and forgets to close it there.
func MapLeak(path string) (int64, error) {
	f, err := os.Open(path) // want `f returned by os.Open is not closed`
	if err != nil {
		return 0, err
	}
	if _, err := Probe(); err == nil {
		st, err := f.Stat()
		if err != nil {
			return 0, err
		}
		return st.Size(), nil
	}
	defer f.Close()
	return 0, nil
}

// TypedLeak drops the connection where the call worked: DialTyped's
// error holds a pointer that may be nil, which says nothing of whether
// the call fails.
func TypedLeak(addr string) (string, error) {
	c, err := stubdep.DialTyped(addr) // want `c returned by stubdep.DialTyped is not closed`
	if err != nil {
		return "", err
	}
	return c.RemoteAddr().String(), nil
}
