package locks

// This file locks an element of a list through an interface, and unlocks
// it through the concrete value that a type assertion gives: both lock
// the mutex that the concrete type embeds.

import (
	"errors"
	"sync"
)

type expectation interface {
	Lock()
	Unlock()
	done() bool
}

type common struct {
	sync.Mutex
	triggered bool
}

func (c *common) done() bool { return c.triggered }

type expectedClose struct {
	common
	err error
}

type expectedQuery struct {
	common
	sql string
}

type mock struct {
	expected []expectation
}

// SafeClose is fine: the loop leaves only the element it found locked,
// and that one is unlocked through the asserted value; where none was
// found, expected is nil and nothing is held.
func (m *mock) SafeClose() error {
	var expected *expectedClose
	var ok bool
	for _, next := range m.expected {
		next.Lock()
		if next.done() {
			next.Unlock()
			continue
		}
		if expected, ok = next.(*expectedClose); ok {
			break
		}
		next.Unlock()
	}
	if expected == nil {
		return errors.New("close was not expected")
	}
	expected.triggered = true
	expected.Unlock()
	return expected.err
}

// queryLeak returns holding the element it found when its query differs.
func (m *mock) queryLeak(sql string) error {
	var expected *expectedQuery
	var ok bool
	for _, next := range m.expected {
		next.Lock() // want `m.expected\[the mutex\] is locked at line 69 and still held at the return at line 79 \(reached when expected.sql != sql at line 78\)`
		if expected, ok = next.(*expectedQuery); ok {
			break
		}
		next.Unlock()
	}
	if expected == nil {
		return errors.New("query was not expected")
	}
	if expected.sql != sql {
		return errors.New("unexpected query")
	}
	expected.triggered = true
	expected.Unlock()
	return nil
}
