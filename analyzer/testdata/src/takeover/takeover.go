package takeover

// This file: parameters that a function takes over.

import (
	"errors"
	"net"
)

// Client owns the connection it is given.
type Client struct {
	conn net.Conn
	name string
}

// Close closes the client's connection.
func (c *Client) Close() error { return c.conn.Close() } // want Close:"closes p0.conn"

// hello greets the server.
func (c *Client) hello() error {
	_, err := c.conn.Write([]byte(c.name))
	return err
}

var errNoName = errors.New("no name")

// NewClient takes conn over: it closes it when the greeting fails and
// keeps it on success, but leaks it when the name is empty.
func NewClient(conn net.Conn, name string) (*Client, error) { // want NewClient:"keeps p0" `conn, taken over by NewClient \(it is closed at line 35\), is not closed on all paths: the return at line 31 is reached when name == "" at line 30 \(possible resource leak\)`
	if name == "" {
		return nil, errNoName
	}
	c := &Client{conn: conn, name: name}
	if err := c.hello(); err != nil {
		conn.Close()
		return nil, err
	}
	return c, nil
}

// NewCheckedClient is fine: it closes conn on every path that fails.
func NewCheckedClient(conn net.Conn, name string) (*Client, error) { // want NewCheckedClient:"keeps p0"
	if name == "" {
		conn.Close()
		return nil, errNoName
	}
	c := &Client{conn: conn, name: name}
	if err := c.hello(); err != nil {
		c.Close()
		return nil, err
	}
	return c, nil
}

// greet is fine: it borrows conn, so its caller closes it.
func greet(conn net.Conn, name string) error {
	if name == "" {
		return errNoName
	}
	_, err := conn.Write([]byte(name))
	return err
}

// closeUnlessStale closes conn when it is stale and borrows it otherwise:
// it never keeps it, so it takes nothing over and is not reported.
func closeUnlessStale(conn net.Conn, stale bool) bool { // want closeUnlessStale:"keeps p0"
	if stale {
		conn.Close()
		return true
	}
	return false
}

// trackClient is fine: it is given conn with the error of dialing it, and
// when that error is set there is no connection to close.
func trackClient(conn net.Conn, err error, name string) (*Client, error) { // want trackClient:"keeps p0"
	if err != nil {
		return nil, err
	}
	if name == "" {
		conn.Close()
		return nil, errNoName
	}
	return &Client{conn: conn, name: name}, nil
}
