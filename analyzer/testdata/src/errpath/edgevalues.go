package errpath

// This file checks an error variable after a switch whose cases set it,
// where one case declares an err of its own and leaves the outer one nil:
// on a path through that case, the check after the switch cannot fail.

import (
	"fmt"
	"io"
	"os"
	"strings"
)

type archive interface{ Entries() int }

type zipArchive struct{}

func (zipArchive) Entries() int { return 0 }

func openZip(name string) (archive, error) { // want openZip:"borrows r0"
	if name == "" {
		return nil, fmt.Errorf("no name")
	}
	return zipArchive{}, nil
}

type tarArchive struct {
	rc      io.ReadCloser
	entries int
}

func (t *tarArchive) Entries() int { return t.entries }

// Load reads the archive, and closes it.
func (t *tarArchive) Load() { // want Load:"closes p0.rc"
	defer t.rc.Close()
	b := make([]byte, 512)
	for {
		if _, err := t.rc.Read(b); err != nil {
			return
		}
		t.entries++
	}
}

// SafeArchive is fine: the tar case's err is its own, so the outer err is
// nil after that case and the check after the switch passes.
func SafeArchive(name string) (root archive, err error) { // want SafeArchive:"r0 is zipArchive,\\*tarArchive"
	switch {
	case strings.HasSuffix(name, ".zip"):
		root, err = openZip(name)
	case strings.HasSuffix(name, ".tar"):
		f, err := os.Open(name)
		if err != nil {
			return nil, err
		}
		root = &tarArchive{rc: f}
	default:
		return nil, fmt.Errorf("unknown archive format %q", name)
	}
	if err != nil {
		return nil, err
	}
	return root, nil
}

// archiveLeak sets the outer err in the tar case: a failed Stat reaches
// the check after the switch with the file open.
func archiveLeak(name string) (root archive, err error) { // want archiveLeak:"r0 is zipArchive,\\*tarArchive"
	switch {
	case strings.HasSuffix(name, ".zip"):
		root, err = openZip(name)
	case strings.HasSuffix(name, ".tar"):
		var f *os.File
		f, err = os.Open(name) // want `f returned by os.Open is not closed on all paths: the return at line 83 is reached when err != nil at line 82 \(possible resource leak\)`
		if err != nil {
			return nil, err
		}
		_, err = f.Stat()
		root = &tarArchive{rc: f}
	}
	if err != nil {
		return nil, err
	}
	return root, nil
}
