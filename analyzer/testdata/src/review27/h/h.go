package h

import (
	"io"
	"os"
)

type Closer interface{ Close() error }

type impl[T any] struct{ f *os.File }

func (i *impl[T]) Close() error { return nil } // does not close f // want Close:"nil r0; releases nothing; nothing when zero; nothing when nil"

func Rec[T any](f *os.File, n int) Closer { // want Rec:"keeps p0; borrows r0"
	if n == 0 {
		return &impl[T]{f: f}
	}
	return Rec[T](f, n-1)
}

func H1(name string) error {
	f, err := os.Open(name) // real leak, reported by neither build: `f returned by os.Open is not closed`
	if err != nil {
		return err
	}
	c := Rec[int](f, 3)
	return c.Close()
}

type num interface{ ~int | ~int64 }

type nimpl[T num] struct{ f *os.File }

func (i *nimpl[T]) Close() error { return nil } // want Close:"nil r0; releases nothing; nothing when zero; nothing when nil"

func NewN[T num](f *os.File) Closer { return &nimpl[T]{f: f} } // want NewN:"borrows r0; r0 is \\*nimpl\\[#0\\]"

func H2(name string) error {
	f, err := os.Open(name) // want `f returned by os.Open is not closed`
	if err != nil {
		return err
	}
	return NewN[int64](f).Close()
}

// closure inside a generic function
func ViaClosure[T any](f *os.File) Closer { // want ViaClosure:"borrows r0; r0 is \\*impl\\[#0\\]"
	mk := func() Closer { return &impl[T]{f: f} }
	return mk()
}

func H3(name string) error {
	f, err := os.Open(name) // want `f returned by os.Open is not closed`
	if err != nil {
		return err
	}
	return ViaClosure[string](f).Close()
}

// generic method
type Factory[T any] struct{ f *os.File }

func (fa *Factory[T]) Make() Closer { return &impl[T]{f: fa.f} } // want Make:"borrows r0; r0 is \\*impl\\[#0\\]"

func H4(name string) error {
	f, err := os.Open(name) // want `f returned by os.Open is not closed`
	if err != nil {
		return err
	}
	fa := &Factory[int]{f: f}
	return fa.Make().Close()
}

// a type parameter pointer
type fileCloser struct{ f *os.File }

func (c *fileCloser) Close() error { return c.f.Close() } // want Close:"releases p0; nothing when zero; closes p0\\.f"

func AsCloser[T any](p *T) any { return p } // want AsCloser:"keeps p0; borrows r0; returns p0 as r0"

func H5(name string) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	c := AsCloser(&fileCloser{f: f}).(io.Closer)
	return c.Close()
}

// generic returning a local type embedding the file, whose Close is the
// file's.
func Local[T any](f *os.File, v T) Closer { // want Local:"keeps p0; wraps p0 in r0"
	type local struct {
		*os.File
		v T
	}
	return &local{File: f, v: v}
}

func H6(name string) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	return Local(f, 1).Close()
}

// local type in a generic whose Close does nothing: embed a no-op.
type nop struct{}

func (nop) Close() error { return nil } // want Close:"nil r0; releases nothing; nothing when zero"

func LocalNop[T any](f *os.File, v T) Closer { // want LocalNop:"borrows r0"
	type local struct {
		nop
		f *os.File
		v T
	}
	return &local{f: f, v: v}
}

func H7(name string) error {
	f, err := os.Open(name) // want `f returned by os.Open is not closed`
	if err != nil {
		return err
	}
	return LocalNop(f, 1).Close()
}
