// Package accessorsuse is a file system over accessorsdep's storage: it
// writes through Writable in several places and never closes what it
// gives, the storage's own file.
package accessorsuse

import (
	"errors"
	"os"

	"accessorsdep"
)

type FileSystem struct {
	backend accessorsdep.Storage
	size    int64
}

// SafeWriteSuperblock is fine: Writable gives the storage's file, which
// the storage owns.
func (fs *FileSystem) SafeWriteSuperblock(b []byte) error { // want SafeWriteSuperblock:"keeps p1"
	w, err := fs.backend.Writable()
	if err != nil {
		return err
	}
	if _, err := w.WriteAt(b, 1024); err != nil {
		return err
	}
	if fs.size == 0 {
		return errors.New("empty file system")
	}
	return nil
}

// SafeWriteTables is fine too, through a closure.
func (fs *FileSystem) SafeWriteTables(tables [][]byte) error {
	w, err := fs.backend.Writable()
	if err != nil {
		return err
	}
	write := func(i int) error {
		_, err := w.WriteAt(tables[i], int64(i)*4096)
		return err
	}
	for i := range tables {
		if err := write(i); err != nil {
			return err
		}
	}
	return nil
}

// SafeCheck is fine: the result is only checked.
func SafeCheck(s accessorsdep.Storage) error {
	if _, err := s.Writable(); err != nil {
		return err
	}
	return nil
}

// LeakEntry leaks: an archive's entry is a new file, and the package
// closes entries elsewhere.
func LeakEntry(a accessorsdep.Archive) ([]byte, error) {
	r, err := a.Entry() // want `r returned by a.Entry is not closed on all paths`
	if err != nil {
		return nil, err
	}
	b := make([]byte, 16)
	if _, err := r.Read(b); err != nil {
		return nil, err
	}
	return b, r.Close()
}

// LeakEntryAgain leaks the same way.
func LeakEntryAgain(a accessorsdep.Archive) error {
	r, err := a.Entry() // want `r returned by a.Entry is not closed`
	if err != nil {
		return err
	}
	_, err = r.Read(make([]byte, 16))
	return err
}

// ioctlTarget gives Sys's file to a helper that keeps it: the package
// treats what Sys gives as its own, so each call is a resource.
type ioctlTarget struct{ f *os.File }

func (t *ioctlTarget) Close() error { return t.f.Close() } // want Close:"releases p0; nothing when zero; closes p0.f"

func newTarget(f *os.File) *ioctlTarget { return &ioctlTarget{f: f} } // want newTarget:"keeps p0; wraps p0 in r0"

func Target(s accessorsdep.Storage) (*ioctlTarget, error) {
	f, err := s.Sys()
	if err != nil {
		return nil, err
	}
	return newTarget(f), nil
}

// LeakSys leaks: the package keeps what Sys gives elsewhere.
func LeakSys(s accessorsdep.Storage) (uintptr, error) {
	f, err := s.Sys() // want `f returned by s.Sys is not closed`
	if err != nil {
		return 0, err
	}
	return f.Fd(), nil
}
