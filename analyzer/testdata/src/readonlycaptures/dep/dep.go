// Package dep makes sockets; their type is core's, which its callers do
// not import.
package dep

import (
	"readonlycaptures/api"
	"readonlycaptures/core"
)

// NewSocket returns a socket.
func NewSocket() (api.Socket, error) { // want NewSocket:"nil r1; r0 is \\*readonlycaptures/core.socket"
	return core.Make(), nil
}

// Other returns a socket of a type its callers cannot know.
func Other() api.Socket { return nil }
