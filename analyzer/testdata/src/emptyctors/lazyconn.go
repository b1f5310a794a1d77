package emptyctors

// This file holds a connection that its constructor only allocates, with
// channels made for it alone, and that its Connect method dials later:
// Close does nothing while the conn is nil. Until a method that may dial
// runs, the value holds nothing.

import (
	"errors"
	"net"
	"sync"
	"sync/atomic"
)

var errAlreadyConnected = errors.New("already connected")

type lazyConn struct {
	addr     string
	closing  int32
	conn     *net.TCPConn
	cmds     chan string
	exitChan chan int
}

func newLazyConn(addr string) *lazyConn { // want newLazyConn:"empty r0"
	return &lazyConn{addr: addr, cmds: make(chan string), exitChan: make(chan int)}
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
	atomic.StoreInt32(&c.closing, 1)
	if c.conn != nil {
		return c.conn.CloseRead()
	}
	return nil
}

type lazyPool struct {
	mu      sync.Mutex
	pending map[string]*lazyConn
}

// SafeConnectOnce returns before Connect when the address is taken: the
// new conn, which a cleanup closure shares, holds nothing there.
func (p *lazyPool) SafeConnectOnce(addr string) error {
	conn := newLazyConn(addr)
	p.mu.Lock()
	if _, ok := p.pending[addr]; ok {
		p.mu.Unlock()
		return errAlreadyConnected
	}
	p.pending[addr] = conn
	p.mu.Unlock()
	cleanup := func() {
		p.mu.Lock()
		delete(p.pending, addr)
		p.mu.Unlock()
		conn.Close()
	}
	if err := conn.Connect(); err != nil {
		cleanup()
		return err
	}
	return nil
}

// connectLeak drops the conn when Connect fails after it dialed, or when
// the second step fails.
func connectLeak(addr string) error {
	conn := newLazyConn(addr) // want `conn returned by newLazyConn is not closed on all paths: the return at line 83 is reached when err != nil at line 82`
	if err := conn.Connect(); err != nil {
		return err
	}
	if conn.addr == "" {
		return errAlreadyConnected
	}
	return conn.Close()
}

// signalConn's Close closes the channel its loop waits on: a value whose
// constructor made that channel holds what the loop will hold.
type signalConn struct {
	quit chan struct{}
	conn net.Conn
}

func newSignalConn() *signalConn { return &signalConn{quit: make(chan struct{})} }

func (s *signalConn) loop() { <-s.quit }

func (s *signalConn) Close() error { // want Close:"keeps p0; releases p0 on failure; closes p0.conn"
	close(s.quit)
	if s.conn != nil {
		return s.conn.Close()
	}
	return nil
}

// signalLeak starts the loop and never stops it.
func signalLeak() {
	s := newSignalConn() // want `s returned by newSignalConn is not closed`
	go s.loop()
}
