// Package a reads a Source at two places and closes neither reader: Open
// opens something new each call (the name says so), and the package
// imports no implementation.
package a

import "review25/api"

func FirstByte(s api.Source) (byte, error) {
	r, err := s.Open() // want `r returned by s\.Open is not closed`
	if err != nil {
		return 0, err
	}
	b := make([]byte, 1)
	_, err = r.Read(b)
	return b[0], err
}

func Probe(s api.Source) error {
	r, err := s.Open() // want `r returned by s\.Open is not closed`
	if err != nil {
		return err
	}
	_, err = r.Read(nil)
	return err
}
