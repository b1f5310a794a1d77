package emptyctors

// This file builds a set of connections that starts empty: its Close
// closes the connections that Add put into it, so a set dropped before
// the first Add holds nothing.

import (
	"errors"
	"net"
	"sync"
)

// ConnSet tracks the connections of a proxy by instance.
type ConnSet struct {
	mu sync.Mutex
	m  map[string][]net.Conn
}

// NewConnSet returns an empty set.
func NewConnSet() *ConnSet { // want NewConnSet:"empty r0"
	return &ConnSet{m: make(map[string][]net.Conn)}
}

// Add puts c into the set.
func (s *ConnSet) Add(id string, c net.Conn) { // want Add:"keeps p2"
	s.mu.Lock()
	s.m[id] = append(s.m[id], c)
	s.mu.Unlock()
}

// Close closes every connection in the set.
func (s *ConnSet) Close() error { // want Close:`closes p0.m\[\]`
	s.mu.Lock()
	defer s.mu.Unlock()
	var errs []error
	for _, conns := range s.m {
		for _, c := range conns {
			errs = append(errs, c.Close())
		}
	}
	return errors.Join(errs...)
}

// SafeMount is fine: the set is dropped where mounting failed, before
// anything was added to it.
func SafeMount(mount func() error, l net.Listener) error { // want SafeMount:"releases p0"
	conns := NewConnSet()
	if err := mount(); err != nil {
		return err
	}
	defer conns.Close()
	c, err := l.Accept()
	if err != nil {
		return err
	}
	conns.Add("main", c)
	return nil
}

// addedLeak drops the set after a connection was added to it. The
// return before the Add holds nothing.
func addedLeak(check func() error, l net.Listener) error {
	conns := NewConnSet() // want `conns returned by NewConnSet is not closed on all paths: the return at line 70 is reached when err != nil at line 69 \(possible resource leak\)`
	c, err := l.Accept()
	if err != nil {
		return err
	}
	conns.Add("main", c)
	if err := check(); err != nil {
		return err
	}
	return conns.Close()
}
