package runtime

import (
	"errors"
	"flag"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	goruntime "runtime"
	"slices"
	"strings"
	"sync"
	"time"
)

// Descriptors
//
// The descriptor check finds leaks in code that nothing instruments: it
// notes the process's open file descriptors (on Linux, the links in
// /proc/self/fd) when a test or [VerifyMain] starts, and at the end
// reports those opened since and not closed, saying what each is: a
// file's path, a socket's network and addresses, a pipe's end. Nothing
// saw them opened, so a report has no stack for them; it has the test.
//
// The check is careful about what is not a leak:
//
//   - The Go runtime's own descriptors, named by what they link to: the
//     netpoller's epoll instance and its wake-up eventfd, created at the
//     first network or pipe I/O of the process, which may fall within a
//     test, and the pidfds that os.Process holds until Wait, Release or a
//     garbage collection.
//   - The files the test binary writes (-test.cpuprofile and -test.trace
//     stay open until it exits, and open after VerifyMain's snapshot).
//   - Descriptors closed asynchronously: a network connection's Close
//     closes the descriptor when the last goroutine using it returns, so
//     an HTTP server's connections close a little after Server.Close. The
//     check waits, up to a second or the [GracePeriod] if longer, until no
//     new descriptor remains; a clean check does not wait.
//   - Idle connections of http.DefaultTransport: a pool's connections are
//     the pool's, not the test's, so the check closes them first, as
//     httptest.Server.Close does. A test's own transport is the test's to
//     close.
//   - The standard library's pool of splice pipes, which io.Copy between
//     connections fills and a garbage collection empties.
//
// A descriptor that is still open after all that is then checked once
// more after two garbage collections: one that a finalizer closed was
// dropped without Close, like an *os.File that went out of scope, and is
// reported [Abandoned] (as the tracker reports dropped resources); one
// still open is reported [OpenAtEnd]. A dropped descriptor already closed
// by an earlier garbage collection is not seen at all.

// Kinds of the descriptors that the descriptor check reports.
const (
	// KindFDFile is a file, directory or device, named by its path.
	KindFDFile = "fd.file"
	// KindFDSocket is a socket, named by its network and addresses, such
	// as "tcp 127.0.0.1:40312 -> 127.0.0.1:8080", when /proc/self/net
	// lists it, else by its inode.
	KindFDSocket = "fd.socket"
	// KindFDPipe is one end of a pipe.
	KindFDPipe = "fd.pipe"
	// KindFDAnonInode is an anonymous inode, such as an eventfd, timerfd,
	// signalfd or inotify instance.
	KindFDAnonInode = "fd.anon_inode"
	// KindFDOther is any other descriptor, such as a namespace's.
	KindFDOther = "fd.other"
)

// ErrDescriptorsUnsupported is returned by [CheckDescriptors] where the
// process's descriptors cannot be listed: on systems other than Linux.
var ErrDescriptorsUnsupported = errors.New("runtime: the descriptor check reads /proc/self/fd and works on Linux only: descriptors not checked")

// descriptorWait is how long a check waits, at least, for new descriptors
// to be closed asynchronously before it reports them.
const descriptorWait = time.Second

// CheckDescriptors fails the test, when it ends, if the file descriptors
// opened since the call are not all closed: files, sockets and pipes
// opened by any code, instrumented or not. Call it first in the test, so
// that the cleanups registered after it (httptest servers, t.TempDir) run
// before the check:
//
//	leakruntime.CheckDescriptors(t)
//
// The report names each descriptor and what it is; opts configure the
// test's tracker as for [ForTest]. A descriptor still open is reported
// open at end; one that a finalizer closed at the check's garbage
// collection, such as an *os.File dropped without Close, abandoned. Not
// reported: the Go runtime's own descriptors (the netpoller's epoll and
// eventfd, os.Process's pidfds), the files the test binary writes
// (-test.cpuprofile, -test.trace), the idle connections of
// http.DefaultTransport, which the check closes first as
// httptest.Server.Close does, and the standard library's pooled splice
// pipes. Descriptors belong to the process, so do not use it in a test
// that calls t.Parallel or runs beside parallel tests: their descriptors
// would be blamed on it. The test's own subtests are fine.
//
// The check works on Linux only. Elsewhere CheckDescriptors logs
// [ErrDescriptorsUnsupported] (if t has a Logf method, as *testing.T
// has) and returns it, and the test is not checked; a test that exists
// for the check can skip itself:
//
//	if err := leakruntime.CheckDescriptors(t); err != nil {
//		t.Skip(err)
//	}
//
// It also returns an error, and the test fails at its end, if listing
// the descriptors failed, as it does without /proc.
func CheckDescriptors(t TestingT, opts ...Option) error {
	t.Helper()
	if !descriptorsSupported {
		logf(t, "%v", ErrDescriptorsUnsupported)
		return ErrDescriptorsUnsupported
	}
	all := append([]Option{DetectAbandoned(false), CloseStacks(false), WatchDescriptors(true)}, opts...)
	tr := ForTest(t, all...)
	return tr.fds.lastErr()
}

