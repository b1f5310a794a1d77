// Package accessorsone calls the accessor once: one call is no evidence
// of how the package treats what it gives.
package accessorsone

import "accessorsdep"

func WriteHeader(s accessorsdep.Storage, b []byte) error { // want WriteHeader:"keeps p1"
	w, err := s.Writable() // want `w returned by s.Writable is not closed`
	if err != nil {
		return err
	}
	_, err = w.WriteAt(b, 0)
	return err
}
