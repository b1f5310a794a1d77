// Package preddiff tests rule 1 (a method that says false for a nil error
// is an error predicate; errFailedBranch accepts the program's own
// predicates) where the predicate is applied to an error other than the
// acquisition's: the Stat of a lock file (a variable of its own), or the
// acquisition's err variable after a later call (the Chmod of the index,
// run only where the open succeeded) stored its own error in it, so that
// the predicate reads a φ-node of the two. On those branches the first
// file may be open, and the reopen replaces it: statLeak and
// reassignLeak SHOULD be reported. SafeRetry tests the acquisition's own
// error and is fine.
//
// Base (30494aa): statLeak and reassignLeak reported; SafeRetry also reported (false alarm). Head: statLeak reported, SafeRetry fine, but the leak in reassignLeak is hidden by rule 1 (REAL leak missed): closedBranch takes s.IsNotExist(φ(openErr, chmodErr)) for the open's own check through isErrOf, which follows φ-nodes loosely; with os.IsNotExist or a function predicate the same code is silent at base already.
//
// Fixed since (round twenty-two): a merged error with an edge from a path where the open may have succeeded, bringing the error of a check, is not the open's: reassignLeak is reported again.
package preddiff

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
)

type store struct{ dir string }

// IsNotExist says whether err says a file does not exist.
func (s *store) IsNotExist(err error) bool { // want IsNotExist:"false for nil p1"
	return errors.Is(err, fs.ErrNotExist)
}

// statLeak reopens the data file where the lock file is missing.
func (s *store) statLeak(name string) (*os.File, error) {
	p := filepath.Join(s.dir, name)
	f, err := os.OpenFile(p, os.O_RDWR, 0) // want `f returned by os.OpenFile is not closed`
	_, statErr := os.Stat(p + ".lock")
	if s.IsNotExist(statErr) {
		f, err = os.OpenFile(p, os.O_RDWR|os.O_CREATE|os.O_TRUNC, 0o600)
	}
	if err != nil {
		return nil, err
	}
	return f, nil
}

// reassignLeak tests the error of the Chmod that followed a successful
// open: where the index is missing, the data file is recreated over the
// open one. Where the error is another, the file is closed.
func (s *store) reassignLeak(name string) (*os.File, error) {
	p := filepath.Join(s.dir, name)
	f, err := os.Open(p) // want `f returned by os.Open is not closed`
	if err == nil {
		err = os.Chmod(p+".idx", 0o600)
	}
	if s.IsNotExist(err) {
		f, err = os.Create(p)
	}
	if err != nil {
		if f != nil {
			_ = f.Close()
		}
		return nil, err
	}
	return f, nil
}

// SafeRetry tests the open's own error.
func (s *store) SafeRetry(name string) (*os.File, error) {
	p := filepath.Join(s.dir, name)
	f, err := os.Open(p)
	if s.IsNotExist(err) {
		f, err = os.Create(p)
	}
	if err != nil {
		return nil, err
	}
	return f, nil
}
