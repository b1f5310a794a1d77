package sig1

import (
	"errors"
	"net"

	"review41/sig1/dep"
)

// leakNotStarted LEAKS: Run is never started on the error path, so the
// Close that only signals it leaves the listener open. Missed: a Close
// that signals the method closing the listener is trusted to have it
// running (a documented guess).
func leakNotStarted(addr string, bad bool) error {
	l, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	a := dep.New(l)
	if bad {
		a.Close()
		return errors.New("bad config")
	}
	go a.Run()
	return nil
}

// leakNeverRun LEAKS: the acceptor is closed but never run. Missed, as
// above.
func leakNeverRun(addr string) error {
	l, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	a := dep.New(l)
	a.Close()
	return nil
}

// leakServeSignal LEAKS: Serve returns on the signal with the listener open.
func leakServeSignal(addr string) error {
	l, err := net.Listen("tcp", addr) // want `l returned by net\.Listen is not closed`
	if err != nil {
		return err
	}
	s := dep.NewServer(l)
	go s.Serve()
	s.Close()
	return nil
}

// leakPump LEAKS: the pump stops on the signal with the listener open.
func leakPump(addr string) error {
	l, err := net.Listen("tcp", addr) // want `l returned by net\.Listen is not closed`
	if err != nil {
		return err
	}
	p := dep.NewPump(l)
	p.Start()
	p.Close()
	return nil
}
