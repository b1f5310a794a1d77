// Package selfclosing reads rows to their end: rows whose Next closes
// them when it returns false (and returns false at once when they are
// already closed) need no Close after the loop.
package selfclosing

import "selfclosing/dep"

// Count reads every row.
func Count(name string) (int, error) {
	rows, err := dep.Query(name)
	if err != nil {
		return 0, err
	}
	n := 0
	for rows.Next() {
		n += len(rows.Values())
	}
	return n, rows.Err()
}

// CountCursor reads a cursor whose Next may return false, paused, with
// the file still open.
func CountCursor(name string) (int, error) {
	c, err := dep.OpenCursor(name) // want `c returned by dep.OpenCursor is not closed`
	if err != nil {
		return 0, err
	}
	n := 0
	for c.Next() {
		n++
	}
	return n, nil
}

// Rows reads a feed through Interface, which reads it to the end: Next
// closes it there, and where reading fails.
func Rows(name string) any {
	c, err := dep.OpenFeed(name)
	if err != nil {
		return err
	}
	rows, err := c.Interface()
	if err != nil {
		return err
	}
	return rows
}

// Tails reads a tail whose Next may return false, paused, with the
// file still open.
func Tails(name string) int {
	t, err := dep.OpenTail(name) // want `t returned by dep.OpenTail is not closed`
	if err != nil {
		return 0
	}
	n := 0
	for t.Next() {
		n++
	}
	return n
}
