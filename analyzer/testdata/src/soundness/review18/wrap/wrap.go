package wrap

import (
	"errors"
	"net"
	"os"
	"time"
)

// gsession holds the conn and a goroutine that only its Close stops.
type gsession struct {
	conn net.Conn
	stop chan struct{}
}

func (s *gsession) Close() error { // want Close:"releases p0; closes p0.conn"
	close(s.stop)
	return s.conn.Close()
}

func (s *gsession) loop() { <-s.stop }

// NewGSession closes c where it refuses the user.
func NewGSession(c net.Conn, user string) (*gsession, error) { // want NewGSession:"keeps p0; releases p0 on failure"
	if user == "" {
		c.Close()
		return nil, errors.New("no user")
	}
	s := &gsession{conn: c, stop: make(chan struct{})}
	go s.loop()
	return s, nil
}

// newGSessionKeep never closes c (the pre-existing wrapper shape).
func newGSessionKeep(c net.Conn, user string) (*gsession, error) { // want newGSessionKeep:"keeps p0; wraps p0 in r0"
	if user == "" {
		return nil, errors.New("no user")
	}
	s := &gsession{conn: c, stop: make(chan struct{})}
	go s.loop()
	return s, nil
}

// closes the conn only: the session's goroutine stays blocked.
func gsessionLeak(addr, user string) error {
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		return err
	}
	defer conn.Close()
	s, err := NewGSession(conn, user) // want `s returned by NewGSession is not closed`
	if err != nil {
		return err
	}
	return s.conn.SetDeadline(time.Time{})
}

func gsessionKeepLeak(addr, user string) error {
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		return err
	}
	defer conn.Close()
	// Missed, before these rules and since: a known hole, kept visible.
	s, err := newGSessionKeep(conn, user)
	if err != nil {
		return err
	}
	return s.conn.SetDeadline(time.Time{})
}

// tsession holds the conn and a ticker.
type tsession struct {
	conn net.Conn
	tick *time.Ticker
}

func (s *tsession) Close() error { // want Close:"releases p0; closes p0.conn"
	s.tick.Stop()
	return s.conn.Close()
}

func NewTSession(c net.Conn, user string) (*tsession, error) { // want NewTSession:"keeps p0; releases p0 on failure"
	if user == "" {
		c.Close()
		return nil, errors.New("no user")
	}
	return &tsession{conn: c, tick: time.NewTicker(time.Second)}, nil
}

func tsessionLeak(addr, user string) error {
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		return err
	}
	defer conn.Close()
	s, err := NewTSession(conn, user) // want `s returned by NewTSession is not closed`
	if err != nil {
		return err
	}
	return s.conn.SetDeadline(time.Time{})
}

// fsession holds the conn and a log file it opens itself.
type fsession struct {
	conn net.Conn
	log  *os.File
}

func (s *fsession) Close() error { // want Close:"releases p0; closes p0.conn,p0.log"
	s.log.Close()
	return s.conn.Close()
}

func NewFSession(c net.Conn, user string) (*fsession, error) { // want NewFSession:"keeps p0; releases p0 on failure"
	if user == "" {
		c.Close()
		return nil, errors.New("no user")
	}
	f, err := os.Create(user + ".log")
	if err != nil {
		c.Close()
		return nil, err
	}
	return &fsession{conn: c, log: f}, nil
}

func fsessionLeak(addr, user string) error {
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		return err
	}
	defer conn.Close()
	s, err := NewFSession(conn, user) // want `s returned by NewFSession is not closed`
	if err != nil {
		return err
	}
	return s.conn.SetDeadline(time.Time{})
}

// hsession gets its log file from a helper of the package.
func openLog(user string) (*os.File, error) { return os.Create(user + ".log") }

type hsession struct {
	conn net.Conn
	log  *os.File
}

func (s *hsession) Close() error { // want Close:"releases p0; closes p0.conn,p0.log"
	s.log.Close()
	return s.conn.Close()
}

func newHSession(c net.Conn, user string) (*hsession, error) { // want newHSession:"keeps p0; releases p0 on failure"
	s := &hsession{conn: c}
	if err := s.init(user); err != nil {
		c.Close()
		return nil, err
	}
	return s, nil
}

func (s *hsession) init(user string) error {
	f, err := openLog(user)
	if err != nil {
		return err
	}
	s.log = f
	return nil
}

func hsessionLeak(addr, user string) error {
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		return err
	}
	defer conn.Close()
	s, err := newHSession(conn, user) // want `s returned by newHSession is not closed`
	if err != nil {
		return err
	}
	return s.conn.SetDeadline(time.Time{})
}

// csession holds the conn and a closure-started goroutine via a helper.
type csession struct {
	conn net.Conn
	done chan struct{}
}

func (s *csession) Close() error { // want Close:"releases p0; closes p0.conn"
	close(s.done)
	return s.conn.Close()
}

func startWatch(done chan struct{}) { go func() { <-done }() } // want startWatch:"keeps p0"

func newCSession(c net.Conn, user string) (*csession, error) { // want newCSession:"keeps p0; releases p0 on failure"
	if user == "" {
		c.Close()
		return nil, errors.New("no user")
	}
	s := &csession{conn: c, done: make(chan struct{})}
	startWatch(s.done)
	return s, nil
}

func csessionLeak(addr, user string) error {
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		return err
	}
	defer conn.Close()
	s, err := newCSession(conn, user) // want `s returned by newCSession is not closed`
	if err != nil {
		return err
	}
	return s.conn.SetDeadline(time.Time{})
}
