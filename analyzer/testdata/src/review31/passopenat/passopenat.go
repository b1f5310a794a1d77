// Package passopenat calls function values whose result has the type of
// exactly one of their parameters but which make a new resource: an
// openat given the directory (or nil for the working directory), a dial
// hook given the previous conn (or nil for a first dial).
//
// REVIEW NOTE: the `want` comments give the CORRECT behaviour. HEAD
// (passThrough in resource.go) misses all five, which 1b8cd33 reported.
// Fixed since (the review was of 2e42f96): a function value passes its
// argument through only where its results have exactly the types of its
// parameters, and the argument is not nil.
package passopenat

import (
	"errors"
	"net"
	"os"
)

// readNil opens name in the working directory (a nil dir) and drops the
// file where the read fails: a real leak, missed at HEAD.
func readNil(openat func(dir *os.File, name string) (*os.File, error)) ([]byte, error) {
	f, err := openat(nil, "config.json") // want `f returned by openat is not closed`
	if err != nil {
		return nil, err
	}
	buf := make([]byte, 512)
	n, err := f.Read(buf)
	if err != nil {
		return nil, err
	}
	f.Close()
	return buf[:n], nil
}

// Pool dials through a hook that may reuse the previous conn.
type Pool struct {
	Dial func(prev net.Conn, addr string) (net.Conn, error)
}

// first dials with no previous conn and drops the new one where the write
// fails: a real leak, missed at HEAD.
func (p *Pool) first(addr string) error {
	c, err := p.Dial(nil, addr) // want `c returned by p.Dial is not closed`
	if err != nil {
		return err
	}
	if _, err := c.Write([]byte("x")); err != nil {
		return err
	}
	return c.Close()
}

// fromCfg gives the hook a conn it borrows from its parameter: a real
// leak, missed at HEAD.
func (p *Pool) fromCfg(cfg struct{ Prev net.Conn }, addr string) error { // want fromCfg:"closes p1.Prev"
	c, err := p.Dial(cfg.Prev, addr) // want `c returned by p.Dial is not closed`
	if err != nil {
		return err
	}
	if _, err := c.Write([]byte("x")); err != nil {
		return err
	}
	return c.Close()
}

// readAt opens name relative to dir through openat and drops the file
// where the read fails: a real leak, missed at HEAD.
func readAt(openat func(dir *os.File, name string) (*os.File, error), dir *os.File) ([]byte, error) { // want readAt:"keeps p1; exposes p1"
	f, err := openat(dir, "config.json") // want `f returned by openat is not closed`
	if err != nil {
		return nil, err
	}
	buf := make([]byte, 512)
	n, err := f.Read(buf)
	if err != nil {
		return nil, err
	}
	f.Close()
	return buf[:n], nil
}

// Client redials through a hook it is configured with.
type Client struct {
	Redial func(old net.Conn) (net.Conn, error)
	conn   net.Conn
}

// ping redials and drops the new conn where the write fails: a real leak,
// missed at HEAD.
func (c *Client) ping() error { // want ping:"closes p0.conn"
	nc, err := c.Redial(c.conn) // want `nc returned by c.Redial is not closed`
	if err != nil {
		return err
	}
	if _, err := nc.Write([]byte("ping")); err != nil {
		return errors.New("ping failed")
	}
	return nc.Close()
}
