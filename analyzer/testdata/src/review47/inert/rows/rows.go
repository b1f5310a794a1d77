// Package rows declares a result-set interface, in the style of
// database/sql: callers check Err after Close. Its own implementation
// serves cached rows from memory; drivers in other packages implement it
// over connections.
package rows

import "errors"

// Rows is a result set.
type Rows interface {
	Next() bool
	Scan(dst *string) error
	Close() error
	Err() error
}

// Querier runs queries.
type Querier interface {
	Query(q string) (Rows, error)
}

type memRows struct {
	vals []string
	i    int
}

func (m *memRows) Next() bool { m.i++; return m.i <= len(m.vals) }
func (m *memRows) Scan(dst *string) error {
	if m.i == 0 || m.i > len(m.vals) {
		return errors.New("no row")
	}
	*dst = m.vals[m.i-1]
	return nil
}
func (m *memRows) Close() error { return nil } // want Close:"nil r0; releases nothing; nothing when zero; nothing when nil"
func (m *memRows) Err() error   { return nil } // want Err:"nil r0; nothing when zero; nothing when nil"

// Cached serves rows from memory.
func Cached(vals []string) Rows { return &memRows{vals: vals} } // want Cached:"borrows r0; r0 is \\*memRows"

// Collect reads every row, closes the set and reports its error, the
// database/sql idiom: Err after Close.
func Collect(r Rows) ([]string, error) { // want Collect:"releases p0"
	var out []string
	for r.Next() {
		var s string
		if err := r.Scan(&s); err != nil {
			r.Close()
			return nil, err
		}
		out = append(out, s)
	}
	r.Close()
	return out, r.Err()
}
