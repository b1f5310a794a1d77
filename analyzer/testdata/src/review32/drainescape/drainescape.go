// Package drainescape tests rule 1 (drainsClosed): a Close that closes an
// unexported channel field and drains it, where the package hands the
// channel out through an accessor (Results) and a goroutine ranges over
// it. Close is what ends that goroutine, so the Stream is a resource and
// leakvet SHOULD report streamLeak (the consume goroutine blocks forever).
// The package itself starts the goroutine, but the goroutine captures only
// the channel, not a *Stream, so startsGoroutineWith does not see it.
//
// Fixed since (round twenty-one): the drain counts only where the channel stays in the value (channelStaysIn), as for closesPrivateChannel: streamLeak is reported.
package drainescape

import (
	"errors"
	"fmt"
)

// Stream sums what is sent to it; Results lets others watch the values.
type Stream struct {
	ch  chan int
	sum int
}

// NewStream returns an open stream.
func NewStream() *Stream { return &Stream{ch: make(chan int, 8)} }

// Results gives the channel to a consumer.
func (s *Stream) Results() <-chan int { return s.ch } // want Results:"gives p0.ch as r0"

// Put queues v.
func (s *Stream) Put(v int) { s.ch <- v }

// Close ends the stream: it wakes the consumers and adds up what is left.
func (s *Stream) Close() {
	close(s.ch)
	for v := range s.ch {
		s.sum += v
	}
}

func consume(ch <-chan int) {
	for v := range ch {
		fmt.Println(v)
	}
}

var errFail = errors.New("fail")

func streamLeak(fail bool) error {
	s := NewStream() // want `s returned by NewStream is not closed on all paths`
	go consume(s.Results())
	s.Put(1)
	if fail {
		return errFail // the consume goroutine never ends
	}
	s.Close()
	return nil
}

// SafeStream is fine: it closes the stream on every path.
func SafeStream(fail bool) error {
	s := NewStream()
	defer s.Close()
	go consume(s.Results())
	if fail {
		return errFail
	}
	s.Put(1)
	return nil
}
