// Package files has a file leaked on an error path that a test takes, one
// whose error path no test takes, one that no test reaches, and one handed
// to a function value that drops it.
package files

import (
	"io"
	"os"
)

// Header returns the first four bytes of a file. It leaks the file when
// the file is shorter.
func Header(name string) ([]byte, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	buf := make([]byte, 4)
	if _, err := io.ReadFull(f, buf); err != nil {
		return nil, err
	}
	f.Close()
	return buf, nil
}

// Size returns the size of a file. It leaks the file when Stat fails,
// which it does not in the tests.
func Size(name string) (int64, error) {
	f, err := os.Open(name)
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

// Backup copies a file. It leaks the source when the copy cannot be
// created; no test calls it.
func Backup(name string) error {
	src, err := os.Open(name)
	if err != nil {
		return err
	}
	dst, err := os.Create(name + ".bak")
	if err != nil {
		return err
	}
	defer src.Close()
	defer dst.Close()
	_, err = io.Copy(dst, src)
	return err
}

// Visit opens a file and hands it to use, which is to close it.
func Visit(name string, use func(*os.File) error) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	return use(f)
}
