// Package runtime tracks open resources (files, connections, response
// bodies, SQL rows, statements and transactions) in a running program and
// reports the ones left open, with the stack that opened them. Where the
// leakvet analyzer says a resource may leak, this package shows, in a real
// test run, which resources really were left open.
//
// Import it under another name, since it shares its name with the
// standard library's runtime:
//
//	import leakruntime "github.com/leakvet/leakvet/runtime"
//
// # Tests
//
// One line gives a test its own [Tracker] and fails the test, when it
// ends, with a report of what leaked:
//
//	tr := leakruntime.ForTest(t)
//
// Open resources through the wrappers ([WrapFS], [Dialer], [WrapListener],
// [Transport], [WrapDB]) built with tr, or track your own with
// [Tracker.Track], or put tr in a context with [WithTracker] for code that
// calls [Track]. The scope is the test, not the process, so tests that
// call t.Parallel do not blame each other. [VerifyMain] checks a whole
// package from TestMain.
//
// # Code nothing instruments
//
// [CheckDescriptors] checks a test's file descriptors rather than tracked
// resources, so it also finds the files, sockets and pipes left open by
// code that calls os.Open or net.Dial itself:
//
//	leakruntime.CheckDescriptors(t)
//
// It notes the process's descriptors as the test starts and, when it
// ends, reports those opened since and not closed, each with what it is:
// a path, a socket's addresses, a pipe's end. Nothing saw them opened, so
// there is no stack. [WatchDescriptors] does the same for any tracker,
// such as [VerifyMain]'s. It works on Linux only, and not beside parallel
// tests, whose descriptors it would blame on the test.
//
// # Two kinds of leak
//
// A resource is open at end ([OpenAtEnd]) when it is still open as its
// tracker is checked. It is abandoned ([Abandoned]) when its [Handle], and
// so the wrapper holding it, became unreachable while still open: nothing
// can close it any more. Abandoned detection uses runtime.AddCleanup; a
// check runs one garbage collection and waits for cleanups first, so an
// abandoned resource is blamed on the test that dropped it. *os.File and
// network connections close their descriptor in a finalizer when they are
// collected, so a dropped file is closed eventually, at some later garbage
// collection; it is still reported as abandoned, because the code leaked
// it and a busy process runs out of descriptors long before it runs out of
// memory.
//
// # Reports
//
// [Tracker.Check] returns a [Report]. Its text groups leaks by kind and
// opening call site with counts, oldest first, with ages and the test
// name; a site that leaks 500 connections is one group. The report also
// marshals to JSON (kind, name, opened_at, leak, frames, test) so tools
// can match leaks against static findings. Closing a [Handle] twice is
// reported with both closing stacks.
//
// With the environment variable LEAKVET_REPORTS ([ReportsEnv]) set to a
// directory, every check also writes the process's reports there, one
// JSON file per process ([ProcessReport]): the leaks, and the opening
// sites whose resources were released, with counts and tests. Then
// `leakvet -reports=DIR ./...` marks each static finding confirmed by a
// test, exercised without a leak, or not reached, and reports the leaks
// the tests found that the static pass missed:
//
//	LEAKVET_REPORTS=$PWD/leakvet-reports go test ./...
//	leakvet -reports=leakvet-reports ./...
//
// # Locks
//
// [Mutex] and [RWMutex] are drop-in replacements for sync.Mutex and
// sync.RWMutex, zero value included. Built with the leakvet tag, they
// track each lock as a resource of kind "sync.Mutex" or "sync.RWMutex" in
// the tracker they are bound to with their Track method, or else in the
// default one (which [VerifyMain] sets): a lock still held at the check is
// reported open at end with the stack that locked it, the goroutine that
// did and for how long; a lock released counts as released at its site,
// for `leakvet -reports`; an unlock of a mutex that is not locked, a fatal
// error in sync, is reported as a second close ([DoubleClose]) and leaves
// the mutex unlocked. Without the tag they are sync's types, in size and in code.
//
// # Production builds and the leakvet build tag
//
// Trackers built explicitly with [New] or [ForTest], and wrappers given
// such a tracker, always track: that is what tests use, so `go test ./...`
// exercises real tracking without any tag. The context path for
// production code, [Track] and the wrappers built without a tracker, only
// tracks when the program is built with the leakvet tag:
//
//	go test -tags leakvet ./...
//
// Without the tag, [Enabled] is false, [Track] returns a nil [Handle]
// without allocating, and [WrapFS], [Dialer], [WrapListener] and
// [Transport] hand out the underlying values unwrapped, so instrumented
// code costs about a nanosecond per resource. ([WrapDB] keeps returning
// its own types, which then track nothing.)
// All methods are safe on a nil *Tracker and a nil *Handle.
//
// For long-running programs built with the tag, [Profiles] publishes open
// resources as runtime/pprof profiles, one per kind, visible in
// /debug/pprof next to the goroutine and heap profiles.
package runtime
