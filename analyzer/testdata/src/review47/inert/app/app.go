// Package app uses a Querier it is given, whatever the driver.
package app

import (
	"errors"

	"review47/inert/rows"
)

// First returns the first row; where the result is empty it returns
// without closing the rows, which for a network driver hold a
// connection.
func First(q rows.Querier, query string) (string, error) {
	r, err := q.Query(query) /* LEAK: at the return of line 19. MISSED by be3a333, reported since its narrowing; (old build reports it): rows.Rows "holds no resource" since rows.Collect calls Err after Close and memRows is its only implementation there */ // want `r returned by q\.Query is not closed on all paths`
	if err != nil {
		return "", err
	}
	if !r.Next() {
		return "", errors.New("no rows")
	}
	var s string
	err = r.Scan(&s)
	r.Close()
	return s, err
}
