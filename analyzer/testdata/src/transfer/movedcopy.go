package transfer

// This file moves the struct of a descriptor into the connection that
// wraps it: c.fd = *nfd copies the descriptor's fields into a field of the
// connection, whose Close closes them from then on.

import (
	"errors"
	"syscall"
)

type rawFD struct {
	fd     int
	family int
}

func (f *rawFD) Close() error { return syscall.Close(f.fd) }

type pollConn struct {
	rawFD
	buf []byte
}

func (c *pollConn) Close() error { return c.rawFD.Close() } // want Close:"releases p0"

// adopt moves what nfd holds into c.
func (c *pollConn) adopt(nfd *rawFD) { // want adopt:"keeps p1"
	c.buf = make([]byte, 64)
	c.rawFD = *nfd
}

func newPollConn(nfd *rawFD) *pollConn { // want newPollConn:"keeps p0"
	c := &pollConn{}
	c.adopt(nfd)
	return c
}

func rawSocket() (*rawFD, error) {
	fd, err := syscall.Socket(syscall.AF_INET, syscall.SOCK_STREAM, 0)
	if err != nil {
		return nil, err
	}
	return &rawFD{fd: fd, family: syscall.AF_INET}, nil
}

// SafeDialPoll is fine: the connection it returns holds the descriptor.
func SafeDialPoll() (*pollConn, error) {
	nfd, err := rawSocket()
	if err != nil {
		return nil, err
	}
	return newPollConn(nfd), nil
}

// DialPollChecked leaks the descriptor where the family check fails,
// before anything holds it.
func DialPollChecked(want int) (*pollConn, error) {
	nfd, err := rawSocket() // want `nfd returned by rawSocket is not closed on all paths`
	if err != nil {
		return nil, err
	}
	if nfd.family != want {
		return nil, errors.New("wrong family")
	}
	return newPollConn(nfd), nil
}

// withFamily returns a view of nfd: a copy in a variable, which shares
// the descriptor that its caller still owns.
func withFamily(nfd *rawFD, family int) rawFD {
	v := *nfd
	v.family = family
	return v
}

// FamilyLeak drops the descriptor after taking a view of it.
func FamilyLeak() int {
	nfd, err := rawSocket() // want `nfd returned by rawSocket is not closed`
	if err != nil {
		return 0
	}
	v := withFamily(nfd, syscall.AF_INET6)
	return v.family
}
