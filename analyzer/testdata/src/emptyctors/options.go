package emptyctors

import (
	"errors"
	"os"
)

// A spool writes to a file it opens once asked to; other packages cannot
// name it, so the options that its constructor applies are all this
// package's.
type spool struct {
	dir  string
	perm os.FileMode
	f    *os.File
}

type spoolOption func(*spool)

func withPerm(p os.FileMode) spoolOption { return func(s *spool) { s.perm = p } }

func withDir(dir string) spoolOption {
	return func(s *spool) { s.setDir(dir) }
}

func (s *spool) setDir(dir string) { s.dir = dir }

func (s *spool) Close() error { // want Close:"keeps p0; releases p0 on failure; nothing when zero; closes p0.f"
	if s.f == nil {
		return nil
	}
	return s.f.Close()
}

// newSpool applies options that set only what Close leaves alone: the
// spool holds nothing yet.
func newSpool(opts ...spoolOption) *spool { // want newSpool:"empty r0"
	s := &spool{dir: os.TempDir(), perm: 0o600}
	for _, o := range opts {
		o(s)
	}
	return s
}

func (s *spool) open(name string) error { // want open:"fills p0 only on success"
	f, err := os.OpenFile(s.dir+"/"+name, os.O_CREATE|os.O_WRONLY, s.perm)
	if err != nil {
		return err
	}
	s.f = f
	return nil
}

// SafeSpool is fine: the spool whose open failed holds nothing.
func SafeSpool(name string) error {
	s := newSpool(withPerm(0o644), withDir("/var/spool"))
	if err := s.open(name); err != nil {
		return err
	}
	return s.Close()
}

// spoolLeak drops the opened spool where the name is empty.
func spoolLeak(name string) error {
	s := newSpool(withDir("/var/spool")) // want `s returned by newSpool is not closed on all paths`
	if err := s.open(name); err != nil {
		return err
	}
	if name == "" {
		return errors.New("empty name")
	}
	return s.Close()
}
