// Package movesdep wraps a raw descriptor, and can move it into an
// *os.File.
package movesdep

import (
	"errors"
	"os"
	"syscall"
)

var errClosed = errors.New("closed descriptor")

// FD owns a raw descriptor.
type FD struct{ raw int }

// Open opens name and wraps its descriptor.
func Open(name string) (*FD, error) {
	raw, err := syscall.Open(name, syscall.O_RDONLY, 0)
	if err != nil {
		return nil, err
	}
	return &FD{raw: raw}, nil
}

// Disown takes the descriptor out of fd.
func (fd *FD) Disown() int {
	raw := fd.raw
	fd.raw = -1
	return raw
}

// Close closes the descriptor, if fd still has one.
func (fd *FD) Close() error {
	if fd.raw < 0 {
		return nil
	}
	return syscall.Close(fd.Disown())
}

// File moves the descriptor into an *os.File: fd holds nothing after.
func (fd *FD) File(name string) (*os.File, error) { // want File:"releases p0"
	if fd.raw < 0 {
		return nil, errClosed
	}
	return os.NewFile(uintptr(fd.Disown()), name), nil
}

// View wraps the descriptor in an *os.File while fd keeps it, unless
// asked to move it.
func (fd *FD) View(name string, move bool) (*os.File, error) {
	if fd.raw < 0 {
		return nil, errClosed
	}
	if !move {
		return os.NewFile(uintptr(fd.raw), name), nil
	}
	return os.NewFile(uintptr(fd.Disown()), name), nil
}
