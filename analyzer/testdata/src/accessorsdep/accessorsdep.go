// Package accessorsdep declares the storage interface of a disk library:
// the backend that holds the file is in a package that the file systems
// do not import; this package has only a view that delegates to another
// storage.
package accessorsdep

import (
	"io"
	"os"
)

// WritableFile is the part of a storage that file systems write to.
type WritableFile interface {
	io.WriterAt
	io.Closer
}

// Storage is a disk image.
type Storage interface {
	io.Closer
	// Writable returns the storage's file, for writing.
	Writable() (WritableFile, error)
	// Sys returns the storage's file, for ioctls.
	Sys() (*os.File, error)
}

// SubStorage is a window of another storage.
type SubStorage struct {
	underlying Storage
	offset     int64
}

// Sub returns the window of u at offset.
func Sub(u Storage, offset int64) Storage { // want Sub:"keeps p0; wraps p0 in r0; r0 is SubStorage"
	return SubStorage{underlying: u, offset: offset}
}

func (s SubStorage) Close() error { // want Close:"releases p0; closes p0.underlying"
	return s.underlying.Close()
}

func (s SubStorage) Writable() (WritableFile, error) { // want Writable:"delegates r0; r0 is subWritable"
	uw, err := s.underlying.Writable()
	if err != nil {
		return nil, err
	}
	return subWritable{underlying: uw, offset: s.offset}, nil
}

func (s SubStorage) Sys() (*os.File, error) { // want Sys:"delegates r0"
	return s.underlying.Sys()
}

type subWritable struct {
	underlying WritableFile
	offset     int64
}

func (w subWritable) Close() error { // want Close:"releases p0; closes p0.underlying"
	return w.underlying.Close()
}

func (w subWritable) WriteAt(p []byte, off int64) (int, error) { // want WriteAt:"keeps p1"
	return w.underlying.WriteAt(p, off+w.offset)
}

// Archive is a set of entries; its Entry opens a new file each time.
type Archive interface {
	io.Closer
	Entry() (io.ReadCloser, error)
}

// DirArchive is an archive of the files in a directory.
type DirArchive struct{ Dir string }

func (a DirArchive) Close() error { return nil } // want Close:"nil r0"

func (a DirArchive) Entry() (io.ReadCloser, error) { // want Entry:`r0 is \*os\.File`
	return os.Open(a.Dir + "/entry")
}
