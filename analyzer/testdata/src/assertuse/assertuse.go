// Package assertuse holds tests that expect an acquisition to fail and
// end the test when it does not: on the path that goes on, the error is
// not nil and nothing was acquired.
package assertuse

import (
	"errors"
	"net"
	"os"
	"testing"

	"assertlib/assert"
	"assertlib/require"
)

// SafeRequireError drops the file of an open that must fail.
func SafeRequireError(t *testing.T, dir string) {
	_, err := os.Open(dir + "/missing")
	require.Error(t, err)
}

// SafeRequireErrorIs is the same with a sentinel target.
func SafeRequireErrorIs(t *testing.T, dir string) {
	_, err := os.Open(dir + "/missing")
	require.ErrorIs(t, err, os.ErrNotExist)
}

// SafeRequireEqualError keeps the file in a variable it never uses.
func SafeRequireEqualError(t *testing.T, dir string) {
	f, err := os.Open(dir + "/missing")
	require.EqualError(t, err, "open: no such file")
	_ = f
}

// SafeFatalOnSuccess ends the test itself when the dial succeeds.
func SafeFatalOnSuccess(t *testing.T) {
	_, err := net.Dial("tcp", "127.0.0.1:1")
	if err == nil {
		t.Fatal("dial to a closed port succeeded")
	}
}

// SafeAssertThenReturn returns when the assertion fails, and uses the
// error otherwise; the conn of a dial that succeeded would be closed.
func SafeAssertThenReturn(t *testing.T) error {
	c, err := net.Dial("tcp", "127.0.0.1:1")
	require.Error(t, err)
	if c != nil {
		c.Close()
	}
	return err
}

// mustFail is a helper of the test package: it ends the test unless err
// is not nil.
func mustFail(t *testing.T, err error) { // want mustFail:"returns for non-nil p1"
	if err == nil {
		t.Fatal("want an error")
	}
}

// SafeOwnHelper uses it.
func SafeOwnHelper(t *testing.T, dir string) {
	_, err := os.Create(dir)
	mustFail(t, err)
}

// SafeRequireThenUse has a path that uses the file only where the open
// failed, which cannot be.
func SafeRequireThenUse(t *testing.T, dir string) {
	f, err := os.Open(dir + "/missing")
	require.Error(t, err)
	t.Log(f.Name())
}

// leakRequireNoError ends the test when the open fails and drops the file
// when it succeeds.
func leakRequireNoError(t *testing.T, dir string) {
	_, err := os.Open(dir) // want `the \*os.File returned by os.Open is discarded without being closed`
	require.NoError(t, err)
}

var errTarget error // left nil: errors.Is(nil, nil) holds

// leakNilTarget asserts that err is a target that may be nil, which a nil
// err passes.
func leakNilTarget(t *testing.T, dir string) {
	_, err := os.Open(dir) // want `the \*os.File returned by os.Open is discarded without being closed`
	require.ErrorIs(t, err, errTarget)
}

// leakLogged only reports the failure and goes on.
func leakLogged(t *testing.T, dir string) {
	_, err := os.Open(dir) // want `the \*os.File returned by os.Open is discarded without being closed`
	require.Logged(t, err)
}

// leakAssert goes on after a failed assertion: the file of an open that
// succeeded is left open.
func leakAssert(t *testing.T, dir string) {
	_, err := os.Open(dir) // want `the \*os.File returned by os.Open is discarded without being closed`
	assert.Error(t, err)
}

// leakOtherError asserts the failure of a second call, not of the open.
func leakOtherError(t *testing.T, dir string) {
	_, err := os.Open(dir) // want `the \*os.File returned by os.Open is discarded without being closed`
	if err != nil {
		return
	}
	err = errors.New("second")
	require.Error(t, err)
}

// leakUsedAfterRequire uses the file on a path after an assertion of
// another error.
func leakUsedAfterRequire(t *testing.T, dir string) {
	f, err := os.Open(dir) // want `f returned by os.Open is not closed`
	if err != nil {
		t.Fatal(err)
	}
	_, err = f.Stat()
	require.Error(t, err)
}
