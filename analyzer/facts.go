package analyzer

import (
	"fmt"
	"strings"
)

// Summary is the fact leakvet records for a function whose resource
// behaviour a caller needs to know.
type Summary struct {
	// Consumes has bit i set when the function closes or keeps its
	// parameter i (the receiver of a method is parameter 0), so that a
	// caller passing a resource there hands it over.
	Consumes uint64
	// Releases has bit i set when the function closes (or commits or rolls
	// back) its parameter i on every path.
	Releases uint64
	// ReleasesOnFailure has bit i set when the function releases its
	// parameter i on every path where it fails: returns false as its last
	// result, or a non-nil error. An iterator's Next that closes it at
	// the end is one.
	ReleasesOnFailure uint64
	// Borrowed has bit i set when result i is not a new resource for the
	// caller: it is a parameter, a field or a global of the callee, or
	// the callee released it before returning it.
	Borrowed uint64
	// Empty has bit i set when result i is a new value that holds
	// nothing yet: its Close closes only fields that the function leaves
	// unset. The caller acquires nothing, but what it fills the value
	// with, the value then stands for.
	Empty uint64
	// IdleEmpty: bit i: result i, empty, was made without a field that
	// its Close needs to do anything and that only the makers of its
	// type set (see idleFields): nothing fills it later.
	IdleEmpty uint64
	// Dormant has bit i set when result i is a new value that holds
	// something only once it is started: its Close only stops the
	// goroutines that its methods start, and the function started none.
	// The caller acquires it only if it starts it.
	Dormant uint64
	// Delegates has bit i set when result i is what the method of the
	// same name gives, called on an interface its receiver holds, alone
	// or in a new struct around it.
	Delegates uint64
	// Starts has bit i set when the function starts a goroutine, or gives
	// away a closure, that holds parameter i.
	Starts uint64
	// GoReleases has bit i set when the function gives parameter i to a
	// goroutine that releases it (a server shut down on a signal).
	GoReleases uint64
	// MayEmpty: bit i: result i, borrowed, is on some path a new value
	// that holds nothing yet.
	MayEmpty uint64
	// EmptyButOptions has bit i set when result i is a new value that
	// holds nothing yet but what the option functions that the caller
	// gives as parameter OptsParam-1, a slice of them, put into it
	// (flock.New(path, opts...)): a caller that gives none gets an empty
	// value.
	EmptyButOptions uint64
	OptsParam       int
	// Forwards[j] is i+1 when result j is always parameter i or nil, or
	// may be parameter i, which the function neither closes nor keeps
	// otherwise, or is always a part of parameter i (the address of a
	// field whose Close releases it, as an end of a pipe), so that a
	// resource passed as argument i comes back as result j.
	Forwards []int
	// Wraps[j] is i+1 when result j is a new value holding parameter i,
	// so that the result stands for a resource passed as argument i, or
	// for a stream (an io.Writer, an io.Reader) that it reads or writes.
	Wraps []int
	// WrapsOnly has bit j set when result j, which Wraps names, is on
	// every return nil, the parameter itself, or a new value around it
	// that holds nothing of its own, so that an interface call whose
	// implementations all give back or wrap the argument wraps it.
	WrapsOnly uint64
	// NilErrors has bit j set when result j is an error that is nil on
	// every return, so that a caller's branch on it being non-nil is
	// never taken.
	NilErrors uint64
	// FailErrors has bit j set when result j is an error that is not nil
	// on any return (a stub that says a feature is not built in), so
	// that a caller's branch on it being nil is never taken.
	FailErrors uint64
	// Dynamic[j] names, joined by commas, the concrete types that result
	// j, an interface, holds whenever it is not nil: types declared in
	// the function's own package, as "*collection", or in another, as
	// "*import/path.collection". A caller resolves a method called on
	// that result by those types' methods alone.
	Dynamic []string
	// Releasers[j] is i+1 when result j is a function that releases
	// result i when called: every return that gives a resource as result
	// i gives a closure that closes it, as conn, cleanup, err := open().
	Releasers []int
	// KeptIn[i] is j+1 when the function keeps parameter i, on some
	// path, where parameter j reaches it (an entry linked into the list
	// of its receiver), and -1 when it keeps it in a global, so that a
	// caller that passes what it owns there knows who owns it after.
	// String leaves it out: "keeps" says that it is kept.
	KeptIn []int
	// Owns[j] is i+1 when result j is a boolean that says whether result
	// i is new: false where the function returns something it keeps, as
	// parent, owned, err := openParent(name) does.
	Owns []int
	// NoOp is set on a Close method that releases nothing: it calls
	// nothing, changes only its receiver's fields and closes only
	// channels that never leave its receiver, so values of its type hold
	// no resource.
	NoOp bool
	// ZeroNoOp is set on a method that takes only its receiver and does
	// nothing when the fields of its receiver that it reads are zero (a
	// handle's Release that returns when its pointer is nil).
	ZeroNoOp bool
	// NilNoOp is set on such a method, of a pointer receiver, that does
	// nothing when the receiver is nil.
	NilNoOp bool
	// FillsOnSuccess is set on a method whose last result is an error
	// and whose receiver's type has a Close method, when it changes
	// what its receiver reaches only on paths that return a nil error
	// (see fillsOnSuccess): a value that held nothing before a call of
	// it that failed holds nothing after.
	FillsOnSuccess bool
	// FillsOnTrue is set, beside FillsOnSuccess, on such a method that
	// returns a bool first and fills its receiver only where that bool is
	// true too (a TryLock that returns false, nil where the lock is
	// taken by someone else).
	FillsOnTrue bool
	// StartsWaiter is set on a function that starts, itself, a goroutine
	// that waits on a channel and reads nothing (a ticker loop that ends
	// on <-p.done): closing a connection that the value it builds holds
	// does not end that goroutine (see startsWaiter). String leaves it
	// out: it matters only beside what the rest says.
	StartsWaiter bool
	// FalseOnNil is set on a function of an error (its first parameter)
	// that returns false when the error is nil (isConnBroken(err)), so
	// that where it returns true a call that gave that error acquired
	// nothing; or, returning an error code (an integer type that
	// implements error), zero when the error is nil (UnwrapOSError(err)),
	// so that where the code is not zero the error is not nil.
	FalseOnNil bool
	// IsTarget is i+1 when FalseOnNil holds only where parameter i, which
	// the function gives errors.Is as its target, is not nil (a package's
	// own Is(err, target error) bool).
	IsTarget int
	// ErrParam is the index of the parameter, an error, that FalseOnNil
	// speaks of: 0, or later where the first parameters are not errors
	// (assert.Error(t, err)).
	ErrParam int
	// OnlyOnError is i+1 when the function returns only where its
	// parameter i, an error, is not nil: a nil one reaches only calls
	// that never return (require.Error(t, err) calls t.FailNow()).
	// OnlyOnErrorTarget is k+1 when that holds only where parameter k,
	// the target it gives errors.Is, is not nil.
	OnlyOnError, OnlyOnErrorTarget int
	// TrueOnNil is i+1 when the function returns true whenever its
	// parameter i, an error, is nil (checkAcceptError(err)), so that
	// where it returns false a call that gave that error acquired
	// nothing.
	TrueOnNil int
	// NilForNil is i+1 when the function's only result is an error that
	// is nil whenever its parameter i, an error, is nil: an unwrapping
	// or wrapping helper (UnwrapAll(err), WithStack(err)), so that where
	// what it gives is nil, or a predicate of what it gives says false,
	// the error it was given says the same.
	NilForNil int
	// ClosedTest is i+1 when the function returns true only when its
	// parameter i is an error that says the value it came from was
	// closed (errors.Is(err, net.ErrClosed)), and -(i+1) when it returns
	// false only then (!errors.Is(err, net.ErrClosed)).
	ClosedTest int
	// Exposes: bit i: the function gives parameter i, or a copy of its
	// struct, to code the program does not have (an interface method of
	// unknown implementations, a function value), which may close it: a
	// method that exposes its receiver hands it off.
	Exposes uint64
	// Closes lists, sorted, the fields of parameters that the function
	// closes or hands over on some path, each as "p" followed by the
	// parameter's index and the field path: "p0.conn", "p1.endpoint.conn".
	// A struct built around a resource and given to such a function is
	// released there.
	Closes []string
	// Gives lists, sorted, the results that give back what a field of a
	// parameter holds, each as "r1=p0.conn" (result 1 is, or stands for,
	// field conn of parameter 0).
	Gives []string
	// ReleasesIf lists "p0.F" for each parameter that the function
	// releases on every path where its boolean field F is set when it is
	// called: a query method that defers the session's Close where the
	// session's auto-close flag is set.
	ReleasesIf []string
	// BorrowedIf lists "r1:p1.F=false" for each result that is not the
	// caller's where a boolean field F of a parameter has the value given
	// when the function is called: a request helper that reads and closes
	// the response body unless its options ask it not to; or "r0:p2!=nil"
	// where parameter 2 is not nil (a client method that reads and closes
	// the body when given a value to decode it into), "r0:f1!=nil" where
	// the variable that a closure captures as its free variable 1 is not.
	BorrowedIf []string
	// ResultOf lists "r0=p1.r0" for each result that is, on every
	// return, nil or what a call of a function parameter gives as one of
	// its results (result 0 of calling parameter 1): a retry helper that
	// returns what its operation returned. What the caller's function
	// gives back, the call gives back.
	ResultOf []string
	// EmptyWhen lists "r0.Error" for each result that holds nothing where
	// its field (Error) is not nil: the function clears every field that
	// holds a resource where it sets that one, so a caller's branch on it
	// being set has nothing to close.
	EmptyWhen []string
	// Sets lists "r0.F" for each result that the function returns with
	// its boolean field F set, where F is a flag by which a method of its
	// type releases it (see ReleasesIf).
	Sets []string
	// Locks lists, sorted by mutex, what the function does to the
	// mutexes its caller can name (lockcheck.go), each as a verb and a
	// place: "locks {p0}.mu" (it returns holding it, on every path),
	// "may lock", "unlocks" (on every path), "may unlock", and "rlocks",
	// "runlocks" and so on for read locks.
	Locks []string
}

