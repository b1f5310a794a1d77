// Package recursion holds leaks that the guess made for recursive calls
// must not hide: decorators that call each other through an interface
// whose sources are in other packages, and a tree whose leaves open.
package recursion

import (
	"io"
	"log"
	"os"
	"path"
)

// Source opens named blobs: the package has decorators only; the sources
// that open files or connections live in the packages that use it.
type Source interface {
	Open(name string) (io.ReadCloser, error)
}

// Logged logs every open.
type Logged struct{ Inner Source }

func (l Logged) Open(name string) (io.ReadCloser, error) {
	log.Printf("open %s", name)
	return l.Inner.Open(name)
}

// Prefixed opens names under a prefix.
type Prefixed struct {
	Inner  Source
	Prefix string
}

func (p Prefixed) Open(name string) (io.ReadCloser, error) {
	return p.Inner.Open(path.Join(p.Prefix, name))
}

// ReadAll reads a blob and never closes it.
func ReadAll(s Source, name string) ([]byte, error) {
	rc, err := s.Open(name) // want `rc returned by s.Open is not closed`
	if err != nil {
		return nil, err
	}
	return io.ReadAll(rc)
}

// node is a tree of readers: a leaf opens its blob through a source, an
// inner node asks its first child.
type node struct {
	kids []*node
	src  Source
	name string
}

func (n *node) open() (io.ReadCloser, error) {
	if len(n.kids) > 0 {
		return n.kids[0].open()
	}
	return n.src.Open(n.name)
}

// FirstByte reads one byte of the tree's first leaf and never closes it.
func (n *node) FirstByte() (byte, error) {
	rc, err := n.open() // want `rc returned by n.open is not closed`
	if err != nil {
		return 0, err
	}
	var b [1]byte
	_, err = rc.Read(b[:])
	return b[0], err
}

// reopen opens the next file of a chain by calling itself: on every hop
// the file it returns is a new one, not the one it was given.
func reopen(f *os.File, tries int) (*os.File, error) { // want reopen:"keeps p0; returns p0 as r0"
	if tries == 0 {
		return f, nil
	}
	g, err := os.Open(f.Name() + ".next")
	if err != nil {
		return nil, err
	}
	return reopen(g, tries-1)
}

// StatNext leaks the file reopen returns after a hop.
func StatNext(name string) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	g, err := reopen(f, 2) // want `g returned by reopen is not closed`
	if err != nil {
		return err
	}
	_, err = g.Stat()
	return err
}
