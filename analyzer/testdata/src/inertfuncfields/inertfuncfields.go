// Package inertfuncfields holds tests for a Close that calls a function
// kept in a field, where every function the package keeps there is the
// Close of a value that holds nothing.
package inertfuncfields

import (
	"archive/tar"
	"compress/gzip"
	"errors"
	"io"
)

type readCloser struct {
	io.Reader
	closeFunc func() error
}

func (rc readCloser) Close() error { return rc.closeFunc() } // want Close:"releases nothing; closes p0.closeFunc"

// decompressTOC returns the first entry of a gzipped tar stream; its
// Close is the gzip reader's, which releases nothing.
func decompressTOC(r io.Reader) (io.ReadCloser, error) { // want decompressTOC:"borrows r0; r0 is readCloser"
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, err
	}
	tr := tar.NewReader(zr)
	if _, err := tr.Next(); err != nil {
		return nil, err
	}
	return readCloser{tr, zr.Close}, nil
}

// SafeParseTOC drops the reader when the decoding fails: it holds nothing.
func SafeParseTOC(r io.Reader) ([]byte, error) {
	tr, err := decompressTOC(r)
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
