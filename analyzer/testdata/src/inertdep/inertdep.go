// Package inertdep declares iterator interfaces for inertuse: one whose
// implementations hold no resource, and twins that may hold one.
package inertdep

import (
	"fmt"
	"io"
	"os"
)

// RefIter holds no resource: its unexported method seals it, so every
// implementation is declared here, and their Close methods release
// nothing or only close other RefIters.
type RefIter interface { // want RefIter:"holds no resource"
	Next() (string, error)
	Close()
	sealed()
}

type sliceIter struct {
	refs []string
	pos  int
}

// NewSliceIter returns an iterator over refs.
func NewSliceIter(refs []string) RefIter { return &sliceIter{refs: refs} } // want NewSliceIter:"r0 is \\*sliceIter"

func (it *sliceIter) Next() (string, error) {
	if it.pos >= len(it.refs) {
		return "", io.EOF
	}
	it.pos++
	return it.refs[it.pos-1], nil
}

func (it *sliceIter) Close() { it.pos = len(it.refs) } // want Close:"releases nothing"

func (*sliceIter) sealed() {} // want sealed:"nothing when zero; nothing when nil"

type multiIter struct{ iters []RefIter }

// NewMultiIter returns an iterator over the iterators iters, in turn.
func NewMultiIter(iters []RefIter) RefIter { return &multiIter{iters: iters} } // want NewMultiIter:"keeps p0; wraps p0 in r0"

func (it *multiIter) Next() (string, error) {
	for len(it.iters) > 0 {
		ref, err := it.iters[0].Next()
		if err != io.EOF {
			return ref, err
		}
		it.iters[0].Close()
		it.iters = it.iters[1:]
	}
	return "", io.EOF
}

// Close closes only RefIters, which hold nothing.
func (it *multiIter) Close() { // want Close:`closes p0.iters\[\]`
	for _, i := range it.iters {
		i.Close()
	}
}

func (*multiIter) sealed() {} // want sealed:"nothing when zero; nothing when nil"

// FileIter is RefIter's twin with an implementation that holds a file:
// its values are resources.
type FileIter interface {
	Next() (string, error)
	Close()
	fileSealed()
}

type lineIter struct{ f *os.File }

// OpenLines returns an iterator over the lines of the named file.
func OpenLines(name string) (FileIter, error) { // want OpenLines:"r0 is \\*lineIter"
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	return &lineIter{f: f}, nil
}

func (it *lineIter) Next() (string, error) { return "", io.EOF } // want Next:"failing r1"
func (it *lineIter) Close()                { it.f.Close() }      // want Close:"releases p0; nothing when zero; closes p0.f"
func (*lineIter) fileSealed()              {}                    // want fileSealed:"nothing when zero; nothing when nil"

type emptyIter struct{}

func (emptyIter) Next() (string, error) { return "", io.EOF } // want Next:"failing r1"
func (emptyIter) Close()                {}                    // want Close:"releases nothing"
func (emptyIter) fileSealed()           {}                    // want fileSealed:"nothing when zero"

// OpenIter has RefIter's implementations but no unexported method: any
// package may implement it with an iterator over a file, so its values
// are resources even though those declared here hold nothing.
type OpenIter interface {
	Next() (string, error)
	Close()
}

// NewOpenSliceIter returns an iterator over refs.
func NewOpenSliceIter(refs []string) OpenIter { return &sliceIter{refs: refs} } // want NewOpenSliceIter:"borrows r0"

// StackError is an error with the stack where it was made.
type StackError struct {
	Err   error
	Stack string
}

func (e *StackError) Error() string { return e.Err.Error() + "\n" + e.Stack }

// WithStack records where err was returned.
func WithStack(err error) error { // want WithStack:"keeps p0; wraps p0 in r0"
	if err == nil {
		return nil
	}
	return &StackError{Err: err, Stack: stackOf(2)}
}

func stackOf(skip int) string { return fmt.Sprint(skip) }
