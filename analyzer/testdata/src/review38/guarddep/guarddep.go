// Package guarddep has line readers whose Next closes them at the end,
// and returns false at once when they are closed, or when Scan failed:
// a failed Scan leaves them open, and Next returns false.
package guarddep

import (
	"bufio"
	"os"
	"strconv"
)

// Rows reads numbers, one a line.
type Rows struct {
	f      *os.File
	sc     *bufio.Scanner
	line   string
	closed bool
	err    error
}

// Open opens name.
func Open(name string) (*Rows, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	return &Rows{f: f, sc: bufio.NewScanner(f)}, nil
}

// Next reads the next line; at the end it closes the rows. After a
// failed Scan it returns false and leaves them open.
func (r *Rows) Next() bool { // want Next:"keeps p0; closes p0\\.f"
	if r.closed || r.err != nil {
		return false
	}
	if !r.sc.Scan() {
		r.err = r.sc.Err()
		r.Close()
		return false
	}
	r.line = r.sc.Text()
	return true
}

// Scan parses the line; a bad line stops the rows.
func (r *Rows) Scan(dst *int) error {
	n, err := strconv.Atoi(r.line)
	if err != nil {
		r.err = err
		return err
	}
	*dst = n
	return nil
}

// Err returns the error that stopped the rows.
func (r *Rows) Err() error { return r.err } // want Err:"nothing when zero; gives p0\\.err as r0"

// Close closes the file.
func (r *Rows) Close() error { // want Close:"releases p0; nothing when zero; closes p0\\.f"
	if r.closed {
		return nil
	}
	r.closed = true
	return r.f.Close()
}

// Split is Rows with the two tests apart: the error test returns false
// without closing, and no guard hides it.
type Split struct {
	f      *os.File
	sc     *bufio.Scanner
	line   string
	closed bool
	err    error
}

// OpenSplit opens name.
func OpenSplit(name string) (*Split, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	return &Split{f: f, sc: bufio.NewScanner(f)}, nil
}

// Next reads the next line.
func (r *Split) Next() bool { // want Next:"keeps p0; closes p0\\.f"
	if r.closed {
		return false
	}
	if r.err != nil {
		return false
	}
	if !r.sc.Scan() {
		r.err = r.sc.Err()
		r.Close()
		return false
	}
	r.line = r.sc.Text()
	return true
}

// Scan parses the line.
func (r *Split) Scan(dst *int) error {
	n, err := strconv.Atoi(r.line)
	if err != nil {
		r.err = err
		return err
	}
	*dst = n
	return nil
}

// Close closes the file.
func (r *Split) Close() error { // want Close:"releases p0; nothing when zero; closes p0\\.f"
	if r.closed {
		return nil
	}
	r.closed = true
	return r.f.Close()
}

// Tail follows a file: Stop ends the iteration by setting the flag that
// Close sets too, and leaves the file open for the caller to Close.
type Tail struct {
	f    *os.File
	sc   *bufio.Scanner
	done bool
	Line string
}

// OpenTail opens name.
func OpenTail(name string) (*Tail, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	return &Tail{f: f, sc: bufio.NewScanner(f)}, nil
}

// Next reads a line; at the end it closes the file.
func (t *Tail) Next() bool { // want Next:"keeps p0; closes p0\\.f"
	if t.done {
		return false
	}
	if !t.sc.Scan() {
		t.Close()
		return false
	}
	t.Line = t.sc.Text()
	return true
}

// Stop ends the iteration; the file stays open until Close.
func (t *Tail) Stop() { t.done = true } // want Stop:"nothing when zero"

// Close closes the file.
func (t *Tail) Close() error { // want Close:"releases p0; nothing when zero; closes p0\\.f"
	t.done = true
	return t.f.Close()
}
