// Package i reads an idep.Store, whose only implementation it can see,
// idep.Journaled, opens a journal file with each reader: the package
// drops what Open gives at two places.
package i

import "review25/idep"

func First(s idep.Store) (byte, error) {
	r, err := s.Open() // want `r returned by s\.Open is not closed`
	if err != nil {
		return 0, err
	}
	b := []byte{0}
	_, err = r.Read(b)
	return b[0], err
}

func Check(s idep.Store) error {
	r, err := s.Open() // want `r returned by s\.Open is not closed`
	if err != nil {
		return err
	}
	_, err = r.Read(nil)
	return err
}
