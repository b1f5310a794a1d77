// Package stubs: an interface whose implementations the program has
// includes a test double that a helper file of the package imports; the
// double's getter gives what its stub or its fixed result gives, and
// borrows as the getter it stands for does.
package stubs

import (
	"os"

	"stubs/fake"
)

type Track interface {
	File() *os.File
	Open(name string) *os.File
}

type track struct {
	f *os.File
}

func (t *track) File() *os.File { return t.f } // want File:"borrows r0; gives p0\\.f as r0"

func (t *track) Open(name string) *os.File {
	f, _ := os.Open(name)
	return f
}

// NewFake is a helper for the package's tests, in a file of its own.
func NewFake() Track { return &fake.FakeTrack{} } // want NewFake:"r0 is \\*stubs/fake\\.FakeTrack"

// SafeSize reads the size of the track's file, which the track owns.
func SafeSize(t Track) (int64, error) {
	f := t.File()
	if f == nil {
		return 0, os.ErrNotExist
	}
	st, err := f.Stat()
	if err != nil {
		return 0, err
	}
	return st.Size(), nil
}

// LeakOpened drops the file that the track opened for it.
func LeakOpened(t Track, name string) (int64, error) {
	f := t.Open(name) // want `f returned by t.Open is not closed on all paths: the return at line 53 is reached when err != nil at line 52`
	if f == nil {
		return 0, os.ErrNotExist
	}
	st, err := f.Stat()
	if err != nil {
		return 0, err
	}
	return st.Size(), f.Close()
}
