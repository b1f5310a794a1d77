// Package dep builds protocol sessions over connections.
package dep

import (
	"errors"
	"net"
)

// Session multiplexes streams over a connection; a goroutine reads it
// until a read fails.
type Session struct {
	conn   net.Conn
	frames chan []byte
	done   chan struct{}
}

func NewSession(conn net.Conn, hello []byte) (*Session, error) { // want NewSession:"keeps p0,p1; releases p0 on failure"
	if _, err := conn.Write(hello); err != nil {
		conn.Close()
		return nil, err
	}
	s := &Session{conn: conn, frames: make(chan []byte, 16), done: make(chan struct{})}
	go s.readLoop()
	return s, nil
}

func (s *Session) readLoop() {
	defer close(s.frames)
	for {
		buf := make([]byte, 512)
		n, err := s.conn.Read(buf)
		if err != nil {
			return
		}
		s.frames <- buf[:n]
	}
}

func (s *Session) Ping() error { // want Ping:"nothing when zero"
	if s.conn == nil {
		return errors.New("closed")
	}
	_, err := s.conn.Write([]byte("ping"))
	return err
}

func (s *Session) Close() error { // want Close:"releases p0; closes p0\\.conn"
	close(s.done)
	return s.conn.Close()
}
