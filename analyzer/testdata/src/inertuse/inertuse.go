// Package inertuse uses the iterator interfaces of inertdep through an
// interface whose implementations it cannot see.
package inertuse

import (
	"errors"
	"os"
	"sync/atomic"

	"inertdep"
)

// Store gives iterators of every kind.
type Store interface {
	Refs() (inertdep.RefIter, error)
	Lines() (inertdep.FileIter, error)
	Names() (inertdep.OpenIter, error)
}

// SafeRefs is fine: a RefIter holds nothing (inertdep's fact says so), so
// not closing it leaks nothing.
func SafeRefs(s Store) (string, error) {
	it, err := s.Refs()
	if err != nil {
		return "", err
	}
	return it.Next()
}

// leakLines leaks: a FileIter may hold a file.
func leakLines(s Store) (string, error) {
	it, err := s.Lines() // want `it returned by s.Lines is not closed before the return at line 36`
	if err != nil {
		return "", err
	}
	return it.Next()
}

// leakNames leaks: an OpenIter may be implemented elsewhere over a file.
func leakNames(s Store) (string, error) {
	it, err := s.Names() // want `it returned by s.Names is not closed before the return at line 45`
	if err != nil {
		return "", err
	}
	return it.Next()
}

// errAlreadyClosed is what a second Close returns.
var errAlreadyClosed = errors.New("result already closed")

// unaryResult is a result received whole: its Close only records that it
// was called, and says so when it was already.
type unaryResult struct {
	sets   []string
	closed atomic.Bool
}

func (r *unaryResult) Close() error { // want Close:"releases nothing"
	if r.closed.CompareAndSwap(false, true) {
		return nil
	}
	return inertdep.WithStack(errAlreadyClosed)
}

func (r *unaryResult) Next() (string, bool) {
	if len(r.sets) == 0 {
		return "", false
	}
	s := r.sets[0]
	r.sets = r.sets[1:]
	return s, true
}

// Result is a query result.
type Result interface {
	Next() (string, bool)
	Close() error
}

func execute(sets []string) Result { return &unaryResult{sets: sets} } // want execute:"borrows r0"

// SafeFirst is fine: a result received whole holds nothing.
func SafeFirst(sets []string) string {
	s, _ := execute(sets).Next()
	return s
}

// streamResult reads from a file; its Close passes the file to the
// error helper, which is no call that only builds an error.
type streamResult struct {
	f *os.File
}

func (r *streamResult) Close() error { // want Close:"releases p0; closes p0.f"
	return closeWithStack(r.f)
}

func closeWithStack(f *os.File) error { return inertdep.WithStack(f.Close()) } // want closeWithStack:"releases p0"

func (r *streamResult) Next() (string, bool) { return "", false }

func stream(name string) (Result, error) { // want stream:"r0 is \\*streamResult"
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	return &streamResult{f: f}, nil
}

// streamLeak drops a result that holds a file.
func streamLeak(name string) string {
	r, err := stream(name) // want `r returned by stream is not closed`
	if err != nil {
		return ""
	}
	s, _ := r.Next()
	return s
}
