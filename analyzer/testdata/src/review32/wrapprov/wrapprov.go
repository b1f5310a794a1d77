// Package wrapprov tests rule 3c (returnedFuncs): function-valued fields
// set to what a function of the package returns.
//   - c.open = retrying(opening(name)): retrying returns a closure that
//     calls the provider it captured, which opens a new file on every
//     call. readLeak drops that file on an error path and SHOULD be
//     reported (at 7502aa3 c.open was an unknown function).
//   - c.pick = chooser(fresh): chooser returns one of two package
//     functions, one of which opens a file. pickLeak SHOULD be reported.
//   - c.get = borrowing(f): the closure returns a file the conn owns.
//     SafeGet is fine.
package wrapprov

import (
	"errors"
	"os"
)

type provider func() (*os.File, error)

type conn struct {
	open provider
	pick provider
	get  provider
	keep *os.File
}

func opening(name string) provider {
	return func() (*os.File, error) { return os.Open(name) }
}

func retrying(p provider) provider { // want retrying:"keeps p0"
	return func() (*os.File, error) {
		f, err := p()
		if err != nil {
			return p()
		}
		return f, nil
	}
}

func openDefault() (*os.File, error) { return os.Open("/etc/hosts") }

func borrowedDefault() (*os.File, error) { return os.Stdin, nil } // want borrowedDefault:"borrows r0; nil r1"

func chooser(fresh bool) provider {
	if fresh {
		return openDefault
	}
	return borrowedDefault
}

func borrowing(f *os.File) provider { // want borrowing:"keeps p0"
	return func() (*os.File, error) { return f, nil }
}

func newConn(name string, fresh bool, f *os.File) *conn { // want newConn:"keeps p2; wraps p2 in r0"
	c := &conn{keep: f}
	c.open = retrying(opening(name))
	c.pick = chooser(fresh)
	c.get = borrowing(f)
	return c
}

var errShort = errors.New("short")

func (c *conn) readLeak(buf []byte) (int, error) {
	f, err := c.open() // want `f returned by c.open is not closed`
	if err != nil {
		return 0, err
	}
	n, err := f.Read(buf)
	if n < len(buf) {
		return n, errShort
	}
	return n, f.Close()
}

func (c *conn) pickLeak(buf []byte) (int, error) {
	f, err := c.pick() // want `f returned by c.pick is not closed`
	if err != nil {
		return 0, err
	}
	return f.Read(buf)
}

// SafeGet is fine: c.get gives the file that the conn keeps.
func (c *conn) SafeGet(buf []byte) (int, error) {
	f, err := c.get()
	if err != nil {
		return 0, err
	}
	return f.Read(buf)
}
