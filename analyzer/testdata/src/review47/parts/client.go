package parts

import (
	"bufio"
	"errors"
	"net"
)

// client dials the address it records; it is given no resource.
type client struct {
	addr string
	conn net.Conn
	rd   *bufio.Reader
}

func (c *client) Close() error { return c.conn.Close() } // want Close:"releases p0; closes p0\\.conn"

func newClient(addr string) (*client, error) {
	c := &client{addr: addr}
	conn, err := net.Dial("tcp", c.addr)
	if err != nil {
		return nil, err
	}
	c.conn = conn
	c.rd = bufio.NewReader(c.conn)
	return c, nil
}

func Hello(addr string) (string, error) {
	c, err := newClient(addr) /* LEAK: at the return of line 35. Both builds report it (control: no wrapper parameter) */ // want `c returned by newClient is not closed on all paths`
	if err != nil {
		return "", err
	}
	if addr == "" {
		return "", errors.New("no address")
	}
	defer c.Close()
	return c.rd.ReadString('\n')
}
