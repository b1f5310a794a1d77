package runtime

import (
	"fmt"
	"io"
	"os"
)

// TestingT is the subset of testing.TB that [ForTest] needs.
type TestingT interface {
	Cleanup(func())
	Errorf(format string, args ...any)
	Helper()
	Name() string
}

// ForTest returns a tracker scoped to one test. When the test and its
// subtests finish, a cleanup closes the tracker and fails the test with
// the report if anything it tracked leaked or was closed twice:
//
//	tr := leakruntime.ForTest(t)
//
// Hand tr to the wrappers or put it in the test's context with
// [WithTracker]. Because the tracker belongs to the test rather than to
// the process, parallel tests (t.Parallel) each see only their own
// resources. Abandoned detection and close stacks are on unless opts turn
// them off: a test is where diagnostics matter more than speed.
//
// Cleanups run last-registered first, so call ForTest before registering
// anything that closes tracked resources in a cleanup (httptest servers,
// t.TempDir): those then run before the check.
func ForTest(t TestingT, opts ...Option) *Tracker {
	t.Helper()
	all := append([]Option{DetectAbandoned(true), CloseStacks(true), testName(t.Name())}, opts...)
	tr := New(all...)
	if tr.opts.descriptors && !descriptorsSupported {
		logf(t, "%v", ErrDescriptorsUnsupported)
	}
	t.Cleanup(func() {
		t.Helper()
		if err := tr.Close(); err != nil {
			t.Errorf("%v", err)
		}
	})
	return tr
}

// TestingM is the subset of *testing.M that [VerifyMain] needs.
type TestingM interface {
	Run() int
}

// VerifyMain runs a package's tests with t as the default tracker of the
// context path (see [SetDefault]), then closes t. It returns the exit code
// for os.Exit: the tests' own, or 1 with the report on standard error if
// they passed but left resources open. Trackers handed to code explicitly
// work without the leakvet tag; the default is only consulted with it.
// With [WatchDescriptors], VerifyMain notes the open descriptors as it
// starts the tests, and also reports those the tests left open; where the
// check does not work, it says so on standard error.
//
//	var tracker = leakruntime.New(leakruntime.DetectAbandoned(true))
//
//	func TestMain(m *testing.M) { os.Exit(leakruntime.VerifyMain(m, tracker)) }
func VerifyMain(m TestingM, t *Tracker) int {
	return verifyMain(m, t, os.Stderr)
}

// verifyMain is VerifyMain writing to w.
func verifyMain(m TestingM, t *Tracker, w io.Writer) int {
	if t != nil && t.opts.descriptors {
		if !descriptorsSupported {
			fmt.Fprintln(w, ErrDescriptorsUnsupported)
		}
		t.fds.snapshot() // what TestMain opened before is not the tests'
	}
	restore := SetDefault(t)
	code := m.Run()
	restore()
	if err := t.Close(); err != nil && code == 0 {
		fmt.Fprintln(w, err)
		return 1
	}
	return code
}
