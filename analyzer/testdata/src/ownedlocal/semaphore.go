package ownedlocal

// This file: a Close that only closes a channel its value keeps to itself
// releases nothing, unless a goroutine of the package can wait on it.

import "net"

// sem is a counting semaphore: a channel of tokens that never leaves it.
type sem struct{ tokens chan struct{} }

func newSem(n int) *sem {
	ch := make(chan struct{}, n)
	for range n {
		ch <- struct{}{}
	}
	return &sem{tokens: ch}
}

func (s *sem) acquire()   { <-s.tokens }
func (s *sem) release()   { s.tokens <- struct{}{} }
func (s *sem) free() bool { return len(s.tokens) > 0 }

// Close wakes the callers blocked in acquire.
func (s *sem) Close() { close(s.tokens) } // want Close:"releases nothing"

// connPool limits its conns by a semaphore that its Close leaves open.
type connPool struct {
	sem   *sem
	conns []net.Conn
}

func (p *connPool) Close() error { // want Close:"nil r0"
	for _, c := range p.conns {
		c.Close()
	}
	return nil
}

// fill dials conns while the semaphore has tokens.
func (p *connPool) fill(addr string) {
	for p.sem.free() {
		p.sem.acquire()
		c, err := net.Dial("tcp", addr)
		if err != nil {
			p.sem.release()
			return
		}
		p.conns = append(p.conns, c)
	}
}

// SafeNewConnPool is fine: only the callers blocked in acquire could wait
// on the semaphore's channel, and they hold the pool.
func SafeNewConnPool(n int, addr string) *connPool {
	p := &connPool{sem: newSem(n)}
	if addr != "" {
		p.fill(addr)
	}
	return p
}

// ticker stops the goroutine it starts when it is closed.
type ticker struct{ stop chan struct{} }

func newTicker() *ticker {
	t := &ticker{stop: make(chan struct{})}
	go t.run()
	return t
}

func (t *ticker) run() { <-t.stop }

func (t *ticker) Close() { close(t.stop) }

// tickPool keeps a ticker that its Close leaves running.
type tickPool struct {
	tick  *ticker
	conns []net.Conn
}

func (p *tickPool) Close() error { // want Close:"nil r0"
	for _, c := range p.conns {
		c.Close()
	}
	return nil
}

// fill dials a conn.
func (p *tickPool) fill(addr string) {
	c, err := net.Dial("tcp", addr)
	if err != nil {
		return
	}
	p.conns = append(p.conns, c)
}

// newTickPool leaks the ticker's goroutine: nothing closes the ticker.
func newTickPool(addr string) *tickPool {
	p := &tickPool{tick: newTicker()} // want `the \*ticker returned by newTicker is not closed on all paths`
	if addr != "" {
		p.fill(addr)
	}
	return p
}
