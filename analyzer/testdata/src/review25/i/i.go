// Package i wraps a storage: its Open delegates to the inner storage's
// Open, but the new struct it returns also holds a journal file that it
// opens itself, in a field of a nested struct literal (aroundDelegate
// checks only stores straight into the new struct's fields). The package drops what Open gives at
// two places.
package i

import (
	"io"
	"os"
)

type Store interface {
	Open() (io.ReadCloser, error)
	Name() string
}

type journaled struct {
	inner Store
	path  string
}

type meta struct {
	journal *os.File
	n       int
}

type reader struct {
	io.ReadCloser
	m meta
}

func (r reader) Close() error { // want Close:"releases p0; closes p0.ReadCloser,p0.m.journal"
	r.m.journal.Close()
	return r.ReadCloser.Close()
}

func (j journaled) Open() (io.ReadCloser, error) { // want Open:"delegates r0; r0 is reader"
	rc, err := j.inner.Open()
	if err != nil {
		return nil, err
	}
	jf, err := os.Create(j.path + ".journal")
	if err != nil {
		rc.Close()
		return nil, err
	}
	return reader{ReadCloser: rc, m: meta{journal: jf, n: 1}}, nil
}

func (j journaled) Name() string { return j.path }

func First(s Store) (byte, error) {
	r, err := s.Open() // want `r returned by s\.Open is not closed`
	if err != nil {
		return 0, err
	}
	b := []byte{0}
	_, err = r.Read(b)
	return b[0], err
}

func Check(s Store) error {
	r, err := s.Open() // want `r returned by s\.Open is not closed`
	if err != nil {
		return err
	}
	_, err = r.Read(nil)
	return err
}
