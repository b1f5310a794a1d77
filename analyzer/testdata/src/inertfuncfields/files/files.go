// Package files keeps a file's Close in the same kind of field: the
// value holds the file.
package files

import (
	"errors"
	"io"
	"os"
)

type readCloser struct {
	io.Reader
	closeFunc func() error
}

func (rc readCloser) Close() error { return rc.closeFunc() } // want Close:"closes p0.closeFunc"

func openTOC(name string) (io.ReadCloser, error) { // want openTOC:"r0 is readCloser"
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	return readCloser{f, f.Close}, nil
}

// LeakParseTOC drops the reader, and the file in it, when it is empty.
func LeakParseTOC(name string) ([]byte, error) {
	tr, err := openTOC(name) // want `tr returned by openTOC is not closed on all paths: the return at line 34 is reached when err != nil at line 33 \(possible resource leak\)`
	if err != nil {
		return nil, err
	}
	b, err := io.ReadAll(tr)
	if err != nil {
		return nil, err
	}
	if len(b) == 0 {
		return nil, errors.New("empty")
	}
	return b, tr.Close()
}
