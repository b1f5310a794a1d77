package wrappers

import (
	"net"
	"os"
)

// logSession holds a conn it is given and a log file that it opens
// itself; its Close closes both.
type logSession struct {
	conn net.Conn
	log  *os.File
}

func (s *logSession) Close() error { // want Close:"releases p0; closes p0.conn,p0.log"
	s.log.Close()
	return s.conn.Close()
}

func newLogSession(conn net.Conn) (*logSession, error) { // want newLogSession:"keeps p0"
	f, err := os.Create("session.log")
	if err != nil {
		return nil, err
	}
	return &logSession{conn: conn, log: f}, nil
}

// LeakLogSession drops a session that holds a file of its own: it is no
// mere wrapper of the conn the function was given.
func LeakLogSession(conn net.Conn) (string, error) { // want LeakLogSession:"keeps p0"
	s, err := newLogSession(conn) // want `s returned by newLogSession is not closed`
	if err != nil {
		return "", err
	}
	return s.log.Name(), nil
}
