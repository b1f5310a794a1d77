// Package handlecopies copies an *os.File's struct into a wrapper: os.File
// is a struct of one pointer, so the copy shares the descriptor and
// closing it closes the file. Returning the wrapper hands the file over;
// dropping the file before the copy is made still leaks it.
package handlecopies

import (
	"errors"
	"os"
)

// File is a file that remembers its directory, to sync it once.
type File struct {
	dir string
	os.File
}

// SafeCreate returns the file inside the wrapper.
func SafeCreate(dir, name string) (*File, error) {
	f, err := os.OpenFile(dir+"/"+name, os.O_CREATE|os.O_EXCL|os.O_RDWR, 0o644)
	if err != nil {
		return nil, err
	}
	return &File{dir: dir, File: *f}, nil
}

// CreateSized leaks the file where the size is refused, before the copy.
func CreateSized(dir, name string, size int64) (*File, error) {
	f, err := os.OpenFile(dir+"/"+name, os.O_CREATE|os.O_EXCL|os.O_RDWR, 0o644) // want `f returned by os.OpenFile is not closed on all paths: the return at line \d+ is reached when size > 1 << 31 at line \d+`
	if err != nil {
		return nil, err
	}
	if size > 0 {
		if size > 1<<31 {
			return nil, errors.New("too large")
		}
		if err := f.Truncate(size); err != nil {
			f.Close()
			return nil, err
		}
	}
	return &File{dir: dir, File: *f}, nil
}

// SafeCopyClosed closes the copy, which closes the file.
func SafeCopyClosed(name string) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	c := File{dir: name, File: *f}
	return c.Close()
}
