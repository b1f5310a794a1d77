// Package empty probes the rules of eb6d2d2 and 6f4cdda that make a
// constructor's interface result "born empty" (onlyLocksThrough), that
// count it filled at any call it goes to (mayFill) and that let an
// interface method fill it only on success (failsEmpty).
package empty

import (
	"errors"
	"net"

	"review46/empty/dep"
)

// LeakAssertedAttach gives the conn to the hub through an optional
// interface asserted out of it, then drops the hub (and the conn in it)
// when name is empty. The assertion's result is followed as the hub, so
// its call fills it: reported.
func LeakAssertedAttach(addr, name string) error {
	h := dep.NewHub(name) // want `h returned by dep.NewHub is not closed on all paths: the return at line 30 is reached when name == "" at line 29 \(possible resource leak\)`
	c, err := net.Dial("tcp", addr)
	if err != nil {
		return err
	}
	if a, ok := h.(dep.Attacher); ok {
		a.Attach(c)
	} else {
		c.Close()
	}
	if name == "" {
		return errors.New("no name")
	}
	return h.Close()
}

// LeakMethodValue attaches through a method value of the hub.
func LeakMethodValue(addr, name string) error {
	h := dep.NewHub(name) // want `h returned by dep.NewHub is not closed on all paths: the return at line 45 is reached when name == "" at line 44 \(possible resource leak\)`
	c, err := net.Dial("tcp", addr)
	if err != nil {
		return err
	}
	attach := h.Attach
	attach(c)
	if name == "" {
		return errors.New("no name")
	}
	return h.Close()
}

// LeakClosureAttach attaches in a closure that it calls at once.
func LeakClosureAttach(addr, name string) error {
	h := dep.NewHub(name) // want `h returned by dep.NewHub is not closed on all paths: the return at line 60 is reached when name == "" at line 59 \(possible resource leak\)`
	c, err := net.Dial("tcp", addr)
	if err != nil {
		return err
	}
	run := func() { h.Attach(c) }
	run()
	if name == "" {
		return errors.New("no name")
	}
	return h.Close()
}

// LeakGoAttach attaches in a goroutine.
func LeakGoAttach(addr, name string, done chan struct{}) error { // want LeakGoAttach:"keeps p2"
	h := dep.NewHub(name) // MISSED (see README.md): h returned by dep.NewHub is not closed on all paths: the return at line 78 is reached when name == "" at line 77 (possible resource leak)
	c, err := net.Dial("tcp", addr)
	if err != nil {
		return err
	}
	go func() {
		h.Attach(c)
		close(done)
	}()
	<-done
	if name == "" {
		return errors.New("no name")
	}
	return h.Close()
}

// attachAll gives c to the first hub and nothing else: it keeps no hub.
func attachAll(c net.Conn, hs ...dep.Hub) { // want attachAll:"keeps p0; exposes p0"
	if len(hs) > 0 {
		hs[0].Attach(c)
		return
	}
	c.Close()
}

// LeakVariadicAttach gives the hub to attachAll in its variadic slice.
func LeakVariadicAttach(addr, name string) error {
	h := dep.NewHub(name) // want `h returned by dep.NewHub is not closed on all paths: the return at line 101 is reached when name == "" at line 100 \(possible resource leak\)`
	c, err := net.Dial("tcp", addr)
	if err != nil {
		return err
	}
	attachAll(c, h)
	if name == "" {
		return errors.New("no name")
	}
	return h.Close()
}

type relay struct {
	hub  dep.Hub
	name string
}

// LeakThroughLocalStruct puts the hub in a local struct and attaches
// through its field.
func LeakThroughLocalStruct(addr, name string) error {
	r := &relay{hub: dep.NewHub(name), name: name} // want `the dep.Hub returned by dep.NewHub is not closed on all paths: the return at line 121 is reached when name == "" at line 120 \(possible resource leak\)`
	c, err := net.Dial("tcp", addr)
	if err != nil {
		return err
	}
	r.hub.Attach(c)
	if name == "" {
		return errors.New("no name")
	}
	return r.hub.Close()
}

// LeakDirectAttach attaches directly: the control case.
func LeakDirectAttach(addr, name string) error {
	h := dep.NewHub(name) // want `h returned by dep.NewHub is not closed on all paths: the return at line 135 is reached when name == "" at line 134 \(possible resource leak\)`
	c, err := net.Dial("tcp", addr)
	if err != nil {
		return err
	}
	h.Attach(c)
	if name == "" {
		return errors.New("no name")
	}
	return h.Close()
}

// SafeDropUnattached drops a hub that holds nothing.
func SafeDropUnattached(name string) (dep.Hub, error) { // want SafeDropUnattached:"r0 is \\*review46/empty/dep\\.hub"
	h := dep.NewHub(name)
	if name == "" {
		return nil, errors.New("no name")
	}
	return h, nil
}
