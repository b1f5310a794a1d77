package review17

import (
	"errors"
	"io/fs"
)

// Errno is an error code: zero is success.
type Errno int32

func (e Errno) Error() string { return "errno" }

// codeOf is zero for a nil error, and for any error that is no Errno.
func codeOf(err error) Errno { // want codeOf:"keeps p0; false for nil p0"
	if err == nil {
		return 0
	}
	var e Errno
	if errors.As(err, &e) {
		return e
	}
	return 0
}

// LeakCodeZero: where the code is zero the file may be open, and it is
// dropped there.
func LeakCodeZero(fsys fs.FS, name string) int {
	f, err := fsys.Open(name) // want `not closed`
	if codeOf(err) != 0 {
		return 1
	}
	if err != nil {
		return 2
	}
	st, _ := f.Stat()
	_ = st
	return 0
}

// codeNilFive returns a code for a nil error on one path.
func codeNilFive(err error, strict bool) Errno {
	if strict {
		return 5
	}
	if err == nil {
		return 0
	}
	return 1
}

// LeakStrict: with strict, the code is 5 even for a nil error.
func LeakStrict(fsys fs.FS, name string, strict bool) Errno {
	f, err := fsys.Open(name) // want `not closed`
	if c := codeNilFive(err, strict); c != 0 {
		return c
	}
	f.Close()
	return 0
}

// LeakEqualZero: code == 0 taken for success, but the file is dropped.
func LeakEqualZero(fsys fs.FS, name string) Errno {
	f, err := fsys.Open(name) // want `never closed`
	if codeOf(err) == 0 {
		_ = f
		return 0
	}
	return codeOf(err)
}
