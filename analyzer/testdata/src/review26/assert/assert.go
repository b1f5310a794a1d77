// Package assert is shaped as the assertion libraries that tests use:
// each assertion reports a failure through t and says whether it held.
package assert

import (
	"errors"
	"fmt"
)

// TestingT is what an assertion reports a failure to.
type TestingT interface {
	Errorf(format string, args ...any)
}

// Fail reports a failure and says false.
func Fail(t TestingT, msg string, args ...any) bool { // want Fail:"keeps p2"
	t.Errorf("%s", fmt.Sprint(append([]any{msg}, args...)...))
	return false
}

// Error says whether err is not nil, and reports a failure when it is.
func Error(t TestingT, err error, args ...any) bool { // want Error:"keeps p2; false for nil p1"
	if err == nil {
		return Fail(t, "want an error", args...)
	}
	return true
}

// ErrorIs says whether err is target, or wraps it.
func ErrorIs(t TestingT, err, target error, args ...any) bool { // want ErrorIs:"keeps p2,p3; false for nil p1 and non-nil p2"
	if errors.Is(err, target) {
		return true
	}
	return Fail(t, "want "+fmt.Sprint(target), args...)
}

// EqualError says whether err is not nil and says text.
func EqualError(t TestingT, err error, text string, args ...any) bool { // want EqualError:"keeps p3; false for nil p1"
	if !Error(t, err, args...) {
		return false
	}
	if err.Error() != text {
		return Fail(t, "want "+text, args...)
	}
	return true
}

// NoError says whether err is nil.
func NoError(t TestingT, err error, args ...any) bool { // want NoError:"keeps p2; true for nil p1"
	if err != nil {
		return Fail(t, err.Error(), args...)
	}
	return true
}
