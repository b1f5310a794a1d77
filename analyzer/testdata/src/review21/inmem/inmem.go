// Package inmem returns standard wrappers whose argument looks like it is
// in memory, and that still hold a resource (review of holdsNothing,
// 2a20b95): the writer of io.TeeReader, and a static call given only a
// string whose result has no Close but holds a connection.
package inmem

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"io"
	"net"
	"net/http"
	"net/http/httputil"
	"os"
)

// decompressTee decompresses b, copying the compressed bytes it reads to
// a capture file: the reader it returns writes to the file.
func decompressTee(b []byte, capture string) (io.ReadCloser, error) { // want decompressTee:`r0 is \*compress/gzip\.Reader`
	// Old miss (silent at base too): f is never closed here.
	f, err := os.Create(capture)
	if err != nil {
		return nil, err
	}
	return gzip.NewReader(io.TeeReader(bytes.NewReader(b), f))
}

// dialReader gives a buffered reader over a new connection: its argument
// is a string, its result no Close of its own.
func dialReader(addr string) *bufio.Reader {
	c, err := net.Dial("tcp", addr)
	if err != nil {
		return bufio.NewReader(bytes.NewReader(nil))
	}
	return bufio.NewReader(c)
}

// inflateFrom reads a deflated stream from addr.
func inflateFrom(addr string) io.ReadCloser { // want inflateFrom:`r0 is \*compress/flate\.decompressor`
	return flate.NewReader(dialReader(addr))
}

func readAllFrom(addr string) ([]byte, error) {
	r := inflateFrom(addr) // want `r returned by inflateFrom is not closed`
	return io.ReadAll(r)
}

// chunked returns the decoded body of a response: nobody can close the
// response's body any more.
func chunked(url string) (io.Reader, error) { // want chunked:`r0 is \*net/http/internal\.chunkedReader`
	// Old miss (silent at base too): the wrapper is taken to hand resp off.
	resp, err := http.Get(url)
	if err != nil {
		return nil, err
	}
	return httputil.NewChunkedReader(resp.Body), nil
}

// buffered is the same through bufio, for comparison.
func buffered(url string) (io.Reader, error) { // want buffered:`r0 is \*bufio\.Reader`
	// Old miss (silent at base too).
	resp, err := http.Get(url)
	if err != nil {
		return nil, err
	}
	return bufio.NewReader(resp.Body), nil
}

// captureLeak drops what decompressTee returned, and with it the capture
// file it opened.
func captureLeak(b []byte) ([]byte, error) {
	rc, err := decompressTee(b, "capture.gz") // want `rc returned by decompressTee is not closed`
	if err != nil {
		return nil, err
	}
	return io.ReadAll(rc)
}

// teeTo decompresses b, copying what it reads to w.
func teeTo(b []byte, w io.Writer) (io.ReadCloser, error) { // want teeTo:"keeps p1"
	return gzip.NewReader(io.TeeReader(bytes.NewReader(b), w))
}

// teeFileLeak gives its capture file to teeTo and never closes it.
func teeFileLeak(b []byte, name string) ([]byte, error) {
	// The leak is f's; base reports it at rc, which keeps f.
	f, err := os.Create(name)
	if err != nil {
		return nil, err
	}
	rc, err := teeTo(b, f) // want `rc returned by teeTo is not closed`
	if err != nil {
		return nil, err
	}
	return io.ReadAll(rc)
}
