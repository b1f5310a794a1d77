package review14

import (
	"errors"
	"net"
	"os"
	"sync"
)

// counter is one of the lockers that lockAssertLeak may be given.
type counter struct {
	sync.Mutex
	n int
}

// lockAssertLeak returns holding the lock when l is not a *counter: the
// assertion gives nil though l is locked.
//
// Hidden by the first version of a rule of its round, reported before and since: lockplaces.go gives t, of a
// comma-ok assertion, the place of l, and lockBranch (lockcheck.go) then
// takes t == nil for a branch where the lock is not held.
func lockAssertLeak(l sync.Locker) int {
	l.Lock() // want `l is locked at line 23 and still held`
	t, _ := l.(*counter)
	if t == nil {
		return 0
	}
	defer l.Unlock()
	return t.n
}

// lockPhiLeak returns holding a's lock when m is nil: m is a or nil.
//
// Hidden by the first version of a rule of its round, reported before and since: phiPlace (lockplaces.go) leaves
// the nil edge out and gives m the place of a; lockBranch then takes
// m == nil for a branch where a's lock (a.Mutex, promoted) is not held.
func lockPhiLeak(a *counter, pick bool) int {
	var m *counter
	if pick {
		m = a
	}
	a.Lock() // want `a is locked at line 42 and still held`
	if m == nil {
		return 0
	}
	defer a.Unlock()
	return m.n
}

// slot holds the current counter, which swap may replace.
type slot struct {
	cur *counter
}

// lockStaleLeak locks the counter it read before replacing it, and
// unlocks the new one: the old one stays locked.
//
// Hidden by the first version of a rule of its round, reported before and since: phiPlace (lockplaces.go) gives
// the φ of two loads of s.cur the place s.cur, though a store to s.cur
// comes between one of them and the unlock.
func (s *slot) lockStaleLeak(next *counter, swap bool) { // want lockStaleLeak:"keeps p1"
	var m *counter
	if swap {
		m = s.cur
		s.cur = next
	} else {
		m = s.cur
	}
	m.Lock() // want `is locked at line 69 and still held`
	s.cur.n++
	s.cur.Unlock()
}

// lockStaleStraightLeak is lockStaleLeak on one path.
func (s *slot) lockStaleStraightLeak(next *counter) { // want lockStaleStraightLeak:"keeps p1"
	m := s.cur
	s.cur = next
	// Not reported, before this round or since (a known miss, left as it
	// is): m and s.cur are taken for one place though s.cur changed in
	// between.
	m.Lock()
	s.cur.n++
	s.cur.Unlock()
}

var stopped bool

// keepErr says whether to go on: for a nil error, whether the check
// that it runs then passes.
func keepErr(err error) bool {
	if err == nil {
		err = check()
	}
	return err == nil
}

func check() error {
	if stopped {
		return errors.New("stopped")
	}
	return nil
}

// keepErrLeak drops the connection when the check fails.
func keepErrLeak(l net.Listener) net.Conn {
	c, err := l.Accept() // want `c returned by l.Accept is not closed`
	if !keepErr(err) {
		return nil
	}
	if err != nil {
		return nil
	}
	return c
}

// reuse returns f, not owned, when name is empty, and a file it opens,
// owned, otherwise.
func reuse(f *os.File, name string) (*os.File, bool, error) { // want reuse:"keeps p0; returns p0 as r0; r1 says r0 is new"
	if name == "" {
		return f, false, nil
	}
	g, err := os.Open(name)
	return g, true, err
}

// reuseLeak drops the file it opened when reuse gives it back unowned.
func reuseLeak(a, b string) error {
	f, err := os.Open(a) // want `f returned by os.Open is not closed`
	if err != nil {
		return err
	}
	// Before the ownership flag (ownflags.go), g, which is f, was reported
	// too, at the return where !owned; the flag drops that duplicate only.
	g, owned, err := reuse(f, b)
	if err != nil {
		f.Close()
		return err
	}
	if !owned {
		return nil
	}
	f.Close()
	return g.Close()
}
