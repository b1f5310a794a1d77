package spills

// This file gives a connection to a constructor inside a configuration
// it changes.

import (
	"net"
	"time"
)

type config struct {
	Conn    net.Conn
	Addr    string
	Timeout time.Duration
}

type client struct {
	config config
}

// Close closes the connection the configuration holds.
func (c *client) Close() error { // want Close:"closes p0.config.Conn"
	if c.config.Conn == nil {
		return nil
	}
	return c.config.Conn.Close()
}

// newClient keeps conf, but replaces the connection it was given by one
// of its own when an address is set: the given one is dropped.
func newClient(conf config) *client {
	if conf.Addr != "" {
		if c, err := net.Dial("tcp", conf.Addr); err == nil {
			conf.Conn = c
		}
	}
	if conf.Timeout == 0 {
		conf.Timeout = time.Second
	}
	return &client{config: conf}
}

// newClientNil keeps conf without its connection.
func newClientNil(conf config) *client { // want newClientNil:"borrows r0"
	conf.Conn = nil
	if conf.Timeout == 0 {
		conf.Timeout = time.Second
	}
	return &client{config: conf}
}

// Use dials and gives the connection to newClientNil, which drops it.
func Use(addr string) error {
	conn, err := net.Dial("tcp", addr) // want `conn returned by net.Dial is not closed`
	if err != nil {
		return err
	}
	cli := newClientNil(config{Conn: conn})
	return cli.Close()
}

// Use2 gives the connection to a constructor that replaces it.
func Use2(addr string) error {
	conn, err := net.Dial("tcp", addr) // want `conn returned by net.Dial is not closed`
	if err != nil {
		return err
	}
	cli := newClient(config{Conn: conn, Addr: "x"})
	return cli.Close()
}
