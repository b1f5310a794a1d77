package d

import (
	"io"
	"os"
)

func send(r io.Reader) error { _, err := io.ReadAll(r); return err }

// D1: one implementation wraps and also opens a temp file of its own.
type Spooler interface {
	Spool(r io.ReadCloser) (io.ReadCloser, error)
	sealed()
}

type pass struct{}

func (pass) Spool(r io.ReadCloser) (io.ReadCloser, error) { return r, nil } // want Spool:"keeps p1; borrows r0; returns p1 as r0; nil r1"
func (pass) sealed()                                      {}                // want sealed:"nothing when zero"

type tee struct {
	src io.ReadCloser
	tmp *os.File
}

func (t *tee) Read(p []byte) (int, error) { return t.src.Read(p) }                // want Read:"keeps p1"
func (t *tee) Close() error               { t.tmp.Close(); return t.src.Close() } // want Close:"releases p0; closes p0\\.src,p0\\.tmp"

type teeSpool struct{ dir string }

func (s teeSpool) Spool(r io.ReadCloser) (io.ReadCloser, error) { // want Spool:"keeps p1; r0 is \\*tee"
	tmp, err := os.CreateTemp(s.dir, "x")
	if err != nil {
		return nil, err
	}
	return &tee{src: r, tmp: tmp}, nil
}
func (teeSpool) sealed() {} // want sealed:"nothing when zero"

func D1(s Spooler, name string) error {
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

// D2: func-typed implementation whose function may create a file.
type Spooler2 interface {
	Spool(r io.ReadCloser) (io.ReadCloser, error)
	sealed2()
}

type wrapOnly struct{ src io.ReadCloser }

func (w *wrapOnly) Read(p []byte) (int, error) { return w.src.Read(p) } // want Read:"keeps p1"
func (w *wrapOnly) Close() error               { return w.src.Close() } // want Close:"releases p0; closes p0\\.src"

type wrapSpool struct{}

func (wrapSpool) Spool(r io.ReadCloser) (io.ReadCloser, error) { return &wrapOnly{src: r}, nil } // want Spool:"keeps p1; wraps p1 in r0; nil r1; r0 is \\*wrapOnly"
func (wrapSpool) sealed2()                                     {}                                // want sealed2:"nothing when zero"

type fnSpool func(io.ReadCloser) (io.ReadCloser, error)

func (f fnSpool) Spool(r io.ReadCloser) (io.ReadCloser, error) { return f(r) } // want Spool:"gives r0 of p0\\(\\) as r0; gives r1 of p0\\(\\) as r1"
func (fnSpool) sealed2()                                       {}              // want sealed2:"nothing when zero"

func DiskSpool(dir string) Spooler2 { // want DiskSpool:"r0 is fnSpool"
	return fnSpool(func(r io.ReadCloser) (io.ReadCloser, error) {
		tmp, err := os.CreateTemp(dir, "x")
		if err != nil {
			return nil, err
		}
		if _, err := io.Copy(tmp, r); err != nil {
			tmp.Close()
			return nil, err
		}
		return tmp, nil
	})
}

func D2(s Spooler2, name string) error {
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

// D3: an implementation that returns a new file on one path.
type Spooler3 interface {
	Spool(r io.ReadCloser, big bool) (io.ReadCloser, error)
	sealed3()
}

type wrap3 struct{}

func (wrap3) Spool(r io.ReadCloser, big bool) (io.ReadCloser, error) { return &wrapOnly{src: r}, nil } // want Spool:"keeps p1; wraps p1 in r0; nil r1; r0 is \\*wrapOnly"
func (wrap3) sealed3()                                               {}                                // want sealed3:"nothing when zero"

type maybeDisk struct{ dir string }

func (m maybeDisk) Spool(r io.ReadCloser, big bool) (io.ReadCloser, error) { // want Spool:"keeps p1; returns p1 as r0"
	if big {
		return os.CreateTemp(m.dir, "x")
	}
	return r, nil
}
func (maybeDisk) sealed3() {} // want sealed3:"nothing when zero"

func D3(s Spooler3, name string) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	sp, err := s.Spool(f, true) // want `sp returned by s.Spool is not closed`
	if err != nil {
		return err
	}
	return send(sp)
}

// D4: an implementation that wraps the other argument.
type Joiner interface {
	Join(a, b io.ReadCloser) io.ReadCloser
	sealed4()
}

type first struct{}

func (first) Join(a, b io.ReadCloser) io.ReadCloser { return a } // want Join:"keeps p1; borrows r0; returns p1 as r0"
func (first) sealed4()                              {}           // want sealed4:"nothing when zero"

type second struct{}

func (second) Join(a, b io.ReadCloser) io.ReadCloser { return &wrapOnly{src: b} } // want Join:"keeps p2; wraps p2 in r0; r0 is \\*wrapOnly"
func (second) sealed4()                              {}                           // want sealed4:"nothing when zero"

func D4(j Joiner, name string) error {
	f, err := os.Open(name) // real leak, reported by neither build: `f returned by os.Open is not closed`
	if err != nil {
		return err
	}
	g, err := os.Open(name + ".2")
	if err != nil {
		f.Close()
		return err
	}
	defer g.Close()
	r := j.Join(f, g)
	defer r.Close()
	return send(r)
}

// D5: implementation returns a field of the receiver, dropping the arg.
type Picker interface {
	Pick(r io.ReadCloser) io.ReadCloser
	sealed5()
}

type passP struct{}

func (passP) Pick(r io.ReadCloser) io.ReadCloser { return r } // want Pick:"keeps p1; borrows r0; returns p1 as r0"
func (passP) sealed5()                           {}           // want sealed5:"nothing when zero"

type cachedP struct{ f *os.File }

func (c *cachedP) Pick(r io.ReadCloser) io.ReadCloser { return c.f } // want Pick:`borrows r0; r0 is \*os\.File; gives p0\.f as r0`
func (*cachedP) sealed5()                             {}             // want sealed5:"nothing when zero; nothing when nil"

func D5(p Picker, name string) error {
	f, err := os.Open(name) // real leak, reported by neither build: `f returned by os.Open is not closed`
	if err != nil {
		return err
	}
	r := p.Pick(f)
	defer r.Close()
	return send(r)
}

// D6: wrapper implementation plus one that returns a NopCloser, whose
// Close leaves the argument open; the caller closes the result only.
type Spooler6 interface {
	Spool(r io.ReadCloser) io.ReadCloser
	sealed6()
}

type wrap6 struct{}

func (wrap6) Spool(r io.ReadCloser) io.ReadCloser { return &wrapOnly{src: r} } // want Spool:"keeps p1; wraps p1 in r0; r0 is \\*wrapOnly"
func (wrap6) sealed6()                            {}                           // want sealed6:"nothing when zero"

type nop6 struct{}

func (nop6) Spool(r io.ReadCloser) io.ReadCloser { return io.NopCloser(r) } // want Spool:"borrows r0"
func (nop6) sealed6()                            {}                         // want sealed6:"nothing when zero"

func D6(s Spooler6, name string) error {
	f, err := os.Open(name) // real leak, reported by neither build: `f returned by os.Open is not closed`
	if err != nil {
		return err
	}
	r := s.Spool(f)
	defer r.Close()
	return send(r)
}
