// Package errmarks is an error library whose predicates see through
// wrapping layers: Is walks the chain of causes, UnwrapAll finds the
// innermost one, and IsExist combines both with the os predicate.
package errmarks

import (
	"errors"
	"os"
)

// ErrExist is the portable "already exists" error.
var ErrExist = os.ErrExist

type causer interface{ Cause() error }

// UnwrapOnce gives the cause of err, or nil.
func UnwrapOnce(err error) error { // want UnwrapOnce:"nil for nil p0"
	switch e := err.(type) {
	case causer:
		return e.Cause()
	case interface{ Unwrap() error }:
		return e.Unwrap()
	}
	return nil
}

// UnwrapAll gives the innermost cause of err: nil for a nil err.
func UnwrapAll(err error) error { // want UnwrapAll:"keeps p0; returns p0 as r0; nil for nil p0"
	for {
		if cause := UnwrapOnce(err); cause != nil {
			err = cause
			continue
		}
		break
	}
	return err
}

// Is reports whether err, or one of its causes, is reference.
func Is(err, reference error) bool { // want Is:"false for nil p0 and non-nil p1"
	if reference == nil {
		return err == reference
	}
	for c := err; c != nil; c = UnwrapOnce(c) {
		if c == reference {
			return true
		}
		if x, ok := c.(interface{ Is(error) bool }); ok && x.Is(reference) {
			return true
		}
	}
	if err == nil {
		return false
	}
	return err.Error() == reference.Error()
}

// IsExist reports whether err says that a file already exists, through
// any wrapping.
func IsExist(err error) bool { // want IsExist:"false for nil p0"
	if Is(err, ErrExist) || os.IsExist(UnwrapAll(err)) {
		return true
	}
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err == ErrExist
	}
	return false
}

var errDefault = errors.New("default")

// orDefault gives errDefault for a nil err: the second time round its
// loop, e is no longer what it was given, so it is no nil for nil.
func orDefault(err error) error { // want orDefault:"keeps p0; returns p0 as r0"
	e := err
	for i := 0; i < 2; i++ {
		if e == nil {
			e = errDefault
		}
	}
	return e
}

// lastCause gives the last cause of err, nil for a nil err, through a
// loop whose variable starts as err.
func lastCause(err error) error { // want lastCause:"nil for nil p0"
	var last error
	for c := err; c != nil; c = UnwrapOnce(c) {
		last = c
	}
	return last
}
