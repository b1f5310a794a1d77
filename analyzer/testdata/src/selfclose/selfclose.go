// Package selfclose holds sessions that close themselves where a flag of
// their own says so: a query method defers the session's Close when its
// auto-close flag is set, and the caller sets it before the query.
package selfclose

import (
	"bufio"
	"os"
)

// Session holds the file it reads.
type Session struct {
	f           *os.File
	isAutoClose bool
}

func (s *Session) Close() error { // want Close:"releases p0; nothing when zero; closes p0.f"
	return s.f.Close()
}

// Count closes the session when it was asked to close itself.
func (s *Session) Count(table string) (int, error) { // want Count:"releases p0 if p0.isAutoClose"
	if s.isAutoClose {
		defer s.Close()
	}
	n := 0
	sc := bufio.NewScanner(s.f)
	for sc.Scan() {
		n++
	}
	return n, sc.Err()
}

// Where returns the session itself, for a chain of calls.
func (s *Session) Where(cond string) *Session { // want Where:"borrows r0; returns p0 as r0"
	return s
}

// Engine makes sessions.
type Engine struct{ path string }

// NewSession opens the session's file (a session whose file did not open
// fails at its first read).
func (e *Engine) NewSession() *Session {
	f, _ := os.Open(e.path)
	return &Session{f: f}
}

// CountSafe sets the flag, and Count closes the session.
func (e *Engine) CountSafe(table string) (int, error) {
	s := e.NewSession()
	s.isAutoClose = true
	return s.Count(table)
}

// Where makes a session that closes itself after one query.
func (e *Engine) Where(cond string) *Session { // want Where:"sets r0.isAutoClose"
	s := e.NewSession()
	s.isAutoClose = true
	return s.Where(cond)
}

// ChainSafe runs the query on a session that Where made to close itself.
func ChainSafe(e *Engine) (int, error) {
	return e.Where("x > 1").Count("t")
}

// CountLeak does not set the flag: Count leaves the session open.
func (e *Engine) CountLeak(table string) (int, error) {
	s := e.NewSession() // want `s returned by e.NewSession is not closed before the return at line 71`
	return s.Count(table)
}

// CountAfterLeak sets the flag only after the query.
func (e *Engine) CountAfterLeak(table string) (int, error) {
	s := e.NewSession() // want `s returned by e.NewSession is not closed`
	n, err := s.Count(table)
	s.isAutoClose = true
	return n, err
}

// CountUnsetLeak clears the flag it set: a store of false anywhere
// leaves the flag unknown.
func (e *Engine) CountUnsetLeak(table string, keep bool) (int, error) {
	s := e.NewSession() // want `s returned by e.NewSession is not closed`
	s.isAutoClose = true
	if keep {
		s.isAutoClose = false
	}
	return s.Count(table)
}

// ChainLeak runs the query on a session that NewSession made without
// the flag.
func ChainLeak(e *Engine) (int, error) {
	return e.NewSession().Where("x > 1").Count("t") // want `is not closed`
}

// KeepOpen clears the flag.
func (s *Session) KeepOpen() { s.isAutoClose = false } // want KeepOpen:"nothing when zero"

// Keep clears the flag and returns the session, for a chain.
func (s *Session) Keep() *Session { // want Keep:"borrows r0; returns p0 as r0"
	s.isAutoClose = false
	return s
}

// Kept sets the flag, but the setter it returns through clears it.
func (e *Engine) Kept() *Session {
	s := e.NewSession()
	s.isAutoClose = true
	return s.Keep()
}

// ClearedLeak sets the flag, but a method called before the query
// clears it.
func (e *Engine) ClearedLeak(table string) (int, error) {
	s := e.NewSession() // want `s returned by e.NewSession is not closed`
	s.isAutoClose = true
	s.KeepOpen()
	return s.Count(table)
}

// ClearedAliasLeak clears the flag through another pointer to the session.
func (e *Engine) ClearedAliasLeak(table string) (int, error) {
	s := e.NewSession() // want `s returned by e.NewSession is not closed`
	h := &struct{ s *Session }{s}
	s.isAutoClose = true
	h.s.isAutoClose = false
	return s.Count(table)
}

// KeptChainLeak runs the query on a session whose flag Keep cleared.
func KeptChainLeak(e *Engine) (int, error) {
	return e.Kept().Count("t") // want `is not closed`
}

var defaultSession Session

// Default returns a session of the package's own, whose flag is unknown.
func Default() *Session { // want Default:"borrows r0"
	return &defaultSession
}
