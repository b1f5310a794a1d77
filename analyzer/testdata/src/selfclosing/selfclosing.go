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
