// Package require is shaped as the assertion libraries whose assertions
// end the test when they fail.
package require

import "review26/assert"

// TestingT is what an assertion reports a failure to.
type TestingT interface {
	Errorf(format string, args ...any)
	FailNow()
}

// Error ends the test unless err is not nil.
func Error(t TestingT, err error, args ...any) { // want Error:"keeps p2; returns for non-nil p1"
	if assert.Error(t, err, args...) {
		return
	}
	t.FailNow()
}

// ErrorIs ends the test unless err is target, or wraps it.
func ErrorIs(t TestingT, err, target error, args ...any) { // want ErrorIs:"keeps p2,p3; returns for non-nil p1 and non-nil p2"
	if assert.ErrorIs(t, err, target, args...) {
		return
	}
	t.FailNow()
}

// EqualError ends the test unless err is not nil and says text.
func EqualError(t TestingT, err error, text string, args ...any) { // want EqualError:"keeps p3; returns for non-nil p1"
	if !assert.EqualError(t, err, text, args...) {
		t.FailNow()
	}
}

// NoError ends the test unless err is nil.
func NoError(t TestingT, err error, args ...any) { // want NoError:"keeps p2"
	if assert.NoError(t, err, args...) {
		return
	}
	t.FailNow()
}

// Logged reports a failure when err is nil, and goes on.
func Logged(t TestingT, err error) {
	if err == nil {
		t.Errorf("want an error")
	}
}