// logf logs to t if t can log, as testing.TB can.
func logf(t TestingT, format string, args ...any) {
	if l, ok := t.(interface{ Logf(string, ...any) }); ok {
		t.Helper()
		l.Logf(format, args...)
	}
}

// descriptor is one open file descriptor of the process. Two descriptors
// are the same if they have the same number and link to the same thing,
// so a number closed and reused for something else is a new descriptor.
type descriptor struct {
	fd int
	// target is what /proc/self/fd/N links to: a path, "socket:[123]",
	// "pipe:[456]", "anon_inode:[eventfd]".
	target string
}

// kind returns the kind under which d is reported.
func (d descriptor) kind() string {
	switch {
	case strings.HasPrefix(d.target, "/"):
		return KindFDFile
	case strings.HasPrefix(d.target, "socket:"):
		return KindFDSocket
	case strings.HasPrefix(d.target, "pipe:"):
		return KindFDPipe
	case strings.HasPrefix(d.target, "anon_inode:"):
		return KindFDAnonInode
	}
	return KindFDOther
}

// ownedByRuntime reports whether d is one of the descriptors the Go
// runtime and standard library open for themselves and keep. A user's
// own eventfd or pidfd is ignored with them.
func (d descriptor) ownedByRuntime() bool {
	switch d.target {
	case "anon_inode:[eventpoll]", "anon_inode:[eventfd]": // the netpoller's, created at the first I/O
		return true
	case "anon_inode:[pidfd]": // os.Process's, released by Wait, Release or a cleanup
		return true
	}
	return false
}

// isDescriptorKind reports whether kind is one the descriptor check
// reports, whose leaks have no opening stack.
func isDescriptorKind(kind string) bool {
	return strings.HasPrefix(kind, "fd.")
}

// descriptorWatch is a tracker's descriptor check: the descriptors open
// when it began, and the last error in listing them.
type descriptorWatch struct {
	mu       sync.Mutex
	baseline map[descriptor]bool
	err      error
}

// newDescriptorWatch notes the descriptors open now.
func newDescriptorWatch() *descriptorWatch {
	w := &descriptorWatch{}
	w.snapshot()
	return w
}

// snapshot notes the descriptors open now as those that are not leaks.
func (w *descriptorWatch) snapshot() {
	if w == nil {
		return
	}
	ds, err := listDescriptors()
	w.mu.Lock()
	defer w.mu.Unlock()
	w.baseline, w.err = nil, err
	if err == nil {
		w.baseline = make(map[descriptor]bool, len(ds))
		for _, d := range ds {
			w.baseline[d] = true
		}
	}
}

