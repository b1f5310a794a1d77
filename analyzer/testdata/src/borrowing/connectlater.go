package borrowing

import (
	"errors"
	"net"
	"sync/atomic"
	"time"
)

// streamConn is a connection that its constructor only describes: the
// socket is dialled later, by Connect. Its Close only starts closing:
// it marks the connection and shuts down its reading side, which makes
// the reading loop close the rest.
type streamConn struct {
	addr     string
	conn     *net.TCPConn
	closing  int32
	inFlight int64
	created  int64
	cmds     chan string
	exit     chan int
	logs     []string
}

func (c *streamConn) Close() error {
	atomic.StoreInt32(&c.closing, 1)
	if c.conn != nil && atomic.LoadInt64(&c.inFlight) == 0 {
		return c.conn.CloseRead()
	}
	return nil
}

// Connect dials the connection and keeps it where Close shuts it down.
func (c *streamConn) Connect() error {
	conn, err := net.Dial("tcp", c.addr)
	if err != nil {
		return err
	}
	c.conn = conn.(*net.TCPConn)
	return nil
}

// newStreamConn holds nothing yet: Close reaches only fields that it
// leaves unset, and the channels it makes for the connection alone wait
// for a reading loop that Connect would start.
func newStreamConn(addr string) *streamConn { // want newStreamConn:"empty r0"
	return &streamConn{
		addr:    addr,
		created: time.Now().UnixNano(),
		cmds:    make(chan string),
		exit:    make(chan int),
		logs:    make([]string, 4),
	}
}

var errConnected = errors.New("already connected")

// SafeConnectOnce is fine: the connection it drops when addr is taken
// was never dialled.
func SafeConnectOnce(addr string, taken map[string]bool) error {
	c := newStreamConn(addr)
	if taken[addr] {
		return errConnected
	}
	taken[addr] = true
	if err := c.Connect(); err != nil {
		c.Close()
		return err
	}
	return c.Close()
}

// adoptStreamConn puts a connection it is given where Close shuts it
// down: its result is a resource.
func adoptStreamConn(conn *net.TCPConn) *streamConn {
	return &streamConn{addr: conn.RemoteAddr().String(), conn: conn, exit: make(chan int)}
}

// adoptedConnectOnceLeak drops the stream when addr is taken, without
// shutting its connection down.
func adoptedConnectOnceLeak(conn *net.TCPConn, addr string, taken map[string]bool) error {
	c := adoptStreamConn(conn) // want `c returned by adoptStreamConn is not closed before the return at line 84`
	if taken[addr] {
		return errConnected
	}
	return c.Close()
}

// guardedConn's Close closes its exit channel besides shutting down the
// connection: a goroutine may wait on that channel.
type guardedConn struct {
	conn *net.TCPConn
	exit chan int
}

func (c *guardedConn) Close() error {
	close(c.exit)
	if c.conn != nil {
		return c.conn.CloseRead()
	}
	return nil
}

func waitExit(exit chan int) { <-exit }

// newWatchedConn starts a goroutine that only Close ends: the channel
// that Close closes is set here.
func newWatchedConn() *guardedConn {
	c := &guardedConn{exit: make(chan int)}
	go waitExit(c.exit)
	return c
}

// watchedConnDropped leaks the goroutine that newWatchedConn started.
func watchedConnDropped(ok bool) error {
	c := newWatchedConn() // want `c returned by newWatchedConn is not closed on all paths`
	if !ok {
		return errConnected
	}
	return c.Close()
}

// startBeat starts a goroutine that waits on c's exit channel; it sets
// no field.
func (c *beatClient) startBeat() { go heartbeat(c.done) }

// newBeatingClient makes the channel for the client alone, but gives the
// client to a method that starts a goroutine on it.
func newBeatingClient() *beatClient {
	c := &beatClient{done: make(chan struct{})}
	c.startBeat()
	return c
}

// beatingClientDropped leaks the goroutine that startBeat started.
func beatingClientDropped(ok bool) error {
	c := newBeatingClient() // want `c returned by newBeatingClient is not closed on all paths`
	if !ok {
		return errConnected
	}
	return c.Close()
}

// newLateBeatClient starts the goroutine on the channel it read back out
// of the client.
func newLateBeatClient() *beatClient {
	c := &beatClient{done: make(chan struct{})}
	go heartbeat(c.done)
	return c
}

// lateBeatClientDropped leaks the goroutine that newLateBeatClient
// started.
func lateBeatClientDropped(ok bool) error {
	c := newLateBeatClient() // want `c returned by newLateBeatClient is not closed on all paths`
	if !ok {
		return errConnected
	}
	return c.Close()
}

// newIdleBeatClient makes the channel for the client alone; nothing
// waits on it yet.
func newIdleBeatClient() *beatClient { // want newIdleBeatClient:"empty r0"
	return &beatClient{done: make(chan struct{})}
}

// SafeIdleBeatClient is fine: the client it drops holds no connection,
// and no goroutine waits on its channel.
func SafeIdleBeatClient(ok bool) error {
	c := newIdleBeatClient()
	if !ok {
		return errConnected
	}
	return c.Close()
}

// slots bounds the connections open at once.
var slots = make(chan struct{}, 8)

// slotConn holds one of the slots from its constructor on; its Close
// gives the slot back besides shutting the connection down.
type slotConn struct {
	conn *net.TCPConn
}

func (c *slotConn) Close() error {
	<-slots
	if c.conn != nil {
		return c.conn.CloseRead()
	}
	return nil
}

// newSlotConn takes a slot: though it sets no field, Close releases
// more than what the fields hold.
func newSlotConn() *slotConn {
	slots <- struct{}{}
	return &slotConn{}
}

// slotConnDropped keeps the slot for good when ok is false.
func slotConnDropped(ok bool) error {
	c := newSlotConn() // want `c returned by newSlotConn is not closed on all paths`
	if !ok {
		return errConnected
	}
	return c.Close()
}

// lentSlotConn gives its slot back through a helper that it hands the
// connection to.
type lentSlotConn struct {
	conn *net.TCPConn
}

func (c *lentSlotConn) Close() error { return shutDown(c.conn) }

// shutDown shuts the connection's read side down, if there is one, and
// gives a slot back.
func shutDown(conn *net.TCPConn) error {
	<-slots
	if conn != nil {
		return conn.CloseRead()
	}
	return nil
}

// newLentSlotConn takes a slot that only Close, through shutDown, gives
// back.
func newLentSlotConn() *lentSlotConn {
	slots <- struct{}{}
	return &lentSlotConn{}
}

// lentSlotConnDropped keeps the slot for good when ok is false.
func lentSlotConnDropped(ok bool) error {
	c := newLentSlotConn() // want `c returned by newLentSlotConn is not closed on all paths`
	if !ok {
		return errConnected
	}
	return c.Close()
}
