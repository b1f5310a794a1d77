package ifaces

import (
	"bytes"
	"errors"
	"io"
	"os"
)

// A sealed interface whose implementations each give back the stream
// they are given, a new reader around it, or something of their own that
// holds nothing: its result stands for the stream.

type Validation interface {
	Apply(rsc io.ReadSeekCloser) (io.ReadSeekCloser, error)
	sealedValidation()
}

type PrecomputedSum uint64

func (PrecomputedSum) Apply(rsc io.ReadSeekCloser) (io.ReadSeekCloser, error) { return rsc, nil } // want Apply:"keeps p1; borrows r0; returns p1 as r0; nil r1"
func (PrecomputedSum) sealedValidation()                                      {}                  // want sealedValidation:"nothing when zero"

type segmentEncoder struct {
	src  io.ReadSeekCloser
	size int
}

func (e *segmentEncoder) Read(p []byte) (int, error)                { return e.src.Read(p) } // want Read:"keeps p1"
func (e *segmentEncoder) Seek(off int64, whence int) (int64, error) { return e.src.Seek(off, whence) }
func (e *segmentEncoder) Close() error                              { return e.src.Close() } // want Close:"releases p0; closes p0\\.src"

type SegmentSums struct{ size int }

func (s *SegmentSums) Apply(rsc io.ReadSeekCloser) (io.ReadSeekCloser, error) { // want Apply:"keeps p1; wraps p1 in r0; r0 is \\*segmentEncoder"
	if s.size < 0 {
		return nil, errors.New("negative segment size")
	}
	return &segmentEncoder{src: rsc, size: s.size}, nil
}
func (*SegmentSums) sealedValidation() {} // want sealedValidation:"nothing when zero; nothing when nil"

type nopSeekCloser struct{ *bytes.Reader }

func (nopSeekCloser) Close() error { return nil } // want Close:"nil r0; releases nothing; nothing when zero"

type computedSum func(io.ReadSeekCloser) (io.ReadSeekCloser, error)

func (f computedSum) Apply(rsc io.ReadSeekCloser) (io.ReadSeekCloser, error) { return f(rsc) } // want Apply:"borrows r0"
func (computedSum) sealedValidation()                                        {}                // want sealedValidation:"nothing when zero"

// ComputeSum reads the stream into memory and gives a reader over the
// copy.
func ComputeSum() Validation { // want ComputeSum:"r0 is computedSum"
	return computedSum(func(rsc io.ReadSeekCloser) (io.ReadSeekCloser, error) {
		buf, err := io.ReadAll(rsc)
		if err != nil {
			return nil, err
		}
		return PrecomputedSum(len(buf)).Apply(nopSeekCloser{bytes.NewReader(buf)})
	})
}

func streamLength(r io.ReadSeeker) (int64, error) { return r.Seek(0, io.SeekEnd) }

func sendStream(r io.ReadSeeker, n int64) error { return nil } // want sendStream:"nil r0"

// SafeAppendBlock validates the caller's body, which stays the caller's.
func SafeAppendBlock(body io.ReadSeekCloser, v Validation) error {
	if v != nil {
		var err error
		body, err = v.Apply(body)
		if err != nil {
			return err
		}
		if _, err = streamLength(body); err != nil {
			return err
		}
	}
	return sendStream(body, 0)
}

// SafeUploadFile closes the validated stream, which closes the file.
func SafeUploadFile(name string, v Validation) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	body, err := v.Apply(f)
	if err != nil {
		f.Close()
		return err
	}
	defer body.Close()
	return sendStream(body, 0)
}

// uploadFileLeak returns with the validated stream, and so the file,
// open.
func uploadFileLeak(name string, v Validation) error {
	f, err := os.Open(name) // want `f returned by os.Open is not closed on all paths: the return at line 111 is reached when err != nil at line 110`
	if err != nil {
		return err
	}
	body, err := v.Apply(f)
	if err != nil {
		f.Close()
		return err
	}
	if _, err := streamLength(body); err != nil {
		return err
	}
	defer body.Close()
	return sendStream(body, 0)
}

// A sealed interface one of whose implementations spools the stream to a
// file of its own: its result may be a new resource.

type Spooler interface {
	Spool(rsc io.ReadSeekCloser) (io.ReadSeekCloser, error)
	sealedSpooler()
}

type passThrough struct{}

func (passThrough) Spool(rsc io.ReadSeekCloser) (io.ReadSeekCloser, error) { return rsc, nil } // want Spool:"keeps p1; borrows r0; returns p1 as r0; nil r1"
func (passThrough) sealedSpooler()                                         {}                  // want sealedSpooler:"nothing when zero"

type toDisk struct{ dir string }

func (d toDisk) Spool(rsc io.ReadSeekCloser) (io.ReadSeekCloser, error) { // want Spool:`r0 is \*os\.File`
	f, err := os.CreateTemp(d.dir, "spool")
	if err != nil {
		return nil, err
	}
	if _, err := io.Copy(f, rsc); err != nil {
		f.Close()
		return nil, err
	}
	return f, nil
}
func (toDisk) sealedSpooler() {} // want sealedSpooler:"nothing when zero"

func spoolLeak(body io.ReadSeekCloser, s Spooler) error { // want spoolLeak:"keeps p0"
	spooled, err := s.Spool(body) // want `spooled returned by s.Spool is not closed on any path`
	if err != nil {
		return err
	}
	if _, err := streamLength(spooled); err != nil {
		return err
	}
	return sendStream(spooled, 0)
}
