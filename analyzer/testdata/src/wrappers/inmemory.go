package wrappers

// This file returns decompressing readers as io.ReadCloser: over bytes in
// memory they hold nothing (their Close does not close what they read,
// and an in-memory reader has nothing to close); over a file the function
// opened they are how the caller reaches the file.

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"io"
	"net/http/httputil"
	"os"
	"strings"
)

// View keeps a message in memory.
type View struct {
	msg      []byte
	chunked  bool
	compress string
}

// BodyReader reads the body of the message, decoded when asked.
func (v *View) BodyReader(decode bool) (io.ReadCloser, error) { // want BodyReader:`borrows r0; r0 is io.nopCloserWriterTo,io.nopCloser,\*compress/flate.decompressor,\*compress/gzip.Reader; gives p0.msg as r0`
	var r io.Reader = io.NewSectionReader(bytes.NewReader(v.msg), 2, int64(len(v.msg)))
	if !decode {
		return io.NopCloser(r), nil
	}
	if v.chunked {
		r = httputil.NewChunkedReader(r)
	}
	switch v.compress {
	case "gzip":
		gr, err := gzip.NewReader(r)
		if err != nil {
			return nil, err
		}
		return gr, nil
	case "deflate":
		return flate.NewReader(r), nil
	}
	return io.NopCloser(r), nil
}

// SafeReadBody is fine: the decoded body reads the message's bytes.
func SafeReadBody(v *View) ([]byte, error) {
	br, err := v.BodyReader(true)
	if err != nil {
		return nil, err
	}
	return io.ReadAll(br)
}

func inflateString(s string) io.ReadCloser { // want inflateString:"borrows r0"
	return flate.NewReader(strings.NewReader(s))
}

// SafeInflateString is fine: the reader reads a string.
func SafeInflateString(s string) ([]byte, error) {
	return io.ReadAll(inflateString(s))
}

func inflateFile(name string) (io.ReadCloser, error) { // want inflateFile:`r0 is \*compress/flate\.decompressor`
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	return flate.NewReader(f), nil
}

func inflateSection(name string) (io.ReadCloser, error) { // want inflateSection:`r0 is \*compress/flate\.decompressor`
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	return flate.NewReader(io.NewSectionReader(f, 0, 1<<20)), nil
}

// inflateFileLeak drops the reader that stands for the file it opened.
func inflateFileLeak(name string) ([]byte, error) {
	r, err := inflateFile(name) // want `r returned by inflateFile is not closed before the return`
	if err != nil {
		return nil, err
	}
	return io.ReadAll(r)
}

// inflateSectionLeak is the same through a section of the file.
func inflateSectionLeak(name string) ([]byte, error) {
	r, err := inflateSection(name) // want `r returned by inflateSection is not closed before the return`
	if err != nil {
		return nil, err
	}
	return io.ReadAll(r)
}
