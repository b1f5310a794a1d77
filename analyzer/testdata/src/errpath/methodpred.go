package errpath

// This file retries a create where the first one failed because a
// directory is missing, with the test of the error made by a method of
// the store: a method that says false for a nil error is an error
// predicate as a function is, so where it holds the first create gave
// no file.

import (
	"errors"
	"os"
	"path/filepath"
)

type store struct {
	dir    string
	always bool
}

func (s *store) IsNotExist(err error) bool { // want IsNotExist:"false for nil p1"
	return errors.Is(err, os.ErrNotExist)
}

// retryable says true for a nil error too when the store is set so.
func (s *store) retryable(err error) bool {
	return s.always || errors.Is(err, os.ErrNotExist)
}

var errShort = errors.New("short write")

// SafeSave creates the file, or creates its directory and then the file.
func (s *store) SafeSave(name string, data []byte) (err error) {
	path := filepath.Join(s.dir, name)
	f, err := os.OpenFile(path, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
	if s.IsNotExist(err) {
		if mkErr := os.MkdirAll(s.dir, 0o700); mkErr == nil {
			f, err = os.OpenFile(path, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
		}
	}
	if err != nil {
		return err
	}
	defer func() {
		if err == nil {
			return
		}
		_ = os.Remove(f.Name())
	}()
	n, err := f.Write(data)
	if err != nil {
		_ = f.Close()
		return err
	}
	if n != len(data) {
		_ = f.Close()
		return errShort
	}
	return f.Close()
}

// retrySaveLeak is SafeSave with a test that may hold for a nil error:
// the first file is then replaced while open.
func (s *store) retrySaveLeak(name string, data []byte) (err error) {
	path := filepath.Join(s.dir, name)
	f, err := os.OpenFile(path, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600) // want `f returned by os.OpenFile is not closed`
	if s.retryable(err) {
		if mkErr := os.MkdirAll(s.dir, 0o700); mkErr == nil {
			f, err = os.OpenFile(path, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
		}
	}
	if err != nil {
		return err
	}
	defer func() {
		if err == nil {
			return
		}
		_ = os.Remove(f.Name())
	}()
	n, err := f.Write(data)
	if err != nil {
		_ = f.Close()
		return err
	}
	if n != len(data) {
		_ = f.Close()
		return errShort
	}
	return f.Close()
}

type permanentError struct{ err error }

func (p *permanentError) Error() string { return p.err.Error() }

// SafeSaveMarked is SafeSave where a deferred closure, deferred before
// the create, rewrites the error, and one deferred after it closes the
// file where the function fails.
func (s *store) SafeSaveMarked(name string, data []byte) (err error) {
	defer func() {
		if os.IsPermission(err) {
			err = &permanentError{err}
		}
	}()
	path := filepath.Join(s.dir, name)
	f, err := os.CreateTemp(s.dir, name)
	if s.IsNotExist(err) {
		if mkErr := os.MkdirAll(s.dir, 0o700); mkErr == nil {
			f, err = os.CreateTemp(s.dir, name)
		}
	}
	if err != nil {
		return err
	}
	defer func(f *os.File) {
		if err != nil {
			_ = f.Close()
			_ = os.Remove(f.Name())
		}
	}(f)
	n, err := f.Write(data)
	if err != nil {
		return err
	}
	if n != len(data) {
		return errShort
	}
	if err = f.Close(); err != nil {
		return err
	}
	return os.Rename(f.Name(), path)
}

// retryMarkedLeak is SafeSaveMarked with the test that may hold for a
// nil error.
func (s *store) retryMarkedLeak(name string, data []byte) (err error) {
	defer func() {
		if os.IsPermission(err) {
			err = &permanentError{err}
		}
	}()
	path := filepath.Join(s.dir, name)
	f, err := os.CreateTemp(s.dir, name) // want `f returned by os.CreateTemp is not closed`
	if s.retryable(err) {
		if mkErr := os.MkdirAll(s.dir, 0o700); mkErr == nil {
			f, err = os.CreateTemp(s.dir, name)
		}
	}
	if err != nil {
		return err
	}
	defer func(f *os.File) {
		if err != nil {
			_ = f.Close()
			_ = os.Remove(f.Name())
		}
	}(f)
	n, err := f.Write(data)
	if err != nil {
		return err
	}
	if n != len(data) {
		return errShort
	}
	if err = f.Close(); err != nil {
		return err
	}
	return os.Rename(f.Name(), path)
}
