// Package optsclosure applies functional options to a new server in its
// constructor. One of the package's options, a closure, opens the
// listener that Close closes: the server is not empty after the options.
//
// REVIEW NOTE: HEAD is right (same as 1b8cd33): the closure is checked.
package optsclosure

import (
	"errors"
	"net"
)

// Server serves on a listener that Close closes.
type Server struct {
	ln   net.Listener
	name string
}

func (s *Server) Close() error { // want Close:"keeps p0; releases p0 on failure; nothing when zero; closes p0.ln"
	if s.ln == nil {
		return nil
	}
	return s.ln.Close()
}

// Option configures a server.
type Option func(*Server)

// WithName names the server.
func WithName(n string) Option { return func(s *Server) { s.name = n } }

// WithAddr opens the server's listener.
func WithAddr(addr string) Option {
	return func(s *Server) {
		ln, err := net.Listen("tcp", addr)
		if err == nil {
			s.ln = ln
		}
	}
}

// New applies the options to a new server.
func New(opts ...Option) (*Server, error) { // want New:"empty r0 without p0"
	s := &Server{}
	for _, o := range opts {
		o(s)
	}
	if s.name == "" {
		return nil, errors.New("no name")
	}
	return s, nil
}

// serveLeak drops the server, which WithAddr filled, where stop is set: a
// real leak.
func serveLeak(addr string, stop bool) error {
	s, err := New(WithName("x"), WithAddr(addr)) // want `s returned by New is not closed`
	if err != nil {
		return err
	}
	if stop {
		return nil
	}
	return s.Close()
}
