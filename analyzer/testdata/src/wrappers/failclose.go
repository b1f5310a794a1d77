package wrappers

// This file holds a constructor that closes the conn it is given where it
// fails and otherwise returns a connection over it (an SSH client conn):
// the connection stands for the conn, and closing the conn releases it.

import (
	"errors"
	"net"
)

// SessionConn is a session over a conn.
type SessionConn interface {
	Close() error
	User() string
}

type sessionBase struct {
	conn net.Conn
	user string
}

func (c *sessionBase) Close() error { return c.conn.Close() } // want Close:"releases p0; closes p0.conn"
func (c *sessionBase) User() string { return c.user }

type session struct {
	sessionBase
	ready chan struct{}
}

func (c *session) greet(user string) error {
	if user == "" {
		return errors.New("no user")
	}
	_, err := c.conn.Write([]byte(user))
	return err
}

// NewSessionConn closes c when the greeting fails.
func NewSessionConn(c net.Conn, user string) (SessionConn, error) { // want NewSessionConn:"keeps p0; releases p0 on failure; wraps p0 in r0; r0 is \\*session"
	if user == "root" {
		c.Close()
		return nil, errors.New("refused")
	}
	s := &session{sessionBase: sessionBase{conn: c, user: user}}
	if err := s.greet(user); err != nil {
		c.Close()
		return nil, err
	}
	return s, nil
}

// newSessionOrBare returns the bare conn where the greeting fails: it
// closes c only where it returns something else than a wrapper of it.
func newSessionOrBare(c net.Conn, user string) (SessionConn, error) { // want newSessionOrBare:"keeps p0; releases p0 on failure; r0 is \\*sessionBase,\\*session"
	s := &session{sessionBase: sessionBase{conn: c, user: user}}
	if err := s.greet(user); err != nil {
		c.Close()
		return &sessionBase{user: user}, err
	}
	return s, nil
}

// SafeSessionUser closes the conn, which releases the session over it.
func SafeSessionUser(addr, user string) (string, error) {
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		return "", err
	}
	defer conn.Close()
	s, err := NewSessionConn(conn, user)
	if err != nil {
		return "", err
	}
	if s.User() == "" {
		return "", errors.New("no user")
	}
	return s.User(), nil
}

// sessionUserLeak closes neither the conn nor the session.
func sessionUserLeak(addr, user string) (string, error) {
	conn, err := net.Dial("tcp", addr) // want `conn returned by net.Dial is not closed before the return at line 91`
	if err != nil {
		return "", err
	}
	s, err := NewSessionConn(conn, user)
	if err != nil {
		return "", err
	}
	return s.User(), nil
}

// bareSessionLeak keeps the session that newSessionOrBare makes, which is
// a resource of its own: it closes neither it nor the conn.
func bareSessionLeak(addr, user string) (string, error) {
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		return "", err
	}
	defer conn.Close()
	s, err := newSessionOrBare(conn, user) // want `s returned by newSessionOrBare is not closed before the return at line 106`
	if err != nil {
		return "", err
	}
	return s.User(), nil
}
