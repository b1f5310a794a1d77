// Package siblings releases values through methods other than Close
// that do what Close does: a pending file's Cleanup.
package siblings

import (
	"errors"
	"os"
)

// pending is a file that replaces its destination when committed.
type pending struct {
	*os.File
	path   string
	closed bool
	done   bool
}

func newPending(path string) (*pending, error) {
	f, err := os.CreateTemp("", "pending")
	if err != nil {
		return nil, err
	}
	return &pending{File: f, path: path}, nil
}

// Cleanup closes and removes the file unless it was committed.
func (t *pending) Cleanup() error { // want Cleanup:"releases p0; closes p0.File"
	if t.done {
		return nil
	}
	var closeErr error
	if !t.closed {
		closeErr = t.File.Close()
	}
	if err := os.Remove(t.Name()); err != nil {
		return err
	}
	t.done = true
	return closeErr
}

// commit closes the file and renames it over the destination.
func (t *pending) commit() error { // want commit:"releases p0; closes p0.File"
	if err := t.Sync(); err != nil {
		return err
	}
	t.closed = true
	if err := t.File.Close(); err != nil {
		return err
	}
	if err := os.Rename(t.Name(), t.path); err != nil {
		return err
	}
	t.done = true
	return nil
}

// Close commits.
func (t *pending) Close() error { // want Close:"closes p0.File"
	return t.commit()
}

// SafeWriteFile cleans up whatever happens: Cleanup releases as Close
// does.
func SafeWriteFile(path string, data []byte) error {
	t, err := newPending(path)
	if err != nil {
		return err
	}
	defer t.Cleanup()
	if _, err := t.Write(data); err != nil {
		return err
	}
	return t.commit()
}

var errShort = errors.New("short write")

// truncate cuts the file; it sets a flag that Close sets too, but closes
// nothing.
func (t *pending) truncate() error {
	t.done = true
	return t.Truncate(0)
}

// LeakTruncated leaks: truncate releases nothing.
func LeakTruncated(path string, data []byte) error {
	t, err := newPending(path) // want `t returned by newPending is not closed`
	if err != nil {
		return err
	}
	defer t.truncate()
	if len(data) == 0 {
		return errShort
	}
	_, err = t.Write(data)
	return err
}
