// Package globaldep declares, for globaluse, transports and a socket
// held in package-level variables.
package globaldep

import (
	"net"
	"os"
	"sync/atomic"
	"unsafe"
)

// Session is what a transport opens.
type Session interface {
	Send() error
	Close() error
}

// Transport opens sessions.
type Transport interface {
	NewSession() (Session, error)
}

type session struct{}

func (*session) Send() error  { return nil } // want Send:"nil r0"
func (*session) Close() error { return nil } // want Close:"releases nothing"

type server struct{}

func (*server) NewSession() (Session, error) { return &session{}, nil } // want NewSession:"borrows r0"

type fileSession struct{ f *os.File }

func (s *fileSession) Send() error {
	_, err := s.f.WriteString("x")
	return err
}

func (s *fileSession) Close() error { return s.f.Close() } // want Close:"releases p0; nothing when zero; closes p0.f"

type fileServer struct{ name string }

func (t *fileServer) NewSession() (Session, error) { // want NewSession:"r0 is \\*fileSession"
	f, err := os.Create(t.name)
	if err != nil {
		return nil, err
	}
	return &fileSession{f: f}, nil
}

// DefaultServer is only assigned here, to a server whose sessions hold
// nothing.
var DefaultServer Transport = newServer() // want DefaultServer:"holds \\*globaldep.server"

func newServer() Transport { return &server{} } // want newServer:"r0 is \\*server"

// FileServer is only assigned here, to a server whose sessions hold a
// file.
var FileServer Transport = &fileServer{name: "log"} // want FileServer:"holds \\*globaldep.fileServer"

// spare starts as a server, but Replace may put any transport there.
var spare Transport = &server{}

// Replace makes t the spare transport.
func Replace(t Transport) { spare = t } // want Replace:"keeps p0"

// SafeDefault is fine: DefaultServer's sessions hold nothing.
func SafeDefault() error { // want SafeDefault:"nil r0"
	s, err := DefaultServer.NewSession()
	if err != nil {
		return err
	}
	return s.Send()
}

// leakSpare leaks: spare may hold any transport, since Replace assigns it.
func leakSpare() error {
	s, err := spare.NewSession() // want `s returned by spare.NewSession is not closed before the return at line 82`
	if err != nil {
		return err
	}
	return s.Send()
}

// sock atomically holds the package's socket, a *net.UnixConn.
var sock unsafe.Pointer

// Sock returns the package's socket, which stays the package's.
func Sock() *net.UnixConn { return (*net.UnixConn)(atomic.LoadPointer(&sock)) } // want Sock:"borrows r0"

// TakeSock takes the package's socket out of sock: the caller owns it.
func TakeSock() *net.UnixConn { return (*net.UnixConn)(atomic.SwapPointer(&sock, nil)) }
