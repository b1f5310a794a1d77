// Package errcodes: a package's own error code (an integer type with an
// Error method, zero for success) returned last beside a value says the
// call failed where it is not zero, as an error does, where the callee's
// body gives nil beside every code that may not be zero: a nil, a value
// from the call whose own error or code it returns, or from the call
// whose error a function that gives zero for a nil error turned into the
// code.
package errcodes

import (
	"errors"
	"os"
	"strings"
)

// An Errno is an error code.
type Errno uint16

const (
	ok     Errno = 0
	eio    Errno = 5
	enoent Errno = 2
	eperm  Errno = 1
)

func (e Errno) Error() string { return "errno" }

// unwrap gives zero for a nil error.
func unwrap(err error) Errno { // want unwrap:"false for nil p0"
	if err == nil {
		return 0
	}
	return eio
}

// toErrno refines unwrap's code, which is zero for a nil error.
func toErrno(err error) Errno { // want toErrno:"false for nil p0"
	errno := unwrap(err)
	if errno != eio {
		return errno
	}
	if inner := errors.Unwrap(err); inner != nil && strings.Contains(inner.Error(), "escapes") {
		return eperm
	}
	return errno
}

func checkName(name string) Errno {
	if strings.ContainsRune(name, '\\') {
		return enoent
	}
	return ok
}

func openFile(path string) (*os.File, Errno) {
	f, err := os.Open(path)
	return f, toErrno(err)
}

// open checks the name, then opens it: nil or a code from the open.
func open(path string) (*os.File, string, Errno) {
	if errno := checkName(path); errno != 0 {
		return nil, "", errno
	}
	f, errno := openFile(path)
	return f, path, errno
}

// SafeStat returns where open failed: nothing was opened.
func SafeStat(path string) (os.FileInfo, Errno) { // want SafeStat:"r0 is \\*os.fileStat"
	f, _, errno := open(path)
	if errno != 0 {
		return nil, errno
	}
	defer f.Close()
	fi, err := f.Stat()
	return fi, unwrap(err)
}

// openWarn gives the file beside a warning code.
func openWarn(path string) (*os.File, Errno) {
	f, err := os.Open(path)
	if err != nil {
		return nil, unwrap(err)
	}
	if strings.HasSuffix(path, "~") {
		return f, eperm // a backup file: open, with a warning
	}
	return f, 0
}

// LeakOnWarning takes the warning for a failure: the file stays open.
func LeakOnWarning(path string) Errno {
	f, errno := openWarn(path) // want `f returned by openWarn is not closed`
	if errno != 0 {
		return errno
	}
	return unwrap(f.Close())
}
