// Package deferholder stores a resource into a field of a new struct
// after a deferred closure that closes the struct again when the
// function's named error result is set: each later return of an error
// releases it.
package deferholder

import (
	"errors"
	"fmt"
	"net"
)

type controller struct {
	cc   net.Conn
	stop func()
}

// Close closes what the controller holds so far: the constructor calls
// it on a half-built value.
func (t *controller) Close() { // want Close:"keeps p0; nothing when zero; closes p0.cc"
	if t.stop != nil {
		t.stop()
	}
	if t.cc != nil {
		t.cc.Close()
	}
}

func lookup(name string) error {
	if name == "" {
		return errors.New("no builder")
	}
	return nil
}

// SafeController is fine: each return after ret.cc = cc gives an error
// that is not nil, so the deferred closure closes ret, and with it cc;
// the last one hands ret, and cc with it, to the caller.
func SafeController(addr string) (_ *controller, retErr error) {
	ret := &controller{}
	defer func() {
		if retErr != nil {
			ret.Close()
		}
	}()
	cc, err := net.Dial("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("dial %s: %v", addr, err)
	}
	ret.cc = cc
	if lookup(addr) != nil {
		return nil, fmt.Errorf("no client builder for %s", addr)
	}
	if err := lookup(addr + "/v3"); err != nil {
		return nil, err
	}
	return ret, nil
}

// SafeFieldClose is fine: the deferred closure closes the field itself
// where the named error is set, and finds it nil only before the store.
func SafeFieldClose(addr string) (_ *controller, retErr error) {
	ret := &controller{}
	defer func() {
		if retErr != nil && ret.cc != nil {
			ret.cc.Close()
		}
	}()
	cc, err := net.Dial("tcp", addr)
	if err != nil {
		return nil, err
	}
	ret.cc = cc
	if err := lookup(addr); err != nil {
		return nil, errors.New("lookup failed")
	}
	return ret, nil
}

// LeakOtherFlag leaks cc: the closure tests the dial's own error, which
// is nil by the time lookup fails.
func LeakOtherFlag(addr string) (_ *controller, retErr error) {
	ret := &controller{}
	var err error
	defer func() {
		if err != nil {
			ret.Close()
		}
	}()
	var cc net.Conn
	cc, err = net.Dial("tcp", addr) // want `cc returned by net.Dial is not closed on all paths: the return at line 97 is reached when lookup\(addr\) != nil at line 96 \(possible resource leak\)`
	if err != nil {
		return nil, err
	}
	ret.cc = cc
	if lookup(addr) != nil {
		return nil, errors.New("no builder")
	}
	return ret, nil
}

// spare is a conn that the package keeps for good.
var spare net.Conn

// LeakOverwritten leaks cc: the field holds another conn by the time
// the deferred closure closes it.
func LeakOverwritten(addr string) (_ *controller, retErr error) {
	ret := &controller{}
	defer func() {
		if retErr != nil {
			ret.Close()
		}
	}()
	cc, err := net.Dial("tcp", addr) // want `cc returned by net.Dial is not closed on all paths: the return at line 121 is reached when err != nil at line 120 \(possible resource leak\)`
	if err != nil {
		return nil, err
	}
	ret.cc = cc
	ret.cc = spare
	if err := lookup(addr); err != nil {
		return nil, err
	}
	return ret, nil
}

// LeakDeferredLate leaks cc: the return of lookup's error comes before
// the closure is deferred.
func LeakDeferredLate(addr string) (_ *controller, retErr error) {
	ret := &controller{}
	cc, err := net.Dial("tcp", addr) // want `cc returned by net.Dial is not closed on all paths: the return at line 136 is reached when err != nil at line 135 \(possible resource leak\)`
	if err != nil {
		return nil, err
	}
	ret.cc = cc
	if err := lookup(addr); err != nil {
		return nil, err
	}
	defer func() {
		if retErr != nil {
			ret.Close()
		}
	}()
	if err := lookup(addr + "/v3"); err != nil {
		return nil, err
	}
	return ret, nil
}

// LeakNilError leaks cc: "return nil, nil" leaves the named error nil,
// so the deferred closure does not close ret, nor is ret returned.
func LeakNilError(addr string) (_ *controller, retErr error) {
	ret := &controller{}
	defer func() {
		if retErr != nil {
			ret.Close()
		}
	}()
	cc, err := net.Dial("tcp", addr) // want `cc returned by net.Dial is not closed on all paths: the return at line 164 is reached when lookup\(addr\) != nil at line 163 \(possible resource leak\)`
	if err != nil {
		return nil, err
	}
	ret.cc = cc
	if lookup(addr) != nil {
		return nil, nil
	}
	return ret, nil
}

type lazy struct {
	cc      net.Conn
	started bool
}

// Close closes the conn only once the value started.
func (t *lazy) Close() { // want Close:"keeps p0; nothing when zero; closes p0.cc"
	if t.started && t.cc != nil {
		t.cc.Close()
	}
}

// LeakNotStarted leaks cc: lookup fails before started is set, and Close
// then leaves cc open (review43).
func LeakNotStarted(addr string) (_ *lazy, retErr error) {
	ret := &lazy{}
	defer func() {
		if retErr != nil {
			ret.Close()
		}
	}()
	cc, err := net.Dial("tcp", addr) // want `cc returned by net.Dial is not closed on all paths: the return at line 196 is reached when err != nil at line 195 \(possible resource leak\)`
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

// LeakMoved leaks cc: emptyConn clears the field through its address
// before lookup fails, so Close finds it nil (review43).
func LeakMoved(addr string) (_ *controller, retErr error) {
	ret := &controller{}
	defer func() {
		if retErr != nil {
			ret.Close()
		}
	}()
	cc, err := net.Dial("tcp", addr) // want `cc returned by net.Dial is not closed on all paths: the return at line 218 is reached when err != nil at line 217 \(possible resource leak\)`
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
