package review17

import (
	"errors"
	"os"
)

type journal struct {
	lock *os.File
	data *os.File
}

// LeakBeforeData: the closure closes the lock only once the data file is
// open; an early return before that leaks the lock.
func LeakBeforeData(path string, bad bool) (*journal, error) {
	j := &journal{}
	defer func() {
		if j.data == nil {
			return
		}
		j.data.Close()
		j.lock.Close()
	}()
	j.lock = create(path) // want `not closed`
	if bad {
		return nil, errors.New("bad")
	}
	// Still reported, though no leak: a false alarm this test keeps visible.
	j.data = create(path + ".data") // want `not closed`
	return nil, nil
}

// LeakOverwrittenOnError: on the error path the first lock file is
// replaced by the second before the deferred closure runs.
func LeakOverwrittenOnError(path string) (*journal, error) {
	j := &journal{}
	ok := false
	defer func() {
		if !ok {
			j.lock.Close()
		}
	}()
	j.lock = create(path) // want `not closed`
	if len(path) > 3 {
		// Still reported, though no leak: a false alarm this test keeps visible.
		j.lock = create(path + ".alt") // want `not closed`
		return nil, errors.New("bad")
	}
	ok = true
	return j, nil
}

// LeakNilledOnError: the field is cleared on the error path, so the
// closure closes nothing there.
func LeakNilledOnError(path string) (*journal, error) {
	j := &journal{}
	ok := false
	defer func() {
		if !ok && j.lock != nil {
			j.lock.Close()
		}
	}()
	j.lock = create(path) // want `not closed`
	if len(path) > 3 {
		j.lock = nil
		return nil, errors.New("bad")
	}
	ok = true
	return j, nil
}

// LeakOnlyOnPanic: the closure closes the lock only when recovering from a
// panic.
func LeakOnlyOnPanic(path string) (*journal, error) {
	j := &journal{}
	defer func() {
		if r := recover(); r != nil {
			j.lock.Close()
			panic(r)
		}
	}()
	j.lock = create(path) // want `not closed`
	if len(path) > 3 {
		return nil, errors.New("bad")
	}
	return j, nil
}

// LeakNamedErr: closes on err != nil, but the early return returns a nil
// error without the journal.
func LeakNamedErr(path string, dry bool) (_ *journal, err error) {
	j := &journal{}
	defer func() {
		if err != nil {
			j.lock.Close()
		}
	}()
	j.lock = create(path) // want `not closed`
	if dry {
		return nil, nil
	}
	return j, nil
}
