// Package ownerr returns its own error type beside a store: where the
// error is not nil, the store may be open too (a deferred helper records
// that closing the lock file failed), and the caller must close it.
// Review of nilBesideError, 6ea3cba: every leak here is reported, before
// and after (named results keep the Recover block, which loads them).
package ownerr

import (
	"io"
	"os"
	"sync"
)

// Error is the package's error type.
type Error struct {
	Op  string
	Err error
}

func (e *Error) Error() string { return e.Op + ": " + e.Err.Error() }

// Store reads a data file.
type Store struct{ f *os.File }

func (s *Store) Close() error { return s.f.Close() } // want Close:"releases p0; nothing when zero; closes p0.f"

func (s *Store) Read(p []byte) (int, error) { return s.f.Read(p) }

// closeCapture closes c and records its failure in *errp, unless an
// error is already there: the usual defer runutil.CloseWithErrCapture(&err, c).
func closeCapture(errp **Error, c io.Closer, op string) { // want closeCapture:"releases p1"
	if err := c.Close(); err != nil && *errp == nil {
		*errp = &Error{Op: op, Err: err}
	}
}

// Open opens the store under its lock file. When closing the lock file
// fails, it returns the open store and an error.
func Open(dir string) (s *Store, err *Error) {
	lock, e := os.Create(dir + "/LOCK")
	if e != nil {
		return nil, &Error{Op: "lock", Err: e}
	}
	defer closeCapture(&err, lock, "unlock")
	f, e := os.Open(dir + "/DATA")
	if e != nil {
		return nil, &Error{Op: "open", Err: e}
	}
	return &Store{f: f}, nil
}

// readLeak drops the store where Open reports the lock's failure.
func readLeak(dir string, p []byte) (int, error) {
	s, err := Open(dir) // want `s returned by Open is not closed`
	if err != nil {
		return 0, err
	}
	defer s.Close()
	return s.Read(p)
}

// tracker records the outcome of an operation, as a method deferred with
// the address of the error (defer t.finish(&err)) does.
type tracker struct{ name string }

func (t *tracker) finish(errp **Error, c io.Closer) { // want finish:"releases p2"
	if err := c.Close(); err != nil && *errp == nil {
		*errp = &Error{Op: t.name, Err: err}
	}
}

// OpenTracked is Open with a method deferred instead.
func OpenTracked(dir string) (s *Store, err *Error) {
	lock, e := os.Create(dir + "/LOCK")
	if e != nil {
		return nil, &Error{Op: "lock", Err: e}
	}
	t := &tracker{name: "open"}
	defer t.finish(&err, lock)
	f, e := os.Open(dir + "/DATA")
	if e != nil {
		return nil, &Error{Op: "open", Err: e}
	}
	return &Store{f: f}, nil
}

func readTrackedLeak(dir string, p []byte) (int, error) {
	s, err := OpenTracked(dir) // want `s returned by OpenTracked is not closed`
	if err != nil {
		return 0, err
	}
	defer s.Close()
	return s.Read(p)
}

// OpenClosure is Open with a closure that captures err: the rule sees it.
func OpenClosure(dir string) (s *Store, err *Error) {
	lock, e := os.Create(dir + "/LOCK")
	if e != nil {
		return nil, &Error{Op: "lock", Err: e}
	}
	defer func() {
		if e := lock.Close(); e != nil && err == nil {
			err = &Error{Op: "unlock", Err: e}
		}
	}()
	f, e := os.Open(dir + "/DATA")
	if e != nil {
		return nil, &Error{Op: "open", Err: e}
	}
	return &Store{f: f}, nil
}

func readClosureLeak(dir string, p []byte) (int, error) {
	s, err := OpenClosure(dir) // want `s returned by OpenClosure is not closed`
	if err != nil {
		return 0, err
	}
	defer s.Close()
	return s.Read(p)
}

// OpenRecover turns a panic into an error after the store was opened.
func OpenRecover(dir string, check func(*Store)) (s *Store, err *Error) {
	defer func() {
		if r := recover(); r != nil {
			err = &Error{Op: "check", Err: os.ErrInvalid}
		}
	}()
	f, e := os.Open(dir + "/DATA")
	if e != nil {
		return nil, &Error{Op: "open", Err: e}
	}
	s = &Store{f: f}
	check(s)
	return s, nil
}

func readRecoverLeak(dir string, p []byte) (int, error) {
	s, err := OpenRecover(dir, func(*Store) {}) // want `s returned by OpenRecover is not closed`
	if err != nil {
		return 0, err
	}
	defer s.Close()
	return s.Read(p)
}

// recoverInto turns a panic into an error: called by the deferred
// function itself, recover stops the panic.
func recoverInto(errp **Error) {
	if r := recover(); r != nil {
		*errp = &Error{Op: "panic", Err: os.ErrInvalid}
	}
}

// OpenRecoverHelper opens the store, then checks it; a panic in check
// returns the open store beside an error.
func OpenRecoverHelper(dir string, check func(*Store)) (s *Store, err *Error) {
	defer recoverInto(&err)
	f, e := os.Open(dir + "/DATA")
	if e != nil {
		return nil, &Error{Op: "open", Err: e}
	}
	s = &Store{f: f}
	check(s)
	return s, nil
}

func readRecoverHelperLeak(dir string, p []byte) (int, error) {
	s, err := OpenRecoverHelper(dir, func(*Store) {}) // want `s returned by OpenRecoverHelper is not closed`
	if err != nil {
		return 0, err
	}
	defer s.Close()
	return s.Read(p)
}

// The functions below have unnamed results and a defer: the rule reads
// their returns through the result slots.

// Warning is the package's own error type that may come with an open
// value.
type Warning interface {
	error
	Temporary() bool
}

type warn struct{ msg string }

func (w *warn) Error() string   { return w.msg }
func (w *warn) Temporary() bool { return true }

var openMu sync.Mutex

// OpenWarn returns the open store beside a warning when the data file is
// stale.
func OpenWarn(dir string, stale bool) (*Store, Warning) {
	openMu.Lock()
	defer openMu.Unlock()
	f, e := os.Open(dir + "/DATA")
	if e != nil {
		return nil, &warn{msg: e.Error()}
	}
	if stale {
		return &Store{f: f}, &warn{msg: "stale"}
	}
	return &Store{f: f}, nil
}

func readWarnLeak(dir string, p []byte) (int, error) {
	s, w := OpenWarn(dir, true) // want `s returned by OpenWarn is not closed`
	if w != nil {
		return 0, w
	}
	defer s.Close()
	return s.Read(p)
}

// OpenWarnVar is OpenWarn with the warning in a variable.
func OpenWarnVar(dir string, stale bool) (*Store, Warning) {
	defer func() { _ = recover() }()
	f, e := os.Open(dir + "/DATA")
	if e != nil {
		return nil, &warn{msg: e.Error()}
	}
	var w Warning
	if stale {
		w = &warn{msg: "stale"}
	}
	return &Store{f: f}, w
}

func readWarnVarLeak(dir string, p []byte) (int, error) {
	s, w := OpenWarnVar(dir, true) // want `s returned by OpenWarnVar is not closed`
	if w != nil {
		return 0, w
	}
	defer s.Close()
	return s.Read(p)
}
