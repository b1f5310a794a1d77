// Package capture probes the rule of eb6d2d2 that lets a variable shared
// with a closure that only reads it keep the dynamic type stored into it
// (dynamicTypes, isCaptured/closureMaySet).
package capture

import (
	"errors"
	"log"

	"review46/capture/api"
	"review46/capture/dep"
)

// SafeDeferredClose reads s in its deferred closure, which closes it and
// with it the listener it owns.
func SafeDeferredClose(addr string) error {
	s, err := dep.NewSocket()
	if err != nil {
		return err
	}
	defer func() { _ = s.Close() }()
	l, err := s.NewListener(addr)
	if err != nil {
		return err
	}
	return l.Listen()
}

// LeakCleanupOnErrorOnly closes the socket through a cleanup closure that
// it calls only where something failed: on success the socket, and the
// listener it owns, stay open.
func LeakCleanupOnErrorOnly(addr string) error {
	s, err := dep.NewSocket() // want `s returned by dep.NewSocket is not closed on all paths: the return at line 47 is reached when err != nil is false at line 43 \(possible resource leak\)`
	if err != nil {
		return err
	}
	cleanup := func() { _ = s.Close() }
	l, err := s.NewListener(addr)
	if err != nil {
		cleanup()
		return err
	}
	if err := l.Listen(); err != nil {
		cleanup()
		return err
	}
	return nil
}

// LeakLogOnlyClosure reads s in a deferred closure that only logs it:
// nothing closes the socket or its listener.
func LeakLogOnlyClosure(addr string) error {
	s, err := dep.NewSocket() // want `s returned by dep.NewSocket is not closed on any path: it is left open at the return at line 60 and the return at line 62 \(possible resource leak\)`
	if err != nil {
		return err
	}
	defer func() { log.Printf("socket %v done", s) }()
	l, err := s.NewListener(addr)
	if err != nil {
		return err
	}
	return l.Listen()
}

// LeakEitherKind holds a socket of either kind in s, read by its
// deferred closure; with the loose one, the listener is dropped.
func LeakEitherKind(addr string, own bool, check func() bool) error {
	var s api.Socket
	var err error
	if own {
		s, err = dep.NewSocket()
	} else {
		s, err = dep.NewLoose()
	}
	if err != nil {
		return err
	}
	defer func() { _ = s.Close() }()
	l, err := s.NewListener(addr) // want `l returned by s.NewListener is not closed on all paths`
	if err != nil {
		return err
	}
	if err := l.Listen(); err != nil {
		return err
	}
	if !check() {
		return errors.New("check failed")
	}
	return l.Close()
}

// LeakNestedSetter lets a closure nested in the one it makes swap s for
// a loose socket, whose listeners are the caller's: s's type is unknown
// (the control case: the closure sets s), and the listener is dropped.
func LeakNestedSetter(addr string, swap func() bool) error { // want LeakNestedSetter:"releases p1"
	s, err := dep.NewSocket()
	if err != nil {
		return err
	}
	reset := func() {
		func() {
			if swap() {
				_ = s.Close()
				s, _ = dep.NewLoose()
			}
		}()
	}
	reset()
	defer func() { _ = s.Close() }()
	l, err := s.NewListener(addr) // want `l returned by s.NewListener is not closed before the return at line 114 \(possible resource leak\)`
	if err != nil {
		return err
	}
	return l.Listen()
}

// SafeReturnedCloser hands the socket to the closure it returns.
func SafeReturnedCloser(addr string) (func() error, error) {
	s, err := dep.NewSocket()
	if err != nil {
		return nil, err
	}
	l, err := s.NewListener(addr)
	if err != nil {
		s.Close()
		return nil, err
	}
	if err := l.Listen(); err != nil {
		s.Close()
		return nil, err
	}
	return func() error { return s.Close() }, nil
}

// SafeGoroutineCloser hands the socket to a goroutine that closes it
// once stop is closed.
func SafeGoroutineCloser(addr string, stop chan struct{}) error { // want SafeGoroutineCloser:"keeps p1"
	s, err := dep.NewSocket()
	if err != nil {
		return err
	}
	go func() {
		<-stop
		_ = s.Close()
	}()
	l, err := s.NewListener(addr)
	if err != nil {
		return err
	}
	return l.Listen()
}