// lastErr returns the error of the last snapshot or check, if any.
func (w *descriptorWatch) lastErr() error {
	if w == nil {
		return nil
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.err
}

// check returns the descriptors opened since the snapshot and not closed,
// as leaks of test, after waiting up to wait for them to be closed; see
// the comment at the top of this file.
func (w *descriptorWatch) check(wait time.Duration, test string) []Leak {
	if w == nil {
		return nil
	}
	w.mu.Lock()
	baseline := w.baseline
	w.mu.Unlock()
	if baseline == nil {
		return nil // w.err says why
	}
	fresh, err := settle(baseline, wait)
	var leaks []Leak
	if err == nil && len(fresh) > 0 {
		leaks, err = classify(fresh, test)
	}
	w.mu.Lock()
	w.err = err
	w.mu.Unlock()
	return leaks
}

// settle lists the new descriptors, those not in baseline and not the
// runtime's or the test binary's, until none remains but pipes or wait
// has passed. Pipes are left to the garbage collection that follows,
// which closes the standard library's pooled ones.
func settle(baseline map[descriptor]bool, wait time.Duration) ([]descriptor, error) {
	outputs := testOutputs()
	deadline := time.Now().Add(wait)
	pause := 100 * time.Microsecond
	closedIdle := false
	for {
		ds, err := listDescriptors()
		if err != nil {
			return nil, err
		}
		fresh := slices.DeleteFunc(ds, func(d descriptor) bool {
			return baseline[d] || d.ownedByRuntime() || isTestOutput(d, outputs)
		})
		if !closedIdle && slices.ContainsFunc(fresh, func(d descriptor) bool { return d.kind() == KindFDSocket }) {
			// Pooled connections are not the test's; close them and look again.
			if tr, ok := http.DefaultTransport.(interface{ CloseIdleConnections() }); ok {
				tr.CloseIdleConnections()
			}
			closedIdle = true
			continue
		}
		onlyPipes := !slices.ContainsFunc(fresh, func(d descriptor) bool { return d.kind() != KindFDPipe })
		if onlyPipes || !time.Now().Before(deadline) {
			return fresh, nil
		}
		time.Sleep(min(pause, time.Until(deadline)))
		pause = min(2*pause, 20*time.Millisecond)
	}
}

// classify describes the fresh descriptors, then collects garbage and
// lists the descriptors again: the fresh ones still open are open at end,
// those a finalizer closed were abandoned, except pipes (see settle).
func classify(fresh []descriptor, test string) ([]Leak, error) {
	names := describeDescriptors(fresh)
	collectDropped()
	after, err := listDescriptors()
	if err != nil {
		return nil, err
	}
	var open, abandoned []Leak
	for i, d := range fresh {
		name := fmt.Sprintf("fd %d: %s", d.fd, names[i])
		l := Leak{Resource: Resource{Kind: d.kind(), Name: name, Stack: []Frame{}}, How: OpenAtEnd, Test: test}
		switch {
		case slices.Contains(after, d):
			open = append(open, l)
		case d.kind() != KindFDPipe:
			l.How = Abandoned
			abandoned = append(abandoned, l)
		}
	}
	// Open before abandoned, as for tracked resources; by number within.
	return append(open, abandoned...), nil
}

// collectDropped runs the finalizers of the files and connections that
// are unreachable, which close their descriptors, and the cleanups of
// the objects sync.Pool drops. A pool keeps what it holds through one
// garbage collection, in its victim cache, so it takes two.
func collectDropped() {
	goruntime.GC()
	waitQueued("/gc/finalizers/queued:finalizers", "/gc/finalizers/executed:finalizers")
	goruntime.GC()
	waitQueued("/gc/cleanups/queued:cleanups", "/gc/cleanups/executed:cleanups")
}

// testOutputs returns the files that the testing package's flags name
// for the test binary to write, which exist. It opens -test.cpuprofile
// and -test.trace as the tests start, after VerifyMain's snapshot, and
// closes them only as the process exits; the others are open only while
// it writes them. Relative names are in -test.outputdir, except
// -test.testlogfile's.
func testOutputs() []os.FileInfo {
	dir := flagValue("test.outputdir")
	var out []os.FileInfo
	for _, name := range []string{"test.cpuprofile", "test.trace", "test.memprofile", "test.blockprofile",
		"test.mutexprofile", "test.coverprofile", "test.testlogfile"} {
		p := flagValue(name)
		if p == "" {
			continue
		}
		for _, path := range []string{p, filepath.Join(dir, p)} {
			if fi, err := os.Stat(path); err == nil {
				out = append(out, fi)
			}
		}
	}
	return out
}

// flagValue returns the value of the command-line flag name, or "".
func flagValue(name string) string {
	if f := flag.Lookup(name); f != nil {
		return f.Value.String()
	}
	return ""
}

// isTestOutput reports whether d is one of the files outputs.
func isTestOutput(d descriptor, outputs []os.FileInfo) bool {
	if len(outputs) == 0 || d.kind() != KindFDFile {
		return false
	}
	fi, err := statDescriptor(d.fd)
	if err != nil {
		return false
	}
	return slices.ContainsFunc(outputs, func(o os.FileInfo) bool { return os.SameFile(fi, o) })
}
