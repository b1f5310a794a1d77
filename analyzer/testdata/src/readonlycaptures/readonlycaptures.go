// Package readonlycaptures holds tests for interface calls on a value
// whose type is known, held in a variable that a closure shares.
package readonlycaptures

import (
	"log"
	"time"

	"readonlycaptures/dep"
)

// SafeServe reads s in its deferred closure only: s is still the socket
// that NewSocket made, whose listeners it owns.
func SafeServe(addr string) {
	s, err := dep.NewSocket()
	if err != nil {
		log.Fatal(err)
	}
	defer func() { time.Sleep(time.Millisecond); _ = s.Close() }()
	l, err := s.NewListener(addr)
	if err != nil {
		log.Fatal(err)
	}
	if err := l.Listen(); err != nil {
		log.Fatal(err)
	}
}

// LeakServe lets its closure set s to a socket of another kind before
// the listener is made: what that one's listeners are, nothing says.
func LeakServe(addr string, swap func() bool) { // want LeakServe:"releases p1"
	s, err := dep.NewSocket()
	if err != nil {
		log.Fatal(err)
	}
	reset := func() {
		if swap() {
			s = dep.Other()
		}
	}
	reset()
	defer func() { _ = s.Close() }()
	l, err := s.NewListener(addr) // want `l returned by s.NewListener is not closed on all paths: the end of the function at line 50 is reached when err != nil is false at line 47 \(possible resource leak\)`
	if err != nil {
		log.Fatal(err)
	}
	if err := l.Listen(); err != nil {
		log.Fatal(err)
	}
}
