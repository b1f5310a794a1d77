// Package l has an unexported generic pool whose Acquire dials a new
// connection each call, instantiated here, and uses it through an
// interface at two places that drop the connection.
package l

import (
	"os"

	"review25/api"
)

type Acquirer interface {
	Acquire() (*api.Conn, error)
}

type pool[C interface{ Close() error }] struct {
	dial func() (C, error)
}

func (p *pool[C]) Acquire() (C, error) { return p.dial() }

func dial() (*api.Conn, error) {
	f, err := os.Open("/dev/null")
	if err != nil {
		return nil, err
	}
	return api.NewConn(f), nil
}

func NewPool() Acquirer { return &pool[*api.Conn]{dial: dial} }

func Use(a Acquirer) error {
	c, err := a.Acquire() // want `c returned by a\.Acquire is not closed`
	if err != nil {
		return err
	}
	println(c)
	return nil
}

func UseAgain(a Acquirer) error {
	c, err := a.Acquire() // want `c returned by a\.Acquire is not closed`
	if err != nil {
		return err
	}
	println(c)
	return nil
}
