package errpath

// This file opens files through a function that reports failure as a
// syscall.Errno, an integer error whose zero means success, as FUSE
// file systems do.

import (
	"os"
	"syscall"
)

// openDir opens name, or returns nil and the error code.
func openDir(name string) (*os.File, syscall.Errno) {
	fd, err := syscall.Open(name, syscall.O_RDONLY|syscall.O_DIRECTORY, 0)
	if err != nil {
		return nil, err.(syscall.Errno)
	}
	return os.NewFile(uintptr(fd), name), 0
}

// SafeOpenDir is fine: where the error code is not zero, there is no
// file.
func SafeOpenDir(name string) (*os.File, syscall.Errno) {
	f, errno := openDir(name)
	if errno != 0 {
		return nil, errno
	}
	return f, 0
}

// openPairLeak drops the first directory when the second cannot be
// opened.
func openPairLeak(a, b string) (*os.File, *os.File, syscall.Errno) {
	f, errno := openDir(a) // want `f returned by openDir is not closed on all paths: the return at line 40 is reached when errno != 0 at line 39 \(possible resource leak\)`
	if errno != 0 {
		return nil, nil, errno
	}
	g, errno := openDir(b)
	if errno != 0 {
		return nil, nil, errno
	}
	return f, g, 0
}
