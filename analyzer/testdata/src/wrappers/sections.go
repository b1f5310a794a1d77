package wrappers

import (
	"bytes"
	"compress/flate"
	"io"
	"os"
)

// An entry reads one member of an archive: from memory when the archive
// was read whole, else from a section of what the archive reads from.
type entry struct {
	ra    io.ReaderAt
	data  []byte
	path  string
	plain bool
}

type entryReader struct {
	rc io.ReadCloser
}

func (r *entryReader) Read(p []byte) (int, error) { return r.rc.Read(p) } // want Read:"keeps p1"
func (r *entryReader) Close() error               { return r.rc.Close() } // want Close:"releases p0; closes p0.rc"

// open returns a reader over bytes or over a section of e.ra, neither of
// which it opened: its Close (flate's, or NopCloser's) releases nothing.
func (e *entry) open() (io.ReadCloser, error) { // want open:"borrows r0; nil r1; r0 is \\*entryReader; gives p0.data as r0.rc; gives p0.ra as r0.rc"
	var r io.Reader
	if e.data != nil {
		r = bytes.NewReader(e.data)
	} else {
		r = io.NewSectionReader(e.ra, 0, 1<<20)
	}
	var rc io.ReadCloser
	if e.plain {
		rc = io.NopCloser(r)
	} else {
		rc = flate.NewReader(r)
	}
	return &entryReader{rc: rc}, nil
}

// SafeDigest drops the reader on an error: it holds nothing.
func (e *entry) SafeDigest(w io.Writer) error { // want SafeDigest:"closes p0.data,p0.ra"
	rc, err := e.open()
	if err != nil {
		return err
	}
	if _, err := io.Copy(w, rc); err != nil {
		return err
	}
	return rc.Close()
}

// openFile reads from memory, or from a file that it opens itself.
func (e *entry) openFile() (io.ReadCloser, error) { // want openFile:"r0 is \\*entryReader"
	var rc io.ReadCloser
	if e.data != nil {
		rc = io.NopCloser(bytes.NewReader(e.data))
	} else {
		f, err := os.Open(e.path)
		if err != nil {
			return nil, err
		}
		rc = f
	}
	return &entryReader{rc: rc}, nil
}

// leakDigestFile drops the reader, which may hold the file, on an error.
func (e *entry) leakDigestFile(w io.Writer) error {
	rc, err := e.openFile() // want `rc returned by e.openFile is not closed on all paths`
	if err != nil {
		return err
	}
	if _, err := io.Copy(w, rc); err != nil {
		return err
	}
	return rc.Close()
}
