package dep

import (
	"errors"
	"net"
)

// LeakAssertedFieldStore asserts the concrete hub out of the interface
// and stores the conn into its map itself: no call is given the hub.
func LeakAssertedFieldStore(addr, name string) error {
	h := NewHub(name) // want `h returned by NewHub is not closed on all paths: the return at line 21 is reached when name == "" at line 20 \(possible resource leak\)`
	c, err := net.Dial("tcp", addr)
	if err != nil {
		return err
	}
	hh := h.(*hub)
	hh.Lock()
	hh.conns[c] = true
	hh.Unlock()
	if name == "" {
		return errors.New("no name")
	}
	return h.Close()
}

// SafeAssertedNothing asserts the concrete hub and reads its name only.
func SafeAssertedNothing(name string) (Hub, error) { // want SafeAssertedNothing:"r0 is \\*hub"
	h := NewHub(name) // want `h returned by NewHub is not closed on all paths: the return at line 30 is reached when h.\(\*hub\).name == "" at line 29 \(possible resource leak\)`
	if h.(*hub).name == "" {
		return nil, errors.New("no name")
	}
	return h, nil
}
