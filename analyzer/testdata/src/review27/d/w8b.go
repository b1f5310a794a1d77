package d

import (
	"io"
	"os"
)

// W8b: W8 with a temp file whose name takes no parameter.
type SpW8b interface {
	Spool(r io.ReadCloser) (io.ReadCloser, error)
	sealedW8b()
}

type passW8b struct{}

func (passW8b) Spool(r io.ReadCloser) (io.ReadCloser, error) { return r, nil } // want Spool:"keeps p1; borrows r0; returns p1 as r0; nil r1"
func (passW8b) sealedW8b()                                   {}                // want sealedW8b:"nothing when zero"

func newTW8b(r io.ReadCloser) (*tw8, error) { // want newTW8b:"keeps p0"
	tmp, err := os.CreateTemp("", "x")
	if err != nil {
		return nil, err
	}
	return &tw8{src: r, tmp: tmp}, nil
}

type implW8b struct{}

func (s implW8b) Spool(r io.ReadCloser) (io.ReadCloser, error) { // want Spool:"keeps p1; r0 is \\*tw8"
	t, err := newTW8b(r)
	if err != nil {
		return nil, err
	}
	return t, nil
}
func (implW8b) sealedW8b() {} // want sealedW8b:"nothing when zero"

func W8b(s SpW8b, name string) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	sp, err := s.Spool(f) // want `sp returned by s.Spool is not closed`
	if err != nil {
		return err
	}
	return send(sp)
}

// W12: the wrapper's second resource is opened from the wrapped
// reader's name (takes the parameter).
type named interface {
	io.ReadCloser
	Name() string
}

type SpW12 interface {
	Spool(r named) (io.ReadCloser, error)
	sealedW12()
}

type passW12 struct{}

func (passW12) Spool(r named) (io.ReadCloser, error) { return r, nil } // want Spool:"keeps p1; borrows r0; returns p1 as r0; nil r1"
func (passW12) sealedW12()                           {}                // want sealedW12:"nothing when zero"

type implW12 struct{}

func (implW12) Spool(r named) (io.ReadCloser, error) { // want Spool:"keeps p1; r0 is \\*tw8"
	side, err := os.Open(r.Name() + ".idx")
	if err != nil {
		return nil, err
	}
	return &tw8{src: r, tmp: side}, nil
}
func (implW12) sealedW12() {} // want sealedW12:"nothing when zero"

func W12(s SpW12, f *os.File) error { // want W12:"keeps p1"
	sp, err := s.Spool(f) // want `sp returned by s.Spool is not closed`
	if err != nil {
		return err
	}
	return send(sp)
}
