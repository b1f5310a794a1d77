// Package m closes what Open gives in one function through a generic
// helper, and drops it at two others.
package m

import (
	"io"

	"review25/api"
)

func closeIt[C io.Closer](c C) error { return c.Close() } // want closeIt:"releases p0"

func All(s api.Source) ([]byte, error) {
	r, err := s.Open()
	if err != nil {
		return nil, err
	}
	b, err := io.ReadAll(r)
	if cerr := closeIt(r); err == nil {
		err = cerr
	}
	return b, err
}

func One(s api.Source) (byte, error) {
	r, err := s.Open() // want `r returned by s\.Open is not closed`
	if err != nil {
		return 0, err
	}
	b := []byte{0}
	_, err = r.Read(b)
	return b[0], err
}

func Two(s api.Source) error {
	r, err := s.Open() // want `r returned by s\.Open is not closed`
	if err != nil {
		return err
	}
	_, err = r.Read(nil)
	return err
}
