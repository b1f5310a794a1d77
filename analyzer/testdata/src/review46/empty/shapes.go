package empty

import (
	"errors"
	"net"
	"sync"

	"review46/empty/dep"
)

// LeakSliceLiteralRange attaches through a range over a slice literal
// that holds the hub.
func LeakSliceLiteralRange(addr, name string) error {
	h := dep.NewHub(name)           // MISSED (see README.md): h returned by dep.NewHub is not closed on all paths: the return at line 23 is reached when name == "" at line 22 (possible resource leak)
	c, err := net.Dial("tcp", addr) // want `c returned by net.Dial is not closed on all paths: the return at line 23 is reached when name == "" at line 22 \(possible resource leak\)`
	if err != nil {
		return err
	}
	for _, x := range []dep.Hub{h} {
		x.Attach(c)
	}
	if name == "" {
		return errors.New("no name")
	}
	return h.Close()
}

// LeakOnceDo attaches in a closure given to sync.Once.
func LeakOnceDo(addr, name string) error {
	var once sync.Once
	h := dep.NewHub(name) // MISSED (see README.md): h returned by dep.NewHub is not closed on all paths: the return at line 38 is reached when name == "" at line 37 (possible resource leak)
	c, err := net.Dial("tcp", addr)
	if err != nil {
		return err
	}
	once.Do(func() { h.Attach(c) })
	if name == "" {
		return errors.New("no name")
	}
	return h.Close()
}

// LeakMapOfHubs attaches through a local map that holds the hub.
func LeakMapOfHubs(addr, name string) error {
	h := dep.NewHub(name) // MISSED (see README.md): h returned by dep.NewHub is not closed on all paths: the return at line 53 is reached when name == "" at line 52 (possible resource leak)
	c, err := net.Dial("tcp", addr)
	if err != nil {
		return err
	}
	hubs := map[string]dep.Hub{name: h}
	hubs[name].Attach(c)
	if name == "" {
		return errors.New("no name")
	}
	return h.Close()
}

// attachTo gives c to h.
func attachTo(h dep.Hub, c net.Conn) { h.Attach(c) } // want attachTo:"keeps p1; exposes p1"

// LeakHelperAttach attaches through a helper (a call: filled).
func LeakHelperAttach(addr, name string) error {
	h := dep.NewHub(name) // want `h returned by dep.NewHub is not closed on all paths: the return at line 70 is reached when name == "" at line 69 \(possible resource leak\)`
	c, err := net.Dial("tcp", addr)
	if err != nil {
		return err
	}
	attachTo(h, c)
	if name == "" {
		return errors.New("no name")
	}
	return h.Close()
}

// SafeClosureAttachClosed attaches in a closure and closes the hub on
// every path.
func SafeClosureAttachClosed(addr, name string) error {
	h := dep.NewHub(name)
	c, err := net.Dial("tcp", addr)
	if err != nil {
		return err
	}
	run := func() { h.Attach(c) }
	run()
	if name == "" {
		h.Close()
		return errors.New("no name")
	}
	return h.Close()
}
