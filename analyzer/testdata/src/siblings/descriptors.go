package siblings

// This file closes the descriptor under a file that os.NewFile made.

import (
	"os"
	"syscall"
)

type socket struct {
	fd   int
	file *os.File
}

func (s *socket) Close() error { return s.file.Close() } // want Close:"releases p0; nothing when zero; closes p0.file"

// safeSocket closes the descriptor when the bind fails: the file holds a
// closed descriptor.
func safeSocket() (*socket, error) {
	fd, err := syscall.Socket(syscall.AF_UNIX, syscall.SOCK_DGRAM, 0)
	if err != nil {
		return nil, err
	}
	s := &socket{fd: fd, file: os.NewFile(uintptr(fd), "socket")}
	if err := syscall.Bind(fd, &syscall.SockaddrUnix{Name: "@leakvet"}); err != nil {
		syscall.Close(fd)
		return nil, err
	}
	return s, nil
}

// leakSocket closes another descriptor when the bind fails.
func leakSocket(other int) (*socket, error) {
	fd, err := syscall.Socket(syscall.AF_UNIX, syscall.SOCK_DGRAM, 0)
	if err != nil {
		return nil, err
	}
	s := &socket{fd: fd, file: os.NewFile(uintptr(fd), "socket")} // want `the \*os.File returned by os.NewFile is not closed`
	if err := syscall.Bind(fd, &syscall.SockaddrUnix{Name: "@leakvet"}); err != nil {
		syscall.Close(other)
		return nil, err
	}
	return s, nil
}

// leakInherited drops a file made of an inherited descriptor, a constant.
func leakInherited() error {
	f := os.NewFile(3, "inherited") // want `f returned by os.NewFile is not closed`
	_, err := f.Stat()
	return err
}
