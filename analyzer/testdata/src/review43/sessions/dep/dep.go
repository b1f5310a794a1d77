// Package dep builds sessions over connections that hold more than the
// connection.
package dep

import (
	"net"
	"os"
	"time"
)

// Session reads its connection on a goroutine and logs to a file of its
// own.
type Session struct {
	conn net.Conn
	log  *os.File
}

// NewSession opens a log file for the session: closing the connection
// leaves the file open.
func NewSession(conn net.Conn, logPath string) (*Session, error) { // want NewSession:"keeps p0; releases p0 on failure"
	if _, err := conn.Write([]byte("hello")); err != nil {
		conn.Close()
		return nil, err
	}
	log, err := os.Create(logPath)
	if err != nil {
		conn.Close()
		return nil, err
	}
	s := &Session{conn: conn, log: log}
	go s.readLoop()
	return s, nil
}

func (s *Session) readLoop() {
	buf := make([]byte, 512)
	for {
		n, err := s.conn.Read(buf)
		if err != nil {
			return
		}
		s.log.Write(buf[:n])
	}
}

func (s *Session) Ping() error {
	_, err := s.conn.Write([]byte("ping"))
	return err
}

func (s *Session) Close() error { // want Close:"releases p0; closes p0\\.conn,p0\\.log"
	s.log.Close()
	return s.conn.Close()
}

// Bridge joins two connections; closing one leaves the other open.
type Bridge struct{ a, b net.Conn }

func NewBridge(a, b net.Conn) (*Bridge, error) { // want NewBridge:"keeps p0,p1; releases p0,p1 on failure"
	if _, err := a.Write([]byte("hello")); err != nil {
		a.Close()
		b.Close()
		return nil, err
	}
	return &Bridge{a: a, b: b}, nil
}

func (br *Bridge) Close() error { // want Close:"releases p0; closes p0\\.a,p0\\.b"
	br.a.Close()
	return br.b.Close()
}

// Pinger pings over the connection on a ticker until Close: its
// goroutine never reads the connection, so closing the connection does
// not end it.
type Pinger struct {
	conn net.Conn
	done chan struct{}
}

func NewPinger(conn net.Conn) (*Pinger, error) { // want NewPinger:"keeps p0; releases p0 on failure"
	if _, err := conn.Write([]byte("hello")); err != nil {
		conn.Close()
		return nil, err
	}
	p := &Pinger{conn: conn, done: make(chan struct{})}
	go p.loop()
	return p, nil
}

func (p *Pinger) loop() {
	t := time.NewTicker(time.Second)
	defer t.Stop()
	for {
		select {
		case <-p.done:
			return
		case <-t.C:
			p.conn.Write([]byte("ping"))
		}
	}
}

func (p *Pinger) Close() error { // want Close:"releases p0; closes p0\\.conn"
	close(p.done)
	return p.conn.Close()
}

func (p *Pinger) Ping() error {
	_, err := p.conn.Write([]byte("ping"))
	return err
}
