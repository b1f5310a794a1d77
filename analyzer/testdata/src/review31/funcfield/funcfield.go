// Package funcfield calls a dialer kept in an exported function-valued
// field twice and never closes what it gives: both are real leaks, as
// the package's own default makes a new connection each call.
//
// REVIEW NOTE: the `want` comments give the CORRECT behaviour (1b8cd33
// reports both); HEAD reports neither (unclosedFuncField guesses Dialer
// is an accessor: "Dialer" is not caught by namedForMaking).
// Fixed since (the review was of 2e42f96): a field named as a maker
// (Dialer) is never guessed, and neither is one into which the package
// stores a function of its own that makes what it gives.
package funcfield

import (
	"net"
	"time"
)

// Checker checks a backend's health.
type Checker struct {
	// Dialer makes a connection to the backend; New sets a default.
	Dialer  func() (net.Conn, error)
	Timeout time.Duration
}

// New returns a checker that dials addr.
func New(addr string) *Checker {
	return &Checker{Dialer: func() (net.Conn, error) { return net.Dial("tcp", addr) }}
}

// Ping writes a ping and never closes the connection.
func (c *Checker) Ping() error {
	conn, err := c.Dialer() // want `conn returned by c.Dialer is not closed`
	if err != nil {
		return err
	}
	_, err = conn.Write([]byte("PING\n"))
	return err
}

// Probe writes a probe and never closes the connection either.
func (c *Checker) Probe() error {
	conn, err := c.Dialer() // want `conn returned by c.Dialer is not closed`
	if err != nil {
		return err
	}
	if err := conn.SetDeadline(time.Now().Add(c.Timeout)); err != nil {
		return err
	}
	_, err = conn.Write([]byte("PROBE\n"))
	return err
}
