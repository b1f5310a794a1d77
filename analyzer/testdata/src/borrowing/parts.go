package borrowing

// This file returns a part of a recording: the monitor it holds by
// value, whose temporary file the recording's Close closes. The caller
// that closes the recording has closed the part.

import (
	"errors"
	"io"
	"os"
)

type monitor struct {
	tmp *os.File
}

// Close syncs and closes the temporary file; a failed sync leaves it
// open.
func (m *monitor) Close() error { // want Close:"closes p0.tmp"
	if err := m.tmp.Sync(); err != nil {
		return err
	}
	return m.tmp.Close()
}

func (m *monitor) Write(p []byte) (int, error) { return m.tmp.Write(p) }

// Recording writes what it monitors to out.
type Recording struct {
	out *os.File
	mon monitor
}

// Monitor returns the recording's monitor.
func (r *Recording) Monitor() *monitor { // want Monitor:"borrows r0"
	return &r.mon
}

func (r *Recording) Close() error { // want Close:"releases p0; closes p0.mon.tmp,p0.out"
	return errors.Join(r.mon.Close(), r.out.Close())
}

func newRecording(out *os.File) (*Recording, error) { // want newRecording:"keeps p0"
	tmp, err := os.CreateTemp("", "mon")
	if err != nil {
		return nil, err
	}
	return &Recording{out: out, mon: monitor{tmp: tmp}}, nil
}

// SafeRecord closes the recording, and so its monitor.
func SafeRecord(out *os.File, src io.Reader) error { // want SafeRecord:"keeps p0"
	rec, err := newRecording(out)
	if err != nil {
		return err
	}
	defer rec.Close()
	_, err = io.Copy(rec.Monitor(), src)
	return err
}

// recordLeak forgets the recording where the copy fails.
func recordLeak(out *os.File, src io.Reader) error { // want recordLeak:"keeps p0"
	rec, err := newRecording(out) // want `rec returned by newRecording is not closed on all paths: the return at line 69 is reached when err != nil at line 68 \(possible resource leak\)`
	if err != nil {
		return err
	}
	if _, err := io.Copy(rec.Monitor(), src); err != nil {
		return err
	}
	return rec.Close()
}
