// Package deferholder probes rule 4 (e70320d): a closure deferred before a
// local struct gets a resource, that closes the struct's field when the
// named error is set, releases it at failing returns.
package deferholder

import (
	"errors"
	"fmt"
	"net"
)

type controller struct {
	cc      net.Conn
	started bool
}

// Close closes the conn only once the controller started.
func (t *controller) Close() { // want Close:"keeps p0; nothing when zero; closes p0\\.cc"
	if t.started && t.cc != nil {
		t.cc.Close()
	}
}

func lookup(name string) error {
	if name == "" {
		return errors.New("no builder")
	}
	return nil
}

// LeakNotStarted fails before the controller started: Close leaves cc
// open.
func LeakNotStarted(addr string) (_ *controller, retErr error) {
	ret := &controller{}
	defer func() {
		if retErr != nil {
			ret.Close()
		}
	}()
	cc, err := net.Dial("tcp", addr) // want `cc returned by net\.Dial is not closed`
	if err != nil {
		return nil, err
	}
	ret.cc = cc
	if err := lookup(addr); err != nil {
		return nil, fmt.Errorf("lookup: %w", err)
	}
	ret.started = true
	return ret, nil
}

type plain struct{ cc net.Conn }

func (p *plain) Close() { // want Close:"keeps p0; nothing when zero; closes p0\\.cc"
	if p.cc != nil {
		p.cc.Close()
	}
}

// LeakRedial dials once per address into the same field: a later dial
// overwrites the conn of the turn before.
func LeakRedial(addrs []string) (_ *plain, retErr error) {
	ret := &plain{}
	defer func() {
		if retErr != nil {
			ret.Close()
		}
	}()
	for _, a := range addrs {
		cc, err := net.Dial("tcp", a) // want `cc returned by net\.Dial is not closed`
		if err != nil {
			return nil, err
		}
		ret.cc = cc
		if err := lookup(a); err != nil {
			return nil, fmt.Errorf("lookup %s: %w", a, err)
		}
	}
	return ret, nil
}

// swallow turns a "not found" into success.
func swallow(err error) error { // want swallow:"keeps p0; returns p0 as r0; nil for nil p0"
	if err.Error() == "no builder" {
		return nil
	}
	return err
}

// LeakSwallowed returns swallow(err), which may be nil: the deferred
// closure then leaves cc open and ret is not returned.
func LeakSwallowed(addr string) (_ *plain, retErr error) {
	ret := &plain{}
	defer func() {
		if retErr != nil {
			ret.Close()
		}
	}()
	cc, err := net.Dial("tcp", addr) // want `cc returned by net\.Dial is not closed`
	if err != nil {
		return nil, err
	}
	ret.cc = cc
	if err := lookup(addr); err != nil {
		return nil, swallow(err)
	}
	return ret, nil
}

// LeakMoved hands the conn to another holder before the failing return;
// the deferred close then finds the field emptied through a pointer.
func LeakMoved(addr string) (_ *plain, retErr error) {
	ret := &plain{}
	defer func() {
		if retErr != nil {
			ret.Close()
		}
	}()
	cc, err := net.Dial("tcp", addr) // want `cc returned by net\.Dial is not closed`
	if err != nil {
		return nil, err
	}
	ret.cc = cc
	emptyConn(&ret.cc)
	if err := lookup(addr); err != nil {
		return nil, fmt.Errorf("lookup: %w", err)
	}
	return ret, nil
}

// emptyConn empties the field that p points to.
func emptyConn(p *net.Conn) { *p = nil }
