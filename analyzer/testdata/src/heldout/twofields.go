package heldout

// This file holds a connection that a new struct keeps in two fields:
// once wrapped for a protocol, once as it is.

import (
	"errors"
	"io"
	"net"
	"os"
)

// lineConn speaks a line protocol over the stream it wraps; its Close
// closes that stream.
type lineConn struct {
	rw io.ReadWriteCloser
}

func newLineConn(rw io.ReadWriteCloser) *lineConn { return &lineConn{rw: rw} } // want newLineConn:"keeps p0; wraps p0 in r0"

func (l *lineConn) Close() error { return l.rw.Close() } // want Close:"releases p0; closes p0.rw"

func (l *lineConn) cmd(s string) error {
	_, err := io.WriteString(l.rw, s)
	return err
}

// session keeps the connection twice: wrapped in its line protocol, and
// as it is, to ask for its addresses. It has no Close; Quit closes it.
type session struct {
	text *lineConn
	raw  net.Conn
	host string
	log  *os.File
}

// Quit says goodbye and closes the connection through its wrapper.
func (s *session) Quit() error { // want Quit:"closes p0.text"
	err := s.text.cmd("QUIT")
	return errors.Join(err, s.text.Close())
}

// greet reads the server's greeting.
func (s *session) greet() error { return s.text.cmd("HELLO") }

// openSession is fine: where the greeting fails, Quit closes the
// connection through the wrapper in field text, though the session
// holds it in field raw too.
func openSession(addr string) (*session, error) {
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		return nil, err
	}
	s := &session{
		text: newLineConn(conn),
		raw:  conn,
		host: conn.RemoteAddr().String(),
	}
	if err := s.greet(); err != nil {
		_ = s.Quit()
		return nil, err
	}
	return s, nil
}

// openSessionLeak leaks the connection where the greeting fails: the
// session that holds it in two fields is dropped unclosed.
func openSessionLeak(addr string) (*session, error) {
	conn, err := net.Dial("tcp", addr) // want `conn returned by net\.Dial is not closed on all paths`
	if err != nil {
		return nil, err
	}
	s := &session{
		text: newLineConn(conn),
		raw:  conn,
	}
	if err := s.greet(); err != nil {
		return nil, err
	}
	return s, nil
}

// dropLog closes the session's log, and nothing that holds the
// connection.
func (s *session) dropLog() error { return s.log.Close() } // want dropLog:"closes p0.log"

// openSessionLogLeak leaks the connection where the greeting fails: what
// it closes there is the log.
func openSessionLogLeak(addr string, log *os.File) (*session, error) { // want openSessionLogLeak:"keeps p1"
	conn, err := net.Dial("tcp", addr) // want `conn returned by net\.Dial is not closed on all paths`
	if err != nil {
		return nil, err
	}
	s := &session{
		text: newLineConn(conn),
		raw:  conn,
		log:  log,
	}
	if err := s.greet(); err != nil {
		_ = s.dropLog()
		return nil, err
	}
	return s, nil
}
