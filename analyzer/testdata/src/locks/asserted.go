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

// SafeClose is fine: the element it finds is unlocked through the value
// the assertion gives, and every other one through the interface.
func (m *mock) SafeClose() error {
	for _, next := range m.expected {
		next.Lock()
		if next.done() {
			next.Unlock()
			continue
		}
		if expected, ok := next.(*expectedClose); ok {
			expected.triggered = true
			expected.Unlock()
			return expected.err
		}
		next.Unlock()
	}
	return errors.New("close was not expected")
}

// queryLeak returns holding the element it found when its query differs.
//
// The loop keeps the element it breaks on locked, and the break runs only
// where the assertion held: there expected is the element, which is not
// nil (its Lock would have panicked), so the return where expected == nil
// holds nothing.
func (m *mock) queryLeak(sql string) error {
	var expected *expectedQuery
	var ok bool
	for _, next := range m.expected {
		next.Lock() // want `m.expected\[the mutex\] is locked at line 68 and still held at the return at line 78 \(reached when expected.sql != sql at line 77\)`
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

// SafeQuery is queryLeak fixed: the element it breaks on is unlocked on
// every return after the loop.
func (m *mock) SafeQuery(sql string) error {
	var expected *expectedQuery
	var ok bool
	for _, next := range m.expected {
		next.Lock()
		if next.done() {
			next.Unlock()
			continue
		}
		if expected, ok = next.(*expectedQuery); ok {
			break
		}
		next.Unlock()
	}
	if expected == nil {
		return errors.New("query was not expected")
	}
	defer expected.Unlock()
	if expected.sql != sql {
		return errors.New("unexpected query")
	}
	expected.triggered = true
	return nil
}

// strictLeak breaks out of the loop with the element locked where the
// assertion failed too: expected is nil there, and the return where
// expected == nil leaves the element locked.
func (m *mock) strictLeak(strict bool) error {
	var expected *expectedQuery
	var ok bool
	for _, next := range m.expected {
		next.Lock() // want `m.expected\[the mutex\] is locked at line 119 and still held at the return at line 126 \(reached when expected == nil at line 125\)`
		if expected, ok = next.(*expectedQuery); ok || strict {
			break
		}
		next.Unlock()
	}
	if expected == nil {
		return errors.New("query was not expected")
	}
	expected.Unlock()
	return nil
}
