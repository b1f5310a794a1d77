package empty

import (
	"errors"
	"net"
	"os"
	"sync"
)

var errTaken = errors.New("taken")

type lazyConn struct {
	addr string
	conn *net.TCPConn
	cmds chan string
}

func newLazyConn(addr string) *lazyConn { // want newLazyConn:"empty r0"
	return &lazyConn{addr: addr, cmds: make(chan string)}
}

func (c *lazyConn) Connect() error {
	conn, err := net.Dial("tcp", c.addr)
	if err != nil {
		return err
	}
	c.conn = conn.(*net.TCPConn)
	if _, err := c.conn.Write([]byte("IDENTIFY")); err != nil {
		return err // the conn stays open in c
	}
	return nil
}

func (c *lazyConn) Close() error { // want Close:"nothing when zero"
	if c.conn != nil {
		return c.conn.CloseRead()
	}
	return nil
}

// baseline: direct Connect.
func directLeak(addr string) error {
	conn := newLazyConn(addr) // want `conn returned by newLazyConn is not closed`
	if err := conn.Connect(); err != nil {
		return err
	}
	return conn.Close()
}

// Connect called only inside a closure that captures the variable.
func closureConnectLeak(addr string) error {
	conn := newLazyConn(addr) // want `conn returned by newLazyConn is not closed`
	connect := func() error { return conn.Connect() }
	if err := connect(); err != nil {
		return err
	}
	return conn.Close()
}

// Connect through a method value.
func methodValueLeak(addr string) error {
	conn := newLazyConn(addr) // want `conn returned by newLazyConn is not closed`
	connect := conn.Connect
	if err := connect(); err != nil {
		return err
	}
	return conn.Close()
}

type connecter interface{ Connect() error }

// Connect through an interface.
func ifaceLeak(addr string) error {
	conn := newLazyConn(addr) // want `conn returned by newLazyConn is not closed`
	var ci connecter = conn
	if err := ci.Connect(); err != nil {
		return err
	}
	return conn.Close()
}

// The caller dials into the field itself and drops the value.
func fieldStoreLeak(addr string) error {
	c := newLazyConn(addr)
	tc, err := net.DialTCP("tcp", nil, nil) // want `tc returned by net.DialTCP is not closed`
	if err != nil {
		return err
	}
	c.conn = tc
	if c.addr == "" {
		return errTaken
	}
	return c.Close()
}

// Field store of an asserted conn.
func fieldStoreAssertLeak(addr string) error {
	c := newLazyConn(addr)
	nc, err := net.Dial("tcp", addr) // want `nc returned by net.Dial is not closed`
	if err != nil {
		return err
	}
	c.conn = nc.(*net.TCPConn)
	if c.addr == "" {
		return errTaken
	}
	return c.Close()
}

// Struct copy fills it.
func copyLeak(addr string, other *lazyConn) error {
	conn := newLazyConn(addr) // want `conn returned by newLazyConn is not closed`
	if err := other.Connect(); err != nil {
		return err
	}
	*conn = *other
	other.conn = nil
	if conn.addr == "" {
		return errTaken
	}
	return conn.Close()
}

// Connect in a goroutine, waited for.
func goroutineLeak(addr string) error {
	// Missed, before these rules and since: a known hole, kept visible.
	conn := newLazyConn(addr)
	var wg sync.WaitGroup
	var err error
	wg.Add(1)
	go func() {
		defer wg.Done()
		err = conn.Connect()
	}()
	wg.Wait()
	if err != nil {
		return err
	}
	return conn.Close()
}

var registry = map[string]*lazyConn{}

// Kept in a local then connected through a pointer read out of a map that
// the function fills itself and empties again.
func mapLeak(addr string) error {
	// Missed, before these rules and since: a known hole, kept visible.
	conn := newLazyConn(addr)
	local := map[string]*lazyConn{addr: conn}
	if err := local[addr].Connect(); err != nil {
		return err
	}
	return nil
}

// Kept in a local var and reassigned.
func reassignedLeak(addr string) error {
	var conn *lazyConn
	conn = newLazyConn(addr) // want `conn returned by newLazyConn is not closed`
	p := &conn
	if err := (*p).Connect(); err != nil {
		return err
	}
	return conn.Close()
}

// An unrelated file stored into a field that Close does not read.
type fileHolder struct {
	conn *net.TCPConn
	log  *os.File
}

func newFileHolder() *fileHolder { return &fileHolder{} } // want newFileHolder:"empty r0"

func (h *fileHolder) Close() error { // want Close:"keeps p0; releases p0 on failure; nothing when zero; closes p0.conn"
	if h.conn != nil {
		return h.conn.Close()
	}
	return nil
}

func otherFieldLeak(name string) error {
	h := newFileHolder()
	// Missed, before these rules and since: a known hole, kept visible.
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	h.log = f
	return h.Close()
}
