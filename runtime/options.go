package runtime

import (
	"strings"
	"time"
)

// maxDepth is the largest number of frames a tracker records for the place
// a resource was opened; it sizes the buffer Track captures into.
const maxDepth = 32

// maxCapture sizes the buffer Track captures into: the deepest stack, the
// frames net/http adds for [Transport], and the frames of this package
// that reports drop.
const maxCapture = maxDepth + clientFrames + 4

// closeDepth is the number of frames recorded where a resource is closed,
// counting the two or three of this package that reports drop. They are
// only shown when the resource is closed a second time, so a short stack
// is enough and keeps Close cheap.
const closeDepth = 10

// pkgPath is this package's import path. Its frames never appear in reports.
const pkgPath = "github.com/leakvet/leakvet/runtime"

// Option configures a [Tracker]. Options are applied in order, so a later
// option overrides an earlier one.
type Option interface {
	apply(*options)
}

type optionFunc func(*options)

func (f optionFunc) apply(o *options) { f(o) }

// options holds a tracker's configuration. It is read-only once the
// tracker exists, so the tracker reads it without locking.
type options struct {
	depth       int
	skip        []string // function-name prefixes dropped from stacks
	abandoned   bool
	closeStacks bool
	grace       time.Duration
	ignoreKinds map[string]bool
	ignoreFuncs []string
	now         func() time.Time // nil: the tracker's monotonic clock
	profiles    string
	test        string
	descriptors bool
}

func buildOptions(opts []Option) options {
	o := options{
		depth: 16,
		skip:  []string{pkgPath + ".", "runtime.", "testing.", "net/http."},
	}
	for _, opt := range opts {
		if opt != nil {
			opt.apply(&o)
		}
	}
	return o
}

// StackDepth sets how many frames are recorded where a resource is opened
// (default 16, at most 32). Deeper stacks cost more per Track, roughly
// linearly; values outside 1..32 are clamped.
func StackDepth(n int) Option {
	return optionFunc(func(o *options) { o.depth = min(max(n, 1), maxDepth) })
}

// SkipPackages drops the frames of the given packages (import paths, such
// as "example.com/app/dbutil") from reported stacks, so a resource opened
// through your own wrapper package is reported at the wrapper's caller.
// Frames of this package, of the runtime, of the testing package and of
// net/http (whose client sits between a caller and [Transport]) are always
// dropped.
func SkipPackages(paths ...string) Option {
	return optionFunc(func(o *options) {
		for _, p := range paths {
			o.skip = append(o.skip, strings.TrimSuffix(p, ".")+".")
		}
	})
}

// DetectAbandoned turns detection of abandoned resources on or off. An
// abandoned resource is one whose [Handle] (and so the wrapper holding it)
// became unreachable without being closed; it is found with
// runtime.AddCleanup and costs one extra allocation per Track. It is off
// for [New] and on for [ForTest].
func DetectAbandoned(on bool) Option {
	return optionFunc(func(o *options) { o.abandoned = on })
}

// CloseStacks turns on or off recording where each resource is closed, so
// that a double close is reported with the first Close's stack as well as
// the second's. It costs a second stack capture per Close. It is off for
// [New] and on for [ForTest].
func CloseStacks(on bool) Option {
	return optionFunc(func(o *options) { o.closeStacks = on })
}

// GracePeriod lets [Tracker.Check] wait up to d for resources that are
// closed asynchronously (by a goroutine still winding down) before it
// reports them. The wait ends as soon as nothing is open; a clean check
// never waits. The default is 0.
func GracePeriod(d time.Duration) Option {
	return optionFunc(func(o *options) { o.grace = max(d, 0) })
}

// IgnoreKinds leaves resources of the given kinds out of reports. They are
// still tracked and appear in [Tracker.Snapshot].
func IgnoreKinds(kinds ...string) Option {
	return optionFunc(func(o *options) {
		if o.ignoreKinds == nil {
			o.ignoreKinds = make(map[string]bool)
		}
		for _, k := range kinds {
			o.ignoreKinds[k] = true
		}
	})
}

// IgnoreFunctions leaves out of reports the resources whose opening stack
// contains one of the given functions, named as in a stack trace
// ("example.com/app.(*Pool).grow"). Use it for resources that are meant to
// live for the whole process, such as a pool's background connection.
func IgnoreFunctions(funcs ...string) Option {
	return optionFunc(func(o *options) { o.ignoreFuncs = append(o.ignoreFuncs, funcs...) })
}

// Clock sets the function the tracker reads the time with (by default, the
// time the tracker was created plus the monotonic time since, which reads
// one clock where time.Now reads two). Tests and examples use it to get
// stable ages in reports.
func Clock(now func() time.Time) Option {
	return optionFunc(func(o *options) {
		if now != nil {
			o.now = now
		}
	})
}

// Profiles publishes the open resources of each kind as a runtime/pprof
// custom profile named prefix+kind (for example "leakvet.net.Conn"), so
// /debug/pprof lists open resources by the stack that opened them. Meant
// for long-running programs; each Track and Close then also pays for the
// profile's own stack capture.
func Profiles(prefix string) Option {
	return optionFunc(func(o *options) { o.profiles = prefix })
}

// WatchDescriptors turns on or off the descriptor check, for code that
// opens files and sockets without any tracker: the tracker notes the
// process's open file descriptors when it is created ([VerifyMain] notes
// them again as it starts the tests), and each check also reports the
// descriptors opened since and still open, or dropped without being
// closed, as leaks of the kinds [KindFDFile], [KindFDSocket] and the
// others. While new descriptors remain, a check waits for them to be
// closed up to a second, or the [GracePeriod] if longer; a clean check
// does not wait. The descriptors are the process's, not the tracker's: use
// it where nothing runs in parallel with the code checked. It works on
// Linux only; see [CheckDescriptors], which scopes it to one test, for
// what is not reported and what happens elsewhere.
func WatchDescriptors(on bool) Option {
	return optionFunc(func(o *options) { o.descriptors = on })
}

// testName names the test in reports; set by [ForTest].
func testName(name string) Option {
	return optionFunc(func(o *options) { o.test = name })
}
