package review

import (
	"errors"
	"io"
	"io/fs"
	"os"
)

// holder owns the file it holds.
type holder struct {
	f *os.File
	n int
}

func (h *holder) Close() error { return h.f.Close() } // want Close:"releases p0; nothing when zero; closes p0.f"

// leakHolderCopyOnError leaks the file when fail is set: the variable
// whose address is returned holds a copy of the composite literal around
// the file, and is dropped there.
func leakHolderCopyOnError(name string, fail bool) (*holder, error) {
	f, err := os.Open(name) // want `f returned by os.Open is not closed on all paths`
	if err != nil {
		return nil, err
	}
	h := holder{f: f}
	if fail {
		return nil, errors.New("refused")
	}
	return &h, nil
}

// handle counts the files a tracker has open.
type handle struct{ n int }

func (h *handle) release(err error) error { // want release:"keeps p1; returns p1 as r0"
	h.n--
	return err
}

func newHandle(name string) (*handle, error) {
	if name == "" {
		return nil, errors.New("no name")
	}
	return &handle{n: 1}, nil
}

// trackedFile is an fs.File whose Close also releases its handle.
type trackedFile struct {
	fs.File
	h *handle
}

func (f *trackedFile) Close() error { return f.h.release(f.File.Close()) } // want Close:"releases p0; closes p0.File"

// trackedSeeker keeps io.Seeker; its Close, the one of the trackedFile it
// embeds, closes the file, not the seeker beside it.
type trackedSeeker struct {
	trackedFile
	s io.Seeker
}

// SafeTrackedSeeker is fine: the trackedSeeker holds the file twice, as
// the seeker that its Close leaves alone and in the copy of base, whose
// Close closes it, so returning it returns the file.
func SafeTrackedSeeker(fsys fs.FS, name string) (fs.File, error) { // want SafeTrackedSeeker:"r0 is \\*trackedSeeker,\\*trackedFile"
	file, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	h, err := newHandle(name)
	if err != nil {
		file.Close()
		return nil, err
	}
	base := trackedFile{File: file, h: h}
	s, isSeeker := file.(io.Seeker)
	if isSeeker {
		return &trackedSeeker{base, s}, nil
	}
	return &base, nil
}

// leakSeekerOnly leaks the file: the trackedSeeker holds it only as the
// seeker, which its Close leaves alone.
func leakSeekerOnly(fsys fs.FS, name string) (fs.File, error) { // want leakSeekerOnly:"r0 is \\*trackedSeeker"
	file, err := fsys.Open(name) // want `file returned by fsys.Open is not closed`
	if err != nil {
		return nil, err
	}
	s, ok := file.(io.Seeker)
	if !ok {
		file.Close()
		return nil, errors.New("not a seeker")
	}
	return &trackedSeeker{trackedFile{h: &handle{}}, s}, nil
}
