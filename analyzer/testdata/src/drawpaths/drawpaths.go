package drawpaths

import (
	"errors"
	"io"
)

// Renderer draws figures. Its Close ends the figure being drawn ("Z" in a
// path): the package fills a figure after closing it, so Close is a step
// of drawing, not the end of the renderer, whose implementations hold
// nothing but memory.
type Renderer interface { // want Renderer:"holds no resource"
	MoveTo(x, y int)
	LineTo(x, y int)
	Close()
	Fill()
	Save(w io.Writer) error
}

type path struct{ points []int }

// Close ends the figure.
func (p *path) Close() { p.points = append(p.points, -1) } // want Close:"releases nothing"

type vector struct{ p path }

func (v *vector) MoveTo(x, y int)        { v.p.points = append(v.p.points, x, y) }
func (v *vector) LineTo(x, y int)        { v.p.points = append(v.p.points, x, y) }
func (v *vector) Close()                 { v.p.Close() } // want Close:"releases nothing"
func (v *vector) Fill()                  {}              // want Fill:"nothing when zero; nothing when nil"
func (v *vector) Save(w io.Writer) error { _, err := w.Write([]byte("svg")); return err }

// SVG is a Renderer provider.
func SVG(width, height int) (Renderer, error) { return &vector{}, nil } // want SVG:"nil r1; r0 is \\*vector"

func triangle(r Renderer) { // want triangle:"releases p0"
	r.MoveTo(0, 0)
	r.LineTo(1, 0)
	r.LineTo(0, 1)
	r.Close()
	r.Fill()
}

// RenderSafe drops the renderer where the chart is empty: it holds only
// memory.
func RenderSafe(provider func(int, int) (Renderer, error), w io.Writer, empty bool) error { // want RenderSafe:"keeps p1"
	r, err := provider(10, 10)
	if err != nil {
		return err
	}
	if empty {
		return errors.New("empty chart")
	}
	triangle(r)
	return r.Save(w)
}

// Store keeps values. Its only implementation here holds memory, but
// nothing in the package uses a store after closing it: other packages'
// stores may hold files.
type Store interface {
	Put(k, v string)
	Close()
}

type memStore struct{ m map[string]string }

func (s *memStore) Put(k, v string) { s.m[k] = v }
func (s *memStore) Close()          {} // want Close:"releases nothing; nothing when zero; nothing when nil"

func Fill(open func() (Store, error), bad bool) error {
	s, err := open() // want `s returned by open is not closed on all paths`
	if err != nil {
		return err
	}
	if bad {
		return errors.New("bad")
	}
	s.Put("k", "v")
	s.Close()
	return nil
}
