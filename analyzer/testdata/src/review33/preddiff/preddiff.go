// Package preddiff tests rule 1 (errFailedBranch accepts the program's own
// predicates) where the predicate is applied to an error other than the
// acquisition's: the Stat of a lock file, or the error of the acquisition
// after it was overwritten by a later call. On those branches the first
// file may be open, and the reopen replaces it: statLeak and reassignLeak
// SHOULD be reported. SafeRetry tests the acquisition's own error and
// is fine.
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

// reassignLeak tests the error of the Chmod that followed the open.
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
