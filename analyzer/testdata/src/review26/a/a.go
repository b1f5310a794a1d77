package a

import (
	"errors"
	"fmt"
	"net"
	"os"
	"testing"
	"time"

	"assertlib/assert"
	"assertlib/require"
)

// dropListenForever drops the listener and then serves forever: no call
// that never returns, just a loop with no way out.
// Review: a leak this round first hid, reported again since (rule 1, successReturns): base reported the
// discarded net.Listener; new does not, because no success path reaches a
// return — an endless loop is taken for a call that never returns.
func dropListenForever(addr string) {
	_, err := net.Listen("tcp", addr) // want `the net\.Listener returned by net\.Listen is discarded without being closed`
	if err != nil {
		return
	}
	for {
		time.Sleep(time.Second)
	}
}

// dropThenPanicRecovered drops the file where the open succeeded and panics; the
// deferred recover makes the function return.
// Known miss, found by review (rule 1, successReturns; minor): base reported the
// discarded file; new treats the panic as ending the success path though
// the deferred recover makes the function return. (Base does not report
// the held version either, holdThenPanicRecovered.)
func dropThenPanicRecovered(name string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	_, err = os.Open(name)
	if err == nil {
		panic("exists")
	}
	return err
}

// holdThenPanicRecovered holds the file where it panics.
func holdThenPanicRecovered(name string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	f, err := os.Open(name)
	if err == nil {
		println(f.Name())
		panic("exists")
	}
	return err
}

// expectErr panics when err is nil.
func expectErr(err error) { // want expectErr:"returns for non-nil p0"
	if err == nil {
		panic("want an error")
	}
}

// holdExpectErr: expectErr panics on success, recovered.
// Known miss, found by review (rule 1, onlyOnError; minor): expectErr gets
// "returns for non-nil p0" from a panic, not from a call that never
// returns; base reported f never used, new does not, though the recover
// returns.
func holdExpectErr(name string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	f, err := os.Open(name)
	expectErr(err)
	_ = f
	return err
}

// errReassignedInClosure: the err that require.Error sees is not the
// open's error.
// Known miss, found by review (rule 1, failureAsserted/isErrOf): err is set by a
// closure between the open and require.Error, so require.Error passes
// while the open succeeded; base reported f never used, new does not.
func errReassignedInClosure(t *testing.T, name string) {
	f, err := os.Open(name)
	func() { err = errors.New("x") }()
	require.Error(t, err)
	_ = f
}

// assertOnly: assert.Error does not stop.
func assertOnly(t *testing.T, name string) {
	f, err := os.Open(name) // want `f returned by os.Open is never used`
	assert.Error(t, err)
	_ = f
}

// requireErrorTestDropped drops the file where require.Error ends the test.
func requireErrorTestDropped(t *testing.T, name string) {
	_, err := os.Open(name)
	require.Error(t, err)
}

// requireNoErrorDropped: NoError does not assert failure.
func requireNoErrorDropped(t *testing.T, name string) {
	_, err := os.Open(name) // want `the \*os.File returned by os.Open is discarded without being closed`
	require.NoError(t, err)
}

// customT has a FailNow that returns.
type customT struct{ failed bool }

func (c *customT) Errorf(format string, args ...any) {}
func (c *customT) FailNow()                          { c.failed = true } // want FailNow:"nothing when zero"

// requireWithReturningFailNow: the FailNow of customT returns.
// Known miss, found by review (rule 1, onlyOnError): require.Error got "returns
// for non-nil p1" from TestingT.FailNow in its own package, but
// customT.FailNow returns (as testify's own mock Ts do), so the open that
// succeeded goes on; base reported f never used, new does not.
func requireWithReturningFailNow(name string) *customT {
	c := &customT{}
	f, err := os.Open(name)
	require.Error(c, err)
	_ = f
	return c
}

// loopReacquire: require.Error in a loop.
func loopReacquire(t *testing.T, names []string) {
	for _, n := range names {
		_, err := os.Open(n)
		require.Error(t, err)
	}
}

// errorAfterOther is a predicate whose error comes second.
func errorAfterOther(n int, err error) bool { // want errorAfterOther:"false for nil p1"
	if err == nil {
		return false
	}
	return n > 0
}

func usePred(name string, n int) error {
	f, err := os.Open(name)
	if errorAfterOther(n, err) {
		return err
	}
	return f.Close()
}

// leakPredWrongArg: the predicate is given another error.
func leakPredWrongArg(name string, n int, other error) error {
	f, err := os.Open(name) // want `f returned by os.Open is not closed on all paths`
	if errorAfterOther(n, other) {
		return err
	}
	if err != nil {
		return err
	}
	return f.Close()
}

func never() bool { return false }

// twoErrs takes the acquisition error second.
func twoErrs(t require.TestingT, ctx error, err error) {
	if ctx != nil {
		return
	}
	if err == nil {
		t.FailNow()
	}
}

// twoErrsLeak: ctx non-nil lets twoErrs return with err nil.
func twoErrsLeak(t *testing.T, ctx error, name string) {
	f, err := os.Open(name) // want `f returned by os.Open is never used`
	twoErrs(t, err, ctx)
	_ = f
}

var _ = never

// closureErrDirect: as errReassignedInClosure, with the test written out.
// Known miss, found by review (rule 1, successReturns/isErrOf): the same with the
// test written out; base reported f never used, new does not.
func closureErrDirect(t *testing.T, name string) {
	f, err := os.Open(name)
	func() { err = errors.New("x") }()
	if err == nil {
		t.FailNow()
	}
	_ = f
}