// AFact marks Summary as an analysis fact.
func (*Summary) AFact() {}

// String describes the summary for tests and debugging, e.g.
// "releases p0; keeps p1; releases p1 on failure; borrows r0; returns p1 as r0;
// closes p2.conn; gives p2.conn as r1".
func (s *Summary) String() string {
	var parts []string
	if ps := bits(s.Releases, "p"); ps != "" {
		parts = append(parts, "releases "+ps)
	}
	if ps := bits(s.Consumes&^s.Releases, "p"); ps != "" {
		parts = append(parts, "keeps "+ps)
	}
	if ps := bits(s.ReleasesOnFailure, "p"); ps != "" {
		parts = append(parts, "releases "+ps+" on failure")
	}
	if rs := bits(s.Borrowed, "r"); rs != "" {
		parts = append(parts, "borrows "+rs)
	}
	if rs := bits(s.Empty, "r"); rs != "" {
		parts = append(parts, "empty "+rs)
	}
	if rs := bits(s.IdleEmpty, "r"); rs != "" {
		parts = append(parts, "empty for good "+rs)
	}
	if rs := bits(s.EmptyButOptions, "r"); rs != "" {
		parts = append(parts, fmt.Sprintf("empty %s without p%d", rs, s.OptsParam-1))
	}
	if rs := bits(s.Dormant, "r"); rs != "" {
		parts = append(parts, "dormant "+rs)
	}
	if rs := bits(s.Delegates, "r"); rs != "" {
		parts = append(parts, "delegates "+rs)
	}
	if ps := bits(s.Starts, "p"); ps != "" {
		parts = append(parts, "starts "+ps)
	}
	if ps := bits(s.GoReleases, "p"); ps != "" {
		parts = append(parts, "released by a goroutine "+ps)
	}
	if rs := bits(s.MayEmpty, "r"); rs != "" {
		parts = append(parts, "maybe empty "+rs)
	}
	for j, p := range s.Forwards {
		if p > 0 {
			parts = append(parts, fmt.Sprintf("returns p%d as r%d", p-1, j))
		}
	}
	for j, p := range s.Wraps {
		if p > 0 {
			parts = append(parts, fmt.Sprintf("wraps p%d in r%d", p-1, j))
		}
	}
	for j, i := range s.Releasers {
		if i > 0 {
			parts = append(parts, fmt.Sprintf("r%d releases r%d", j, i-1))
		}
	}
	for j, i := range s.Owns {
		if i > 0 {
			parts = append(parts, fmt.Sprintf("r%d says r%d is new", j, i-1))
		}
	}
	if rs := bits(s.NilErrors, "r"); rs != "" {
		parts = append(parts, "nil "+rs)
	}
	if rs := bits(s.FailErrors, "r"); rs != "" {
		parts = append(parts, "failing "+rs)
	}
	for j, ts := range s.Dynamic {
		if ts != "" {
			parts = append(parts, fmt.Sprintf("r%d is %s", j, ts))
		}
	}
	if s.NoOp {
		parts = append(parts, "releases nothing")
	}
	if s.ZeroNoOp {
		parts = append(parts, "nothing when zero")
	}
	if s.NilNoOp {
		parts = append(parts, "nothing when nil")
	}
	if s.FillsOnSuccess && s.FillsOnTrue {
		parts = append(parts, "fills p0 only on success and true")
	} else if s.FillsOnSuccess {
		parts = append(parts, "fills p0 only on success")
	}
	if s.FalseOnNil {
		if s.IsTarget > 0 {
			parts = append(parts, fmt.Sprintf("false for nil p%d and non-nil p%d", s.ErrParam, s.IsTarget-1))
		} else {
			parts = append(parts, fmt.Sprintf("false for nil p%d", s.ErrParam))
		}
	}
	if s.OnlyOnError > 0 {
		if s.OnlyOnErrorTarget > 0 {
			parts = append(parts, fmt.Sprintf("returns for non-nil p%d and non-nil p%d", s.OnlyOnError-1, s.OnlyOnErrorTarget-1))
		} else {
			parts = append(parts, fmt.Sprintf("returns for non-nil p%d", s.OnlyOnError-1))
		}
	}
	if s.TrueOnNil > 0 {
		parts = append(parts, fmt.Sprintf("true for nil p%d", s.TrueOnNil-1))
	}
	if s.NilForNil > 0 {
		parts = append(parts, fmt.Sprintf("nil for nil p%d", s.NilForNil-1))
	}
	if ps := bits(s.Exposes, "p"); ps != "" {
		parts = append(parts, "exposes "+ps)
	}
	if s.ClosedTest > 0 {
		parts = append(parts, fmt.Sprintf("true for closed p%d", s.ClosedTest-1))
	}
	if s.ClosedTest < 0 {
		parts = append(parts, fmt.Sprintf("false for closed p%d", -s.ClosedTest-1))
	}
	if len(s.Closes) > 0 {
		parts = append(parts, "closes "+strings.Join(s.Closes, ","))
	}
	for _, g := range s.Gives {
		if r, p, ok := strings.Cut(g, "="); ok {
			parts = append(parts, fmt.Sprintf("gives %s as %s", p, r))
		}
	}
	for _, f := range s.ReleasesIf {
		if p, field, ok := strings.Cut(f, "."); ok {
			parts = append(parts, fmt.Sprintf("releases %s if %s.%s", p, p, field))
		}
	}
	for _, f := range s.BorrowedIf {
		if r, cond, ok := strings.Cut(f, ":"); ok {
			if v, ok := strings.CutSuffix(cond, "!=nil"); ok {
				parts = append(parts, fmt.Sprintf("borrows %s if %s is not nil", r, v))
			} else {
				parts = append(parts, fmt.Sprintf("borrows %s if %s", r, strings.Replace(cond, "=", " is ", 1)))
			}
		}
	}
	for _, f := range s.ResultOf {
		if r, from, ok := strings.Cut(f, "="); ok {
			if p, m, ok := strings.Cut(from, "."); ok {
				parts = append(parts, fmt.Sprintf("gives %s of %s() as %s", m, p, r))
			}
		}
	}
	for _, f := range s.EmptyWhen {
		if r, field, ok := strings.Cut(f, "."); ok {
			parts = append(parts, fmt.Sprintf("%s empty if %s.%s is not nil", r, r, field))
		}
	}
	for _, f := range s.Sets {
		parts = append(parts, "sets "+f)
	}
	for _, l := range s.Locks {
		parts = append(parts, strings.NewReplacer("{g", "", "{", "", "}", "").Replace(l))
	}
	if len(parts) == 0 {
		// A function variable's fact: the function it holds neither
		// keeps nor closes what it is given (see globalSummary).
		return "keeps nothing"
	}
	return strings.Join(parts, "; ")
}

func bits(set uint64, prefix string) string {
	var names []string
	for i := 0; i < 64; i++ {
		if set&(1<<i) != 0 {
			names = append(names, fmt.Sprintf("%s%d", prefix, i))
		}
	}
	return strings.Join(names, ",")
}
