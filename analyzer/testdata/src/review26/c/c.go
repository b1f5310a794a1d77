package c

import (
	"bytes"
	"io"
	"os"
)

type rc struct{ r io.Reader }

func (x *rc) Read(p []byte) (int, error) { return x.r.Read(p) } // want Read:"keeps p1"
func (x *rc) Close() error { // want Close:"closes p0.r"
	if c, ok := x.r.(io.Closer); ok {
		return c.Close()
	}
	return nil
}

type pool struct{ f *os.File }

// take moves the file out of the pool into the reader it returns, or
// gives a reader over nothing.
func (p *pool) take() io.ReadCloser { // want take:"borrows r0; r0 is \\*rc; gives p0.f as r0.r"
	var r io.Reader
	if p.f == nil {
		r = bytes.NewReader(nil)
	} else {
		r = p.f
		p.f = nil
	}
	return &rc{r: r}
}

// leakTake drops the reader that took the pool's file.
// Known miss, found by review (rule 3, contentOf; weak): take moves p.f out into
// the reader it returns; base reported r (only because of the
// bytes.NewReader branch), new calls take "borrows r0". Without that
// branch (takeOnly, nobytes.go) base misses it too.
func leakTake(p *pool) int {
	r := p.take()
	b := make([]byte, 1)
	n, _ := r.Read(b)
	return n
}

// wrap takes a file it owns, or reads nothing.
func wrap(f *os.File) io.ReadCloser { // want wrap:"keeps p0; wraps p0 in r0; r0 is \\*rc"
	var r io.Reader = bytes.NewReader(nil)
	if f != nil {
		r = f
	}
	return &rc{r: r}
}

// leakWrap drops the wrapper over the file it opened.
func leakWrap(name string) int {
	f, err := os.Open(name) // want `f returned by os.Open is not closed before the return`
	if err != nil {
		return 0
	}
	r := wrap(f)
	b := make([]byte, 1)
	n, _ := r.Read(b)
	return n
}

// global file, handed out.
var shared *os.File

func fromGlobal() io.ReadCloser { // want fromGlobal:"borrows r0; r0 is \\*rc"
	var r io.Reader = bytes.NewReader(nil)
	if shared != nil {
		r = shared
		shared = nil
	}
	return &rc{r: r}
}

// Known miss, found by review (rule 3, contentOf; weak): same, moving a package
// variable out; base reported r, new does not.
func leakFromGlobal() int {
	r := fromGlobal()
	b := make([]byte, 1)
	n, _ := r.Read(b)
	return n
}

// SafeBytes: only bytes.
func SafeBytes(b []byte) int { // want SafeBytes:"keeps p0"
	r := &rc{r: bytes.NewReader(b)}
	n, _ := r.Read(b)
	return n
}
