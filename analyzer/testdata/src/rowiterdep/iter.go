// Package rowiterdep is a generic row iterator over SQL rows, as a
// database helper library writes one: the constructor wraps the rows in
// a value of a generic type, returned as a generic interface, whose
// methods close the rows once they are read.
package rowiterdep

import (
	"database/sql"
	"runtime"
)

type Rows interface {
	Close() error
	Next() bool
	Scan(dest ...any) error
	Err() error
}

type Scannable interface {
	Scan(dest ...any) error
}

type RowIter[T any] interface {
	Iter(func(T) (bool, error)) error
	AsList() ([]T, error)
}

type ConvertRowFn[T any] func(Scannable) (T, error)

type rowIterImpl[T any] struct {
	Rows
	ConvertRow ConvertRowFn[T]
	iterated   bool
	err        error
}

func NewRowIterWithError[T any](rows Rows, convertFn ConvertRowFn[T], err error) RowIter[T] { // want NewRowIterWithError:"keeps p0; wraps p0 in r0; r0 is \\*rowIterImpl\\[#0\\]"
	return newRowIterWithError(rows, convertFn, err)
}

func newRowIterWithError[T any](rows Rows, convertFn ConvertRowFn[T], err error) RowIter[T] { // want newRowIterWithError:"keeps p0; wraps p0 in r0; r0 is \\*rowIterImpl\\[#0\\]"
	ri := &rowIterImpl[T]{Rows: rows, ConvertRow: convertFn, err: err}
	if err == nil {
		runtime.SetFinalizer(ri, (*rowIterImpl[T]).destroy)
	}
	return ri
}

func (i *rowIterImpl[T]) destroy() { // want destroy:"keeps p0; nothing when zero; closes p0\\.Rows"
	if !i.iterated && i.Rows != nil {
		_ = i.Rows.Close()
	}
}

// Iter returns before its defer where the iterator holds an error: by
// the convention that a failed query gives no rows, nothing is open
// there, but the iterator does not say so, and Iter keeps the rows.
func (i *rowIterImpl[T]) Iter(fn func(T) (bool, error)) error { // want Iter:"keeps p0; closes p0\\.Rows; gives p0\\.err as r0"
	if i == nil {
		return nil
	} else if i.Rows == nil || i.err != nil {
		return i.err
	}
	defer func() {
		_ = i.Rows.Close()
		i.iterated = true
	}()
	for i.Rows.Next() {
		item, err := i.ConvertRow(i.Rows)
		if err != nil {
			return err
		}
		if cont, err := fn(item); err != nil {
			return err
		} else if !cont {
			break
		}
	}
	return i.Rows.Err()
}

func (i *rowIterImpl[T]) AsList() (list []T, err error) { // want AsList:"closes p0\\.Rows; gives p0\\.err as r1"
	err = i.Iter(func(item T) (bool, error) {
		list = append(list, item)
		return true, nil
	})
	return
}

type Database struct{ DB *sql.DB }

func (db *Database) Query(query string, args ...any) (Rows, error) { // want Query:"keeps p2"
	return db.DB.Query(query, args...)
}

// Peek reads the first row and leaves the rows open.
type Peeker[T any] interface {
	Peek() (T, error)
}

type peekImpl[T any] struct {
	rows    Rows
	convert ConvertRowFn[T]
}

func NewPeeker[T any](rows Rows, convertFn ConvertRowFn[T]) Peeker[T] { // want NewPeeker:"keeps p0,p1; wraps p0 in r0; r0 is \\*peekImpl\\[#0\\]"
	return &peekImpl[T]{rows: rows, convert: convertFn}
}

func (p *peekImpl[T]) Peek() (T, error) { // want Peek:"closes p0\\.rows"
	var zero T
	if !p.rows.Next() {
		return zero, p.rows.Err()
	}
	return p.convert(p.rows)
}

func (p *peekImpl[T]) Close() error { return p.rows.Close() } // want Close:"releases p0; closes p0\\.rows"
