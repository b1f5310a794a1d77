package emptyctors

// This file fills, later, the fields that a Close leaves alone while they
// are zero: the value is a resource from the fill on (a method given
// what it keeps) or from the start (a fill leakvet does not follow).

import (
	"errors"
	"syscall"
)

var errNotOK = errors.New("not ok")

// fdFile closes the descriptor attached to it, if any.
type fdFile struct {
	name string
	fd   int
}

func (f *fdFile) Close() error { // want Close:"nothing when zero"
	if f.fd == 0 {
		return nil
	}
	return syscall.Close(f.fd)
}

func newFdFile(name string) *fdFile { return &fdFile{name: name} } // want newFdFile:"empty r0"

// attach hands fd to f, which closes it.
func (f *fdFile) attach(fd int) { f.fd = fd }

// attachedLeaky drops the file, and the descriptor attached to it, when
// ok is false.
func attachedLeaky(name string, ok bool) error {
	f := newFdFile(name) // want `f returned by newFdFile is not closed on all paths: the return at line 42 is reached when ok is false at line 41`
	fd, err := syscall.Open(name, syscall.O_RDONLY, 0)
	if err != nil {
		return err
	}
	f.attach(fd)
	if !ok {
		return errNotOK
	}
	return f.Close()
}

// ptrFile is an fdFile whose descriptor is opened into the field through
// its address.
type ptrFile struct {
	name string
	fd   int
}

func (f *ptrFile) Close() error { // want Close:"nothing when zero"
	if f.fd == 0 {
		return nil
	}
	return syscall.Close(f.fd)
}

func newPtrFile(name string) *ptrFile { return &ptrFile{name: name} } // want newPtrFile:"empty r0"

func openInto(p *int, name string) error {
	fd, err := syscall.Open(name, syscall.O_RDONLY, 0)
	if err != nil {
		return err
	}
	*p = fd
	return nil
}

func (f *ptrFile) open() error { return openInto(&f.fd, f.name) } // want open:"fills p0 only on success"

// openedIntoLeaky drops the file it opened when ok is false.
func openedIntoLeaky(name string, ok bool) error {
	f := newPtrFile(name) // want `f returned by newPtrFile is not closed on all paths`
	if err := f.open(); err != nil {
		return err
	}
	if !ok {
		return errNotOK
	}
	return f.Close()
}

// setFile is an fdFile whose descriptor its open method puts in through
// a setter.
type setFile struct {
	name string
	fd   int
}

func (f *setFile) Close() error { // want Close:"nothing when zero"
	if f.fd == 0 {
		return nil
	}
	return syscall.Close(f.fd)
}

func newSetFile(name string) *setFile { return &setFile{name: name} } // want newSetFile:"empty r0"

func (f *setFile) set(fd int) { f.fd = fd }

func (f *setFile) open() error { // want open:"fills p0 only on success"
	fd, err := syscall.Open(f.name, syscall.O_RDONLY, 0)
	if err != nil {
		return err
	}
	f.set(fd)
	return nil
}

// setOpenedLeaky drops the file that open filled when ok is false.
func setOpenedLeaky(name string, ok bool) error {
	f := newSetFile(name) // want `f returned by newSetFile is not closed on all paths`
	if err := f.open(); err != nil {
		return err
	}
	if !ok {
		return errNotOK
	}
	return f.Close()
}
