// Package wiring builds the program's store, as main does.
package wiring

import (
	"review21/kvapi"
	"review21/kvfile"
)

func NewStore(dir string) kvapi.Store { return kvfile.Open(dir) } // want NewStore:"borrows r0"
