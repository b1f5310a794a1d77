package ownedlocal

// This file: a value whose Close only stops the goroutines that its
// methods start holds nothing until one of them runs. A new one that is
// dropped unstarted leaks nothing; a started one must be closed.

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
)

// subscriber's Subscribe starts a goroutine that its Close stops and
// waits for.
type subscriber struct {
	topic   string
	wg      *sync.WaitGroup
	closing chan struct{}
	closed  atomic.Bool
}

func newSubscriber(topic string) (*subscriber, error) { // want newSubscriber:"dormant r0"
	if topic == "" {
		return &subscriber{}, errors.New("no topic")
	}
	return &subscriber{topic: topic, wg: &sync.WaitGroup{}, closing: make(chan struct{})}, nil
}

func (s *subscriber) Subscribe(ctx context.Context) <-chan string { // want Subscribe:"keeps p0,p1; starts p0"
	out := make(chan string)
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		defer close(out)
		select {
		case <-ctx.Done():
		case <-s.closing:
		}
	}()
	return out
}

func (s *subscriber) Close() error { // want Close:"nil r0"
	if !s.closed.CompareAndSwap(false, true) {
		return nil
	}
	close(s.closing)
	s.wg.Wait()
	return nil
}

// SafeSubscriberPair is fine: the first subscriber, dropped unstarted when
// the second cannot be made, holds nothing.
func SafeSubscriberPair(a, b string) (*subscriber, *subscriber, error) { // want SafeSubscriberPair:"dormant r0,r1"
	s, err := newSubscriber(a)
	if err != nil {
		return nil, nil, err
	}
	t, err := newSubscriber(b)
	if err != nil {
		return nil, nil, err
	}
	return s, t, nil
}

// subscribedPairLeak starts the first subscriber's goroutine, and leaves it
// running when the second cannot be made.
func subscribedPairLeak(ctx context.Context, a, b string) (<-chan string, *subscriber, error) { // want subscribedPairLeak:"keeps p0"
	s, err := newSubscriber(a) // want `s returned by newSubscriber is not closed on all paths`
	if err != nil {
		return nil, nil, err
	}
	out := s.Subscribe(ctx)
	t, err := newSubscriber(b)
	if err != nil {
		return nil, nil, err
	}
	_ = t
	return out, s, nil
}
