// Package dep is a driver whose rows close themselves once Next returns
// false: Next starts by returning false when the rows are already
// closed, the flag that Close sets.
package dep

import (
	"os"
	"sync"
)

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

// Feed is a cursor guarded by a mutex: Next returns false at once on a
// nil feed, and, under the lock, on a closed one; it closes the feed
// where reading fails and at the end.
type Feed struct {
	mu     sync.RWMutex
	f      *os.File
	closed bool
	n      int
	err    error
}

// OpenFeed opens name.
func OpenFeed(name string) (*Feed, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	return &Feed{f: f}, nil
}

// Next reports whether there is a row.
func (c *Feed) Next(dest *string) bool { // want Next:"keeps p0; releases p0 on failure; closes p0.f"
	if c == nil {
		return false
	}
	c.mu.Lock()
	if c.closed {
		c.mu.Unlock()
		return false
	}
	more, err := c.next(dest)
	if err != nil {
		c.err = err
		c.mu.Unlock()
		c.Close()
		return false
	}
	c.mu.Unlock()
	if !more {
		c.Close()
	}
	return more
}

func (c *Feed) next(dest *string) (bool, error) { // want next:"nil r1"
	if c.n < 3 {
		c.n++
		*dest = "row"
		return true, nil
	}
	return false, nil
}

// Err returns the error that ended the rows.
func (c *Feed) Err() error { // want Err:"nothing when zero"
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.err
}

// Interface reads every row that is left and closes the feed.
func (c *Feed) Interface() ([]string, error) { // want Interface:"releases p0"
	if c == nil {
		return nil, os.ErrInvalid
	}
	var rows []string
	var row string
	for c.Next(&row) {
		rows = append(rows, row)
	}
	if err := c.Err(); err != nil {
		return nil, err
	}
	return rows, nil
}

// Close closes the file.
func (c *Feed) Close() error { // want Close:"releases p0; nothing when zero; closes p0.f"
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.closed {
		return nil
	}
	c.closed = true
	return c.f.Close()
}

// Tail is a feed whose guard does more than unlock: where it is
// paused, Next logs and returns false with the file open.
type Tail struct {
	mu     sync.Mutex
	f      *os.File
	paused bool
	n      int
}

// OpenTail opens name.
func OpenTail(name string) (*Tail, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	return &Tail{f: f}, nil
}

// Next reports whether there is a row.
func (t *Tail) Next() bool { // want Next:"keeps p0; closes p0.f"
	t.mu.Lock()
	if t.paused {
		t.mu.Unlock()
		return false
	}
	t.n++
	t.mu.Unlock()
	if t.n > 3 {
		t.Close()
		return false
	}
	return true
}

// Pause stops the tail; its Close does not set paused.
func (t *Tail) Pause() { t.mu.Lock(); t.paused = true; t.mu.Unlock() }

// Close closes the file.
func (t *Tail) Close() error { return t.f.Close() } // want Close:"releases p0; nothing when zero; closes p0.f"
