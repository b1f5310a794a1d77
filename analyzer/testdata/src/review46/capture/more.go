package capture

import (
	"errors"

	"review46/capture/api"
	"review46/capture/dep"
)

// LeakOuterSwapLoose reads s in a deferred closure; the function itself
// swaps s for a loose socket when own is false: the listener is then the
// caller's, and it is dropped where check fails.
func LeakOuterSwapLoose(addr string, own bool, check func() bool) error {
	s, err := dep.NewSocket()
	if err != nil {
		return err
	}
	defer func() { _ = s.Close() }()
	if !own {
		s.Close()
		s, _ = dep.NewLoose()
	}
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

// LeakCloseOnFailureOnly closes the socket in its deferred closure only
// where it fails: on success the socket, and the listener it owns, stay
// open (nothing keeps them).
func LeakCloseOnFailureOnly(addr string) (err error) {
	s, err := dep.NewSocket() // MISSED (see README.md): s returned by dep.NewSocket is not closed on all paths: the return at line 53
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			_ = s.Close()
		}
	}()
	l, err := s.NewListener(addr)
	if err != nil {
		return err
	}
	return l.Listen()
}

// LeakCloseUnlessDone closes the socket in its deferred closure unless
// done was set, which it sets on success without keeping the socket
// anywhere: the socket and its listener stay open.
func LeakCloseUnlessDone(addr string) error {
	s, err := dep.NewSocket() // MISSED (see README.md): s returned by dep.NewSocket is not closed on all paths: the return at line 78
	if err != nil {
		return err
	}
	done := false
	defer func() {
		if !done {
			_ = s.Close()
		}
	}()
	l, err := s.NewListener(addr)
	if err != nil {
		return err
	}
	if err := l.Listen(); err != nil {
		return err
	}
	done = true
	return nil
}

// SafeCloseUnlessReturned closes the socket in its deferred closure
// unless it returns it: the caller owns the socket and its listener.
func SafeCloseUnlessReturned(addr string) (api.Socket, error) { // want SafeCloseUnlessReturned:"r0 is \\*review46/capture/core\\.socket"
	s, err := dep.NewSocket()
	if err != nil {
		return nil, err
	}
	done := false
	defer func() {
		if !done {
			_ = s.Close()
		}
	}()
	l, err := s.NewListener(addr)
	if err != nil {
		return nil, err
	}
	if err := l.Listen(); err != nil {
		return nil, err
	}
	done = true
	return s, nil
}
