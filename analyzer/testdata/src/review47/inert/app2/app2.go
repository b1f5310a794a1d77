// Package app2 imports the network driver itself: it sees connRows, so
// rows.Rows holds a resource here.
package app2

import (
	"errors"

	"review47/inert/netrows"
	"review47/inert/rows"
)

func First(addr, query string) (string, error) {
	var q rows.Querier = &netrows.DB{Addr: addr}
	r, err := q.Query(query) /* LEAK: at the return of line 19. Both builds report it */ // want `r returned by q\.Query is not closed on all paths`
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
