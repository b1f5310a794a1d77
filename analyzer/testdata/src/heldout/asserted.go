package heldout

// This file holds a producer asserted to its concrete type and handed to
// a constructor that keeps it in the value it returns.

import (
	"errors"
	"net"
)

// Producer sends messages over a connection of its own.
type Producer interface {
	Send(msg string) error
	Close() error
}

// asyncProducer owns its connection, which the goroutine that AsyncClose
// starts closes.
type asyncProducer struct {
	conn net.Conn
	done chan struct{}
}

func newProducer(addr string) (Producer, error) { // want newProducer:"r0 is \\*asyncProducer"
	c, err := net.Dial("tcp", addr)
	if err != nil {
		return nil, err
	}
	return &asyncProducer{conn: c, done: make(chan struct{})}, nil
}

func (p *asyncProducer) Send(msg string) error {
	_, err := p.conn.Write([]byte(msg))
	return err
}

// AsyncClose starts the goroutine that shuts the producer down.
func (p *asyncProducer) AsyncClose() { // want AsyncClose:"releases p0; starts p0"
	go safely(p.shutdown)
}

// safely runs fn, recovering from a panic in it.
func safely(fn func()) { // want safely:"releases p0"
	defer func() { recover() }()
	fn()
}

func (p *asyncProducer) shutdown() { // want shutdown:"closes p0.conn"
	p.conn.Close()
	close(p.done)
}

// Close shuts the producer down and waits until it is done.
func (p *asyncProducer) Close() error { // want Close:"nil r0"
	p.AsyncClose()
	<-p.done
	return nil
}

// syncProducer sends, from a goroutine of its own, through a producer
// that its Close shuts down.
type syncProducer struct {
	producer *asyncProducer
	msgs     chan string
}

func newSyncProducer(p *asyncProducer) *syncProducer { // want newSyncProducer:"keeps p0; wraps p0 in r0"
	sp := &syncProducer{producer: p, msgs: make(chan string)}
	go safely(sp.forward)
	return sp
}

func (sp *syncProducer) forward() {
	for msg := range sp.msgs {
		sp.producer.Send(msg)
	}
}

func (sp *syncProducer) Send(msg string) error { // want Send:"nil r0"
	sp.msgs <- msg
	return nil
}

func (sp *syncProducer) Close() error { // want Close:"nil r0"
	sp.producer.AsyncClose()
	return nil
}

// NewSyncProducer is fine: the producer, asserted to its concrete type,
// is kept by the syncProducer returned, whose Close starts its shutdown.
func NewSyncProducer(addr string) (Producer, error) { // want NewSyncProducer:"r0 is \\*syncProducer"
	p, err := newProducer(addr)
	if err != nil {
		return nil, err
	}
	return newSyncProducer(p.(*asyncProducer)), nil
}

// asyncCloser starts shutting down what it is.
type asyncCloser interface {
	AsyncClose()
}

// queue holds, behind an interface, a producer that its Close shuts
// down.
type queue struct {
	producer asyncCloser
}

func newQueue(p *asyncProducer) *queue { return &queue{producer: p} } // want newQueue:"keeps p0; wraps p0 in r0"

func (q *queue) Close() error { // want Close:"nil r0"
	q.producer.AsyncClose()
	return nil
}

// NewQueue is fine: the producer is kept by the queue returned, whose
// Close starts its shutdown through the interface.
func NewQueue(addr string) (*queue, error) {
	p, err := newProducer(addr)
	if err != nil {
		return nil, err
	}
	return newQueue(p.(*asyncProducer)), nil
}

// sendOnceLeaky leaks the producer: the syncProducer that holds it is
// dropped without being closed.
func sendOnceLeaky(addr string) error {
	p, err := newProducer(addr) // want `p returned by newProducer is not closed`
	if err != nil {
		return err
	}
	sp := newSyncProducer(p.(*asyncProducer))
	return sp.Send("hello")
}

// checkProducer only reads the producer it is given.
func checkProducer(p *asyncProducer) error {
	if p.conn == nil {
		return errors.New("producer: no connection")
	}
	return nil
}

// checkedProducerLeaky leaks the producer when the check fails: the
// asserted value was only read.
func checkedProducerLeaky(addr string) (Producer, error) { // want checkedProducerLeaky:"r0 is \\*asyncProducer"
	p, err := newProducer(addr) // want `p returned by newProducer is not closed on all paths`
	if err != nil {
		return nil, err
	}
	if err := checkProducer(p.(*asyncProducer)); err != nil {
		return nil, err
	}
	return p, nil
}

// farewell says goodbye through a producer it does not own: its Close
// sends a last message and leaves the producer open.
type farewell struct {
	producer *asyncProducer
}

func newFarewell(p *asyncProducer) *farewell { return &farewell{producer: p} }

func (f *farewell) Close() error { return f.producer.Send("bye") }

// farewellLeaky leaks the producer: closing the farewell it returns does
// not shut the producer down.
func farewellLeaky(addr string) (*farewell, error) {
	p, err := newProducer(addr) // want `p returned by newProducer is not closed before the return`
	if err != nil {
		return nil, err
	}
	return newFarewell(p.(*asyncProducer)), nil
}
