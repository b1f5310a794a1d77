package emptydep

import (
	"io"
	"syscall"
)

// FdFile closes the descriptor attached to it, if any.
type FdFile struct {
	name string
	fd   int
	src  io.Reader
}

func (f *FdFile) Close() error { // want Close:"nothing when zero"
	if f.fd == 0 {
		return nil
	}
	return syscall.Close(f.fd)
}

func NewFdFile(name string) *FdFile { return &FdFile{name: name} } // want NewFdFile:"empty r0"

// Attach hands fd to f, which closes it.
func (f *FdFile) Attach(fd int) { f.fd = fd }

// ReadFrom keeps r to read from: it closes nothing of it.
func (f *FdFile) ReadFrom(r io.Reader) { f.src = r } // want ReadFrom:"keeps p1"
