package errpath

// This file retries an open where the first one failed, with an error
// variable whose address a deferred check takes: where the variable's
// error is not nil, the first file was never opened, whichever open set
// it.

import (
	"errors"
	"fmt"
	"os"
)

type cacheItem struct {
	fd   *os.File
	name string
}

func checkClose(f *os.File, err *error) { // want checkClose:"releases p0"
	if cerr := f.Close(); cerr != nil && *err == nil {
		*err = cerr
	}
}

// SafeRetryCreate uses the item's file, or opens one, or creates it
// where it does not exist.
func (it *cacheItem) SafeRetryCreate() (err error) {
	fd := it.fd
	if fd == nil {
		fd, err = os.OpenFile(it.name, os.O_WRONLY, 0o600)
		if err != nil && os.IsNotExist(err) {
			fd, err = os.OpenFile(it.name, os.O_WRONLY|os.O_CREATE, 0o600)
		}
		if err != nil {
			return fmt.Errorf("open: %w", err)
		}
		defer checkClose(fd, &err)
	}
	_, err = fd.WriteString("x")
	return err
}

// SafeRetryWriteOnly opens for reading, or for writing where reading is
// not allowed. The first file is known not to be open where err is not
// nil; where the second one opened, err was set to nil beside it, and the
// variable holds what the path stored last.
func SafeRetryWriteOnly(name string) (err error) {
	fd, err := os.OpenFile(name, os.O_RDONLY, 0)
	if os.IsPermission(err) {
		if wfd, werr := os.OpenFile(name, os.O_WRONLY, 0); werr == nil {
			fd, err = wfd, nil
		}
	}
	if err != nil {
		return fmt.Errorf("open: %w", err)
	}
	defer checkClose(fd, &err)
	_, err = fd.Stat()
	return err
}

// SafeRetryInLoop is SafeRetryWriteOnly once per name: round the loop,
// the open's error is in the variable only until the check after it.
func SafeRetryInLoop(names []string) (err error) {
	var fd *os.File
	for _, name := range names {
		if fd == nil {
			fd, err = os.OpenFile(name, os.O_RDONLY, 0)
			if os.IsPermission(err) {
				if wfd, werr := os.OpenFile(name, os.O_WRONLY, 0); werr == nil {
					fd, err = wfd, nil
				}
			}
			if err != nil {
				return fmt.Errorf("open: %w", err)
			}
			defer checkClose(fd, &err)
		}
		_, err = fd.Stat()
	}
	return err
}

// retryAfterSuccessLeak opens a second file after the first one
// succeeded, and returns on its error with the first one open.
func retryAfterSuccessLeak(name string) (err error) {
	fd, err := os.OpenFile(name, os.O_RDONLY, 0) // want `fd returned by os.OpenFile is not closed on all paths`
	if err == nil && len(name) > 3 {
		_, err = os.OpenFile(name+".lock", os.O_RDONLY, 0) // want `the \*os.File returned by os.OpenFile is discarded`
	}
	if err != nil {
		return err
	}
	defer checkClose(fd, &err)
	return nil
}

var errReadOnly = errors.New("read-only")

// retryReadOnlyLeak stores an error of its own beside the file that the
// retry opened.
func retryReadOnlyLeak(name string, readOnly bool) (err error) {
	fd, err := os.OpenFile(name, os.O_RDONLY, 0)
	if os.IsPermission(err) {
		if wfd, werr := os.OpenFile(name, os.O_WRONLY, 0); werr == nil { // want `wfd returned by os.OpenFile is not closed on all paths: the return at line 113 is reached when err != nil at line 112`
			fd, err = wfd, nil
			if readOnly {
				err = errReadOnly
			}
		}
	}
	if err != nil {
		return fmt.Errorf("open: %w", err)
	}
	defer checkClose(fd, &err)
	return nil
}

func resetErr(err *error) { *err = nil }

// retryResetLeak gives the variable's address to a call, which may store
// anything there.
func retryResetLeak(name string) (err error) {
	fd, err := os.OpenFile(name, os.O_RDONLY, 0)
	if os.IsPermission(err) {
		if wfd, werr := os.OpenFile(name, os.O_WRONLY, 0); werr == nil { // want `wfd returned by os.OpenFile is not closed on all paths: the return at line 132 is reached when err != nil at line 131`
			fd = wfd
			resetErr(&err)
		}
	}
	if err != nil {
		return fmt.Errorf("open: %w", err)
	}
	defer checkClose(fd, &err)
	return nil
}
