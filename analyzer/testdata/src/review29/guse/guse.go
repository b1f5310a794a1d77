// Package guse calls methods promoted from a generic instance of a
// package it imports only indirectly.
package guse

import "review29/grepo"

func cb(string) error { return nil } // want cb:`nil r0`

// G1 is fine: ForEach closes.
func G1(p string) error {
	it, err := grepo.Open(p)
	if err != nil {
		return err
	}
	return it.ForEach(cb)
}

// method promoted from a generic instance of an indirect package.
// G2: ForEach leaves g open.
func G2(p string) error {
	it, err := grepo.OpenLeaky(p) // want `it returned by grepo.OpenLeaky is not closed`
	if err != nil {
		return err
	}
	return it.ForEach(cb)
}
