// Package iuse2 is iuse's U11 with ibase imported directly.
package iuse2

import (
	_ "review29/ibase"
	"review29/irepo"
)

func cb(string) error { return nil } // want cb:`nil r0`

// U11 is fine.
func U11(r *irepo.Repo) error {
	it, err := r.SliceOrFull(false)
	if err != nil {
		return err
	}
	return it.ForEach(cb)
}
