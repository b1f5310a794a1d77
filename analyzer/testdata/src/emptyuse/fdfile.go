package emptyuse

import (
	"emptydep"
	"errors"
	"io"
	"syscall"
)

var errNotOK = errors.New("not ok")

// attachedLeaky drops the file of another package, and the descriptor it
// attached to it, when ok is false.
func attachedLeaky(name string, ok bool) error {
	f := emptydep.NewFdFile(name) // want `f returned by emptydep.NewFdFile is not closed on all paths`
	fd, err := syscall.Open(name, syscall.O_RDONLY, 0)
	if err != nil {
		return err
	}
	f.Attach(fd)
	if !ok {
		return errNotOK
	}
	return f.Close()
}

// SafeReadFrom is fine: the file keeps the caller's reader, which is not
// the function's to close, and holds nothing of its own.
func SafeReadFrom(name string, r io.Reader) (*emptydep.FdFile, error) { // want SafeReadFrom:"keeps p1"
	f := emptydep.NewFdFile(name)
	f.ReadFrom(r)
	if name == "" {
		return nil, errNotOK
	}
	return f, nil
}
