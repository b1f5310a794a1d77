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
// Where a loop keeps the element it breaks on locked and tests the
// assertion's value for nil after it (if expected == nil { return }), the
// return is reported too: the assertion's value is nil where it failed,
// even with the element locked, so the check cannot tell that nothing is
// held there.
func (m *mock) queryLeak(sql string) error {
	var expected *expectedQuery
	var ok bool
	for _, next := range m.expected {
		next.Lock() // want `m.expected\[the mutex\] is locked at line 69 and still held at the return at line 76 \(reached when expected == nil at line 75\)`
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
