// Package review holds leaks that the rules removing false alarms must
// still find, beside the safe code those rules are for.
package review

import (
	"errors"
	"io/fs"
	"net"
	"os"
	"sync"
)

// worker runs a loop that its Close stops by closing a channel that never
// leaves it; the loop runs on a goroutine that sync.WaitGroup.Go starts.
type worker struct {
	done chan struct{}
	wg   sync.WaitGroup
	n    int
}

func newWorker() *worker { return &worker{done: make(chan struct{})} } // want newWorker:"dormant r0"

func (w *worker) start() { w.wg.Go(w.loop) } // want start:"keeps p0"

func (w *worker) loop() {
	for {
		select {
		case <-w.done:
			return
		default:
			w.n++
		}
	}
}

func (w *worker) Close() { close(w.done) }

// leakWorker leaks the loop's goroutine when it fails: the channel that
// Close closes is waited on by a goroutine that the package starts
// through a method value handed to WaitGroup.Go.
func leakWorker(fail bool) error {
	w := newWorker() // want `w returned by newWorker is not closed on all paths`
	w.start()
	if fail {
		return errors.New("failed")
	}
	w.Close()
	return nil
}

// gate is a semaphore whose Close wakes the callers blocked in enter; no
// goroutine of the package can wait on it.
type gate struct{ tokens chan struct{} }

func newGate() *gate { return &gate{tokens: make(chan struct{}, 1)} }

func (g *gate) enter() { g.tokens <- struct{}{} }

func (g *gate) Close() { close(g.tokens) } // want Close:"releases nothing"

// SafeGate is fine: only the callers of enter, who hold the gate, can
// wait on its channel.
func SafeGate(fail bool) error {
	g := newGate()
	g.enter()
	if fail {
		return errors.New("failed")
	}
	return nil
}

// Cursor is sealed: only this package implements it.
type Cursor interface {
	Next() bool
	Close() error
	cursor()
}

type memCursor struct{ rows []string }

func (c *memCursor) Next() bool   { return len(c.rows) > 0 }
func (c *memCursor) Close() error { return nil } // want Close:"releases nothing"
func (c *memCursor) cursor()      {}             // want cursor:"nothing when zero; nothing when nil"

// fileCursor reads rows of any type from a file, which Close closes.
type fileCursor[T any] struct {
	f   *os.File
	row T
}

func (c *fileCursor[T]) Next() bool   { return false }
func (c *fileCursor[T]) Close() error { return c.f.Close() } // want Close:"releases p0; nothing when zero; closes p0.f"
func (c *fileCursor[T]) cursor()      {}                     // want cursor:"nothing when zero; nothing when nil"

func openCursor(name string) (Cursor, error) {
	if name == "" {
		return &memCursor{}, nil
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	return &fileCursor[string]{f: f}, nil
}

// leakCursor leaks the file of a fileCursor: a generic implementation of
// the sealed interface holds a resource.
func leakCursor(name string) (bool, error) {
	c, err := openCursor(name) // want `c returned by openCursor is not closed`
	if err != nil {
		return false, err
	}
	return c.Next(), nil
}

// Rows is sealed too, and its generic implementation holds nothing.
type Rows interface { // want Rows:"holds no resource"
	Next() bool
	Close() error
	rows()
}

type sliceRows[T any] struct{ items []T }

func (r *sliceRows[T]) Next() bool   { return len(r.items) > 0 }
func (r *sliceRows[T]) Close() error { return nil } // want Close:"releases nothing"
func (r *sliceRows[T]) rows()        {}             // want rows:"nothing when zero; nothing when nil"

func queryRows(items []int) Rows { return &sliceRows[int]{items: items} }

// SafeSliceRows is fine: every implementation of Rows holds nothing.
func SafeSliceRows(items []int) bool {
	r := queryRows(items)
	return r.Next()
}

func check(f *os.File) error {
	_, err := f.Stat()
	return err
}

// leakReassignedErr leaks f when check fails with a *fs.PathError: there
// err is no longer the error of os.Open.
func leakReassignedErr(name string) error {
	f, err := os.Open(name) // want `f returned by os.Open is not closed`
	if err == nil {
		err = check(f)
	}
	if pe, ok := err.(*fs.PathError); ok {
		return pe
	}
	if err != nil {
		return err
	}
	return f.Close()
}

// SafeEitherDial is fine: err is the error of whichever Dial ran, and
// where the assertion holds that Dial returned no conn.
func SafeEitherDial(primary bool) error {
	var c net.Conn
	var err error
	if primary {
		c, err = net.Dial("tcp", "a:1")
	} else {
		c, err = net.Dial("tcp", "b:1")
	}
	if ne, ok := err.(net.Error); ok && ne.Timeout() {
		return ne
	}
	if err != nil {
		return err
	}
	return c.Close()
}

// SafeOpenOrCreate is fine: err joins the errors of both calls, but a
// path that holds the first file never ran the second, which runs only
// where the first failed; where the assertion holds, err is not nil.
func SafeOpenOrCreate(name string) error {
	f, err := os.OpenFile(name, os.O_RDWR, 0)
	if os.IsNotExist(err) {
		f, err = os.OpenFile(name, os.O_RDWR|os.O_CREATE, 0o644)
	}
	if pe, ok := err.(*fs.PathError); ok {
		return pe
	}
	if err != nil {
		return err
	}
	return f.Close()
}
