package errpath

import (
	"errors"
	"os"
)

// openTwice returns the file with two errors, as a file system that keeps
// both the canonical error and the one the system call gave: when either
// is set, the file is nil.
func openTwice(name string) (*os.File, error, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err, err
	}
	return f, nil, nil
}

// SafeFirstOfTwoErrors is fine: the caller keeps the first error only,
// and the file is closed by a defer registered where it is nil.
func SafeFirstOfTwoErrors(name string) ([]byte, error) {
	var buf [8]byte
	if f, err, _ := openTwice(name); err == nil {
		defer f.Close()
		n, err := f.Read(buf[:])
		return buf[:n], err
	} else {
		return nil, err
	}
}

// firstOfTwoErrorsLeaky drops the file when the read fails.
func firstOfTwoErrorsLeaky(name string) ([]byte, error) {
	var buf [8]byte
	f, err, _ := openTwice(name) // want `f returned by openTwice is not closed on all paths: the return at line 41 is reached when err != nil at line 40`
	if err != nil {
		return nil, err
	}
	n, err := f.Read(buf[:])
	if err != nil {
		return nil, err
	}
	f.Close()
	return buf[:n], nil
}

var errEmptyFile = errors.New("empty file")

// openChecked returns the open file with a check error for an empty one:
// its first error does not mean that the file is nil.
func openChecked(name string) (*os.File, error, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err, err
	}
	if st, err := f.Stat(); err == nil && st.Size() == 0 {
		return f, errEmptyFile, nil
	}
	return f, nil, nil
}

// checkedLeaky drops the file when the check fails.
func checkedLeaky(name string) error {
	f, check, _ := openChecked(name) // want `f returned by openChecked is not closed on all paths`
	if check != nil {
		return check
	}
	return f.Close()
}
