// Package optsdep is a server with functional options whose unexported
// listener field an exported method fills: an option of another package
// can open it through that method.
//
// REVIEW NOTE: HEAD gives New "empty r0" (optionsSetOtherFields: the
// listener field is unexported, so "an option of another package cannot
// set it"), but an option of another package can call Listen. The leak in
// optsuse.serveLeak is missed at HEAD and reported at 1b8cd33.
// Fixed since (the review was of 2e42f96): options leave a value empty
// only where other packages cannot reach its closed fields (an unexported
// type, or no exported method that may set them); New is no longer empty.
package optsdep

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

// Listen opens the server's listener.
func (s *Server) Listen(addr string) error { // want Listen:"fills p0 only on success"
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	s.ln = ln
	return nil
}

// Option configures a server.
type Option func(*Server)

// WithName names the server.
func WithName(n string) Option { return func(s *Server) { s.name = n } }

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
