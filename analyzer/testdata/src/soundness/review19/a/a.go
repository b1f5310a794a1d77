// Package a calls functions through the package's unexported function
// types and interfaces, where values of the type come from places a
// conversion scan misses (a generic function, unsafe, reflection, a
// closure over a cached file, a bound method) or where one function
// returns its argument only on some paths. Programs from the review of
// the rule that resolves such calls; each leak must stay reported.
package a

import (
	"io"
	"os"
	"reflect"
	"unsafe"
)

// ---- H1: a value of the type made by a generic conversion (ChangeType to F, not to opener).

type opener func(name string) (*os.File, error)

var cached *os.File

var borrowOpen opener = func(name string) (*os.File, error) { return cached, nil }

func asOpener[F ~func(string) (*os.File, error)](f func(string) (*os.File, error)) F { return F(f) } // want asOpener:"keeps p0; borrows r0; returns p0 as r0"

var freshOpen = asOpener[opener](os.Open)

func h1(pick bool) {
	o := borrowOpen
	if pick {
		o = freshOpen
	}
	f, err := o("x") // want `f returned by o is not closed`
	if err != nil {
		return
	}
	_, _ = f.Stat()
}

// ---- H2: a value made through unsafe.

type opener2 func(name string) (*os.File, error)

var borrowOpen2 opener2 = func(name string) (*os.File, error) { return cached, nil }

func h2(pick bool) {
	o := borrowOpen2
	if pick {
		raw := os.Open
		o = *(*opener2)(unsafe.Pointer(&raw))
	}
	f, err := o("x") // want `f returned by o is not closed`
	if err != nil {
		return
	}
	_, _ = f.Stat()
}

// ---- H3: a value made through reflection.

type opener3 func(name string) (*os.File, error)

var borrowOpen3 opener3 = func(name string) (*os.File, error) { return cached, nil }

func h3(pick bool) {
	o := borrowOpen3
	if pick {
		o = reflect.ValueOf(os.Open).Convert(reflect.TypeOf(o)).Interface().(opener3)
	}
	f, err := o("x") // want `f returned by o is not closed`
	if err != nil {
		return
	}
	_, _ = f.Stat()
}

// ---- H4: a function of the type wraps its argument on one path and
// returns a fresh file on another.

type rc struct{ f *os.File }

func (r *rc) Read(p []byte) (int, error) { return r.f.Read(p) }
func (r *rc) Close() error               { return r.f.Close() } // want Close:"releases p0; nothing when zero; closes p0.f"

type wrapFn func(f *os.File) io.ReadCloser

var wrapA wrapFn = func(f *os.File) io.ReadCloser {
	if f.Name() == "" {
		g, err := os.Open("other")
		if err != nil {
			return nil
		}
		return g
	}
	return &rc{f}
}

func h4(name string) {
	f, err := os.Open(name)
	if err != nil {
		return
	}
	defer f.Close()
	r := wrapA(f) // want `r returned by wrapA is not closed`
	buf := make([]byte, 1)
	_, _ = r.Read(buf)
}

// static counterpart of H4
func wrapStatic(f *os.File) io.ReadCloser { // want wrapStatic:"keeps p0; wraps p0 in r0"
	if f.Name() == "" {
		g, err := os.Open("other")
		if err != nil {
			return nil
		}
		return g
	}
	return &rc{f}
}

func h4s(name string) {
	f, err := os.Open(name)
	if err != nil {
		return
	}
	defer f.Close()
	r := wrapStatic(f)
	buf := make([]byte, 1)
	_, _ = r.Read(buf)
}

// ---- H4b: one closure forwards its argument on one path, returns a fresh
// file on another; the other wraps it.

type wrapFn2 func(f *os.File) io.ReadCloser

var fwdOrFresh wrapFn2 = func(f *os.File) io.ReadCloser {
	if f.Name() == "" {
		g, err := os.Open("other")
		if err != nil {
			return nil
		}
		return g
	}
	return f
}

var wrapB wrapFn2 = func(f *os.File) io.ReadCloser { return &rc{f} }

func h4b(name string, pick bool) {
	f, err := os.Open(name)
	if err != nil {
		return
	}
	defer f.Close()
	w := wrapB
	if pick {
		w = fwdOrFresh
	}
	r := w(f) // want `r returned by w is not closed`
	buf := make([]byte, 1)
	_, _ = r.Read(buf)
}

// single closure forward-or-fresh
type wrapFn3 func(f *os.File) io.ReadCloser

var fwdOrFresh3 wrapFn3 = func(f *os.File) io.ReadCloser {
	if f.Name() == "" {
		g, err := os.Open("other")
		if err != nil {
			return nil
		}
		return g
	}
	return f
}

