// Package stubdep is built without the features that its functions would
// give: each says so in an error, on every return.
package stubdep

import (
	"errors"
	"fmt"
	"net"
	"os"
)

var errNotBuilt = errors.New("not built in")

// NewKernelConn would move the connection's encryption into the kernel.
func NewKernelConn(c net.Conn) (net.Conn, error) { // want NewKernelConn:"failing r1"
	return nil, os.ErrInvalid
}

// OpenJournal would open the system journal.
func OpenJournal(name string) (*os.File, error) { // want OpenJournal:"failing r1"
	if name == "" {
		return nil, errNotBuilt
	}
	return nil, fmt.Errorf("journal %s: %w", name, errNotBuilt)
}

// StartWatcher fails where its stub does.
func StartWatcher(name string) (*os.File, error) { // want StartWatcher:"failing r1"
	return OpenJournal(name)
}

// NewBufferedConn wraps the connection, where it can.
func NewBufferedConn(c net.Conn) (net.Conn, error) { // want NewBufferedConn:"keeps p0; wraps p0 in r0; r0 is \\*buffered"
	if c == nil {
		return nil, os.ErrInvalid
	}
	return &buffered{Conn: c}, nil
}

type buffered struct{ net.Conn }

// Probe checks the connection and gives back a conn of its own where it
// works.
func Probe(c net.Conn) (net.Conn, error) {
	if c.RemoteAddr() == nil {
		return nil, os.ErrInvalid
	}
	return net.Dial("tcp", c.RemoteAddr().String())
}

// OpenLog opens the log where it is named.
func OpenLog(name string) (*os.File, error) {
	if name == "" {
		return nil, errNotBuilt
	}
	return os.Open(name)
}

// ErrNoMmap is not nil where files cannot be mapped: its init decides.
var ErrNoMmap error

func init() {
	if os.Getenv("NOMMAP") != "" {
		ErrNoMmap = errors.New("no mmap")
	}
}

// DialError is the error of a dial.
type DialError struct{ Err error }

func (e *DialError) Error() string { return e.Err.Error() }

// DialTyped returns its error through a pointer that is nil where the
// dial worked: an interface holding a nil *DialError is not nil, so its
// callers see a failure every time and drop the connection.
func DialTyped(addr string) (net.Conn, error) {
	var derr *DialError
	c, err := net.Dial("tcp", addr)
	if err != nil {
		derr = &DialError{Err: err}
	}
	return c, derr
}
