// Package releasefill has a ListenAndServe that opens an access log and a
// listener into its receiver and serves with a method that closes the
// listener on its way out, but not the log: the server still holds the
// log file when ListenAndServe returns.
//
// REVIEW NOTE: the `want` comments give the CORRECT behaviour. HEAD
// (releasesAfterFilling in zerorecv.go) misses dropLeak: serve "releases
// p0" by closing s.ln only, which releasesAfterFilling takes as releasing
// everything the receiver holds, the log file too.
// Fixed since (the review was of 2e42f96): the release after each store
// must close the field stored.
package releasefill

import (
	"net"
	"os"
)

// Server serves on a listener and logs to a file; Close closes both.
type Server struct {
	addr string
	log  *os.File
	ln   net.Listener
}

// NewServer makes an empty server.
func NewServer(addr string) *Server { return &Server{addr: addr} } // want NewServer:"empty r0"

func (s *Server) Close() error { // want Close:"keeps p0; releases p0 on failure; nothing when zero; closes p0.ln,p0.log"
	if s.ln != nil {
		s.ln.Close()
	}
	if s.log != nil {
		return s.log.Close()
	}
	return nil
}

// ListenAndServe opens the log and the listener and serves.
func (s *Server) ListenAndServe() error { // want ListenAndServe:"keeps p0; closes p0.ln"
	ln, err := net.Listen("tcp", s.addr)
	if err != nil {
		return err
	}
	f, err := os.Create("access.log")
	if err != nil {
		ln.Close()
		return err
	}
	s.ln = ln
	s.log = f
	return s.serve()
}

// serve closes the listener on its way out; the log stays open.
func (s *Server) serve() error { // want serve:"releases p0; closes p0.ln"
	defer func() {
		s.ln.Close()
	}()
	for {
		c, err := s.ln.Accept()
		if err != nil {
			return err
		}
		c.Close()
	}
}

// dropLeak drops the server, which holds the open log: a real leak.
func dropLeak(addr string) error {
	s := NewServer(addr) // want `s returned by NewServer is not closed`
	return s.ListenAndServe()
}
