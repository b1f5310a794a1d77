// Package core implements api's sockets: socket keeps the listeners it
// makes and closes them with itself; loose gives its listeners away.
package core

import (
	"errors"
	"net"
	"sync"

	"review46/capture/api"
)

type socket struct {
	mu        sync.Mutex
	listeners []*listener
}

type loose struct{}

type listener struct {
	addr string
	l    net.Listener
}

// Make returns a socket that owns its listeners.
func Make() api.Socket { // want Make:"empty r0; r0 is \\*socket"
	return &socket{}
}

// MakeLoose returns a socket whose listeners are the caller's.
func MakeLoose() api.Socket { // want MakeLoose:"borrows r0; r0 is \\*loose"
	return &loose{}
}

// NewListener makes a listener, which the socket keeps.
func (s *socket) NewListener(addr string) (api.Listener, error) { // want NewListener:"borrows r0; r0 is \\*listener"
	if addr == "" {
		return nil, errors.New("no address")
	}
	l := &listener{addr: addr}
	s.mu.Lock()
	s.listeners = append(s.listeners, l)
	s.mu.Unlock()
	return l, nil
}

// Close closes every listener the socket made.
func (s *socket) Close() error { // want Close:"closes p0\\.listeners\\[\\]"
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, l := range s.listeners {
		l.Close()
	}
	return nil
}

// NewListener makes a listener that the caller must close.
func (*loose) NewListener(addr string) (api.Listener, error) { // want NewListener:"empty r0; r0 is \\*listener"
	if addr == "" {
		return nil, errors.New("no address")
	}
	return &listener{addr: addr}, nil
}

func (*loose) Close() error { return nil } // want Close:"nil r0; releases nothing; nothing when zero; nothing when nil"

func (l *listener) Listen() error { // want Listen:"fills p0 only on success"
	nl, err := net.Listen("tcp", l.addr)
	if err != nil {
		return err
	}
	l.l = nl
	return nil
}

func (l *listener) Close() error { // want Close:"keeps p0; releases p0 on failure; nothing when zero; closes p0\\.l"
	if l.l != nil {
		return l.l.Close()
	}
	return nil
}
