package review17

import (
	"bufio"
	"io"
	"os"
)

// firstOnly closes only its first segment.
type firstOnly struct {
	buf  *bufio.Reader
	segs []*os.File
}

func (r *firstOnly) Read(p []byte) (int, error) { return r.buf.Read(p) } // want Read:"keeps p1; gives p0.buf.err as r1"

func (r *firstOnly) Close() error { // want Close:"closes p0.segs\\[\\]"
	if len(r.segs) == 0 {
		return nil
	}
	return r.segs[0].Close()
}

func newFirstOnly(segs ...*os.File) io.ReadCloser { // want newFirstOnly:"borrows r0"
	return &firstOnly{buf: bufio.NewReader(segs[0]), segs: segs}
}

// LeakSecondSegment: closing the reader closes only a.
func LeakSecondSegment(x, y string) error {
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
	r := newFirstOnly(a, b)
	defer r.Close()
	_, err = io.ReadAll(r)
	return err
}

// noClose holds its segments but its Close closes none of them.
type noClose struct {
	segs []*os.File
	n    int
}

func (r *noClose) Read(p []byte) (int, error) { return r.segs[r.n].Read(p) }

func (r *noClose) Close() error { // want Close:"nil r0; releases nothing; nothing when zero"
	r.segs = nil
	return nil
}

func newNoClose(segs ...*os.File) io.ReadCloser { // want newNoClose:"borrows r0"
	return &noClose{segs: segs}
}

// LeakNoClose: the reader's Close closes nothing.
func LeakNoClose(x string) error {
	a, err := os.Open(x) // want `not closed`
	if err != nil {
		return err
	}
	r := newNoClose(a)
	defer r.Close()
	_, err = io.ReadAll(r)
	return err
}

// tailCloser closes every segment it keeps, but keeps only the tail.
type tailCloser struct {
	head *os.File
	segs []*os.File
}

func (r *tailCloser) Read(p []byte) (int, error) { return r.head.Read(p) }

func (r *tailCloser) Close() (err error) { // want Close:"closes p0.segs\\[\\]"
	for _, s := range r.segs {
		if e := s.Close(); e != nil {
			err = e
		}
	}
	return err
}

func newTailCloser(segs ...*os.File) io.ReadCloser { // want newTailCloser:"r0 is \\*tailCloser"
	return &tailCloser{head: segs[0], segs: segs[1:]}
}

// LeakHead: the reader's Close closes the segments after the first only.
func LeakHead(x, y string) error {
	a, err := os.Open(x) // want `not closed`
	if err != nil {
		return err
	}
	// Still reported, though no leak: a false alarm this test keeps visible.
	b, err := os.Open(y) // want `not closed`
	if err != nil {
		a.Close()
		return err
	}
	r := newTailCloser(a, b)
	defer r.Close()
	_, err = io.ReadAll(r)
	return err
}

// allCloser closes every segment.
type allCloser struct {
	segs []*os.File
}

func (r *allCloser) Read(p []byte) (int, error) { return r.segs[0].Read(p) }

func (r *allCloser) Close() (err error) { // want Close:"closes p0.segs\\[\\]"
	for _, s := range r.segs {
		if e := s.Close(); e != nil {
			err = e
		}
	}
	return err
}

func newAllCloser(segs ...*os.File) io.ReadCloser { // want newAllCloser:"keeps p0; wraps p0 in r0"
	return &allCloser{segs: segs}
}

// LeakOneOfTwo closes a directly, and neither b nor the reader.
func LeakOneOfTwo(x, y string) error {
	a, err := os.Open(x)
	if err != nil {
		return err
	}
	b, err := os.Open(y) // want `not closed`
	if err != nil {
		a.Close()
		return err
	}
	r := newAllCloser(a, b)
	_, err = io.ReadAll(r)
	a.Close()
	return err
}

// newAllCloserDropping keeps its segments only when there are two.
func newAllCloserDropping(segs ...*os.File) io.ReadCloser { // want newAllCloserDropping:"keeps p0"
	if len(segs) < 2 {
		return &allCloser{}
	}
	return &allCloser{segs: segs}
}

// MissedDroppedSingle: with a single segment, the reader keeps nothing,
// and its Close closes nothing, so a leaks; leakvet misses it, as the
// constructor keeps its argument on one path (the fact "keeps p0"), and
// a caller hands off what it gives such a function.
func MissedDroppedSingle(x string) error {
	a, err := os.Open(x)
	if err != nil {
		return err
	}
	r := newAllCloserDropping(a)
	defer r.Close()
	_, err = io.ReadAll(r)
	return err
}

// newCopyCloser closes what it is given, but copies into a fresh slice
// the first element only.
func newCopyCloser(segs ...*os.File) io.ReadCloser { // want newCopyCloser:"r0 is \\*allCloser"
	return &allCloser{segs: []*os.File{segs[0]}}
}

func LeakCopyFirst(x, y string) error {
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
	r := newCopyCloser(a, b)
	defer r.Close()
	_, err = io.ReadAll(r)
	return err
}
