package e

import (
	"database/sql"
	"os"
)

type Rows interface {
	Close() error
	Next() bool
	Scan(dest ...any) error
	Err() error
}

type Iter[T any] interface {
	Each(func(T)) error
	Close() error
}

// reads and closes
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

// reads and does not close
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

func query(db *sql.DB) (Rows, error) { return db.Query("x") } // want query:`r0 is \*database/sql\.Rows`

// G1: the method does not close.
func G1(db *sql.DB) error {
	rows, err := query(db) // want `rows returned by query is not closed`
	if err != nil {
		return err
	}
	return NewPeeking[int](rows).Each(func(int) {})
}

// G2: either instantiation.
func G2(db *sql.DB, lazy bool) error {
	rows, err := query(db) // want `rows returned by query is not closed`
	if err != nil {
		return err
	}
	return NewEither[string](rows, lazy).Each(func(string) {})
}

// G3: type parameters in a different order; the caller asserts the
// order it expects, and the assertion fails.
type pair[A, B any] struct{ rows Rows }

func (p *pair[A, B]) Each(fn func(A)) error { return nil }            // want Each:"nil r0"
func (p *pair[A, B]) Close() error          { return p.rows.Close() } // want Close:"releases p0; closes p0\\.rows"

type Closer interface{ Close() error }

func NewPair[K, V any](rows Rows) Closer { return &pair[V, K]{rows: rows} } // want NewPair:"keeps p0; wraps p0 in r0; r0 is \\*pair\\[#1,#0\\]"

func G3(db *sql.DB) error {
	rows, err := query(db) // want `rows returned by query is not closed`
	if err != nil {
		return err
	}
	c := NewPair[int, string](rows)
	if p, ok := c.(*pair[int, string]); ok {
		return p.Close()
	}
	return nil
}

// G4: nested generics, order swapped twice.
func inner[X, Y any](rows Rows) Closer { return &pair[X, Y]{rows: rows} } // want inner:"keeps p0; wraps p0 in r0; r0 is \\*pair\\[#0,#1\\]"
func Outer[A, B any](rows Rows) Closer { return inner[B, A](rows) }       // want Outer:"keeps p0; wraps p0 in r0"

func G4(db *sql.DB) error {
	rows, err := query(db) // want `rows returned by query is not closed`
	if err != nil {
		return err
	}
	c := Outer[int, string](rows)
	if p, ok := c.(*pair[int, string]); ok {
		return p.Close()
	}
	return nil
}

// G5: a generic caller.
func G5[T any](db *sql.DB) error {
	rows, err := query(db) // want `rows returned by query is not closed`
	if err != nil {
		return err
	}
	return NewPeeking[T](rows).Each(func(T) {})
}

// G6: a file in a generic holder whose Close does nothing.
type Holder interface{ Close() error }

type fileHolder[T any] struct {
	f *os.File
	v T
}

func (h *fileHolder[T]) Close() error { return nil } // want Close:"nil r0; releases nothing; nothing when zero; nothing when nil"

func Hold[T any](f *os.File, v T) Holder { return &fileHolder[T]{f: f, v: v} } // want Hold:"borrows r0; r0 is \\*fileHolder\\[#0\\]"

func G6(name string) error {
	f, err := os.Open(name) // want `f returned by os.Open is not closed`
	if err != nil {
		return err
	}
	h := Hold(f, 3)
	return h.Close()
}

// G7: the pointer-to-type-parameter result.
type PT[T any] interface {
	*T
	Close() error
}

type res struct{ f *os.File }

func (r *res) Close() error { return nil } // want Close:"nil r0; releases nothing; nothing when zero; nothing when nil"

func Make[T any, P PT[T]]() Closer { return P(new(T)) }

func MakePtr[T any]() any { return new(T) }

// G8: a local type in a generic function embedding the file.
func Local[T any](f *os.File, v T) Closer { // want Local:"keeps p0; wraps p0 in r0"
	type local struct {
		*os.File
		v T
	}
	return &local{File: f, v: v}
}

func G8(name string) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	c := Local(f, 1)
	return c.Close()
}
