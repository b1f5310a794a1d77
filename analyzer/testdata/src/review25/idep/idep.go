// Package idep wraps a storage: its Open delegates to the inner storage's
// Open, but the new struct it returns also holds a journal file that it
// opens itself, through the address of a field (aroundDelegate checks
// only stores into the new struct's fields, not other uses of their
// addresses).
package idep

import (
	"io"
	"os"
)

type Store interface {
	Open() (io.ReadCloser, error)
	Name() string
}

type Journaled struct {
	Inner Store
	Path  string
}

type reader struct {
	io.ReadCloser
	journal *os.File
}

func (r reader) Close() error { // want Close:"releases p0; closes p0.ReadCloser,p0.journal"
	r.journal.Close()
	return r.ReadCloser.Close()
}

func openJournal(dst **os.File, path string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	*dst = f
	return nil
}

// Open gives a reader that holds a new journal file besides what the
// inner storage gives: not a delegation.
func (j Journaled) Open() (io.ReadCloser, error) { // want Open:"^r0 is reader$"
	rc, err := j.Inner.Open()
	if err != nil {
		return nil, err
	}
	var w reader
	w.ReadCloser = rc
	if err := openJournal(&w.journal, j.Path+".journal"); err != nil {
		rc.Close()
		return nil, err
	}
	return w, nil
}

func (j Journaled) Name() string { return j.Path }
