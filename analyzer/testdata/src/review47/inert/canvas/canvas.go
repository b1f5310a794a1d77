// Package canvas declares a drawing interface whose Close ends a figure;
// the package fills a figure after closing it. One implementation,
// though, streams to a file that its Close closes.
package canvas

import (
	"errors"
	"fmt"
	"os"
)

type Canvas interface {
	LineTo(x, y int)
	Close() error
	Fill()
}

type vec struct{ pts []int }

func (v *vec) LineTo(x, y int) { v.pts = append(v.pts, x, y) }
func (v *vec) Close() error    { v.pts = append(v.pts, -1); return nil } // want Close:"nil r0; releases nothing"
func (v *vec) Fill()           {} // want Fill:"nothing when zero; nothing when nil"

type stream struct{ f *os.File }

func (s *stream) LineTo(x, y int) { fmt.Fprintf(s.f, "L %d %d\n", x, y) }
func (s *stream) Close() error    { return s.f.Close() } // want Close:"releases p0; nothing when zero; closes p0\\.f"
func (s *stream) Fill()           { fmt.Fprintln(s.f, "F") }

func Triangle(c Canvas) { // want Triangle:"releases p0"
	c.LineTo(1, 0)
	c.LineTo(0, 1)
	c.Close()
	c.Fill()
}

// Draw drops the canvas where the chart is empty: for a stream, a file.
func Draw(open func() (Canvas, error), empty bool) error {
	c, err := open() /* LEAK: at the return of line 44 (a stream holds a file). Both builds report it */ // want `c returned by open is not closed on all paths`
	if err != nil {
		return err
	}
	if empty {
		return errors.New("empty")
	}
	Triangle(c)
	return nil
}
