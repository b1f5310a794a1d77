// Package casecond probes caseCondition (report.go, eb6d2d2): a switch
// case's condition is rendered "tag == expr".
package casecond

import (
	"io"
	"os"
)

var errs = []error{io.EOF, os.ErrClosed}

type reader struct {
	stops []error
	last  error
}

func (r *reader) stop() error { return r.last } // want stop:"nothing when zero; gives p0\\.last as r0"

// LeakCaseIndex leaves f open when the read's error is errs[1].
func LeakCaseIndex(name string) error {
	f, err := os.Open(name) // want `f returned by os.Open is not closed on all paths: the return at line 28 is reached when err == errs\[1\] at line 27 \(possible resource leak\)`
	if err != nil {
		return err
	}
	_, err = f.Read(make([]byte, 1))
	switch err {
	case errs[1]:
		return nil
	case nil:
	}
	return f.Close()
}

// LeakCaseFieldIndex compares with an element of a field.
func LeakCaseFieldIndex(name string, r *reader) error {
	f, err := os.Open(name) // want `f returned by os.Open is not closed on all paths: the return at line 43 is reached when err == r.stops\[0\] at line 42 \(possible resource leak\)`
	if err != nil {
		return err
	}
	_, err = f.Read(make([]byte, 1))
	switch err {
	case r.stops[0]:
		return nil
	case nil:
	}
	return f.Close()
}

// LeakCaseMethodCall compares with what a method returns.
func LeakCaseMethodCall(name string, r *reader) error {
	f, err := os.Open(name) // want `f returned by os.Open is not closed on all paths: the return at line 58 is reached when err == r.stop\(\) at line 57 \(possible resource leak\)`
	if err != nil {
		return err
	}
	_, err = f.Read(make([]byte, 1))
	switch err {
	case r.stop():
		return nil
	case nil:
	}
	return f.Close()
}

// LeakCaseSum compares with a sum whose first operand starts the case.
func LeakCaseSum(name string, base int) error {
	f, err := os.Open(name) // want `f returned by os.Open is not closed on all paths: the return at line 73 is reached when n == base \+ 1 at line 72 \(possible resource leak\)`
	if err != nil {
		return err
	}
	n, _ := f.Read(make([]byte, 8))
	switch n {
	case base + 1:
		return nil
	case 0:
	}
	return f.Close()
}

// LeakInitTag switches on a tag declared in its init statement.
func LeakInitTag(name string) error {
	f, err := os.Open(name) // want `f returned by os.Open is not closed on all paths: the return at line 87 is reached when rerr == os.ErrClosed at line 86 \(possible resource leak\)`
	if err != nil {
		return err
	}
	switch _, rerr := f.Read(make([]byte, 1)); rerr {
	case os.ErrClosed:
		return nil
	}
	return f.Close()
}
