package empty

import (
	"errors"

	"review46/empty/dep"
)

// LeakDialedHubDropped drops a hub whose constructor filled it (the map
// is built before the struct, and the struct given to sync.NewCond): the
// constructor is not taken for an empty one.
func LeakDialedHubDropped(addr, name string) (dep.Hub, error) { // want LeakDialedHubDropped:"r0 is \\*review46/empty/dep\\.hub"
	h, err := dep.NewHubDialed(addr) // want `h returned by dep.NewHubDialed is not closed on all paths: the return at line 18 is reached when name == "" at line 17 \(possible resource leak\)`
	if err != nil {
		return nil, err
	}
	if name == "" {
		return nil, errors.New("no name")
	}
	return h, nil
}
