package generics

import (
	"fmt"
	"io"
	"os"
)

// openT leaks: the value of type T has a Close method.
func openT[T io.Closer](open func() (T, error)) error { // want openT:"gives r1 of p0\\(\\) as r0"
	v, err := open() // want `v returned by open is not closed before the return at line 16`
	if err != nil {
		return err
	}
	fmt.Sprint(v)
	return nil
}

// closeT is fine.
func closeT[T io.Closer](open func() (T, error)) error {
	v, err := open()
	if err != nil {
		return err
	}
	return v.Close()
}

// first returns its argument: a generic pass-through.
func first[T any](v T) T { return v } // want first:"keeps p0; borrows r0; returns p0 as r0"

// Pool is a generic holder of resources.
type Pool[T io.Closer] struct{ items []T }

// Put is fine: the pool owns the item now.
func (p *Pool[T]) Put(v T) { p.items = append(p.items, v) } // want Put:"keeps p1"

// instantiated leaks a file opened through a generic function.
func instantiated(name string) {
	f := must(os.Open(name)) // want `the \*os.File returned by os.Open is not closed before the end of the function at line 41`
	_ = f.Name()
}

func must[T any](v T, err error) T { // want must:"keeps p0; borrows r0; returns p0 as r0"
	if err != nil {
		panic(err)
	}
	return v
}

// pooled is fine: Put keeps the file.
func pooled(p *Pool[*os.File], name string) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	p.Put(f)
	return nil
}
