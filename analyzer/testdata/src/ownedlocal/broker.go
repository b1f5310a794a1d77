package ownedlocal

import "net"

// broker serves on a listener until it is closed; its loop closes the
// listener.
type broker struct {
	ln      net.Listener
	closing chan struct{}
}

func (b *broker) serve() { // want serve:"closes p0.ln"
	<-b.closing
	b.ln.Close()
}

func (b *broker) Close() { close(b.closing) }

// newBroker hands the listener to the broker's goroutine.
func newBroker(ln net.Listener) *broker { // want newBroker:"keeps p0"
	b := &broker{ln: ln, closing: make(chan struct{})}
	go b.serve()
	return b
}

// SafeBrokerAddr is fine: the broker's goroutine owns the listener.
func SafeBrokerAddr(addr string) (*broker, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, err
	}
	return newBroker(ln), nil
}

// idleBroker's goroutine only waits; nothing closes its listener.
type idleBroker struct {
	ln      net.Listener
	closing chan struct{}
}

func (b *idleBroker) wait() { <-b.closing }

func (b *idleBroker) Close() { close(b.closing) }

func newIdleBroker(ln net.Listener) *idleBroker {
	b := &idleBroker{ln: ln, closing: make(chan struct{})}
	go b.wait()
	return b
}

func LeakIdleBroker(addr string) (*idleBroker, error) {
	ln, err := net.Listen("tcp", addr) // want `ln returned by net.Listen is not closed`
	if err != nil {
		return nil, err
	}
	return newIdleBroker(ln), nil
}
