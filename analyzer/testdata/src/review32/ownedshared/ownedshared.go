// Package ownedshared tests rule 1's ownedPart/madeFresh: the field that
// Close calls into (t.g.dec()) is filled only by newGauge(), which
// returns a new allocation, but newGauge also registers it in a package
// list that OpenStreams reads: the gauge is shared, and Close lowering its
// count is the same kind of release as collectdep's Tally giving its
// pool back. By the standard of collectuse.tallyLeak, streamLeak SHOULD be
// reported (a stream dropped unclosed stays counted as open forever).
//
// Fixed since (round twenty-one): a part counts as owned only where the new value that fills it goes nowhere else (onlyFilled): streamLeak is reported.
package ownedshared

import "errors"

type gauge struct{ open int }

var gauges []*gauge

func newGauge() *gauge {
	g := &gauge{}
	gauges = append(gauges, g)
	return g
}

func (g *gauge) inc() { g.open++ } // want inc:"nothing when zero"
func (g *gauge) dec() { g.open-- } // want dec:"nothing when zero"

// OpenStreams counts the streams not closed yet.
func OpenStreams() int {
	n := 0
	for _, g := range gauges {
		n += g.open
	}
	return n
}

// Stream is counted open until Close.
type Stream struct {
	g  *gauge
	ch chan int
}

// NewStream opens a stream.
func NewStream() *Stream {
	s := &Stream{ch: make(chan int, 4)}
	s.g = newGauge()
	s.g.inc()
	return s
}

// Put queues v.
func (s *Stream) Put(v int) { s.ch <- v }

// Close drains the stream and counts it closed.
func (s *Stream) Close() {
	close(s.ch)
	for range s.ch {
	}
	s.g.dec()
}

var errFail = errors.New("fail")

func streamLeak(fail bool) error {
	s := NewStream() // want `s returned by NewStream is not closed on all paths`
	s.Put(1)
	if fail {
		return errFail
	}
	s.Close()
	return nil
}
