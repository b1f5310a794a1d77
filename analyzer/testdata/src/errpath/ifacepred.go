package errpath

// This file tests the error of a create through an interface over the
// operating system, as kopia's filesystem storage does: the interface is
// sealed by an unexported method, and every method of the program that
// can run there says false for a nil error, so where it holds the create
// gave no file. (kopia's own interface has exported methods only, so
// another package could implement it: its create is still reported.)

import (
	"errors"
	"os"
	"path/filepath"
)

type osCalls interface {
	CreateNewFile(name string) (*os.File, error)
	IsNotExist(err error) bool
	sealed()
}

type realOS struct{}

func (realOS) CreateNewFile(name string) (*os.File, error) {
	return os.OpenFile(name, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
}

func (realOS) IsNotExist(err error) bool { return os.IsNotExist(err) } // want IsNotExist:"false for nil p1"

func (realOS) sealed() {} // want sealed:"nothing when zero"

type diskStore struct {
	dir string
	osi osCalls
}

// SafeCreate makes the directory and tries again where the first create
// said that it does not exist.
func (s *diskStore) SafeCreate(name string) (*os.File, error) {
	f, err := s.osi.CreateNewFile(name)
	if s.osi.IsNotExist(err) {
		if err = os.MkdirAll(filepath.Dir(name), 0o700); err != nil {
			return nil, err
		}
		return s.osi.CreateNewFile(name)
	}
	if err != nil {
		return nil, err
	}
	return f, nil
}

type retryCalls interface {
	CreateNewFile(name string) (*os.File, error)
	Retryable(err error) bool
	sealed()
}

type eagerOS struct{ realOS }

// Retryable says true for a nil error too.
func (eagerOS) Retryable(err error) bool { return err == nil || errors.Is(err, os.ErrExist) } // want Retryable:"true for nil p1"

type retryStore struct {
	osi retryCalls
}

// Create drops the file that the first create made where Retryable says
// true for its nil error.
func (s *retryStore) Create(name string) (*os.File, error) {
	f, err := s.osi.CreateNewFile(name) // want `f returned by s.osi.CreateNewFile is not closed`
	if s.osi.Retryable(err) {
		return s.osi.CreateNewFile(name + ".1")
	}
	if err != nil {
		return nil, err
	}
	return f, nil
}

var _ retryCalls = eagerOS{}
