// Package shortwrites holds tests for a short write after a write whose
// error was found nil: io.Writer's contract makes that branch impossible.
package shortwrites

import (
	"io"
	"os"
)

// SafeShortWrite returns on a short write only where the write did not
// fail, which a Write never does: the file is closed on every other path.
func SafeShortWrite(name string, b []byte) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	n, err := f.Write(b)
	if err == nil && n < len(b) {
		return io.ErrShortWrite
	}
	if err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// SafeShortWriteAfterCheck tests the count through an io.Writer after
// the error was handled.
func SafeShortWriteAfterCheck(name string, w io.Writer, b []byte) error { // want SafeShortWriteAfterCheck:"keeps p2"
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	n, err := w.Write(b)
	if err != nil {
		f.Close()
		return err
	}
	if n != len(b) {
		return io.ErrShortWrite
	}
	return f.Close()
}

// SafeShortWriteAt is the same for WriteAt, written the other way round.
func SafeShortWriteAt(name string, b []byte) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	n, err := f.WriteAt(b, 0)
	if err != nil {
		f.Close()
		return err
	}
	if len(b) > n {
		return io.ErrShortWrite
	}
	return f.Close()
}

// LeakShortRead leaves f open where a read gives fewer bytes without an
// error, which a Read may do.
func LeakShortRead(name string, b []byte) error {
	f, err := os.Open(name) // want `f returned by os.Open is not closed on all paths: the return at line 72 is reached when n < len\(b\) at line 71 \(possible resource leak\)`
	if err != nil {
		return err
	}
	n, err := f.Read(b)
	if err == nil && n < len(b) {
		return io.ErrUnexpectedEOF
	}
	f.Close()
	return err
}

// LeakShortWriteUnchecked tests the count before the error: the short
// side is taken when the write failed.
func LeakShortWriteUnchecked(name string, b []byte) error {
	f, err := os.Create(name) // want `f returned by os.Create is not closed on all paths: the return at line 87 is reached when n < len\(b\) at line 86 \(possible resource leak\)`
	if err != nil {
		return err
	}
	n, err := f.Write(b)
	if n < len(b) {
		return io.ErrShortWrite
	}
	f.Close()
	return err
}

// LeakShortWriteOther compares the count with another slice's length.
func LeakShortWriteOther(name string, b, header []byte) error {
	f, err := os.Create(name) // want `f returned by os.Create is not closed on all paths: the return at line 101 is reached when n < len\(header\) at line 100 \(possible resource leak\)`
	if err != nil {
		return err
	}
	n, err := f.Write(b)
	if err == nil && n < len(header) {
		return io.ErrShortWrite
	}
	f.Close()
	return err
}
