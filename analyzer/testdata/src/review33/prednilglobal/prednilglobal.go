// Package prednilglobal tests rule 1 (a method that says false for a nil
// error is an error predicate, also in errFailedBranch). The method
// unsupported compares err == errNoTmpfile, a package variable that only
// init sets, and only on Linux: elsewhere it stays nil, and the test
// holds for a nil error. falseOnNil takes any package-level variable as
// a sentinel that is never nil (nilTest's isGlobalLoad, without the
// nonNilTarget check that errors.Is targets get). Where the first open
// succeeded on such a build, the retry replaces the open file:
// openTempLeak SHOULD be reported. SafeOpenTemp compares with a
// variable that errors.New sets, and is fine.
//
// Base (30494aa): openTempLeak reported; SafeOpenTemp also reported (false alarm). Head: unsupported gets "false for nil p1" and the leak in openTempLeak is hidden by rule 1 (REAL leak missed; a function unsupported(err) has the same gap at base); SafeOpenTemp fine.
//
// Fixed since (round twenty-two): a comparison with a package variable counts only for one that is never nil, and init stores made on some paths only leave the zero value: openTempLeak is reported again; SafeOpenTemp is still fine.
package prednilglobal

import (
	"errors"
	"os"
	"runtime"
	"syscall"
)

// errNoTmpfile is the error that an O_TMPFILE open gives where the file
// system lacks it; nil where the platform has no O_TMPFILE at all.
var errNoTmpfile error

func init() {
	if runtime.GOOS == "linux" {
		errNoTmpfile = syscall.EOPNOTSUPP
	}
}

// errBusy is never nil.
var errBusy = errors.New("busy")

type spool struct{ dir string }

// unsupported says whether err says O_TMPFILE is not supported.
func (s *spool) unsupported(err error) bool {
	return err == errNoTmpfile
}

// busy says whether err says the spool is busy.
func (s *spool) busy(err error) bool { // want busy:"false for nil p1"
	return err == errBusy
}

// openTmp opens an unnamed file, or fails.
func (s *spool) openTmp() (*os.File, error) {
	if s.dir == "" {
		return nil, errBusy
	}
	return os.CreateTemp(s.dir, "spool")
}

// openTempLeak falls back to a named temporary file.
func (s *spool) openTempLeak() (*os.File, error) {
	f, err := s.openTmp() // want `f returned by s.openTmp is not closed`
	if s.unsupported(err) {
		f, err = os.CreateTemp(s.dir, "fallback")
	}
	if err != nil {
		return nil, err
	}
	return f, nil
}

// SafeOpenTemp retries a busy spool once.
func (s *spool) SafeOpenTemp() (*os.File, error) {
	f, err := s.openTmp()
	if s.busy(err) {
		f, err = os.CreateTemp(s.dir, "retry")
	}
	if err != nil {
		return nil, err
	}
	return f, nil
}
