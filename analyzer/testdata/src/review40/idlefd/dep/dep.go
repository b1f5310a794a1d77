// Package dep: a File whose Close does nothing while lock is nil, though
// f holds an open file in every value.
package dep

import "os"

type flock struct {
	path string
	n    int
}

func (l *flock) unlock() { l.n-- } // want unlock:"nothing when zero"

type File struct {
	f    *os.File
	lock *flock
	size int64
}

// Close releases a locked file; one opened for reading without a lock is
// (by mistake) never closed: Close does nothing while lock is nil.
func (x *File) Close() error { // want Close:"keeps p0; releases p0 on failure; nothing when zero; closes p0\\.f"
	if x.lock == nil {
		return nil
	}
	x.lock.unlock()
	return x.f.Close()
}

func (x *File) Size() int64 { return x.size }

// OpenLocked opens a file and locks it.
func OpenLocked(path string) (*File, error) {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return nil, err
	}
	return &File{f: f, lock: &flock{path: path}}, nil
}

// OpenRead opens a file for reading: nothing ever closes f. REAL leak (in
// the library: Close cannot release it).
func OpenRead(path string) (*File, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	st, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, err
	}
	return &File{f: f, size: st.Size()}, nil
}

// SizeOf uses OpenRead in its own package and drops the file. REAL.
func SizeOf(path string) (int64, error) {
	x, err := OpenRead(path) // want `x returned by OpenRead is not closed`
	if err != nil {
		return 0, err
	}
	return x.Size(), nil
}

// Load wraps OpenRead.
func Load(path string) (*File, error) {
	x, err := OpenRead(path)
	if err != nil {
		return nil, err
	}
	x.size++
	return x, nil
}
