package d

import (
	"io"
	"os"
)

// W1
type SpW1 interface {
	Spool(r io.ReadCloser) (io.ReadCloser, error)
	sealedW1()
}

type passW1 struct{}

func (passW1) Spool(r io.ReadCloser) (io.ReadCloser, error) { return r, nil } // want Spool:"keeps p1; borrows r0; returns p1 as r0; nil r1"
func (passW1) sealedW1()                                    {}                // want sealedW1:"nothing when zero"

type tw1 struct {
	src io.ReadCloser
	tmp *os.File
}

func (t *tw1) Read(p []byte) (int, error) { return t.src.Read(p) }                // want Read:"keeps p1"
func (t *tw1) Close() error               { t.tmp.Close(); return t.src.Close() } // want Close:"releases p0; closes p0\\.src,p0\\.tmp"
func (t *tw1) open(dir string) error {
	f, err := os.CreateTemp(dir, "x")
	if err != nil {
		return err
	}
	t.tmp = f
	return nil
}

type implW1 struct{ dir string }

func (s implW1) Spool(r io.ReadCloser) (io.ReadCloser, error) { // want Spool:"keeps p1; wraps p1 in r0; r0 is \\*tw1"
	t := &tw1{src: r}
	if err := t.open(s.dir); err != nil {
		return nil, err
	}
	return t, nil
}

func (implW1) sealedW1() {} // want sealedW1:"nothing when zero"

