package review17

import (
	"io"
	"os"
)

type multi struct {
	rs  []io.Reader
	cur int
}

func (m *multi) Read(p []byte) (int, error) { // want Read:"keeps p1"
	for m.cur < len(m.rs) {
		n, err := m.rs[m.cur].Read(p)
		if err == io.EOF {
			m.cur++
			continue
		}
		return n, err
	}
	return 0, io.EOF
}

func newMulti(rs ...io.Reader) io.Reader { return &multi{rs: rs} } // want newMulti:"keeps p0; wraps p0 in r0"

// LeakMultiSecond closes only the first file.
func LeakMultiSecond(x, y string) error {
	a, err := os.Open(x)
	if err != nil {
		return err
	}
	defer a.Close()
	b, err := os.Open(y) // want `not closed`
	if err != nil {
		return err
	}
	_, err = io.ReadAll(newMulti(a, b))
	return err
}

// first returns the first of the files it is given.
func first(fs ...*os.File) *os.File { // want first:"borrows r0"
	if len(fs) == 0 {
		return nil
	}
	return fs[0]
}

// LeakNotFirst closes what first returns, not b.
func LeakNotFirst(x, y string) error {
	// Still reported, though no leak: a false alarm this test keeps visible.
	a, err := os.Open(x) // want `not closed`
	if err != nil {
		return err
	}
	b, err := os.Open(y) // want `not closed`
	if err != nil {
		a.Close()
		return err
	}
	f := first(a, b)
	return f.Close()
}

// holder keeps files and closes them all.
type holder struct{ fs []*os.File }

func (h *holder) Close() error { // want Close:"nil r0; closes p0.fs\\[\\]"
	for _, f := range h.fs {
		f.Close()
	}
	return nil
}

func (h *holder) add(fs ...*os.File) *holder { // want add:"keeps p0,p1; borrows r0; returns p0 as r0"
	h.fs = append(h.fs, fs...)
	return h
}

// MissedAddedToDropped: the holder is a fresh local one, dropped.
// Missed before and after the changes (no regression).
func MissedAddedToDropped(x string) error {
	a, err := os.Open(x)
	if err != nil {
		return err
	}
	h := &holder{}
	h.add(a)
	return nil
}
