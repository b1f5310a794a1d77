// Package dep makes sockets; their types are core's.
package dep

import (
	"review46/capture/api"
	"review46/capture/core"
)

// NewSocket returns a socket that owns its listeners.
func NewSocket() (api.Socket, error) { // want NewSocket:"nil r1; r0 is \\*review46/capture/core\\.socket"
	return core.Make(), nil
}

// NewLoose returns a socket whose listeners are the caller's.
func NewLoose() (api.Socket, error) { // want NewLoose:"borrows r0; nil r1; r0 is \\*review46/capture/core\\.loose"
	return core.MakeLoose(), nil
}
