// Package inet declares an iterator over a connection whose ForEach does
// not close it.
package inet

import (
	"errors"
	"net"

	"review29/ibase"
)

type connIter struct{ c net.Conn }

func (it *connIter) Next() (string, error) { return "", errors.New("eof") } // want Next:"failing r1"

func (it *connIter) ForEach(cb func(string) error) error { // want ForEach:`gives r0 of p1\(\) as r0`
	for {
		s, err := it.Next()
		if err != nil {
			return nil
		}
		if err := cb(s); err != nil {
			return err
		}
	}
}

func (it *connIter) Close() { it.c.Close() } // want Close:`releases p0; closes p0\.c`

func New(c net.Conn) ibase.Iter { return &connIter{c: c} } // want New:`keeps p0; wraps p0 in r0; r0 is \*connIter`
