package dep

import "net"

// Lazy dials in Connect; its Close does nothing before.
type Lazy struct {
	addr string
	conn *net.TCPConn
}

func NewLazy(addr string) *Lazy { return &Lazy{addr: addr} } // want NewLazy:"empty r0"

func (c *Lazy) Connect() error {
	conn, err := net.Dial("tcp", c.addr)
	if err != nil {
		return err
	}
	c.conn = conn.(*net.TCPConn)
	if _, err := c.conn.Write([]byte("HELLO")); err != nil {
		return err
	}
	return nil
}

func (c *Lazy) Close() error { // want Close:"keeps p0; releases p0 on failure; nothing when zero; closes p0.conn"
	if c.conn != nil {
		return c.conn.Close()
	}
	return nil
}

// NewOrGiven returns its argument on some path.
func NewOrGiven(c Collection) Collection { // want NewOrGiven:"keeps p0; borrows r0; returns p0 as r0"
	if c != nil {
		return c
	}
	return &collection{}
}
