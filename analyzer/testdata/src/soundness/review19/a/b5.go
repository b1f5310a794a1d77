package a

import (
	"io"
	"os"
)

// ---- C3: closure returns a field of a struct captured by value.

type opener12 func(name string) (*os.File, error)

func fixedOpen(name string) opener12 {
	f, err := os.Open(name)
	if err != nil {
		return nil
	}
	st := lazy{f: f}
	return opener12(func(string) (*os.File, error) { return st.f, nil })
}

func c3() {
	o := fixedOpen("x")
	if o == nil {
		return
	}
	f, err := o("y") // want `f returned by o is not closed`
	if err != nil {
		return
	}
	_, _ = f.Stat()
}

// ---- C4: closure returns an element of a captured slice.

type opener13 func(name string) (*os.File, error)

func sliceOpen(name string) opener13 {
	files := make([]*os.File, 1)
	return opener13(func(string) (*os.File, error) {
		if files[0] == nil {
			f, err := os.Open(name)
			if err != nil {
				return nil, err
			}
			files[0] = f
		}
		return files[0], nil
	})
}

func c4() {
	o := sliceOpen("x")
	f, err := o("y") // want `f returned by o is not closed`
	if err != nil {
		return
	}
	_, _ = f.Stat()
}

// ---- I7: interface, two implementations wrap different arguments.

type joiner interface {
	join(a, b *os.File) io.ReadCloser
}
type joinA struct{}

func (joinA) join(a, b *os.File) io.ReadCloser { return &rc{a} } // want join:"keeps p1; wraps p1 in r0; r0 is \\*rc"

type joinB struct{}

func (joinB) join(a, b *os.File) io.ReadCloser { return &rc{b} } // want join:"keeps p2; wraps p2 in r0; r0 is \\*rc"

func pickJoiner(x bool) joiner { // want pickJoiner:"borrows r0; r0 is joinA,joinB"
	if x {
		return joinA{}
	}
	return joinB{}
}

func i7(j joiner) {
	a, err := os.Open("a")
	if err != nil {
		return
	}
	b, err := os.Open("b")
	if err != nil {
		a.Close()
		return
	}
	r := j.join(a, b)
	defer r.Close()
}

// ---- I8: interface, both implementations forward the argument on every path.

type passer interface {
	pass(f *os.File) io.ReadCloser
}
type passA struct{}

func (passA) pass(f *os.File) io.ReadCloser { return f } // want pass:"keeps p1; borrows r0; returns p1 as r0"

type passB struct{}

func (passB) pass(f *os.File) io.ReadCloser { return &rc{f} } // want pass:"keeps p1; wraps p1 in r0; r0 is \\*rc"

func pickPasser(x bool) passer { // want pickPasser:"borrows r0; r0 is passA,passB"
	if x {
		return passA{}
	}
	return passB{}
}

func i8(p passer) {
	f, err := os.Open("a") // want `f returned by os.Open is not closed before the end of the function`
	if err != nil {
		return
	}
	r := p.pass(f) // r is f or a wrapper of it: neither is closed
	buf := make([]byte, 1)
	_, _ = r.Read(buf)
}

func i8ok(p passer) {
	f, err := os.Open("a")
	if err != nil {
		return
	}
	r := p.pass(f)
	defer r.Close()
}

// ---- GI: a generic function instance converted to the type.

var kept []any

func keepAny[T any](x T) { kept = append(kept, x) } // want keepAny:"keeps p0"

type sinkG func(f *os.File)

var keepG = sinkG(keepAny[*os.File])

func gi() {
	f, err := os.Open("x")
	if err != nil {
		return
	}
	keepG(f)
}

func closeAny[T io.Closer](x T) { x.Close() } // want closeAny:"releases p0"

type sinkG2 func(f *os.File)

var closeG = sinkG2(closeAny[*os.File])

func gi2() {
	f, err := os.Open("x")
	if err != nil {
		return
	}
	closeG(f)
}
