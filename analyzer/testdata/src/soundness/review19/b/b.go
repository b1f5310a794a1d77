// Package b gives package a's functions values of its own where a's API
// lets it.
package b

import (
	"os"

	"soundness/review19/a"
)

func Use() {
	a.SetHook(os.Open)
	a.Boxed.V = os.Open
	var c a.Config
	c.Hook = os.Open
	_ = c
}
