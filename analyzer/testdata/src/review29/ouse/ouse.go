package ouse

import "review29/orepo"

func cb(string) error { return nil } // want cb:`nil r0`

// (types of the returning package): the root of iuse U3/U4.
func U3(a, b string) error {
	it, err := orepo.Outer(a, b) // want `it returned by orepo.Outer is not closed`
	if err != nil {
		return err
	}
	return it.ForEach(cb)
}

func U4(a, b string) error {
	it, err := orepo.Wrapped(a, b, true) // want `it returned by orepo.Wrapped is not closed`
	if err != nil {
		return err
	}
	return it.ForEach(cb)
}
