// Package handlerstreams is a server whose users implement its handlers,
// as an RTSP server's are: a handler gives a stream that its user made
// and shares between readers, which only the user closes.
package handlerstreams

import (
	"errors"
	"net"
)

// Stream is what a user publishes on a path. The package never closes
// one: its users do.
type Stream struct {
	readers map[*Session]bool
	conn    net.PacketConn
}

func NewStream(conn net.PacketConn) *Stream { // want NewStream:"keeps p0; wraps p0 in r0"
	return &Stream{readers: map[*Session]bool{}, conn: conn}
}

func (s *Stream) Close() error { return s.conn.Close() } // want Close:"releases p0; closes p0.conn"

func (s *Stream) addReader(ss *Session) { s.readers[ss] = true } // want addReader:"keeps p1"

// Session is one client's; the package closes the ones it opens.
type Session struct {
	conn net.Conn
}

func (ss *Session) Close() error { return ss.conn.Close() } // want Close:"releases p0; closes p0.conn"

// Handler is implemented by the package's users.
type Handler interface {
	OnDescribe(path string) (*Stream, error)
}

// Dialer is implemented by the package's users too: its sessions are new.
type Dialer interface {
	Open(addr string) (*Session, error)
}

type Server struct {
	Handler Handler
	Dialer  Dialer
}

// SafeDescribe reads the stream the handler gives and leaves it to the
// handler's owner.
func (s *Server) SafeDescribe(path string) (int, error) {
	stream, err := s.Handler.OnDescribe(path)
	if err != nil {
		return 0, err
	}
	if stream == nil {
		return 0, errors.New("no stream")
	}
	return len(stream.readers), nil
}

// SafeSetup adds a reader to the stream and returns with an error after.
func (s *Server) SafeSetup(ss *Session, path string, bad bool) error { // want SafeSetup:"keeps p1"
	stream, err := s.Handler.OnDescribe(path)
	if err != nil {
		return err
	}
	if bad {
		return errors.New("bad transport")
	}
	stream.addReader(ss)
	return nil
}

// probe drops the session that the user's dialer opened: the package
// closes sessions elsewhere, so they are its own to close.
func (s *Server) probe(addr string) error {
	ss, err := s.Dialer.Open(addr) // want `ss returned by s.Dialer.Open is not closed on any path`
	if err != nil {
		return err
	}
	if ss.conn == nil {
		return errors.New("no conn")
	}
	return nil
}

func (s *Server) shutdown(sessions []*Session) {
	for _, ss := range sessions {
		ss.Close()
	}
}
