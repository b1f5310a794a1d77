// Package store has a finding its tests exercise without leaking, one
// they never reach, and a leak that only the tests see.
package store

import (
	"io"
	"io/fs"
)

// Size returns the size of a file. It leaks the file when Stat fails.
func Size(fsys fs.FS, name string) (int64, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return 0, err
	}
	st, err := f.Stat()
	if err != nil {
		return 0, err
	}
	f.Close()
	return st.Size(), nil
}

// Backup returns a file's content. It leaks the file when reading fails;
// no test calls it.
func Backup(fsys fs.FS, name string) ([]byte, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	data, err := io.ReadAll(f)
	if err != nil {
		return nil, err
	}
	f.Close()
	return data, nil
}

// Visit opens a file and hands it to use, which is to close it. leakvet
// cannot see what a function value does and assumes it does.
func Visit(fsys fs.FS, name string, use func(fs.File) error) error {
	f, err := fsys.Open(name)
	if err != nil {
		return err
	}
	return use(f)
}