func W1(s SpW1, name string) error {
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

// W3
type SpW3 interface {
	Spool(r io.ReadCloser) (io.ReadCloser, error)
	sealedW3()
}

type passW3 struct{}

func (passW3) Spool(r io.ReadCloser) (io.ReadCloser, error) { return r, nil } // want Spool:"keeps p1; borrows r0; returns p1 as r0; nil r1"
func (passW3) sealedW3()                                    {}                // want sealedW3:"nothing when zero"

type tw3 struct {
	src io.ReadCloser
	tmp *os.File
}

func (t *tw3) Read(p []byte) (int, error) { return t.src.Read(p) }                // want Read:"keeps p1"
func (t *tw3) Close() error               { t.tmp.Close(); return t.src.Close() } // want Close:"releases p0; closes p0\\.src,p0\\.tmp"

type implW3 struct{ dir string }

func (s implW3) Spool(r io.ReadCloser) (io.ReadCloser, error) { // want Spool:"keeps p1; r0 is \\*tw3"
	t := &tw3{src: r}
	var err error
	t.tmp, err = os.CreateTemp(s.dir, "x")
	if err != nil {
		return nil, err
	}
	return t, nil
}

func (implW3) sealedW3() {} // want sealedW3:"nothing when zero"

func W3(s SpW3, name string) error {
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

// W5
type SpW5 interface {
	Spool(r io.ReadCloser) (io.ReadCloser, error)
	sealedW5()
}

type passW5 struct{}

func (passW5) Spool(r io.ReadCloser) (io.ReadCloser, error) { return r, nil } // want Spool:"keeps p1; borrows r0; returns p1 as r0; nil r1"
func (passW5) sealedW5()                                    {}                // want sealedW5:"nothing when zero"

type tw5 struct {
	src io.ReadCloser
	tmp *os.File
}

func (t tw5) Read(p []byte) (int, error) { return t.src.Read(p) }                // want Read:"keeps p1"
func (t tw5) Close() error               { t.tmp.Close(); return t.src.Close() } // want Close:"releases p0; closes p0\\.src,p0\\.tmp"

type implW5 struct{ dir string }

func (s implW5) Spool(r io.ReadCloser) (io.ReadCloser, error) { // want Spool:"keeps p1; r0 is tw5"
	tmp, err := os.CreateTemp(s.dir, "x")
	if err != nil {
		return nil, err
	}
	return tw5{src: r, tmp: tmp}, nil
}

func (implW5) sealedW5() {} // want sealedW5:"nothing when zero"

func W5(s SpW5, name string) error {
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

// W7
type SpW7 interface {
	Spool(r io.ReadCloser) (io.ReadCloser, error)
	sealedW7()
}

type passW7 struct{}

func (passW7) Spool(r io.ReadCloser) (io.ReadCloser, error) { return r, nil } // want Spool:"keeps p1; borrows r0; returns p1 as r0; nil r1"
func (passW7) sealedW7()                                    {}                // want sealedW7:"nothing when zero"

type implW7 struct{ dir string }

func (s implW7) Spool(r io.ReadCloser) (io.ReadCloser, error) {
	tmp, err := os.CreateTemp(s.dir, "x")
	if err != nil {
		return nil, err
	}
	return struct {
		io.Reader
		io.Closer
	}{r, tmp}, nil
}

func (implW7) sealedW7() {} // want sealedW7:"nothing when zero"

func W7(s SpW7, name string) error {
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

// W8
type SpW8 interface {
	Spool(r io.ReadCloser) (io.ReadCloser, error)
	sealedW8()
}

type passW8 struct{}

func (passW8) Spool(r io.ReadCloser) (io.ReadCloser, error) { return r, nil } // want Spool:"keeps p1; borrows r0; returns p1 as r0; nil r1"
func (passW8) sealedW8()                                    {}                // want sealedW8:"nothing when zero"

type tw8 struct {
	src io.ReadCloser
	tmp *os.File
}

func (t *tw8) Read(p []byte) (int, error) { return t.src.Read(p) }                // want Read:"keeps p1"
func (t *tw8) Close() error               { t.tmp.Close(); return t.src.Close() } // want Close:"releases p0; closes p0\\.src,p0\\.tmp"

func newTW8(r io.ReadCloser, dir string) (*tw8, error) { // want newTW8:"keeps p0; wraps p0 in r0"
	tmp, err := os.CreateTemp(dir, "x")
	if err != nil {
		return nil, err
	}
	return &tw8{src: r, tmp: tmp}, nil
}

type implW8 struct{ dir string }

func (s implW8) Spool(r io.ReadCloser) (io.ReadCloser, error) { // want Spool:"keeps p1; wraps p1 in r0; r0 is \\*tw8"
	t, err := newTW8(r, s.dir)
	if err != nil {
		return nil, err
	}
	return t, nil
}

func (implW8) sealedW8() {} // want sealedW8:"nothing when zero"

func W8(s SpW8, name string) error {
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

// W9
type SpW9 interface {
	Spool(r io.ReadCloser) (io.ReadCloser, error)
	sealedW9()
}

type passW9 struct{}

func (passW9) Spool(r io.ReadCloser) (io.ReadCloser, error) { return r, nil } // want Spool:"keeps p1; borrows r0; returns p1 as r0; nil r1"
func (passW9) sealedW9()                                    {}                // want sealedW9:"nothing when zero"

type tw9 struct {
	src  io.ReadCloser
	done chan struct{}
	tmp  *os.File
}

func (t *tw9) Read(p []byte) (int, error) { return t.src.Read(p) }                // want Read:"keeps p1"
func (t *tw9) Close() error               { close(t.done); return t.src.Close() } // want Close:"releases p0; closes p0\\.src"

var spare *os.File

type implW9 struct{ dir string }

func (s implW9) Spool(r io.ReadCloser) (io.ReadCloser, error) { // want Spool:"keeps p1; wraps p1 in r0; nil r1; r0 is \\*tw9"
	t := &tw9{src: r, done: make(chan struct{})}
	go func() {
		<-t.done
	}()
	return t, nil
}

func (implW9) sealedW9() {} // want sealedW9:"nothing when zero"

func W9(s SpW9, name string) error {
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

// W10
type SpW10 interface {
	Spool(r io.ReadCloser) (io.ReadCloser, error)
	sealedW10()
}

type passW10 struct{}

func (passW10) Spool(r io.ReadCloser) (io.ReadCloser, error) { return r, nil } // want Spool:"keeps p1; borrows r0; returns p1 as r0; nil r1"
func (passW10) sealedW10()                                   {}                // want sealedW10:"nothing when zero"

type tw10 struct {
	src io.ReadCloser
	own io.Closer
}

func (t *tw10) Read(p []byte) (int, error) { return t.src.Read(p) }                // want Read:"keeps p1"
func (t *tw10) Close() error               { t.own.Close(); return t.src.Close() } // want Close:"releases p0; closes p0\\.own,p0\\.src"

func wrapW10(r io.ReadCloser, c io.Closer) *tw10 { return &tw10{src: r, own: c} } // want wrapW10:"keeps p0,p1; wraps p0 in r0"

type implW10 struct{ dir string }

func (s implW10) Spool(r io.ReadCloser) (io.ReadCloser, error) { // want Spool:"keeps p1; wraps p1 in r0; r0 is \\*tw10"
	tmp, err := os.CreateTemp(s.dir, "x")
	if err != nil {
		return nil, err
	}
	return wrapW10(r, tmp), nil
}

func (implW10) sealedW10() {} // want sealedW10:"nothing when zero"

func W10(s SpW10, name string) error {
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
