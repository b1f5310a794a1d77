// Package fluentown declares an exported interface and the one
// implementation the program has, whose Duplicate opens the file again:
// the implementation the package has shows that the result is new.
package fluentown

import (
	"io"
	"os"
)

// Handle is an open file.
type Handle interface {
	io.Reader
	Duplicate() Handle
	Close() error
}

type fileHandle struct {
	f *os.File
}

// OpenHandle opens name.
func OpenHandle(name string) (Handle, error) { // want OpenHandle:"r0 is \\*fileHandle"
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	return &fileHandle{f: f}, nil
}

func (h *fileHandle) Read(p []byte) (int, error) { return h.f.Read(p) }

// Duplicate opens the file again, with an offset of its own.
func (h *fileHandle) Duplicate() Handle { // want Duplicate:"r0 is \\*fileHandle"
	f, err := os.Open(h.f.Name())
	if err != nil {
		return nil
	}
	return &fileHandle{f: f}
}

func (h *fileHandle) Close() error { return h.f.Close() } // want Close:"releases p0; nothing when zero; closes p0\\.f"

// Peek reads the first bytes through a duplicate, which it leaks.
func Peek(h Handle) []byte {
	// Hidden by a first form of a rule of this round, reported again (rule 5, fluentResult ignores the known implementation, which makes a new file).
	d := h.Duplicate() // want `d returned by h.Duplicate is not closed`
	b := make([]byte, 4)
	io.ReadFull(d, b)
	return b
}
