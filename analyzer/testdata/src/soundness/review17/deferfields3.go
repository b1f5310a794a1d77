package review17

import (
	"errors"
	"os"
)

type store struct {
	lock *os.File
	data *os.File
}

// LeakFlagNotSet: the cleanup flag is set on one failure path only; the
// first failure return leaves the lock file open.
func LeakFlagNotSet(path string) (*store, error) {
	s := &store{}
	cleanup := false
	defer func() {
		if cleanup {
			s.lock.Close()
		}
	}()
	s.lock = create(path) // want `not closed`
	if len(path) > 3 {
		return nil, errors.New("bad")
	}
	if len(path) > 5 {
		cleanup = true
		return nil, errors.New("bad2")
	}
	return s, nil
}

// LeakPanicOnly: the closure closes the lock only when a panic unwinds.
func LeakPanicOnly(path string) (*store, error) {
	s := &store{}
	defer func() {
		if r := recover(); r != nil {
			s.lock.Close()
			panic(r)
		}
	}()
	s.lock = create(path) // want `not closed`
	if len(path) > 3 {
		return nil, errors.New("bad")
	}
	return s, nil
}

// LeakNamedErrDry: the closure closes on err != nil, but the dry-run
// return gives a nil error and drops the store.
func LeakNamedErrDry(path string, dry bool) (_ *store, err error) {
	s := &store{}
	defer func() {
		if err != nil {
			s.lock.Close()
		}
	}()
	s.lock = create(path) // want `not closed`
	if dry {
		return nil, nil
	}
	return s, nil
}

// LeakDataOnlyWhenLocked: the closure closes the lock only when data is
// open; the first failure return leaks the lock.
func LeakDataNil(path string) (*store, error) {
	s := &store{}
	ok := false
	defer func() {
		if !ok && s.data != nil {
			s.data.Close()
			s.lock.Close()
		}
	}()
	s.lock = create(path) // want `not closed`
	if len(path) > 3 {
		return nil, errors.New("bad")
	}
	// Still reported, though no leak: a false alarm this test keeps visible.
	s.data = create(path + ".d") // want `not closed`
	if len(path) > 5 {
		return nil, errors.New("bad2")
	}
	ok = true
	return s, nil
}
