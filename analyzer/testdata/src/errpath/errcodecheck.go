package errpath

import (
	"errors"
	"io/fs"
)

// Code is an error code: zero is success.
type Code uint32

func (e Code) Error() string { return "errno" }

// unwrapErr turns an error into a code, zero for a nil error.
func unwrapErr(err error) Code { // want unwrapErr:"false for nil p0"
	if err == nil {
		return 0
	}
	if errors.Is(err, fs.ErrNotExist) {
		return 2
	}
	return 5
}

// SafeErrnoOpen is fine: the code of a failed Open is not zero, and a
// failed Open returns no file.
func SafeErrnoOpen(fsys fs.FS, name string) (fs.File, Code) {
	f, err := fsys.Open(name)
	if errno := unwrapErr(err); errno != 0 {
		return nil, errno
	}
	return f, 0
}

// LeakErrnoOther tests the code of another error, with the file open.
func LeakErrnoOther(fsys fs.FS, name string, prev error) (fs.File, Code) {
	f, err := fsys.Open(name) // want `f returned by fsys.Open is not closed on all paths`
	if err != nil {
		return nil, unwrapErr(err)
	}
	if errno := unwrapErr(prev); errno != 0 {
		return nil, errno
	}
	return f, 0
}
