package factsdep

// This file writes a file atomically: Close commits the temporary file
// over the destination, and Cancel abandons it. Cancel marks the file
// closed as Close does and closes what Close closes, so it releases it,
// and its fact says so to importers.

import (
	"os"
	"sync"
)

// AtomicFile is written in full or not at all.
type AtomicFile interface {
	Write(p []byte) (int, error)
	Close() error
	Cancel() error
}

type atomicFile struct {
	name   string
	f      *os.File
	mu     sync.Mutex
	closed bool
}

// NewAtomicFile starts writing name.
func NewAtomicFile(name string) (AtomicFile, error) { // want NewAtomicFile:"r0 is \\*atomicFile"
	f, err := os.CreateTemp("", "atomic")
	if err != nil {
		return nil, err
	}
	return &atomicFile{name: name, f: f}, nil
}

func (a *atomicFile) Write(p []byte) (int, error) { return a.f.Write(p) }

// Close syncs the temporary file, closes it and renames it over the
// destination. A failed Close removes the temporary file.
func (a *atomicFile) Close() (err error) { // want Close:"closes p0.f"
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.closed {
		return nil
	}
	a.closed = true
	defer func() {
		if err != nil {
			os.Remove(a.f.Name())
		}
	}()
	if err = a.f.Sync(); err != nil {
		return err
	}
	if err = a.f.Close(); err != nil {
		return err
	}
	return os.Rename(a.f.Name(), a.name)
}

// Cancel closes and removes the temporary file.
func (a *atomicFile) Cancel() error { // want Cancel:"releases p0; closes p0.f"
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.closed {
		return nil
	}
	a.closed = true
	a.f.Close()
	return os.Remove(a.f.Name())
}
