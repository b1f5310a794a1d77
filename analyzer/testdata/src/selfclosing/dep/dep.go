// Package dep is a driver whose rows close themselves once Next returns
// false: Next starts by returning false when the rows are already
// closed, the flag that Close sets.
package dep

import "os"

// Rows is the result of a query.
type Rows interface {
	Next() bool
	Values() []string
	Err() error
	Close()
}

type fileRows struct {
	f      *os.File
	closed bool
	n      int
	err    error
}

// Query opens name as a result set.
func Query(name string) (Rows, error) { // want Query:"r0 is \\*fileRows"
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	return &fileRows{f: f}, nil
}

func (r *fileRows) Next() bool { // want Next:"keeps p0; releases p0 on failure; closes p0.f"
	if r.closed {
		return false
	}
	if r.n < 3 {
		r.n++
		return true
	}
	r.Close()
	return false
}

func (r *fileRows) Values() []string { return nil }

func (r *fileRows) Err() error { return r.err } // want Err:"nothing when zero; gives p0.err as r0"

func (r *fileRows) Close() { // want Close:"releases p0; nothing when zero; closes p0.f"
	if r.closed {
		return
	}
	r.closed = true
	r.err = r.f.Close()
}

// Cursor is a second kind of rows, whose Next returns false on a flag
// that Close does not set: where it is set, the file is still open.
type Cursor struct {
	f      *os.File
	paused bool
	n      int
}

// OpenCursor opens name.
func OpenCursor(name string) (*Cursor, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	return &Cursor{f: f}, nil
}

// Next reports whether there is a row; it closes the cursor at the end.
func (c *Cursor) Next() bool { // want Next:"keeps p0; closes p0.f"
	if c.paused {
		return false
	}
	if c.n < 3 {
		c.n++
		return true
	}
	c.Close()
	return false
}

// Pause stops the cursor without closing it.
func (c *Cursor) Pause() { c.paused = true } // want Pause:"nothing when zero"

// Close closes the file.
func (c *Cursor) Close() { c.f.Close() } // want Close:"releases p0; nothing when zero; closes p0.f"
