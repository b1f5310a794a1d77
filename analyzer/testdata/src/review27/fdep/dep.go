package fdep

import (
	"io"
	"os"
)

type Rows interface {
	Close() error
	Next() bool
	Err() error
}

type Iter[T any] interface {
	Each(func(T)) error
	Close() error
}

type closing[T any] struct{ rows Rows }

func (c *closing[T]) Each(fn func(T)) error { // want Each:"releases p0; closes p0\\.rows"
	defer c.rows.Close()
	for c.rows.Next() {
		var v T
		fn(v)
	}
	return c.rows.Err()
}
func (c *closing[T]) Close() error { return c.rows.Close() } // want Close:"releases p0; closes p0\\.rows"

type peeking[T any] struct{ rows Rows }

func (p *peeking[T]) Each(fn func(T)) error {
	for p.rows.Next() {
		var v T
		fn(v)
	}
	return p.rows.Err()
}
func (p *peeking[T]) Close() error { return p.rows.Close() } // want Close:"releases p0; closes p0\\.rows"

func NewClosing[T any](rows Rows) Iter[T] { return &closing[T]{rows: rows} } // want NewClosing:"keeps p0; wraps p0 in r0; r0 is \\*closing\\[#0\\]"
func NewPeeking[T any](rows Rows) Iter[T] { return &peeking[T]{rows: rows} } // want NewPeeking:"keeps p0; wraps p0 in r0; r0 is \\*peeking\\[#0\\]"

func NewEither[T any](rows Rows, lazy bool) Iter[T] { // want NewEither:"keeps p0; wraps p0 in r0; r0 is \\*peeking\\[#0\\],\\*closing\\[#0\\]"
	if lazy {
		return &peeking[T]{rows: rows}
	}
	return &closing[T]{rows: rows}
}

type Pair[A, B any] struct{ rows Rows }

func (p *Pair[A, B]) Each(fn func(A)) error { return nil }            // want Each:"nil r0"
func (p *Pair[A, B]) Close() error          { return p.rows.Close() } // want Close:"releases p0; closes p0\\.rows"

type Closer interface{ Close() error }

func NewPair[K, V any](rows Rows) Closer { return &Pair[V, K]{rows: rows} } // want NewPair:"keeps p0; wraps p0 in r0; r0 is \\*Pair\\[#1,#0\\]"

func inner[X, Y any](rows Rows) Closer { return &Pair[X, Y]{rows: rows} } // want inner:"keeps p0; wraps p0 in r0; r0 is \\*Pair\\[#0,#1\\]"
func Outer[A, B any](rows Rows) Closer { return inner[B, A](rows) }       // want Outer:"keeps p0; wraps p0 in r0"

// Fixed instantiation from a non-generic function.
func NewIntPair(rows Rows) Closer { return &Pair[int, string]{rows: rows} } // want NewIntPair:"keeps p0; wraps p0 in r0"

// A generic constructor whose type argument is a composite.
func NewSlicePair[T any](rows Rows) Closer { return &Pair[[]T, T]{rows: rows} } // want NewSlicePair:"keeps p0; wraps p0 in r0"

// Peeking with a mismatched arity (same param twice).
func NewSame[T any](rows Rows) Closer { return &Pair[T, T]{rows: rows} } // want NewSame:"keeps p0; wraps p0 in r0; r0 is \\*Pair\\[#0,#0\\]"

// Rule 5 across packages.
type Spooler interface {
	Spool(r io.ReadCloser) (io.ReadCloser, error)
	sealed()
}

type pass struct{}

func (pass) Spool(r io.ReadCloser) (io.ReadCloser, error) { return r, nil } // want Spool:"keeps p1; borrows r0; returns p1 as r0; nil r1"
func (pass) sealed()                                      {}                // want sealed:"nothing when zero"

type tw10 struct {
	src io.ReadCloser
	own io.Closer
}

func (t *tw10) Read(p []byte) (int, error) { return t.src.Read(p) }                // want Read:"keeps p1"
func (t *tw10) Close() error               { t.own.Close(); return t.src.Close() } // want Close:"releases p0; closes p0\\.own,p0\\.src"

func wrapW10(r io.ReadCloser, c io.Closer) *tw10 { return &tw10{src: r, own: c} } // want wrapW10:"keeps p0,p1; wraps p0 in r0"

type implW10 struct{ dir string }

func (s implW10) Spool(r io.ReadCloser) (io.ReadCloser, error) { // want Spool:"keeps p1; wraps p1 in r0; r0 is \\*tw10"
	tmp, err := os.CreateTemp(s.dir, "x")
	if err != nil {
		return nil, err
	}
	return wrapW10(r, tmp), nil
}
func (implW10) sealed() {} // want sealed:"nothing when zero"

func PassSpooler() Spooler         { return pass{} }          // want PassSpooler:"borrows r0; r0 is pass"
func DiskSpooler(d string) Spooler { return implW10{dir: d} } // want DiskSpooler:"r0 is implW10"

// Exported wrapper constructor holding a second resource.
func WrapWith(r io.ReadCloser, c io.Closer) io.ReadCloser { return &tw10{src: r, own: c} } // want WrapWith:"keeps p0,p1; wraps p0 in r0; r0 is \\*tw10"
