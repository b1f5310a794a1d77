// Package scanners reads a directory through one of two scanners: one
// over the open directory, whose Err closes it, and one over names read
// into memory, which holds nothing to close.
package scanners

import (
	"errors"
	"os"
	"sort"
)

type scanner interface {
	Scan() bool
	Name() string
	Err() error
}

// dirScanner reads names from an open directory.
type dirScanner struct {
	dh    *os.File
	names []string
	err   error
}

func newDirScanner(name string) (*dirScanner, error) {
	dh, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	return &dirScanner{dh: dh}, nil
}

func (s *dirScanner) Scan() bool {
	if s.dh == nil {
		return false
	}
	if len(s.names) == 0 {
		s.names, s.err = s.dh.Readdirnames(16)
		if len(s.names) == 0 {
			return false
		}
	}
	s.names = s.names[1:]
	return true
}

func (s *dirScanner) Name() string { return s.names[0] }

// Err closes the directory and returns the error that ended the scan.
func (s *dirScanner) Err() error { // want Err:"releases p0; nothing when zero; closes p0.dh; gives p0.err as r0"
	if s.dh == nil {
		return s.err
	}
	if err := s.dh.Close(); s.err == nil {
		s.err = err
	}
	s.dh = nil
	return s.err
}

// Close closes the directory.
func (s *dirScanner) Close() error { return s.Err() } // want Close:"releases p0; nothing when zero; closes p0.dh; gives p0.err as r0"

// sortedScanner walks names read beforehand, in order.
type sortedScanner struct {
	names []string
	i     int
}

func newSortedScanner(name string) (*sortedScanner, error) {
	names, err := readNames(name)
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	return &sortedScanner{names: names, i: -1}, nil
}

func readNames(name string) ([]string, error) {
	dh, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer dh.Close()
	return dh.Readdirnames(-1)
}

func (s *sortedScanner) Scan() bool   { s.i++; return s.i < len(s.names) }
func (s *sortedScanner) Name() string { return s.names[s.i] }
func (s *sortedScanner) Err() error   { return nil } // want Err:"nil r0; nothing when zero; nothing when nil"

var errStop = errors.New("stop")

// Walk calls fn for every name; it leaks the open directory where fn
// fails, and Err releases it after the loop.
func Walk(dir string, sorted bool, fn func(string) error) error {
	var ds scanner
	var err error
	if sorted {
		ds, err = newSortedScanner(dir)
	} else {
		ds, err = newDirScanner(dir) // want `ds returned by newDirScanner is not closed on all paths: the return at line 109 is reached when err != nil at line 108`
	}
	if err != nil {
		return err
	}
	for ds.Scan() {
		if err := fn(ds.Name()); err != nil {
			return err
		}
	}
	return ds.Err()
}
