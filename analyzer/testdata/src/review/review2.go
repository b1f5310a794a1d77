package review

import (
	"errors"
	"net"
	"os"
	"sync"
)

// loopFlag flips its result in a loop that a nil error skips: the
// φ-nodes of ok form a cycle, which must not be followed forever.
func loopFlag(err error) bool { // want loopFlag:"false for nil p0"
	ok := false
	for i := 0; i < 3; i++ {
		if err == nil {
			continue
		}
		ok = !ok
	}
	return ok
}

// SafeLoopFlag is fine: where loopFlag holds, err is not nil.
func SafeLoopFlag(addr string) (net.Conn, error) {
	c, err := net.Dial("tcp", addr)
	if loopFlag(err) {
		return nil, err
	}
	if err != nil {
		return nil, err
	}
	return c, nil
}

// isNilErr says true for a nil error: errors.Is(nil, nil) is true.
func isNilErr(err error) bool { return errors.Is(err, nil) }

func nilTargetLeaky(addr string) error {
	c, err := net.Dial("tcp", addr) // want `c returned by net.Dial is not closed`
	if isNilErr(err) {
		return nil
	}
	if err != nil {
		return err
	}
	return c.Close()
}

func nilTargetDirectLeaky(addr string) error {
	c, err := net.Dial("tcp", addr) // want `c returned by net.Dial is not closed`
	if errors.Is(err, nil) {
		return nil
	}
	if err != nil {
		return err
	}
	return c.Close()
}

// matches says true for a nil error when target is nil.
func matches(err, target error) bool { return errors.Is(err, target) } // want matches:"keeps p1"

func paramTargetLeaky(addr string) error {
	c, err := net.Dial("tcp", addr) // want `c returned by net.Dial is not closed`
	if matches(err, nil) {
		return nil
	}
	if err != nil {
		return err
	}
	return c.Close()
}

// conns is a shared cache of one conn per address.
var conns sync.Map

// sharedConnLeaky drops its own conn when another goroutine stored one
// first: LoadOrStore keeps the value only when it did not load one. This
// leak is not found: leakvet cannot tell the two outcomes apart (see
// keepers).
func sharedConnLeaky(addr string) (net.Conn, error) { // want sharedConnLeaky:"borrows r0"
	c, err := net.Dial("tcp", addr)
	if err != nil {
		return nil, err
	}
	actual, loaded := conns.LoadOrStore(addr, c)
	if loaded {
		return actual.(net.Conn), nil
	}
	return c, nil
}

// active is the set of open conns, keyed by the conn.
var active sync.Map

// SafeTrackKey is fine: the set keeps the conn as its key.
func SafeTrackKey(addr string) error {
	c, err := net.Dial("tcp", addr)
	if err != nil {
		return err
	}
	active.Store(c, struct{}{})
	return nil
}

// trackKeyLeaky drops the conn when it refuses it, before the set keeps
// it.
func trackKeyLeaky(addr string, refuse bool) error {
	c, err := net.Dial("tcp", addr) // want `c returned by net.Dial is not closed`
	if err != nil {
		return err
	}
	if refuse {
		return errors.New("refused")
	}
	active.Store(c, struct{}{})
	return nil
}

// halfSession holds a conn it is given and a log file it opens itself;
// its Close closes the log only.
type halfSession struct {
	conn net.Conn
	log  *os.File
}

func (s *halfSession) Close() error { return s.log.Close() } // want Close:"releases p0; nothing when zero; closes p0.log"

func newHalfSession(conn net.Conn) (*halfSession, error) { // want newHalfSession:"keeps p0"
	f, err := os.Create("session.log")
	if err != nil {
		return nil, err
	}
	return &halfSession{conn: conn, log: f}, nil
}

// halfSessionLeaky closes the session, which does not close the conn.
// NOT FOUND (nor before the own-part rule): newHalfSession keeps p0
// although no Close of its result closes it.
func halfSessionLeaky(addr string) error {
	c, err := net.Dial("tcp", addr)
	if err != nil {
		return err
	}
	s, err := newHalfSession(c)
	if err != nil {
		c.Close()
		return err
	}
	return s.Close()
}

// fullSession closes both.
type fullSession struct {
	conn net.Conn
	log  *os.File
}

func (s *fullSession) Close() error { // want Close:"releases p0; closes p0.conn,p0.log"
	s.log.Close()
	return s.conn.Close()
}

func newFullSession(conn net.Conn) (*fullSession, error) { // want newFullSession:"keeps p0"
	f, err := os.Create("session.log")
	if err != nil {
		return nil, err
	}
	return &fullSession{conn: conn, log: f}, nil
}

// sessionFailLeaky drops the conn when the session could not be made.
// NOT FOUND since the own-part rule: newFullSession was a wrapper of p0
// (found where it failed), it now keeps p0 on every path.
func sessionFailLeaky(addr string) error {
	c, err := net.Dial("tcp", addr)
	if err != nil {
		return err
	}
	s, err := newFullSession(c)
	if err != nil {
		return err
	}
	return s.Close()
}
