package empty

import (
	"net"
	"sync"
)

// Close closes the quit channel through sync.Once.
type onceConn struct {
	quit chan struct{}
	once sync.Once
	conn *net.TCPConn
}

func newOnceConn() *onceConn { return &onceConn{quit: make(chan struct{})} }

func (s *onceConn) loop() { <-s.quit }

func (s *onceConn) Close() error { // want Close:"keeps p0; closes p0.conn"
	s.once.Do(func() { close(s.quit) })
	if s.conn != nil {
		return s.conn.Close()
	}
	return nil
}

func onceLeak() {
	s := newOnceConn() // want `s returned by newOnceConn is not closed`
	go s.loop()
}

// Close wakes the loop by a send in a select.
type selectConn struct {
	quit chan struct{}
	conn *net.TCPConn
}

func newSelectConn() *selectConn { return &selectConn{quit: make(chan struct{})} }

func (s *selectConn) loop() { <-s.quit }

func (s *selectConn) Close() error { // want Close:"keeps p0; releases p0 on failure; closes p0.conn"
	select {
	case s.quit <- struct{}{}:
	default:
	}
	if s.conn != nil {
		return s.conn.Close()
	}
	return nil
}

func selectLeak() {
	s := newSelectConn() // want `s returned by newSelectConn is not closed`
	go s.loop()
}

// Close closes the channel through a method value handed to sync.Once.
type onceMethodConn struct {
	quit chan struct{}
	once sync.Once
	conn *net.TCPConn
}

func newOnceMethodConn() *onceMethodConn { return &onceMethodConn{quit: make(chan struct{})} }

func (s *onceMethodConn) loop()     { <-s.quit }
func (s *onceMethodConn) stopLoop() { close(s.quit) }

func (s *onceMethodConn) Close() error { // want Close:"keeps p0; releases p0 on failure; closes p0.conn"
	s.once.Do(s.stopLoop)
	if s.conn != nil {
		return s.conn.Close()
	}
	return nil
}

func onceMethodLeak() {
	s := newOnceMethodConn() // want `s returned by newOnceMethodConn is not closed`
	go s.loop()
}

// Close signals through a sync.Cond.
type condConn struct {
	mu   sync.Mutex
	cond *sync.Cond
	done bool
	conn *net.TCPConn
}

func newCondConn() *condConn { // want newCondConn:"empty r0"
	c := &condConn{}
	c.cond = sync.NewCond(&c.mu)
	return c
}

func (s *condConn) loop() {
	s.mu.Lock()
	for !s.done {
		s.cond.Wait()
	}
	s.mu.Unlock()
}

func (s *condConn) Close() error { // want Close:"keeps p0; releases p0 on failure; closes p0.conn"
	s.mu.Lock()
	s.done = true
	s.mu.Unlock()
	s.cond.Broadcast()
	if s.conn != nil {
		return s.conn.Close()
	}
	return nil
}

func condLeak() {
	// Missed, before these rules and since: a known hole, kept visible.
	s := newCondConn()
	go s.loop()
}
