// Package dataimpls probes rule 7: an implementation whose type has no
// Close and holds only data counts as inert for an interface call.
package dataimpls

import (
	"os"
	"syscall"
)

type scanner interface {
	Scan() bool
	Err() error
}

// dirScanner closes its directory in Err.
type dirScanner struct {
	dh  *os.File
	err error
}

func (s *dirScanner) Scan() bool { return false }
func (s *dirScanner) Err() error { // want Err:"nothing when zero; closes p0\\.dh; gives p0\\.err as r0"
	if s.dh == nil {
		return s.err
	}
	err := s.dh.Close()
	s.dh = nil
	return err
}

// memScanner holds names only.
type memScanner struct{ names []string }

func (s *memScanner) Scan() bool { return len(s.names) > 0 }
func (s *memScanner) Err() error { return nil } // want Err:"nil r0; nothing when zero; nothing when nil"

// fdScanner holds a raw descriptor as an int (only data by onlyData's
// reckoning) and never closes it in Err.
type fdScanner struct {
	fd    int
	names []string
}

func (s *fdScanner) Scan() bool { return false }
func (s *fdScanner) Err() error { return nil } // want Err:"nil r0; nothing when zero; nothing when nil"

func openScanner(name string, kind int) (scanner, error) { // want openScanner:"r0 is \\*dirScanner,\\*memScanner,\\*fdScanner"
	switch kind {
	case 0:
		dh, err := os.Open(name)
		if err != nil {
			return nil, err
		}
		return &dirScanner{dh: dh}, nil
	case 1:
		fd, err := syscall.Open(name, syscall.O_RDONLY, 0)
		if err != nil {
			return nil, err
		}
		return &fdScanner{fd: fd}, nil
	}
	return &memScanner{}, nil
}

// FdLeak: LEAKS the descriptor where kind is 1 (fdScanner.Err never
// closes it); leakvet does not track raw descriptors at all, so this is
// only a control.
func FdLeak(name string, kind int) error {
	s, err := openScanner(name, kind)
	if err != nil {
		return err
	}
	for s.Scan() {
	}
	return s.Err()
}

// SafeWalk: SAFE.
func SafeWalk(name string, kind int) error {
	s, err := openScanner(name, kind)
	if err != nil {
		return err
	}
	for s.Scan() {
	}
	return s.Err()
}

// ---- a third implementation that holds a file and whose Err keeps it ----

type scanner2 interface {
	Scan() bool
	Err() error
}

type fileScanner2 struct{ f *os.File }

func (s *fileScanner2) Scan() bool { return false }
func (s *fileScanner2) Err() error { return s.f.Close() } // want Err:"nothing when zero; closes p0\\.f"

type memScanner2 struct{ names []string }

func (s *memScanner2) Scan() bool { return false }
func (s *memScanner2) Err() error { return nil } // want Err:"nil r0; nothing when zero; nothing when nil"

// lazyScanner2 holds a file in a struct that embeds nothing but data
// plus the *os.File; its Err does not close.
type lazyScanner2 struct {
	f   *os.File
	pos int
}

func (s *lazyScanner2) Scan() bool { return false }
func (s *lazyScanner2) Err() error { return nil } // want Err:"nil r0; nothing when zero; nothing when nil"

func open2(name string, kind int) (scanner2, error) { // want open2:"r0 is \\*fileScanner2,\\*lazyScanner2,\\*memScanner2"
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	switch kind {
	case 0:
		return &fileScanner2{f: f}, nil
	case 1:
		return &lazyScanner2{f: f}, nil
	}
	f.Close()
	return &memScanner2{}, nil
}

// LazyLeak: LEAKS where kind is 1 (lazyScanner2.Err does not close).
func LazyLeak(name string, kind int) error {
	s, err := open2(name, kind)
	if err != nil {
		return err
	}
	for s.Scan() {
	}
	return s.Err()
}

// ---- an implementation whose Close takes a context (closeMethod nil)
// and that holds a name of a temporary file (only data) ----

type scanner3 interface {
	Scan() bool
	Err() error
}

type fileScanner3 struct{ f *os.File }

func (s *fileScanner3) Scan() bool { return false }
func (s *fileScanner3) Err() error { return s.f.Close() } // want Err:"nothing when zero; closes p0\\.f"

// tempScanner3 holds the name of a temporary file that it should remove.
type tempScanner3 struct{ path string }

func (s *tempScanner3) Scan() bool { return false }
func (s *tempScanner3) Err() error { return nil } // want Err:"nil r0; nothing when zero; nothing when nil"

func open3(name string, temp bool) (scanner3, error) { // want open3:"r0 is \\*tempScanner3,\\*fileScanner3"
	if temp {
		f, err := os.CreateTemp("", "x")
		if err != nil {
			return nil, err
		}
		p := f.Name()
		f.Close()
		return &tempScanner3{path: p}, nil
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	return &fileScanner3{f: f}, nil
}

// SafeTemp: SAFE as far as descriptors go (the temp file stays on disk,
// which leakvet does not track).
func SafeTemp(name string, temp bool) error {
	s, err := open3(name, temp)
	if err != nil {
		return err
	}
	for s.Scan() {
	}
	return s.Err()
}

// ---- as in package scanners: constructors give concrete types ----

type dirScanner4 struct{ dh *os.File }

func newDir4(name string) (*dirScanner4, error) {
	dh, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	return &dirScanner4{dh: dh}, nil
}
func (s *dirScanner4) Scan() bool   { return false }
func (s *dirScanner4) Err() error   { return s.dh.Close() } // want Err:"releases p0; nothing when zero; closes p0\\.dh"
func (s *dirScanner4) Close() error { return s.Err() } // want Close:"releases p0; nothing when zero; closes p0\\.dh"

// keepScanner4 has a Close, holds a file, and its Err does not close.
type keepScanner4 struct{ f *os.File }

func newKeep4(name string) (*keepScanner4, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	return &keepScanner4{f: f}, nil
}
func (s *keepScanner4) Scan() bool   { return false }
func (s *keepScanner4) Err() error   { return nil } // want Err:"nil r0; nothing when zero; nothing when nil"
func (s *keepScanner4) Close() error { return s.f.Close() } // want Close:"releases p0; nothing when zero; closes p0\\.f"

// memScanner4 holds only data and has no Close.
type memScanner4 struct{ names []string }

func (s *memScanner4) Scan() bool { return false }
func (s *memScanner4) Err() error { return nil } // want Err:"nil r0; nothing when zero; nothing when nil"

// Walk4Leak: LEAKS where kind is 1 (keepScanner4.Err keeps the file).
func Walk4Leak(name string, kind int) error {
	var s scanner
	var err error
	switch kind {
	case 0:
		s, err = newDir4(name) // want `s returned by newDir4 is not closed`
	case 1:
		s, err = newKeep4(name) // want `s returned by newKeep4 is not closed`
	default:
		s = &memScanner4{}
	}
	if err != nil {
		return err
	}
	for s.Scan() {
	}
	return s.Err()
}

// SafeWalk4: SAFE (dir or mem only).
func SafeWalk4(name string, mem bool) error {
	var s scanner
	var err error
	if mem {
		s = &memScanner4{}
	} else {
		s, err = newDir4(name)
	}
	if err != nil {
		return err
	}
	for s.Scan() {
	}
	return s.Err()
}
