// Package shortwrite probes shortWriteBranch (paths.go, eb6d2d2): after
// n, err := w.Write(b) and err == nil, n < len(b) is taken as false.
package shortwrite

import (
	"errors"
	"io"
	"os"
)

// A budget writes at most left bytes of each call and reports the rest
// as not written, without an error: it does not keep io.Writer's
// contract (a method Write that is not meant as an io.Writer).
type budget struct {
	f    *os.File
	left int
}

// Write writes what the budget allows.
func (w *budget) Write(b []byte) (int, error) {
	if len(b) > w.left {
		b = b[:w.left]
	}
	n, err := w.f.Write(b)
	w.left -= n
	return n, err
}

// LeakBudgetShort leaves the file open where the budget cut the write
// short: budget.Write returns a short count with a nil error.
func LeakBudgetShort(name string, w *budget, b []byte) error {
	f, err := os.Create(name) // MISSED (see README.md): f returned by os.Create is not closed on all paths: the return at line 38 is reached when n < len(b) at line 37 (possible resource leak)
	if err != nil {
		return err
	}
	n, err := w.Write(b)
	if err == nil && n < len(b) {
		return errors.New("budget exhausted")
	}
	f.Close()
	return err
}

// SafeSwappedLess writes the test as len(b) <= n, which always holds
// after a nil error: the return that leaves f open is never reached.
func SafeSwappedLess(name string, b []byte) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	n, err := f.Write(b)
	if err != nil {
		f.Close()
		return err
	}
	if len(b) <= n {
		return f.Close()
	}
	return io.ErrShortWrite
}

// LeakOtherErr tests the error of a second write, then the count of the
// first: the first may have been short.
func LeakOtherErr(name string, a, b []byte) error {
	f, err := os.Create(name) // want `f returned by os.Create is not closed on all paths: the return at line 72 is reached when n < len\(a\) at line 71 \(possible resource leak\)`
	if err != nil {
		return err
	}
	n, _ := f.Write(a)
	_, err = f.Write(b)
	if err == nil && n < len(a) {
		return io.ErrShortWrite
	}
	f.Close()
	return err
}

// SafeWriteAtSwapped uses WriteAt and len(b) != n.
func SafeWriteAtSwapped(name string, b []byte) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	n, err := f.WriteAt(b, 0)
	if err != nil {
		f.Close()
		return err
	}
	if len(b) != n {
		return io.ErrShortWrite
	}
	return f.Close()
}
