package errpath

import (
	"fmt"
	"os"
)

// This file: an error checked through a function that gives nil for nil,
// as an artifact client's errorutils.CheckError does.

func checkErr(err error) error { return err } // want checkErr:"keeps p0; returns p0 as r0; nil for nil p0"

var CheckError = func(err error) error { // want CheckError:"keeps p0; returns p0 as r0; nil for nil p0"
	return err
}

func wrapAlways(err error) error { return fmt.Errorf("open: %v", err) } // want wrapAlways:"failing r0"

// SafeCheckedStatic is fine: where checkErr(err) is not nil, err is not.
func SafeCheckedStatic(name string) error {
	f, err := os.Open(name)
	if checkErr(err) != nil {
		return err
	}
	return f.Close()
}

// SafeCheckedVar checks through a package variable that holds the
// function.
func SafeCheckedVar(name string) error {
	f, err := os.Open(name)
	if CheckError(err) != nil {
		return err
	}
	return f.Close()
}

// SafeCheckedAssigned assigns what the check gives back to err.
func SafeCheckedAssigned(name string) error {
	f, err := os.Open(name)
	if err = CheckError(err); err != nil {
		return err
	}
	return f.Close()
}

// leakWrappedAlways returns where an error is made even for a nil one.
func leakWrappedAlways(name string) error {
	f, err := os.Open(name) // want `f returned by os.Open is not closed before the return at line 51`
	if wrapAlways(err) != nil {
		return err
	}
	return f.Close()
}
