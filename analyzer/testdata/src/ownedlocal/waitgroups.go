package ownedlocal

// This file: a Close that closes a channel of its own and waits for a
// sync.WaitGroup of its own releases nothing when the package starts no
// goroutine that can see the value: the group only counts method calls in
// flight on the caller's goroutines.

import (
	"errors"
	"sync"
)

// publisher counts the Publish calls in flight, and its Close waits for
// them.
type publisher struct {
	topic   string
	wg      *sync.WaitGroup
	closeCh chan struct{}
	closed  bool
}

func newPublisher(topic string) (*publisher, error) {
	if topic == "" {
		return nil, errors.New("no topic")
	}
	return &publisher{topic: topic, wg: new(sync.WaitGroup), closeCh: make(chan struct{})}, nil
}

// Publish is synchronous: it counts itself in the group while it runs.
func (p *publisher) Publish(msg string) error {
	select {
	case <-p.closeCh:
		return errors.New("closed")
	default:
	}
	p.wg.Add(1)
	defer p.wg.Done()
	_ = msg
	return nil
}

func (p *publisher) Close() error { // want Close:"releases nothing"
	if p.closed {
		return nil
	}
	p.closed = true
	close(p.closeCh)
	p.wg.Wait()
	return nil
}

// SafePublisherPair is fine: the first publisher, dropped when the second
// cannot be made, holds nothing.
func SafePublisherPair(a, b string) (*publisher, *publisher, error) {
	p, err := newPublisher(a)
	if err != nil {
		return nil, nil, err
	}
	q, err := newPublisher(b)
	if err != nil {
		return nil, nil, err
	}
	return p, q, nil
}

// poller's Start runs a loop on a goroutine, which its Close stops and
// waits for.
type poller struct {
	wg   sync.WaitGroup
	quit chan struct{}
}

func newPoller(name string) (*poller, error) { // want newPoller:"dormant r0"
	if name == "" {
		return nil, errors.New("no name")
	}
	return &poller{quit: make(chan struct{})}, nil
}

func (p *poller) Start() { // want Start:"keeps p0; starts p0"
	p.wg.Add(1)
	go p.loop()
}

func (p *poller) loop() {
	defer p.wg.Done()
	<-p.quit
}

func (p *poller) Close() error { // want Close:"nil r0"
	close(p.quit)
	p.wg.Wait()
	return nil
}

// pollerPairLeak drops the first poller, whose loop may run, when the
// second cannot be made.
func pollerPairLeak(a, b string) (*poller, *poller, error) {
	p, err := newPoller(a) // want `p returned by newPoller is not closed on all paths: the return at line 106 is reached when err != nil at line 105 \(possible resource leak\)`
	if err != nil {
		return nil, nil, err
	}
	p.Start()
	q, err := newPoller(b)
	if err != nil {
		return nil, nil, err
	}
	q.Start()
	return p, q, nil
}
