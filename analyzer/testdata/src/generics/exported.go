package generics

// This file has exported generic types that implement an interface of
// the package: another package may instantiate Fresh into an
// implementation, so the package's own instantiation of Cached is not
// all that a call through the interface may run.

import (
	"io"
	"os"
)

// Opener opens named files.
type Opener[T io.Closer] interface {
	open(name string) (T, error)
}

// Cached gives back the value it keeps.
type Cached[T io.Closer] struct{ V T }

func (c *Cached[T]) open(string) (T, error) { return c.V, nil } // want open:"borrows r0"

// Fresh opens a new value each time; importers instantiate it.
type Fresh[T io.Closer] struct{ Open func(string) (T, error) }

func (f *Fresh[T]) open(name string) (T, error) { return f.Open(name) }

// DefaultOpener is the package's own cache.
var DefaultOpener Opener[*os.File] = &Cached[*os.File]{}

// firstByteLeak reads a byte from a file that o may have opened for it,
// and forgets the file.
func firstByteLeak(o Opener[*os.File], name string) (byte, error) {
	f, err := o.open(name) // want `f returned by o.open is not closed before the return at line 40 \(possible resource leak\)`
	if err != nil {
		return 0, err
	}
	var b [1]byte
	_, err = f.Read(b[:])
	return b[0], err
}
