// Package hook replaces dep's variables, in its initialization and in a
// function.
package hook

import (
	"os"

	"review29/dep"
)

func init() { dep.Open = os.Open }

// UseOSForLit replaces dep.Lit.
func UseOSForLit() { dep.Lit = os.Open }
