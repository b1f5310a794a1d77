// Package review20 holds the programs of the review of the last rules of
// a round: a package's own error types (a warning or a status beside an
// open value is not an error), a retry under errors.Is with a target that
// may be nil, and lock entries whose Unlock looks another value up.
package review20

import (
	"net"
	"os"
)

// Warning is returned beside an open conn: not a failure.
type Warning struct{ Msg string }

func (w *Warning) Error() string { return w.Msg }

func dialWarn(addr string) (net.Conn, *Warning) {
	c, err := net.Dial("tcp", addr)
	if err != nil {
		return nil, nil
	}
	if len(addr) > 10 {
		return c, &Warning{Msg: "slow"}
	}
	return c, nil
}

// warnLeak returns on a warning with the conn open.
func warnLeak(addr string) error {
	c, w := dialWarn(addr) // want `not closed`
	if w != nil {
		return w
	}
	if c == nil {
		return nil
	}
	return c.Close()
}

// MyErr is a pointer error type.
type MyErr struct{ s string }

func (e *MyErr) Error() string { return e.s }

func openTyped(p string) (*os.File, *MyErr) {
	f, err := os.Open(p)
	if err != nil {
		return nil, &MyErr{err.Error()}
	}
	return f, nil
}

// typedNilLeak converts a nil *MyErr to error: err != nil always.
func typedNilLeak(p string) error {
	var err error
	var f *os.File
	f, err = openTyped(p) // want `not closed`
	if err != nil {
		return err
	}
	return f.Close()
}

// Status is "ok with info".
type Status struct{ Code int }

func (s *Status) Error() string { return "status" }

func openStatus(p string) (*os.File, *Status) {
	f, err := os.Open(p)
	if err != nil {
		return nil, nil
	}
	return f, &Status{Code: 200}
}

func statusLeak(p string) int {
	f, st := openStatus(p) // want `not closed`
	if st != nil {
		return st.Code
	}
	if f != nil {
		f.Close()
	}
	return 0
}

// Conn2 is a resource that also implements error.
type Conn2 struct{ f *os.File }

func (c *Conn2) Error() string { return "conn2" }
func (c *Conn2) Close() error  { return c.f.Close() } // want Close:"releases p0; nothing when zero; closes p0.f"

func openPair(p string) (*os.File, *Conn2) {
	f, err := os.Open(p)
	if err != nil {
		return nil, nil
	}
	g, err := os.Open(p + ".2")
	if err != nil {
		f.Close()
		return nil, nil
	}
	return f, &Conn2{g}
}

func pairLeak(p string) {
	f, c := openPair(p) // want `not closed`
	if c != nil {
		c.Close()
		return
	}
	if f != nil {
		f.Close()
	}
}

// Temp is an error interface with Temporary.
type Temp interface {
	error
	Temporary() bool
}

type tempErr struct{}

func (tempErr) Error() string   { return "temp" }
func (tempErr) Temporary() bool { return true }

func dialTemp(addr string) (net.Conn, Temp) { // want dialTemp:"borrows r1"
	c, err := net.Dial("tcp", addr)
	if err != nil {
		return nil, tempErr{}
	}
	if len(addr) > 3 {
		return c, tempErr{} // a temporary condition beside a live conn
	}
	return c, nil
}

func tempLeak(addr string) {
	c, t := dialTemp(addr) // want `not closed`
	if t != nil && t.Temporary() {
		return
	}
	if c != nil {
		c.Close()
	}
}
