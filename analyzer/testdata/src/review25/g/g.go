// Package g instantiates api.Pool, whose Acquire dials a new connection,
// and uses it through api.Acquirer at two places that drop what Acquire
// gives.
package g

import (
	"os"

	"review25/api"
)

func dial() (*api.Conn, error) {
	f, err := os.Open("/dev/null")
	if err != nil {
		return nil, err
	}
	return api.NewConn(f), nil
}

var pool api.Acquirer = &api.Pool[*api.Conn]{Dial: dial}

func Use(a api.Acquirer) error {
	c, err := a.Acquire() // want `c returned by a\.Acquire is never used, and so never closed`
	if err != nil {
		return err
	}
	_ = c
	return nil
}

func UseAgain(a api.Acquirer) error {
	c, err := a.Acquire() // want `c returned by a\.Acquire is never used, and so never closed`
	if err != nil {
		return err
	}
	_ = c
	return nil
}
