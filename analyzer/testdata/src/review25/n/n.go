// Package n closes what api.GSource's Open gives in a generic helper, and
// drops it at two places that use GSource[string]: the method of each
// instantiation is another object, so the close is not seen.
package n

import (
	"io"

	"review25/api"
)

func ReadAll[K any](s api.GSource[K]) ([]byte, error) {
	r, err := s.Open()
	if err != nil {
		return nil, err
	}
	defer r.Close()
	return io.ReadAll(r)
}

func First(s api.GSource[string]) (byte, error) {
	r, err := s.Open() // want `r returned by s\.Open is not closed`
	if err != nil {
		return 0, err
	}
	b := []byte{0}
	_, err = r.Read(b)
	return b[0], err
}

func Check(s api.GSource[string]) error {
	r, err := s.Open() // want `r returned by s\.Open is not closed`
	if err != nil {
		return err
	}
	_, err = r.Read(nil)
	return err
}