func h4c(name string) {
	f, err := os.Open(name)
	if err != nil {
		return
	}
	defer f.Close()
	r := fwdOrFresh3(f) // want `r returned by fwdOrFresh3 is not closed`
	buf := make([]byte, 1)
	_, _ = r.Read(buf)
}

// ---- H5: interface with unexported method, two implementations.

type applier interface {
	apply(f *os.File) io.ReadCloser
}

type plainA struct{}

func (plainA) apply(f *os.File) io.ReadCloser { // want apply:"keeps p1; returns p1 as r0"
	if f.Name() == "" {
		g, err := os.Open("other")
		if err != nil {
			return nil
		}
		return g
	}
	return f
}

type wrapI struct{}

func (wrapI) apply(f *os.File) io.ReadCloser { return &rc{f} } // want apply:"keeps p1; wraps p1 in r0; r0 is \\*rc"

func pickApplier(b bool) applier { // want pickApplier:"borrows r0; r0 is plainA,wrapI"
	if b {
		return plainA{}
	}
	return wrapI{}
}

func h5(a applier, name string) {
	f, err := os.Open(name)
	if err != nil {
		return
	}
	defer f.Close()
	r := a.apply(f) // want `r returned by a.apply is not closed`
	buf := make([]byte, 1)
	_, _ = r.Read(buf)
}

// H5b: both implementations wrap, one through a fresh-on-some-path wrapper
type applier2 interface {
	apply2(f *os.File) io.ReadCloser
}

type freshW struct{}

func (freshW) apply2(f *os.File) io.ReadCloser { // want apply2:"keeps p1; wraps p1 in r0"
	if f.Name() == "" {
		g, err := os.Open("other")
		if err != nil {
			return nil
		}
		return g
	}
	return &rc{f}
}

type wrapI2 struct{}

func (wrapI2) apply2(f *os.File) io.ReadCloser { return &rc{f} } // want apply2:"keeps p1; wraps p1 in r0; r0 is \\*rc"

func pickApplier2(b bool) applier2 { // want pickApplier2:"borrows r0; r0 is freshW,wrapI2"
	if b {
		return freshW{}
	}
	return wrapI2{}
}

func h5b(a applier2, name string) {
	f, err := os.Open(name)
	if err != nil {
		return
	}
	defer f.Close()
	r := a.apply2(f) // want `r returned by a.apply2 is not closed`
	buf := make([]byte, 1)
	_, _ = r.Read(buf)
}

// ---- H6: one implementation wraps and holds a file of its own (in a global? no: in the value).

type pair struct {
	f, log *os.File
}

func (p *pair) Read(b []byte) (int, error) { return p.f.Read(b) }
func (p *pair) Close() error               { p.log.Close(); return p.f.Close() } // want Close:"releases p0; nothing when zero; closes p0.f,p0.log"

type applier3 interface {
	apply3(f *os.File) io.ReadCloser
}
type ownW struct{}

func (ownW) apply3(f *os.File) io.ReadCloser { // want apply3:"keeps p1; wraps p1 in r0; r0 is \\*rc,\\*pair"
	l, err := os.Create("log")
	if err != nil {
		return &rc{f}
	}
	return &pair{f, l}
}

type wrapI3 struct{}

func (wrapI3) apply3(f *os.File) io.ReadCloser { return &rc{f} } // want apply3:"keeps p1; wraps p1 in r0; r0 is \\*rc"

func pickApplier3(b bool) applier3 { // want pickApplier3:"borrows r0; r0 is ownW,wrapI3"
	if b {
		return ownW{}
	}
	return wrapI3{}
}

func h6(a applier3, name string) {
	f, err := os.Open(name)
	if err != nil {
		return
	}
	defer f.Close()
	r := a.apply3(f) // want `r returned by a.apply3 is not closed`
	buf := make([]byte, 1)
	_, _ = r.Read(buf)
}

// ---- H7: two-argument type, closures wrap different arguments.

type pairFn func(a, b *os.File) io.ReadCloser

var wrapFirst pairFn = func(a, b *os.File) io.ReadCloser { return &rc{a} }
var wrapSecond pairFn = func(a, b *os.File) io.ReadCloser { return &rc{b} }

func h7(pick bool) {
	a, err := os.Open("a")
	if err != nil {
		return
	}
	b, err := os.Open("b")
	if err != nil {
		a.Close()
		return
	}
	w := wrapFirst
	if pick {
		w = wrapSecond
	}
	r := w(a, b)
	defer r.Close() // one of a, b leaks
}
