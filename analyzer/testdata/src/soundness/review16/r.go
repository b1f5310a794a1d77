// Package review16 holds real leaks written against the rules of one
// round (ok flags, references dropped, lists that keep their entries,
// parts of an owner, methods that Close repeats), each in the shape a
// rule accepts but where its assumption fails. The build before the
// round (f6d3a43) reported each, and the rules as they stand report each
// again (the wants).
package review16

import (
	"errors"
	"io"
	"os"
)

// openScript opens a script, or returns nil and false.
func openScript(name string) (*os.File, bool) { // want openScript:"r1 says r0 is new"
	f, err := os.Open(name)
	if err != nil {
		return nil, false
	}
	return f, true
}

// okInvertedLeak returns where ok holds, and so f is open there.
func okInvertedLeak(name string) bool {
	f, ok := openScript(name) // want `f returned by openScript is never used, and so never closed \(resource leak\)`
	if ok {
		return true
	}
	_ = f
	return false
}

// okOtherFlagLeak tests the flag of the second call only: the first
// file is open where the second one is missing.
func okOtherFlagLeak(a, b string) error {
	f, ok := openScript(a) // want `f returned by openScript is not closed before the return at line 40 \(possible resource leak\)`
	g, ok2 := openScript(b)
	if !ok2 {
		return errors.New("no b")
	}
	defer g.Close()
	if ok {
		defer f.Close()
	}
	return nil
}

// okLoopLeak returns from a loop where the file was opened.
func okLoopLeak(name string, n int) int {
	f, ok := openScript(name) // want `f returned by openScript is not closed on all paths: the return at line 54 is reached when i > 2 at line 53 \(possible resource leak\)`
	for i := 0; i < n; i++ {
		if ok && i > 2 {
			return i
		}
	}
	if ok {
		f.Close()
	}
	return n
}

// okSwitchLeak forgets f in one case of a switch that tests ok first.
func okSwitchLeak(name string, mode int) error {
	f, ok := openScript(name) // want `f returned by openScript is not closed on all paths: the return at line 70 is reached when mode == 1 at line 69 \(possible resource leak\)`
	switch {
	case !ok:
		return errors.New("missing")
	case mode == 1:
		return nil
	}
	return f.Close()
}

// entry is an element of a doubly linked list.
type entry struct {
	next, prev *entry
	v          io.Closer
}

type list struct {
	root entry
	n    int
}

// insert links e after at and returns e.
func (l *list) insert(e, at *entry) *entry { // want insert:"keeps p1,p2; returns p1 as r0"
	e.prev = at
	e.next = at.next
	e.prev.next = e
	e.next.prev = e
	l.n++
	return e
}

// insertLocalLeak links the file's entry after a node of its own, which
// nothing keeps after the return.
func insertLocalLeak(l *list, name string) error {
	f, err := os.Open(name) // want `f returned by os\.Open is not closed before the return at line 106 \(possible resource leak\)`
	if err != nil {
		return err
	}
	var at entry
	at.next = &at
	l.insert(&entry{v: f}, &at)
	return nil
}
