// Package errcodes probes rule 4 (b1f400d): a package's own integer error
// code type (with an Error method) returned last counts as the call's
// error where the callee's body gives nil beside every code that may not
// be zero: a nil, or the values of the one call whose error or code it
// passes on, or whose error a function that gives zero for a nil error
// turned into the code.
package errcodes

import (
	"errors"
	"io/fs"
	"os"
	"strings"
)

// An Errno is an error code, zero for success.
type Errno uint16

const (
	eio    Errno = 5
	eperm  Errno = 1
	enoent Errno = 2
)

func (e Errno) Error() string { return "errno" }

// toErrno gives zero for a nil error.
func toErrno(err error) Errno { // want toErrno:"false for nil p0"
	switch {
	case err == nil:
		return 0
	case errors.Is(err, fs.ErrNotExist):
		return enoent
	case errors.Is(err, fs.ErrPermission):
		return eperm
	}
	return eio
}

// errWorldWritable warns that a file is open but writable by anyone.
var errWorldWritable = errors.New("world-writable")

// openChecked opens path and gives the open file beside a warning where
// anyone may write it: the caller decides whether to use it, and closes
// it either way.
func openChecked(path string) (*os.File, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	if fi, err := f.Stat(); err == nil && fi.Mode().Perm()&0o002 != 0 {
		return f, errWorldWritable
	}
	return f, nil
}

// openConfig turns openChecked's error into a code: beside the warning's
// code, the file is open.
func openConfig(path string) (*os.File, Errno) {
	f, err := openChecked(path)
	return f, toErrno(err)
}

// LeakWarned returns on any code, the warning's too, where the file is
// open.
func LeakWarned(path string) ([]byte, Errno) {
	f, errno := openConfig(path) // want `f returned by openConfig is not closed`
	if errno != 0 {
		return nil, errno
	}
	defer f.Close()
	b := make([]byte, 512)
	n, err := f.Read(b)
	return b[:n], toErrno(err)
}

// A handle is an open file by value, with the name it was opened by.
type handle struct {
	f    *os.File
	name string
}

func (h handle) Close() error { return h.f.Close() } // want Close:"releases p0; nothing when zero; closes p0.f"

// openHandle gives a handle beside eperm where the file is not a regular
// one: the handle is open, and not nil (a struct is never nil).
func openHandle(path string) (handle, Errno) {
	f, err := os.Open(path)
	if err != nil {
		return handle{}, toErrno(err)
	}
	h := handle{f: f, name: path}
	if fi, err := f.Stat(); err == nil && !fi.Mode().IsRegular() {
		return h, eperm
	}
	return h, 0
}

// LeakHandle returns on the code, where the handle holds an open file.
func LeakHandle(path string) Errno {
	h, errno := openHandle(path) // want `h returned by openHandle is not closed`
	if errno != 0 {
		return errno
	}
	return toErrno(h.Close())
}

// A File is what openFile gives: an open file of the package's.
type File interface {
	Read(p []byte) (int, error)
	Close() error
}

// openFile gives an *os.File as a File beside the code of its open.
func openFile(path string) (File, Errno) { // want openFile:"r0 is \\*os.File"
	if strings.ContainsRune(path, 0) {
		return nil, enoent
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, toErrno(err)
	}
	return f, 0
}

// SafeReadFile returns where openFile failed: nothing was opened.
func SafeReadFile(path string) ([]byte, Errno) {
	f, errno := openFile(path)
	if errno != 0 {
		return nil, errno
	}
	defer f.Close()
	b := make([]byte, 512)
	n, err := f.Read(b)
	return b[:n], toErrno(err)
}

// openEither opens the first of two names that exists: the file is the
// one of the open that the code comes from, whichever that was.
func openEither(a, b string) (*os.File, Errno) {
	f, err := os.Open(a)
	if errors.Is(err, fs.ErrNotExist) {
		f, err = os.Open(b)
	}
	return f, toErrno(err)
}

// SafeEither returns where openEither failed: nothing is open there.
func SafeEither(a, b string) ([]byte, Errno) {
	f, errno := openEither(a, b) // want `f returned by openEither is not closed`
	if errno != 0 {
		return nil, errno
	}
	defer f.Close()
	b2 := make([]byte, 512)
	n, err := f.Read(b2)
	return b2[:n], toErrno(err)
}
