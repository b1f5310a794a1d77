package wrappers

// A reader over several segments, built by a variadic constructor: its
// Close closes every segment, so it stands for the segments it is given.

import (
	"bufio"
	"io"
	"os"
)

type segmentsReader struct {
	buf  *bufio.Reader
	segs []*os.File
}

func (r *segmentsReader) Read(p []byte) (int, error) { // want Read:"keeps p1; gives p0.buf.err as r1"
	return r.buf.Read(p)
}

func (r *segmentsReader) Close() (err error) { // want Close:"closes p0.segs\\[\\]"
	for _, s := range r.segs {
		if e := s.Close(); e != nil {
			err = e
		}
	}
	return err
}

func newSegmentsReader(segs ...*os.File) io.ReadCloser { // want newSegmentsReader:"keeps p0; wraps p0 in r0"
	if len(segs) == 0 {
		return &segmentsReader{}
	}
	return &segmentsReader{buf: bufio.NewReader(segs[0]), segs: segs}
}

// SafeClosedThroughWrapper is fine: closing the reader closes the segment.
func SafeClosedThroughWrapper(names []string) error {
	for _, n := range names {
		s, err := os.Open(n)
		if err != nil {
			return err
		}
		sr := newSegmentsReader(s)
		_, err = io.ReadAll(sr)
		sr.Close()
		if err != nil {
			return err
		}
	}
	return nil
}

// SafeClosedDirectly is fine: the reader holds nothing but the segment,
// which is closed.
func SafeClosedDirectly(names []string) error {
	for _, n := range names {
		s, err := os.Open(n)
		if err != nil {
			return err
		}
		sr := newSegmentsReader(s)
		_, err = io.ReadAll(sr)
		s.Close()
		if err != nil {
			return err
		}
	}
	return nil
}

// LeakBoth closes neither the segment nor its reader.
func LeakBoth(name string) error {
	s, err := os.Open(name) // want `s returned by os.Open is not closed before the return at line 80`
	if err != nil {
		return err
	}
	sr := newSegmentsReader(s)
	_, err = io.ReadAll(sr)
	return err
}

// LeakWrapperOnError closes the reader only when reading succeeds.
func LeakWrapperOnError(name string) error {
	s, err := os.Open(name) // want `s returned by os.Open is not closed on all paths: the return at line 91`
	if err != nil {
		return err
	}
	sr := newSegmentsReader(s)
	if _, err := io.ReadAll(sr); err != nil {
		return err
	}
	return sr.Close()
}
