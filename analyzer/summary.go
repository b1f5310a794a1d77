package analyzer

import (
	"go/token"
	"go/types"
	"math"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// A summary is what a function does with the resources it is given, and
// which of its results are not new resources for its caller. Summaries of
// this package's functions are computed on demand; those of other packages
// come from Summary facts.
type summary struct {
	params   []bool // params[i]: parameter i is closed or kept on some path
	releases []bool // releases[i]: parameter i is closed on every path
	freeVars []bool // freeVars[i]: likewise for a closure's free variable i
	// freeReleases[i]: the closure releases free variable i on every path.
	freeReleases []bool
	// settles[i]: free variable i is closed or handed off on every path,
	// where the branch on which a captured error is nil counts as handing
	// it off: a deferred closure that closes the resource when its
	// function fails leaves it to the function's caller otherwise.
	settles []bool
	// failReleases[i]: parameter i is closed on every path that returns
	// false or a non-nil error as the last result, as an iterator's Next
	// that closes it at the end
	failReleases []bool
	borrowed     uint64 // bit i: result i belongs to someone else
	// mayEmpty: bit i: result i, borrowed, is on some path a new value
	// that holds nothing yet, which a caller that fills it owns.
	mayEmpty uint64
	// tentative: bit i: result i is borrowed only as far as an assumption
	// made for a recursive call goes (see summaryOf); such a summary is
	// computed again once the assumption is settled.
	tentative uint64
	// empty: bit i: result i is a new value that holds nothing yet: its
	// Close closes only fields that the function leaves unset (see
	// bornEmpty). Its caller acquires nothing, but a value it fills
	// in is its own.
	empty uint64
	// idleEmpty: bit i: result i, empty, lacks for good a field that its
	// Close needs (see idleFields and Summary.IdleEmpty).
	idleEmpty uint64
	// dormant: bit i: result i is a new value that its function leaves
	// dormant: it holds something only once a function that starts it
	// runs (see dormant.go).
	dormant uint64
	// delegates: bit i: result i is what the method of the same name
	// gives, called on an interface the receiver holds (see
	// delegatedResult): the method gives what the one it delegates to
	// gives.
	delegates uint64
	// starts: bit i: the function starts something that holds parameter
	// i, a goroutine or a closure that it gives away (see startsParam).
	starts uint64
	// goReleases: bit i: the function gives parameter i to a goroutine
	// that releases it (see releasedByGoroutine).
	goReleases uint64
	// forwards[j] is i+1 when result j is always parameter i (or nil), as
	// in must(v, err) or a generic identity, or is parameter i on some
	// paths and the function does nothing else with it: what the caller
	// passes in, it gets back.
	forwards []int
	// wraps[j] is i+1 when result j is a new value that holds parameter
	// i in a field and holds no resource of its own, as NewClient(conn)
	// returns &Client{conn: conn} (see wrapping.go).
	wraps []int
	// wrapsOnly: bit j: result j, which wraps names, is on every return
	// nil, the parameter, or a new value around it holding nothing of
	// its own (see wrapsOnly).
	wrapsOnly uint64
	// keptIn[i] is j+1 when the function keeps parameter i, on some path,
	// in what its parameter j reaches, and -1 when it keeps it in a
	// global (see keptIn). Facts carry it to other packages.
	keptIn []int
	// fills lists the parameters that the function stores into a field
	// of another parameter and leaves there, as (*Writer).init(w)
	// sets z.w = w: a constructor that calls it on a new value fills that
	// value as a composite literal would (see fillsFresh). The Summary
	// fact leaves them out: such a constructor calls a method of its own
	// package, whose body its package has.
	fills []fill
	// releasesIf lists "pI.F" for each parameter I that the function
	// releases on every path where I's boolean field F is set when it is
	// called (see flagReleases).
	releasesIf []string
	// borrowedIf lists "rI:pJ.F=false" (or =true) for each result I that
	// is not the caller's where parameter J's boolean field F has that
	// value when the function is called (see flagBorrowed): a request
	// helper that reads and closes the response body unless its options
	// ask it not to.
	borrowedIf []string
	// resultOf lists "rJ=pK.rM" for each result J that is, on every
	// return, result M of a call of the function that parameter K is,
	// or nil (see callbackResults).
	resultOf []string
	// emptyWhen lists "rJ.F" for each result J that holds nothing where
	// its field F is not nil (see emptyWhenSet).
	emptyWhen []string
	// sets lists "rJ.F" for each result J that the function returns with
	// the flag F set by which a method of its type releases it (see
	// flagsSet).
	sets []string
	// complete: this is the summary of an interface method call that
	// combines every implementation there can be (see invokeSummary).
	complete bool
	// noOp: the function is a Close method that releases nothing (see
	// releasesNothing), so its type holds no resource.
	noOp bool
	// zeroNoOp: a release-shaped method that does nothing when the
	// fields of its receiver that it reads are zero (see zeroNoOp).
	zeroNoOp bool
	// nilNoOp: a release-shaped method that does nothing on a nil
	// receiver.
	nilNoOp bool
	// fillsOnSuccess: a method, its receiver's type with a Close, that
	// changes what the receiver reaches only where it succeeds (see
	// FillsOnSuccess).
	fillsOnSuccess bool
	// emptyButOptions: bit i: result i is a new value that holds nothing
	// yet unless the option functions of parameter optsParam-1 fill it
	// (see EmptyButOptions).
	emptyButOptions uint64
	optsParam       int
	// fillsOnTrue: such a method returning (bool, error) that fills the
	// receiver only where it returns true too (see FillsOnTrue).
	fillsOnTrue bool
	// startsWaiter: the function starts a goroutine that waits on a
	// channel and reads nothing (see startsWaiter).
	startsWaiter bool
	// falseOnNil: the function is an error predicate that says false for
	// a nil error (see falseOnNil).
	falseOnNil bool
	// isTarget is k+1 when falseOnNil holds only where parameter k, the
	// target it gives errors.Is, is not nil (see falseOnNil).
	isTarget int
	// errParam is the index of the error that falseOnNil speaks of.
	errParam int
	// onlyOnError is e+1 when the function returns only where its
	// parameter e, an error, is not nil (see onlyOnError), and
	// onlyOnErrorTarget k+1 when that holds only where parameter k, the
	// target it gives errors.Is, is not nil.
	onlyOnError, onlyOnErrorTarget int
	// trueOnNil is i+1 when the function says true for a nil error as
	// parameter i, so that where it says false that error is not nil
	// (see trueOnNil).
	trueOnNil int
	// nilForNil: i+1 when the function returns a nil error whenever
	// its parameter i, an error, is nil (see NilForNil).
	nilForNil int
	// exposes: bit i: the function gives parameter i, or a copy of its
	// struct, to code the program does not have (see flow.exposed).
	exposes uint64
	// closedTest is i+1 when the function says true only for an error
	// as parameter i that means its value was closed (see closedTest),
	// and -(i+1) when it says false only for such an error.
	closedTest int
	// nilErrs: bit j: result j is an error that is nil on every return
	// (see nilErrors).
	nilErrs uint64
	// failErrs: bit j: result j is an error that is not nil on any
	// return (see failErrors).
	failErrs uint64
	// dynamic[j]: the concrete types that result j, an interface, holds
	// (see Summary.Dynamic).
	dynamic []string
	// releasers[j] is i+1 when result j is a function that releases
	// result i when called (see releaserResults): conn, cleanup, err :=
	// open().
	releasers []int
	// owns[j] is i+1 when result j is a boolean that says whether result
	// i is new (see ownershipFlags): parent, owned, err := openParent().
	owns []int
	// closes lists, sorted, the fields of parameters ("p0.conn") and free
	// variables ("f1.conn") that the function closes or hands over on
	// some path: (*Client).Close closes p0.conn.
	closes []string
	// gives lists, sorted, the results that give back what a field of a
	// parameter holds, each as "r0=p0.conn": (*Client).Conn returns
	// c.conn, and a constructor may move cfg.Conn into the value it
	// returns.
	gives []string
}

// A fill is a store of parameter param, or of a value that stands for
// it, into the field at path of parameter into, on some path through the
// function, which nothing overwrites afterwards.
type fill struct {
	param, into int
	path        []string
	// only: the function stores into parameter into no resource but
	// parameter param and what into held already (see holdsOnly).
	only bool
}

// wrapped returns the result that holds argument i, or -1.
func (s *summary) wrapped(i int) int {
	for j, p := range s.wraps {
		if p == i+1 {
			return j
		}
	}
	return -1
}

// forwarded returns the result through which argument i comes back, or -1.
func (s *summary) forwarded(i int) int {
	for j, p := range s.forwards {
		if p == i+1 {
			return j
		}
	}
	return -1
}

// keeper returns where the function keeps a resource passed as argument
// i: the index of the argument in whose reach it leaves it, keptGlobally,
// or -1.
func (s *summary) keeper(i int) int {
	if i >= len(s.keptIn) {
		return -1
	}
	switch k := s.keptIn[i]; {
	case k > 0:
		return k - 1
	case k < 0:
		return keptGlobally
	}
	return -1
}

// consumes reports whether a resource passed as argument i is handed off.
func (s *summary) consumes(i int) bool { return i < len(s.params) && s.params[i] }

// release reports whether a resource passed as argument i is released on
// every path through the function.
func (s *summary) release(i int) bool { return i < len(s.releases) && s.releases[i] }

// start reports whether the function starts something that holds
// parameter i.
func (s *summary) start(i int) bool { return i < 64 && s.starts&(1<<i) != 0 }

// releaseOnFailure reports whether a resource passed as argument i is
// released on every path where the function fails.
func (s *summary) releaseOnFailure(i int) bool {
	return i < len(s.failReleases) && s.failReleases[i]
}

// consumesFree reports whether a resource captured as free variable i is
// released or handed off by the closure.
func (s *summary) consumesFree(i int) bool { return i < len(s.freeVars) && s.freeVars[i] }

// releasesFree reports whether a resource captured as free variable i is
// released on every path through the closure.
func (s *summary) releasesFree(i int) bool { return i < len(s.freeReleases) && s.freeReleases[i] }

// settlesFree reports whether a resource captured as free variable i is
// released or handed off on every path through the closure, or left to
// the caller of a function that succeeded.
func (s *summary) settlesFree(i int) bool { return i < len(s.settles) && s.settles[i] }

// trivial is the summary of a function that keeps nothing it is given and
// whose results, if resources, are new.
var trivial = &summary{}

// summaryOf returns the summary of fn.
func (c *checker) summaryOf(fn *ssa.Function) *summary {
	if s, ok := c.summaries[fn]; ok {
		if d, ok := c.depthOf[fn]; ok {
			c.guessed[fn] = true
			c.noteRead(d)
		} else if r, ok := c.readsOf[fn]; ok && r.depth < len(c.stack) && c.stack[r.depth] == r.fn {
			c.noteRead(r.depth)
		}
		return s
	}
	if o := fn.Origin(); o != nil {
		// An instance of a generic function does what its origin does.
		return c.summaryOf(o)
	}
	if fn.Blocks == nil {
		s := c.withKnowledge(fn, c.importedSummary(fn))
		c.summaries[fn] = s
		return s
	}
	// A recursive call sees an assumption: everything given is kept, and
	// first every result that may be a resource is borrowed, as a getter
	// that asks, through an interface, the value it wraps returns what
	// that value holds. The guess holds for a result only where the
	// function also returns something borrowed on other evidence (see
	// guessedResult). When it does not, the summaries that read the guess
	// are dropped and the function is computed again on the assumption
	// that the result is new, which it keeps from then on; when it holds,
	// the summaries that read it are dropped too, to be computed again
	// from the function's own.
	guess := c.resourceResults(fn)
	if g, ok := c.guesses[fn]; ok {
		guess = g
	}
	if c.dropped > maxDropped {
		guess = 0 // the package has spent its budget on guesses
	}
	guessIf := c.guessesIf[fn]
	start, own := len(c.finished), len(c.stack)
	s, read := c.computeWithAssumption(fn, guess, guessIf)
	for c.guessed[fn] && ((s.borrowed&^s.tentative)&guess != guess || !containsAll(s.borrowedIf, guessIf)) {
		// Some results guessed borrowed are new, or borrowed on no
		// evidence but the guess: guess again with those new, which
		// ends as the guess only ever loses bits. A result found not
		// the caller's under a condition on a flag (a request helper
		// that closes the body it reads where closeBody is set, and
		// that calls itself through the helpers it serves) is guessed
		// so under that condition, which in turn only ever goes.
		lost := guess &^ (s.borrowed &^ s.tentative)
		guess &= s.borrowed &^ s.tentative
		var next []string
		for _, cond := range s.borrowedIf {
			r, _, _ := strings.Cut(cond, ":")
			i, err := strconv.Atoi(strings.TrimPrefix(r, "r"))
			if slices.Contains(guessIf, cond) || (err == nil && i < 64 && lost&(1<<i) != 0 && c.dropped <= maxDropped) {
				next = append(next, cond)
			}
		}
		guessIf = next
		c.guesses[fn], c.guessesIf[fn] = guess, guessIf
		c.dropReaders(own, start)
		delete(c.guessed, fn)
		s, read = c.computeWithAssumption(fn, guess, guessIf)
	}
	if c.guessed[fn] && (guess != 0 || len(guessIf) > 0) {
		// The guess held, on evidence other than itself (see
		// guessedResult): what read it is computed again from the
		// result.
		c.dropReaders(own, start)
	}
	delete(c.guessed, fn)
	if read < own {
		c.readsOf[fn] = readMark{depth: read, fn: c.stack[read]}
		c.noteRead(read)
	} else if s.tentative != 0 {
		// No assumption it read is still open: what rested on one
		// alone is new.
		k := *s
		k.borrowed &^= k.tentative
		k.tentative = 0
		s = &k
	}
	c.summaries[fn] = s
	c.finished = append(c.finished, fn)
	return s
}

// containsAll reports whether every element of sub is in set.
func containsAll(set, sub []string) bool {
	return !slices.ContainsFunc(sub, func(x string) bool { return !slices.Contains(set, x) })
}

// maxDropped bounds the summaries that one package's guesses for
// recursive calls may drop and compute again; past it, recursive calls
// assume results are new, as without guesses.
const maxDropped = 2000

// dropReaders drops the summaries computed since the index start of
// c.finished that read the assumption made for the function computed at
// depth d of c.stack, or for one that encloses it there.
func (c *checker) dropReaders(d, start int) {
	kept := c.finished[:start]
	for _, g := range c.finished[start:] {
		if r, ok := c.readsOf[g]; ok && r.depth <= d {
			delete(c.summaries, g)
			delete(c.readsOf, g)
			c.dropped++
		} else {
			kept = append(kept, g)
		}
	}
	c.finished = kept
	clear(c.invokes)
}

// A readMark records the outermost function in progress whose
// assumption a summary read, by its depth in c.stack: those deeper were
// done before it, so while it is in progress the mark stands for all.
type readMark struct {
	depth int
	fn    *ssa.Function
}

// inProgress reports whether the summary of fn is being computed.
func (c *checker) inProgress(fn *ssa.Function) bool {
	_, ok := c.depthOf[fn]
	return ok
}

// noRead is the depth read by a summary that read no assumption.
const noRead = math.MaxInt

// noteRead records that the summary being computed depends on the
// assumption made for the function at depth d of c.stack, or for one
// that encloses it.
func (c *checker) noteRead(d int) {
	if n := len(c.frames); n > 0 && d < c.frames[n-1] {
		c.frames[n-1] = d
	}
}

// computeWithAssumption computes the summary of fn, while recursive calls
// see the assumption that fn keeps everything it is given and that its
// results in the mask borrowed are borrowed and the others new. It also
// returns the depth in c.stack of the outermost function whose
// assumption the computation read, or noRead.
func (c *checker) computeWithAssumption(fn *ssa.Function, borrowed uint64, borrowedIf []string) (*summary, int) {
	c.summaries[fn] = &summary{params: allTrue(len(fn.Params)), releases: make([]bool, len(fn.Params)),
		freeVars: allTrue(len(fn.FreeVars)), settles: allTrue(len(fn.FreeVars)), borrowed: borrowed, borrowedIf: borrowedIf}
	c.depthOf[fn] = len(c.stack)
	c.stack = append(c.stack, fn)
	c.frames = append(c.frames, noRead)
	s := c.withKnowledge(fn, c.computeSummary(fn))
	read := c.frames[len(c.frames)-1]
	c.frames = c.frames[:len(c.frames)-1]
	c.stack = c.stack[:len(c.stack)-1]
	delete(c.depthOf, fn)
	return s, read
}

// resourceResults returns the mask of the results of fn that a summary
// may call borrowed (see computeSummary).
func (c *checker) resourceResults(fn *ssa.Function) uint64 {
	var mask uint64
	results := fn.Signature.Results()
	for i := 0; i < results.Len() && i < 64; i++ {
		t := results.At(i).Type()
		if canHoldResource(t) && (c.kindOf(t) != notResource || isTypeParam(t) || isEmptyInterface(t)) {
			mask |= 1 << i
		}
	}
	return mask
}

// withKnowledge returns s with what the knowledge tables say of fn.
func (c *checker) withKnowledge(fn *ssa.Function, s *summary) *summary {
	obj, ok := fn.Object().(*types.Func)
	if !ok {
		return s
	}
	if c.isBorrower(obj) {
		// What the table says of a direct call (see callUse) holds for
		// a call through a variable that holds the function.
		k := *s
		k.params, k.releases, k.failReleases = make([]bool, len(s.params)), make([]bool, len(s.releases)), make([]bool, len(s.failReleases))
		s = &k
	}
	if notAcquisitions[c.funcName(obj)] {
		// What the table says of a direct call (see mayAcquire) holds
		// for a call through an interface that the method implements.
		k := *s
		results := fn.Signature.Results()
		for j := 0; j < results.Len() && j < 64; j++ {
			if canHoldResource(results.At(j).Type()) {
				k.borrowed |= 1 << j
			}
		}
		s = &k
	}
	i, ok := failureReleases[c.funcName(obj)]
	if !ok || s.releaseOnFailure(i) {
		return s
	}
	k := *s
	k.failReleases = make([]bool, max(len(s.failReleases), i+1))
	copy(k.failReleases, s.failReleases)
	k.failReleases[i] = true
	return &k
}

func allTrue(n int) []bool {
	s := make([]bool, n)
	for i := range s {
		s[i] = true
	}
	return s
}

// importedSummary returns the summary of a function of another package,
// from its fact.
func (c *checker) importedSummary(fn *ssa.Function) *summary {
	obj, ok := fn.Object().(*types.Func)
	if !ok || obj.Pkg() == nil || obj.Pkg() == c.pass.Pkg {
		return trivial
	}
	var fact Summary
	if !c.pass.ImportObjectFact(obj.Origin(), &fact) {
		return trivial
	}
	return fact.summary(fn.Signature.Params().Len() + 1)
}

// summary returns the summary that the fact records, of a function with n
// parameters and a receiver or one more.
func (fact *Summary) summary(n int) *summary {
	s := &summary{borrowed: fact.Borrowed, empty: fact.Empty, idleEmpty: fact.IdleEmpty, emptyButOptions: fact.EmptyButOptions, optsParam: fact.OptsParam, dormant: fact.Dormant, delegates: fact.Delegates, starts: fact.Starts, goReleases: fact.GoReleases, mayEmpty: fact.MayEmpty, forwards: fact.Forwards, wraps: fact.Wraps, wrapsOnly: fact.WrapsOnly, releasers: fact.Releasers, keptIn: fact.KeptIn, owns: fact.Owns, nilErrs: fact.NilErrors, failErrs: fact.FailErrors, dynamic: fact.Dynamic, noOp: fact.NoOp, zeroNoOp: fact.ZeroNoOp, nilNoOp: fact.NilNoOp, fillsOnSuccess: fact.FillsOnSuccess, fillsOnTrue: fact.FillsOnTrue, startsWaiter: fact.StartsWaiter, falseOnNil: fact.FalseOnNil, isTarget: fact.IsTarget, errParam: fact.ErrParam, onlyOnError: fact.OnlyOnError, onlyOnErrorTarget: fact.OnlyOnErrorTarget, trueOnNil: fact.TrueOnNil, nilForNil: fact.NilForNil, closedTest: fact.ClosedTest, exposes: fact.Exposes, closes: fact.Closes, gives: fact.Gives, releasesIf: fact.ReleasesIf, borrowedIf: fact.BorrowedIf, resultOf: fact.ResultOf, emptyWhen: fact.EmptyWhen, sets: fact.Sets, params: make([]bool, n), releases: make([]bool, n), failReleases: make([]bool, n)}
	for i := range min(n, 64) {
		s.params[i] = fact.Consumes&(1<<i) != 0
		s.releases[i] = fact.Releases&(1<<i) != 0
		s.failReleases[i] = fact.ReleasesOnFailure&(1<<i) != 0
	}
	return s
}

// computeSummary works out the summary of a function with a body.
func (c *checker) computeSummary(fn *ssa.Function) *summary {
	// An assumption that a caller's summary is being worked out under
	// speaks of that caller's branches and values only.
	assumed, nonNil := c.assumed, c.nonNil
	c.assumed, c.nonNil = nil, nil
	defer func() { c.assumed, c.nonNil = assumed, nonNil }()
	n := len(fn.Params)
	s := &summary{params: make([]bool, n), releases: make([]bool, n), failReleases: make([]bool, n),
		freeVars: make([]bool, len(fn.FreeVars)), freeReleases: make([]bool, len(fn.FreeVars)), settles: make([]bool, len(fn.FreeVars))}
	if ok, k, e := c.falseOnNil(fn); ok {
		s.falseOnNil, s.isTarget, s.errParam = true, k+1, e
	}
	if e, k := c.onlyOnError(fn); e >= 0 {
		s.onlyOnError, s.onlyOnErrorTarget = e+1, k+1
	}
	s.trueOnNil = c.trueOnNil(fn) + 1
	s.nilForNil = c.nilForNil(fn) + 1
	s.closedTest = c.closedTest(fn)
	s.releasesIf = c.flagReleases(fn)
	s.sets = c.flagsSet(fn)
	s.nilErrs = c.nilErrors(fn)
	s.failErrs = c.failErrors(fn)
	s.dynamic = c.resultTypes(fn)
	if releaseShaped(fn) {
		s.zeroNoOp, _ = c.zeroNoOp(fn)
		s.nilNoOp = c.nilNoOp(fn)
	}
	if c.storesZeroField(fn) {
		s.fillsOnSuccess = c.fillsOnSuccess(fn, 0, 0)
	}
	if fn.Signature.Recv() != nil && fn.Name() == "Close" {
		// A Close that only unlocks the receiver's mutex releases a lock
		// (a pool entry handed out locked): its lock summary says so.
		drained := c.drainsClosed(fn)
		s.noOp = releasesNothingBut(fn, func(call *ssa.CallCommon) bool {
			if b, ok := call.Value.(*ssa.Builtin); ok {
				return b.Name() == "close" && (c.closesPrivateChannel(fn, call) || c.drainsOwnClosed(fn, call, drained))
			}
			return c.callsComputing(call, fn.Params[0]) || c.waitsForOwnCalls(fn, call) || c.buildsError(call) || c.callsInertField(call) || c.closesInertValue(call)
		}, drained) && c.lockSummaryOf(fn).empty() && c.ownPointerMutexes(fn)
	}
	paramFlows := make([]*flow, n)
	for i, p := range fn.Params {
		if (i > 0 || fn.Signature.Recv() == nil) && c.callsOnEveryPath(fn, p) {
			// logOnError(cleanup) calls the function it is given: one
			// that releases a resource releases it. It keeps nothing.
			s.releases[i] = true
			continue
		}
		if c.closesEveryElement(fn, p) {
			// closeAll(closers ...any) closes what it is given.
			s.params[i], s.releases[i] = true, true
			continue
		}
		if canHoldResource(p.Type()) {
			fl := c.trace(p, c.kindOf(p.Type()), false)
			paramFlows[i] = fl
			s.params[i] = len(fl.events) > 0
			s.releases[i] = c.releasedOnAllPaths(fn, p, fl)
			s.params[i] = s.params[i] || s.releases[i] // an accept loop that returns once l is closed releases l without an event
			if fl.exposed && i < 64 && fl.kind != notResource {
				s.exposes |= 1 << i
			}
			if i == 0 && !s.releases[0] && c.repeatsOwnClose(fn) {
				// A method that does what Close does (see repeatsClose).
				s.params[0], s.releases[0] = true, true
			}
			s.failReleases[i] = !s.releases[i] && c.releasedOnFailure(fn, p, fl)
			if j := c.keptIn(fn, i, fl); j != -1 {
				if s.keptIn == nil {
					s.keptIn = make([]int, n)
				}
				s.keptIn[i] = j + 1
				if j == keptGlobally {
					s.keptIn[i] = -1
				}
			}
			if i < 64 && mayStart(c.kindOf(p.Type()), p.Type()) && c.startsParam(fn, p) {
				s.starts |= 1 << i
			}
			if i < 64 && c.releasedByGoroutine(p) {
				s.goReleases |= 1 << i
			}
			closes, gives := c.fieldUses(p, fieldRoot("p", i), false)
			s.closes = append(s.closes, closes...)
			s.gives = append(s.gives, gives...)
		}
	}
	for i, fv := range fn.FreeVars {
		// Closures capture variables by address; bound method wrappers
		// capture the receiver itself.
		isCell := fn.Synthetic == ""
		t := fv.Type()
		if p, ok := t.(*types.Pointer); ok && isCell {
			t = p.Elem()
		}
		if canHoldResource(t) {
			fl := c.trace(fv, c.kindOf(t), isCell)
			s.freeVars[i] = len(fl.events) > 0
			s.freeReleases[i] = c.releasedOnAllPaths(fn, fv, fl)
			s.settles[i] = s.freeVars[i] && c.settledOnAllPaths(fn, fv, fl)
			closes, _ := c.fieldUses(fv, fieldRoot("f", i), isCell)
			s.closes = append(s.closes, closes...)
		}
	}
	// A method that sets what Close reads while zero only where it
	// succeeds, through the calls of its package (see zerofills.go).
	if !s.fillsOnSuccess && len(fn.Params) > 0 && !s.releases[0] && fn.Signature.Recv() != nil && fn.Name() != "Close" {
		t := fn.Params[0].Type()
		if closeFn := c.closeMethodFunc(t); closeFn != nil && closeFn.Blocks != nil && closeFn != fn {
			if names := c.zeroFields(closeFn, t); names != nil {
				s.fillsOnSuccess, s.fillsOnTrue = c.setsZeroOnSuccess(fn, names)
			}
		}
	}
	if len(fn.Params) > 0 && paramFlows[0] != nil && !s.releases[0] && c.releasesLikeCloseWith(fn, s.closes, true) {
		// A sibling release (see releasesLikeClose: a Cancel that marks
		// the value closed and closes what Close closes, a TryClose that
		// closes with the last reference, the Finish that Close is)
		// releases it, for importers too.
		s.params[0], s.releases[0] = true, true
	}
	s.fills = c.fills(fn, paramFlows)
	s.releasers = c.releaserResults(fn)
	s.owns = c.ownershipFlags(fn)
	s.resultOf = callbackResults(fn)
	s.emptyWhen = c.emptyWhenSet(fn)
	results := fn.Signature.Results()
	for i := 0; i < results.Len() && i < 64; i++ {
		if !canHoldResource(results.At(i).Type()) {
			continue
		}
		o := c.resultOrigins(fn, i)
		c.resolveViews(fn, o, paramFlows, c.kindOf(results.At(i).Type()) == notResource)
		borrowed, param := c.resultBorrowed(fn, o, i)
		if !borrowed && c.kindOf(results.At(i).Type()) != notResource {
			if cond := c.flagBorrowed(fn, o, i); cond != "" {
				s.borrowedIf = append(s.borrowedIf, cond)
			} else if cond := c.nilBorrowed(fn, o, i); cond != "" {
				s.borrowedIf = append(s.borrowedIf, cond)
			}
		}
		if !borrowed && c.closesOnlyGifts(fn, s, i, o) {
			// A client over the config of the mutation it came from
			// (ent's m.Client()): its Close closes only what a
			// parameter gave it.
			borrowed = true
		}
		if o.guessOnly && !o.others && len(o.params) > 0 {
			// A parameter returned beside a recursive call's result is
			// no evidence for the guess: the call may return its own
			// argument, a new value (follow(c, next, hops-1)).
			borrowed, param = false, -1
		}
		if p, whole := c.partOfParam(fn, i); p >= 0 && whole {
			borrowed, param = true, p
		} else if p >= 0 {
			// A part that the owner's Close closes with the rest of
			// what it holds: the owner's, and closing it closes
			// only the part.
			borrowed = true
		} else if receiverFieldAddress(fn, i) {
			// peerPtr() { return &me.Peer }: memory of the receiver,
			// which its owner closes if anyone does.
			borrowed, param = true, 0
		}
		if !borrowed && len(o.fresh) > 0 && len(o.params) == 0 && !o.others && !slices.ContainsFunc(o.fresh, func(v ssa.Value) bool { return !c.bornInert(v) }) {
			borrowed = true // a single-use value whose Close does nothing
		}
		if !borrowed && keepsMadeValues(fn, i) {
			borrowed = true // a cache's GetOrCreate(key, create): the cache keeps what create made
		}
		if !borrowed && c.stubbedGetter(fn, i) {
			borrowed = true // a fake's DownTrack(): what the test set, or its own stub
		}
		if !borrowed && len(o.fresh) > 0 && len(o.params) == 0 && !o.others && !slices.ContainsFunc(o.fresh, func(v ssa.Value) bool { return !c.ownedByGoroutine(v) }) {
			borrowed = true // the goroutine it starts closes it
		}
		// A borrowed interface matters too, even one without Close: the
		// caller may assert a resource out of it (a registry's Get
		// returns what it holds as an interface of its own).
		t := results.At(i).Type()
		mayBorrow := c.kindOf(t) != notResource || isTypeParam(t) || isEmptyInterface(t) ||
			(types.IsInterface(t) && !types.Identical(t, errorType) && c.returnsOnlyInputs(fn, i)) ||
			(isStruct(t) && borrowed && len(o.fresh) == 0 && !o.guessOnly && rootedOutside(fn, i))
		if borrowed && mayBorrow {
			s.borrowed |= 1 << i
			if o.emptyToo {
				s.mayEmpty |= 1 << i
			}
		} else if mayBorrow && o.guessOnly && len(o.fresh) == 0 && !o.others {
			// Only what recursive calls return: borrowed as far as
			// the assumption goes, to be checked (see summaryOf).
			s.borrowed |= 1 << i
			s.tentative |= 1 << i
		}
		if i < 64 && !borrowed && c.kindOf(results.At(i).Type()) != notResource && c.delegatedResult(fn, i) {
			s.delegates |= 1 << i
		}
		if !borrowed && len(o.params) == 0 && !slices.ContainsFunc(o.fresh, func(v ssa.Value) bool { return !c.bornEmpty(v) && !selfResult(fn, v, i) }) &&
			slices.ContainsFunc(o.fresh, func(v ssa.Value) bool { return !selfResult(fn, v, i) }) {
			// A retry's return c.Do(...) gives what the other returns
			// give: by induction, empty where they all are.
			s.empty |= 1 << i
			if !slices.ContainsFunc(o.fresh, func(v ssa.Value) bool { return !c.idleBorn[v] }) {
				s.idleEmpty |= 1 << i
			}
		} else if k := c.emptyButOptions(o.fresh); !borrowed && len(o.params) == 0 && k > 0 && (s.optsParam == 0 || s.optsParam == k) {
			s.emptyButOptions |= 1 << i
			s.optsParam = k
		} else if !borrowed && len(o.fresh) > 0 && len(o.params) == 0 && !o.others && !slices.ContainsFunc(o.fresh, func(v ssa.Value) bool { return !c.returnedDormant(v) }) {
			s.dormant |= 1 << i
		}
		if param < 0 && !o.guessOnly {
			param = mayForward(fn, o, paramFlows, i)
		}
		if param >= 0 {
			if s.forwards == nil {
				s.forwards = make([]int, results.Len())
			}
			s.forwards[i] = param + 1
		}
		if p := c.wrappedParam(fn, o, paramFlows); p >= 0 && !borrowed {
			if s.wraps == nil {
				s.wraps = make([]int, results.Len())
			}
			s.wraps[i] = p + 1
			if i < 64 && c.wrapsOnly(fn, o, paramFlows, p) {
				s.wrapsOnly |= 1 << i
			}
		}
	}
	s.startsWaiter = startsWaiter(fn)
	return s
}

// mayForward returns the parameter that result i of fn, with origins o,
// is on some paths, when returning it there is all that fn does with it,
// or -1. "Use the transaction's statement if there is one, else s" gives
// s back to the caller, who still owns it, instead of taking it over.
func mayForward(fn *ssa.Function, o *origins, paramFlows []*flow, i int) int {
	if len(o.params) != 1 {
		return -1
	}
	var p int
	for v := range o.params {
		p = slices.Index(fn.Params, v)
	}
	if p < 0 || paramFlows[p] == nil {
		return -1
	}
	fl := paramFlows[p]
	for instr := range fl.events {
		ret, ok := instr.(*ssa.Return)
		if !ok {
			return -1 // closed or kept besides
		}
		for j, r := range ret.Results {
			if j != i && fl.aliases[r] {
				return -1 // also returned as another result
			}
		}
	}
	return p
}

// allocRoot returns the allocation that addr is a field or element of.
func allocRoot(addr ssa.Value) *ssa.Alloc {
	alloc, _ := root(addr, false).(*ssa.Alloc)
	return alloc
}

// root walks addr down fields and elements (and, if throughLoads, loads
// of pointers) to the value they are addresses into.
func root(addr ssa.Value, throughLoads bool) ssa.Value {
	for range 8 {
		switch a := addr.(type) {
		case *ssa.FieldAddr:
			addr = a.X
		case *ssa.IndexAddr:
			addr = a.X
		case *ssa.UnOp:
			if !throughLoads || a.Op != token.MUL {
				return addr
			}
			addr = a.X
		default:
			return addr
		}
	}
	return addr
}

func isEmptyInterface(t types.Type) bool {
	iface, ok := types.Unalias(t).Underlying().(*types.Interface)
	return ok && iface.Empty()
}

func isTypeParam(t types.Type) bool {
	_, ok := types.Unalias(t).(*types.TypeParam)
	return ok
}

// releasedOnAllPaths reports whether every path through fn releases
// (closes, commits or rolls back) its parameter or free variable p,
// traced as fl.
func (c *checker) releasedOnAllPaths(fn *ssa.Function, p ssa.Value, fl *flow) bool {
	fc := &funcChecker{checker: c, fn: fn, noReturn: c.noReturnCalls(fn)}
	a := &acquisition{value: p, kind: fl.kind}
	fl = fc.withDrainedBodies(a, fl)
	if !fl.releases() && !c.testsClosedUse(fn, fl) && !fc.releasingFailures(a, fl) {
		return false
	}
	return len(fc.searchFrom(a, fl, func(e event) bool { return e == released })) == 0
}

// releasingFailures reports whether the function calls a method that
// releases the resource a, traced as fl, where it fails: an iterator's
// Next that closes it at the end, read to its end by the function.
func (fc *funcChecker) releasingFailures(a *acquisition, fl *flow) bool {
	for _, b := range fc.fn.Blocks {
		for _, instr := range b.Instrs {
			call, ok := instr.(*ssa.Call)
			if !ok || !slices.ContainsFunc(call.Call.Args, func(v ssa.Value) bool { return fl.aliases[v] }) && !fl.aliases[call.Call.Value] {
				continue
			}
			if _, isTuple := call.Type().(*types.Tuple); !isTuple && fc.releasedByFailure(a, fl, call) {
				return true
			}
			for _, r := range usesOf(call) {
				if x, ok := r.(*ssa.Extract); ok && fc.releasedByFailure(a, fl, x) {
					return true
				}
			}
		}
	}
	return false
}

// testsClosedUse reports whether fn tests whether an error that a method
// of the resource traced as fl returned says the resource was closed (see
// testsClosed): past that test, the resource is closed.
func (c *checker) testsClosedUse(fn *ssa.Function, fl *flow) bool {
	return callsIn(fn, func(call *ssa.CallCommon) bool {
		_, ok := c.testsClosedOf(fl, call)
		return ok
	})
}

// testsClosedOf reports whether call tests whether the error of an Accept
// of the resource traced as fl says the resource was closed (see
// testsClosed and errorOfUse), and the result that says it was.
func (c *checker) testsClosedOf(fl *flow, call *ssa.CallCommon) (says, ok bool) {
	if !slices.ContainsFunc(call.Args, func(a ssa.Value) bool { return errorOfUse(fl, a) }) {
		return false, false // the cheap test first: most calls test nothing
	}
	k, says := c.testsClosed(call)
	return says, k >= 0 && errorOfUse(fl, call.Args[k])
}

// releasedOnFailure reports whether every path through fn that fails,
// returning false or a non-nil error as its last result, releases its
// parameter p, traced as fl: every path that reaches a return without
// releasing p returns true or nil there.
func (c *checker) releasedOnFailure(fn *ssa.Function, p *ssa.Parameter, fl *flow) bool {
	results := fn.Signature.Results()
	if results.Len() == 0 {
		return false
	}
	fc := &funcChecker{checker: c, fn: fn, noReturn: c.noReturnCalls(fn)}
	a := &acquisition{value: p, kind: fl.kind}
	if fl = fc.withDrainedBodies(a, fl); !fl.releases() {
		return false
	}
	last := results.Len() - 1
	succeeded := isNil
	if !types.Identical(results.At(last).Type(), errorType) {
		if b, ok := results.At(last).Type().Underlying().(*types.Basic); !ok || b.Kind() != types.Bool {
			return false
		}
		succeeded = isTrue
	}
	slotsKept := !defersOverResults(fn)
	closedGuard := c.closedGuard(fn, p)
	for _, l := range fc.searchFrom(a, fl, func(e event) bool { return e == released }) {
		ret, ok := l.exit.(*ssa.Return)
		if !ok {
			return false
		}
		if closedGuard[ret.Block()] {
			continue // if r.closed { return false }: released before
		}
		e := ret.Results[last]
		if slotsKept {
			e = resultValue(ret, e)
		}
		if !succeeded(e) && !lastBranchSucceeded(l, e) {
			return false
		}
	}
	return true
}

// lastBranchSucceeded reports whether the last branch on the path of l
// says that e, the last result of the return l reaches, is true or a nil
// error: if !more { r.Close() }; return more, on the path that skips the
// Close.
func lastBranchSucceeded(l leak, e ssa.Value) bool {
	if l.branch == nil {
		return false
	}
	cond, taken := l.branch.Cond, l.taken
	if not, ok := cond.(*ssa.UnOp); ok && not.Op == token.NOT {
		cond, taken = not.X, !taken
	}
	if cond == e {
		return taken // e is a bool, true on this side
	}
	if bin, ok := cond.(*ssa.BinOp); ok && isNilTestOf(bin, e) {
		return taken == (bin.Op == token.EQL)
	}
	return false
}

// ownPointerMutexes reports whether every mutex that the Close method fn
// locks through a pointer its receiver holds (b.lock, a *sync.Mutex) is
// the value's own (the package stores into that field only mutexes it
// has just made), and, where there is one, whether no goroutine the
// package starts reads a flag that fn sets (see readsFlags), which the
// flag could stop. A mutex shared with another value (&h.mu), or a flag
// that a goroutine polls, may make the Close matter. (A Close under a
// mutex held by value is not asked the second question: a flag that a
// goroutine polls is missed there, see README, Limits.)
func (c *checker) ownPointerMutexes(fn *ssa.Function) bool {
	recv := fn.Params[0]
	var fields []*ssa.FieldAddr
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			ci, ok := instr.(ssa.CallInstruction)
			if !ok || ci.Common().IsInvoke() {
				continue
			}
			callee := ci.Common().StaticCallee()
			if callee == nil || callee.Signature.Recv() == nil {
				continue
			}
			if name := typeName(callee.Signature.Recv().Type()); name != "sync.Mutex" && name != "sync.RWMutex" {
				continue
			}
			for _, a := range ci.Common().Args {
				if loadedFrom(a, recv) {
					fields = append(fields, a.(*ssa.UnOp).X.(*ssa.FieldAddr))
				}
			}
		}
	}
	if len(fields) == 0 {
		return true
	}
	flags := flagsStored(fn)
	for instr := range c.packageInstrs() {
		switch instr := instr.(type) {
		case *ssa.Store:
			fa, ok := instr.Addr.(*ssa.FieldAddr)
			if !ok {
				continue
			}
			for _, f := range fields {
				if fa.Field == f.Field && types.Identical(fa.X.Type(), f.X.Type()) {
					if _, fresh := instr.Val.(*ssa.Alloc); !fresh {
						return false
					}
				}
			}
		case *ssa.Go:
			call := instr.Common()
			var started *ssa.Function
			switch v := call.Value.(type) {
			case *ssa.Function:
				started = v
			case *ssa.MakeClosure:
				started, _ = v.Fn.(*ssa.Function)
			}
			if len(flags) > 0 && (started == nil || readsFlags(started, recv.Type(), flags, 0)) {
				return false // a goroutine that polls what Close sets
			}
		}
	}
	return true
}

// flagsStored returns the fields of its receiver into which the method fn
// stores a constant.
func flagsStored(fn *ssa.Function) map[int]bool {
	flags := map[int]bool{}
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			if st, ok := instr.(*ssa.Store); ok {
				if fa, ok := st.Addr.(*ssa.FieldAddr); ok && fa.X == ssa.Value(fn.Params[0]) {
					if _, ok := st.Val.(*ssa.Const); ok {
						flags[fa.Field] = true
					}
				}
			}
		}
	}
	return flags
}

// readsFlags reports whether fn, or a function of its package that it or
// a closure in it calls, loads one of the fields flags of a value of type
// ptr.
func readsFlags(fn *ssa.Function, ptr types.Type, flags map[int]bool, depth int) bool {
	if depth > 3 {
		return true
	}
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			switch instr := instr.(type) {
			case *ssa.FieldAddr:
				if flags[instr.Field] && types.Identical(instr.X.Type(), ptr) && slices.ContainsFunc(usesOf(instr), func(u ssa.Instruction) bool {
					load, ok := u.(*ssa.UnOp)
					return ok && load.Op == token.MUL
				}) {
					return true
				}
			case ssa.CallInstruction:
				if callee := instr.Common().StaticCallee(); callee != nil && callee.Pkg == fn.Pkg && callee != fn && readsFlags(callee, ptr, flags, depth+1) {
					return true
				}
			}
		}
	}
	for _, anon := range fn.AnonFuncs {
		if readsFlags(anon, ptr, flags, depth+1) {
			return true
		}
	}
	return false
}

// closedGuard returns the blocks that return at once where fn, a method
// whose receiver is p, starts by testing a bool field of p that the
// receiver type's Close sets to the value tested (if r.closed { return
// false }): a path through them finds p released already.
func (c *checker) closedGuard(fn *ssa.Function, p *ssa.Parameter) map[*ssa.BasicBlock]bool {
	if fn.Signature.Recv() == nil || len(fn.Params) == 0 || fn.Params[0] != p {
		return nil
	}
	field, want, ok := flagGuard(fn)
	var locked map[*ssa.BasicBlock]bool
	if !ok {
		field, want, locked = c.lockedFlagGuard(fn)
		if locked == nil {
			return nil
		}
	}
	m := closeMethod(p.Type())
	if m == nil {
		return nil
	}
	closeFn := c.prog.FuncValue(m)
	if closeFn == nil || len(closeFn.Params) == 0 || !setsOwnFlag(closeFn, field, want) || !c.flagSetOnlyBy(closeFn, field, want) {
		return nil
	}
	if locked != nil {
		return locked
	}
	// The block entered where the flag is want, from the entry alone
	// (not one that another test, r.err != nil, shares), and the
	// blocks it jumps through to its return.
	entry := fn.Blocks[0]
	b := entry.Succs[1]
	if want {
		b = entry.Succs[0]
	}
	if cond, ok := entry.Instrs[len(entry.Instrs)-1].(*ssa.If).Cond.(*ssa.UnOp); ok && cond.Op == token.NOT {
		b = entry.Succs[0]
		if want {
			b = entry.Succs[1]
		}
	}
	guard := map[*ssa.BasicBlock]bool{}
	for b != nil && !guard[b] && len(b.Preds) == 1 && doesNothingStep(b) {
		guard[b] = true
		if j, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Jump); ok {
			b = j.Block().Succs[0]
		} else {
			b = nil
		}
	}
	return guard
}

// lockedFlagGuard is flagGuard for a method that comes to its test of a
// bool field of its receiver past a test of the receiver against nil
// that returns at once, and under a lock of a mutex the receiver holds,
// which the blocks that return at once where the field is want unlock:
//
//	if c == nil { return false }
//	c.mu.Lock()
//	if c.closed { c.mu.Unlock(); return false }
//
// It returns the field, want and those blocks, or nil blocks.
func (c *checker) lockedFlagGuard(fn *ssa.Function) (int, bool, map[*ssa.BasicBlock]bool) {
	recv := fn.Params[0]
	if _, isPtr := types.Unalias(recv.Type()).Underlying().(*types.Pointer); !isPtr {
		return 0, false, nil
	}
	seen := map[*ssa.BasicBlock]bool{}
	for b := fn.Blocks[0]; !seen[b]; {
		seen[b] = true
		for _, instr := range b.Instrs[:len(b.Instrs)-1] {
			switch instr := instr.(type) {
			case *ssa.DebugRef, *ssa.FieldAddr, *ssa.BinOp:
			case *ssa.UnOp:
				if instr.Op != token.MUL && instr.Op != token.NOT {
					return 0, false, nil
				}
			case *ssa.Call:
				if acquires, ok := c.ownMutexCall(instr, recv); !ok || !acquires {
					return 0, false, nil
				}
			default:
				return 0, false, nil
			}
		}
		switch last := b.Instrs[len(b.Instrs)-1].(type) {
		case *ssa.Jump:
			b = b.Succs[0]
			continue
		case *ssa.If:
			if bin, ok := last.Cond.(*ssa.BinOp); ok && (bin.Op == token.EQL || bin.Op == token.NEQ) && isNilTestOf(bin, recv) {
				nilSide, other := b.Succs[0], b.Succs[1]
				if bin.Op == token.NEQ {
					nilSide, other = other, nilSide
				}
				if c.unlocksAndReturns(nilSide, recv) == nil {
					return 0, false, nil
				}
				b = other
				continue
			}
			index, negated, ok := receiverFlagTest(last.Cond, recv)
			if !ok {
				return 0, false, nil
			}
			for i, s := range b.Succs {
				if guard := c.unlocksAndReturns(s, recv); guard != nil {
					return index, (i == 0) != negated, guard
				}
			}
		}
		return 0, false, nil
	}
	return 0, false, nil
}

// isNilTestOf reports whether bin compares v with nil.
func isNilTestOf(bin *ssa.BinOp, v ssa.Value) bool {
	return (bin.X == v && isNil(bin.Y)) || (bin.Y == v && isNil(bin.X))
}

// unlocksAndReturns returns the blocks from b, entered from one block
// alone, through which the method whose receiver is recv only unlocks
// mutexes the receiver holds and returns constants, or nil.
func (c *checker) unlocksAndReturns(b *ssa.BasicBlock, recv *ssa.Parameter) map[*ssa.BasicBlock]bool {
	blocks := map[*ssa.BasicBlock]bool{}
	for b != nil && !blocks[b] && len(b.Preds) == 1 {
		blocks[b] = true
		for _, instr := range b.Instrs {
			switch instr := instr.(type) {
			case *ssa.DebugRef, *ssa.FieldAddr:
			case *ssa.Call:
				if acquires, ok := c.ownMutexCall(instr, recv); !ok || acquires {
					return nil
				}
			case *ssa.Jump:
				b = b.Succs[0]
			case *ssa.Return:
				for _, r := range instr.Results {
					if _, isConst := r.(*ssa.Const); !isConst {
						return nil
					}
				}
				return blocks
			default:
				return nil
			}
		}
	}
	return nil
}

// ownMutexCall reports whether call is a method of package sync's
// mutexes on a mutex that recv holds (&recv.mu), and whether it locks.
func (c *checker) ownMutexCall(call *ssa.Call, recv *ssa.Parameter) (acquires, ok bool) {
	callee := call.Call.StaticCallee()
	if callee == nil || len(call.Call.Args) == 0 {
		return false, false
	}
	obj, _ := callee.Object().(*types.Func)
	if obj == nil || callee.Signature.Recv() == nil {
		return false, false
	}
	m, known := mutexMethods[c.funcName(obj)]
	if fa, isField := call.Call.Args[0].(*ssa.FieldAddr); !known || !isField || fa.X != ssa.Value(recv) {
		return false, false
	}
	return m.action.acquires(), true
}

// doesNothingStep reports whether b only returns constants or jumps.
func doesNothingStep(b *ssa.BasicBlock) bool {
	for _, instr := range b.Instrs {
		switch instr := instr.(type) {
		case *ssa.DebugRef, *ssa.Jump:
		case *ssa.Return:
			for _, r := range instr.Results {
				if _, isConst := r.(*ssa.Const); !isConst {
					return false
				}
			}
		default:
			return false
		}
	}
	return true
}

// flagSetOnlyBy reports whether the package stores into the bool field
// field of values of closeFn's receiver type, an unexported one, nothing
// but the constant !want outside closeFn: where the flag is want, Close
// ran. A flag set from a variable (a constructor's `closed: paused`, or
// `c.closed = c.n%2 == 0`) may be want without it.
func (c *checker) flagSetOnlyBy(closeFn *ssa.Function, index int, want bool) bool {
	ptr := closeFn.Params[0].Type()
	if fv := field(ptr, index); fv == nil || fv.Exported() {
		return false // another package may set it
	}
	for instr := range c.packageInstrs() {
		st, ok := instr.(*ssa.Store)
		if !ok || isBoolConst(st.Val, !want) || st.Parent() == closeFn {
			continue // only a store of anything but the other constant may set it
		}
		if fa, ok := st.Addr.(*ssa.FieldAddr); ok && fa.Field == index && types.Identical(fa.X.Type(), ptr) {
			return false
		}
	}
	return true
}

// setsOwnFlag reports whether the method fn stores want into the bool
// field of its receiver.
func setsOwnFlag(fn *ssa.Function, field int, want bool) bool {
	recv := fn.Params[0]
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			st, ok := instr.(*ssa.Store)
			if !ok || !isBoolConst(st.Val, want) {
				continue
			}
			if fa, ok := st.Addr.(*ssa.FieldAddr); ok && fa.X == ssa.Value(recv) && fa.Field == field {
				return true
			}
		}
	}
	return false
}

// emptyButOptions returns k+1 when every value of fresh is a new struct
// that holds nothing but what the option functions of parameter k may put
// into it (see bornEmptyButOptions), or 0.
func (c *checker) emptyButOptions(fresh []ssa.Value) int {
	k := 0
	for _, v := range fresh {
		opts := c.bornEmptyButOptions(v)
		if opts == 0 || (k != 0 && opts != k) {
			return 0
		}
		k = opts
	}
	return k
}

// selfResult reports whether v is result i of a call of fn by itself.
func selfResult(fn *ssa.Function, v ssa.Value, i int) bool {
	call, j := resultOf(v)
	return call != nil && j == i && call.Call.StaticCallee() == fn
}

// defersOverResults reports whether fn defers a closure that captures one
// of its result slots, which may change what fn returns after the return
// statement stored it.
func defersOverResults(fn *ssa.Function) bool {
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			d, ok := instr.(*ssa.Defer)
			if !ok {
				continue
			}
			mc, ok := d.Call.Value.(*ssa.MakeClosure)
			if !ok {
				continue
			}
			for _, v := range mc.Bindings {
				if isResultCell(v) {
					return true
				}
			}
		}
	}
	return false
}

// deferKeepsResult reports whether fn returns v, a new value, as result
// i only through its result variable, which a closure deferred before v
// was made stores where fn's owner keeps it (a global) whenever it is not
// nil: a getter that caches the connection it makes in a global and hands
// the cached one to later callers (defer func() { if conn != nil { shared
// = conn } }()). Every return after the defer runs it.
func deferKeepsResult(fn *ssa.Function, v ssa.Value, i int) bool {
	made, ok := v.(ssa.Instruction)
	if !ok {
		return false
	}
	var slot *ssa.Alloc
	for _, r := range returned(fn, i) {
		ld, ok := r.(*ssa.UnOp)
		if !ok || ld.Op != token.MUL {
			return false
		}
		a, ok := ld.X.(*ssa.Alloc)
		if !ok || !isResultCell(a) || (slot != nil && a != slot) {
			return false
		}
		slot = a
	}
	if slot == nil {
		return false
	}
	for _, r := range usesOf(slot) {
		mc, ok := r.(*ssa.MakeClosure)
		if !ok {
			continue
		}
		k := slices.Index(mc.Bindings, ssa.Value(slot))
		for _, u := range usesOf(mc) {
			d, ok := u.(*ssa.Defer)
			if !ok || d.Call.Value != ssa.Value(mc) || len(d.Call.Args) != 0 || !before(d, made) {
				continue
			}
			if keep := keepsNonNilFree(mc.Fn.(*ssa.Function), k); keep != nil && onlyStoreTo(fn, keptBase(keep.Addr).(*ssa.Global), keep) {
				return true
			}
		}
	}
	return false
}

// keepsNonNilFree returns the store by which the closure fn keeps what
// its free variable k (a captured variable) holds in a global, or a field
// of one, on every path where it is not nil (at its entry, or under a
// test of it against nil), or nil.
func keepsNonNilFree(fn *ssa.Function, k int) *ssa.Store {
	if k < 0 || k >= len(fn.FreeVars) || len(fn.Blocks) == 0 {
		return nil
	}
	fv := fn.FreeVars[k]
	isLoad := func(v ssa.Value) bool {
		ld, ok := v.(*ssa.UnOp)
		return ok && ld.Op == token.MUL && ld.X == ssa.Value(fv)
	}
	var keep *ssa.Store
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			st, ok := instr.(*ssa.Store)
			if !ok || !isLoad(st.Val) {
				continue
			}
			if _, global := keptBase(st.Addr).(*ssa.Global); !global || keep != nil {
				return nil
			}
			keep = st
		}
	}
	if keep == nil {
		return nil
	}
	entry := fn.Blocks[0]
	if keep.Block() == entry {
		return keep
	}
	ifInstr, ok := entry.Instrs[len(entry.Instrs)-1].(*ssa.If)
	if !ok {
		return nil
	}
	cmp, ok := ifInstr.Cond.(*ssa.BinOp)
	if !ok {
		return nil
	}
	if tested := isLoad(cmp.X) && isNil(cmp.Y) || isLoad(cmp.Y) && isNil(cmp.X); !tested {
		return nil
	}
	nonNil := entry.Succs[0]
	switch cmp.Op {
	case token.NEQ:
	case token.EQL:
		nonNil = entry.Succs[1]
	default:
		return nil
	}
	if nonNil != keep.Block() {
		return nil
	}
	return keep
}

// onlyStoreTo reports whether keep is the only store into the global g
// (or a part of it) that fn and the closures it makes perform: another,
// a deferred reset that runs after the caching closure, or a clear right
// after the store, leaves the global without the value.
func onlyStoreTo(fn *ssa.Function, g *ssa.Global, keep *ssa.Store) bool {
	fns := []*ssa.Function{fn}
	for i := 0; i < len(fns) && i < 64; i++ {
		for _, b := range fns[i].Blocks {
			for _, instr := range b.Instrs {
				if st, ok := instr.(*ssa.Store); ok && st != keep && keptBase(st.Addr) == ssa.Value(g) {
					return false
				}
			}
		}
		fns = append(fns, fns[i].AnonFuncs...)
	}
	return true
}

// settledOnAllPaths reports whether every path through the closure fn
// releases or hands off its free variable fv, traced as fl, or goes
// through the branch on which an error it captured is nil.
//
// A path that skips the release on a branch over a variable of the
// enclosing function (defer func() { if closeAndRemove { f.Close() } }())
// is settled too: the function sets that variable where it keeps the
// resource, and clears it where it releases or hands it off.
func (c *checker) settledOnAllPaths(fn *ssa.Function, fv *ssa.FreeVar, fl *flow) bool {
	fc := &funcChecker{checker: c, fn: fn, noReturn: c.noReturnCalls(fn)}
	a := &acquisition{value: fv, kind: fl.kind, deferred: true}
	leaks := fc.search(a, fl)
	for _, l := range leaks {
		if l.branch == nil || !readsFlag(fn, fv, l.branch.Cond, 0) {
			return false
		}
	}
	return len(leaks) == 0 || fl.releases()
}

// readsFlag reports whether the condition v, in the closure fn, is
// computed from a variable of the enclosing function other than the
// resource's own, res, that the function assigns: a load of it, a field
// of what it holds, a comparison or negation of those. A parameter that
// is never reassigned (if verbose) is no flag.
func readsFlag(fn *ssa.Function, res *ssa.FreeVar, v ssa.Value, depth int) bool {
	if depth > 8 {
		return false
	}
	switch v := v.(type) {
	case *ssa.UnOp:
		if v.Op == token.NOT {
			return readsFlag(fn, res, v.X, depth+1)
		}
		if v.Op == token.MUL {
			if fv, ok := v.X.(*ssa.FreeVar); ok {
				return fv != res && assigned(fn, fv)
			}
			return readsFlag(fn, res, v.X, depth+1)
		}
	case *ssa.FieldAddr:
		return readsFlag(fn, res, v.X, depth+1)
	case *ssa.BinOp:
		return readsFlag(fn, res, v.X, depth+1) || readsFlag(fn, res, v.Y, depth+1)
	}
	return false
}

// assigned reports whether the function that makes the closure fn stores
// into the variable that fn captures as fv anything but the value of a
// parameter (which is how a captured parameter is kept).
func assigned(fn *ssa.Function, fv *ssa.FreeVar) bool {
	i := slices.Index(fn.FreeVars, fv)
	if i < 0 || fn.Parent() == nil {
		return false
	}
	for _, b := range fn.Parent().Blocks {
		for _, instr := range b.Instrs {
			mc, ok := instr.(*ssa.MakeClosure)
			if !ok || mc.Fn != fn || i >= len(mc.Bindings) {
				continue
			}
			if refs := mc.Bindings[i].Referrers(); refs != nil {
				for _, r := range *refs {
					if st, ok := r.(*ssa.Store); ok && st.Addr == mc.Bindings[i] {
						if _, isParam := st.Val.(*ssa.Parameter); !isParam {
							return true
						}
					}
				}
			}
			return false
		}
	}
	return false
}

// canHoldResource reports whether a value of type t can be or contain a
// resource that a function could close or keep.
func canHoldResource(t types.Type) bool {
	switch t := types.Unalias(t).Underlying().(type) {
	case *types.Basic:
		return false
	case *types.Slice, *types.Array, *types.Map, *types.Chan, *types.Signature:
		return true
	case *types.Struct:
		return t.NumFields() > 0
	}
	return true
}

// fact returns the Summary fact for s, and whether it says anything.
func (s *summary) fact() (*Summary, bool) {
	f := &Summary{Borrowed: s.borrowed, Empty: s.empty, IdleEmpty: s.idleEmpty, EmptyButOptions: s.emptyButOptions, OptsParam: s.optsParam, Dormant: s.dormant, Delegates: s.delegates, Starts: s.starts, GoReleases: s.goReleases, MayEmpty: s.mayEmpty, Forwards: s.forwards, Wraps: s.wraps, WrapsOnly: s.wrapsOnly, Releasers: s.releasers, KeptIn: s.keptIn, Owns: s.owns, NilErrors: s.nilErrs, FailErrors: s.failErrs, Dynamic: s.dynamic, NoOp: s.noOp, ZeroNoOp: s.zeroNoOp, NilNoOp: s.nilNoOp, FillsOnSuccess: s.fillsOnSuccess, FillsOnTrue: s.fillsOnTrue, StartsWaiter: s.startsWaiter, FalseOnNil: s.falseOnNil, IsTarget: s.isTarget, ErrParam: s.errParam, OnlyOnError: s.onlyOnError, OnlyOnErrorTarget: s.onlyOnErrorTarget, TrueOnNil: s.trueOnNil, NilForNil: s.nilForNil, ClosedTest: s.closedTest, Exposes: s.exposes}
	for _, p := range s.closes {
		if strings.HasPrefix(p, "p") {
			f.Closes = append(f.Closes, p)
		}
	}
	f.Gives = s.gives
	f.ReleasesIf, f.Sets, f.BorrowedIf, f.ResultOf, f.EmptyWhen = s.releasesIf, s.sets, s.borrowedIf, s.resultOf, s.emptyWhen
	for i, p := range s.params {
		if p && i < 64 {
			f.Consumes |= 1 << i
		}
		if s.releases[i] && i < 64 {
			f.Releases |= 1 << i
		}
		if s.releaseOnFailure(i) && i < 64 {
			f.ReleasesOnFailure |= 1 << i
		}
	}
	return f, f.Consumes != 0 || f.Releases != 0 || f.ReleasesOnFailure != 0 || f.Borrowed != 0 || f.Empty != 0 || f.EmptyButOptions != 0 || f.Dormant != 0 || f.Delegates != 0 || f.Starts != 0 || f.Forwards != nil || f.Wraps != nil || f.Releasers != nil || f.Owns != nil || f.NilErrors != 0 || f.FailErrors != 0 || f.Dynamic != nil || f.NoOp || f.ZeroNoOp || f.NilNoOp || f.FillsOnSuccess || f.FillsOnTrue || f.FalseOnNil || f.OnlyOnError != 0 || f.TrueOnNil != 0 || f.NilForNil != 0 || f.ClosedTest != 0 || f.Exposes != 0 || f.Closes != nil || f.Gives != nil || f.ReleasesIf != nil || f.Sets != nil || f.BorrowedIf != nil || f.ResultOf != nil || f.EmptyWhen != nil
}

// closesPart reports whether the Close of t, whose value points to a
// struct of type st, closes what that struct's field holds or what is
// within it: the Close of a recording that closes the temporary files of
// the monitor it embeds by value releases that monitor.
func (c *checker) closesPart(t, st types.Type, field int) bool {
	closeFn := c.closeMethodFunc(t)
	if closeFn == nil {
		return false
	}
	name := "p0." + fieldName(st, field)
	return slices.ContainsFunc(c.summaryOf(closeFn).closes, func(p string) bool { return p == name || strings.HasPrefix(p, name+".") })
}

// partOfParam returns the parameter that result i of fn is always a part
// of, or -1: the address of a field of the parameter (pc.Conn1() returns
// &pc.c1) whose type has a Close that releases it, as the end of a pipe
// that closes the pipe, or whose contents the parameter's own Close
// closes (&r.mon of a recording whose Close closes the monitor's files).
// whole says that the field's own Close releases it on every path, so
// that handing off or closing the part hands off or closes the whole.
func (c *checker) partOfParam(fn *ssa.Function, i int) (param int, whole bool) {
	param, whole = -1, true
	for _, v := range returned(fn, i) {
		if mi, ok := v.(*ssa.MakeInterface); ok {
			v = mi.X
		}
		fa, ok := v.(*ssa.FieldAddr)
		if !ok {
			return -1, false
		}
		p, ok := fa.X.(*ssa.Parameter)
		if !ok {
			return -1, false
		}
		j := slices.Index(fn.Params, p)
		if param >= 0 && j != param {
			return -1, false
		}
		m := closeMethod(fa.Type())
		if m == nil {
			return -1, false
		}
		closeFn := c.ssaFunc(m)
		switch {
		case closeFn == nil:
			return -1, false
		case c.summaryOf(closeFn).release(0):
		case c.closesPart(p.Type(), fa.X.Type(), fa.Field):
			whole = false
		default:
			return -1, false
		}
		param = j
	}
	return param, whole && param >= 0
}

// receiverFieldAddress reports whether the method fn returns as result i
// only the address of a field of its receiver (or of a field of such a
// field, held there by value) that it does not store into: an accessor
// of a part of the receiver. A function that fills the part it returns
// (finishInit(buf) returning &buf.iter) makes something new in it.
func receiverFieldAddress(fn *ssa.Function, i int) bool {
	if fn.Signature.Recv() == nil || len(fn.Params) == 0 {
		return false
	}
	vals := returned(fn, i)
	for _, v := range vals {
		if mi, ok := v.(*ssa.MakeInterface); ok {
			v = mi.X
		}
		base, path := fieldPath(v)
		if base != ssa.Value(fn.Params[0]) || len(path) == 0 {
			return false
		}
		for _, r := range usesOf(v) {
			if st, ok := r.(*ssa.Store); ok && st.Addr == v {
				return false
			}
		}
	}
	return len(vals) > 0
}

// returnsOnlyInputs reports whether every value that fn returns as result
// i is something it was given: a parameter, a global, a free variable, a
// constant, a field or element read from one of those, or what a callee
// borrows from them (a registry's Get returns one of its slots). An
// element of a slice that a callee just made (openAll(names)[0]) is not.
func (c *checker) returnsOnlyInputs(fn *ssa.Function, i int) bool {
	for _, b := range fn.Blocks {
		if ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok && i < len(ret.Results) && !c.isGivenValue(ret.Results[i], 0) {
			return false
		}
	}
	return true
}

// isGivenValue is returnsOnlyInputs for one value, followed at most eight
// steps deep.
func (c *checker) isGivenValue(v ssa.Value, depth int) bool {
	if depth > 8 {
		return false
	}
	switch x := unconvert(v).(type) {
	case *ssa.Parameter, *ssa.Global, *ssa.FreeVar, *ssa.Const:
		return true
	case *ssa.TypeAssert:
		return c.isGivenValue(x.X, depth+1)
	case *ssa.Extract:
		if ta, ok := x.Tuple.(*ssa.TypeAssert); ok {
			return c.isGivenValue(ta.X, depth+1)
		}
		if call, ok := x.Tuple.(*ssa.Call); ok {
			return c.borrowedFromGiven(call, x.Index, depth)
		}
	case *ssa.Call:
		return c.borrowedFromGiven(x, 0, depth)
	case *ssa.Phi:
		for _, e := range x.Edges {
			if !c.isGivenValue(e, depth+1) {
				return false
			}
		}
		return true
	case *ssa.Field:
		return c.isGivenValue(x.X, depth+1)
	case *ssa.Index:
		return c.isGivenValue(x.X, depth+1)
	case *ssa.UnOp:
		if x.Op != token.MUL {
			return false
		}
		switch addr := x.X.(type) {
		case *ssa.Global:
			return true
		case *ssa.FieldAddr:
			return c.isGivenValue(addr.X, depth+1)
		case *ssa.IndexAddr:
			return c.isGivenValue(addr.X, depth+1)
		}
	}
	return false
}

// borrowedFromGiven reports whether result j of call is borrowed (by the
// callee's summary) and the call is a method of, or a function given,
// only values that isGivenValue accepts: what it borrows, it borrows from
// those.
func (c *checker) borrowedFromGiven(call *ssa.Call, j int, depth int) bool {
	if j >= 64 || call.Call.IsInvoke() || call.Call.StaticCallee() == nil || c.borrowedResults(call)&(1<<j) == 0 {
		return false
	}
	for _, a := range call.Call.Args {
		if canHoldResource(a.Type()) && !c.isGivenValue(a, depth+1) {
			return false
		}
	}
	return true
}

// ownedByGoroutine reports whether v, a value that its function makes, is
// the receiver of a goroutine that the function starts, of a method that
// releases its receiver on every path and that waits on the Done of a
// context the function was given: that goroutine owns the value and
// closes it when the caller's context ends, if not sooner, so the caller
// need not (a mux's NewServerWorker(ctx, d, link), whose run(ctx) closes
// the worker as it returns). A goroutine that ends only when the value is
// closed leaves it to the caller.
func (c *checker) ownedByGoroutine(v ssa.Value) bool {
	refs := v.Referrers()
	if refs == nil {
		return false
	}
	for _, ref := range *refs {
		g, ok := ref.(*ssa.Go)
		if !ok || g.Call.IsInvoke() || len(g.Call.Args) == 0 || g.Call.Args[0] != v {
			continue
		}
		callee := g.Call.StaticCallee()
		if callee == nil || callee.Signature.Recv() == nil || len(callee.Params) != len(g.Call.Args) || !c.summaryOf(callee).release(0) {
			continue
		}
		for i, arg := range g.Call.Args[1:] {
			if _, given := arg.(*ssa.Parameter); given && typeName(arg.Type()) == "context.Context" && waitsOnDone(callee.Params[i+1]) {
				return true
			}
		}
	}
	return false
}

// waitsOnDone reports whether ctx, a context parameter, has its Done
// method called.
func waitsOnDone(ctx *ssa.Parameter) bool {
	refs := ctx.Referrers()
	if refs == nil {
		return false
	}
	for _, ref := range *refs {
		if call, ok := ref.(*ssa.Call); ok && call.Call.IsInvoke() && call.Call.Value == ssa.Value(ctx) && call.Call.Method.Name() == "Done" {
			return true
		}
	}
	return false
}

// rootedOutside reports whether every value that fn returns as result i
// is read out of a parameter, a global or what a call returns, through
// fields, elements, assertions and copies, and never out of a container,
// a channel or a cell that fn made (a struct put into a new slice and
// read back is still new, and so is one built by a closure into a
// variable it captures).
func rootedOutside(fn *ssa.Function, i int) bool {
	seen := map[ssa.Value]bool{}
	var outside func(v ssa.Value, depth int) bool
	outside = func(v ssa.Value, depth int) bool {
		if seen[v] {
			return true
		}
		seen[v] = true
		if depth > maxNesting {
			return false
		}
		switch x := v.(type) {
		case *ssa.Parameter, *ssa.Global, *ssa.Const, *ssa.Call:
			return true
		case *ssa.Extract:
			if ta, ok := x.Tuple.(*ssa.TypeAssert); ok {
				return outside(ta.X, depth+1)
			}
			_, isCall := x.Tuple.(*ssa.Call)
			return isCall
		case *ssa.UnOp:
			if x.Op == token.MUL && isLocalCell(x.X) {
				for _, r := range usesOf(x.X) {
					if st, ok := r.(*ssa.Store); ok && st.Addr == x.X && !outside(st.Val, depth+1) {
						return false
					}
					if _, ok := r.(*ssa.MakeClosure); ok {
						return false // a closure may store into it
					}
				}
				return true
			}
			if x.Op != token.MUL && x.Op != token.ARROW {
				return false
			}
			return outside(x.X, depth+1)
		case *ssa.FieldAddr:
			return outside(x.X, depth+1)
		case *ssa.Field:
			return outside(x.X, depth+1)
		case *ssa.IndexAddr:
			return outside(x.X, depth+1)
		case *ssa.Index:
			return outside(x.X, depth+1)
		case *ssa.Lookup:
			return outside(x.X, depth+1)
		case *ssa.TypeAssert:
			return outside(x.X, depth+1)
		case *ssa.ChangeType:
			return outside(x.X, depth+1)
		case *ssa.MakeInterface:
			return outside(x.X, depth+1)
		case *ssa.ChangeInterface:
			return outside(x.X, depth+1)
		case *ssa.Slice:
			return outside(x.X, depth+1)
		case *ssa.Phi:
			for _, e := range x.Edges {
				if !outside(e, depth+1) {
					return false
				}
			}
			return true
		}
		return false // a new composite, container or channel, a captured variable
	}
	for _, v := range returned(fn, i) {
		if !outside(v, 0) {
			return false
		}
	}
	return true
}

// closesOnlyGifts reports whether the Close of result i of fn (with
// origins o), a new value, closes only fields that fn filled with what
// its parameters hold
// (gifts "r0.config=p0.config" beside a Close that closes
// "p0.config.driver"): closing it would close its caller's, and nothing
// of its own.
func (c *checker) closesOnlyGifts(fn *ssa.Function, s *summary, i int, o *origins) bool {
	if len(s.gives) == 0 {
		return false
	}
	closeFn := c.closeMethodFunc(fn.Signature.Results().At(i).Type())
	if closeFn == nil || closeFn.Blocks == nil || closeFn == fn {
		return false
	}
	closes := c.summaryOf(closeFn).closes
	if len(closes) == 0 || signalsOrDrains(closeFn) {
		return false
	}
	gifted := map[string]bool{}
	for _, e := range s.gives {
		if g, ok := parseGift(e); ok && g.result == i && len(g.within) > 0 && strings.HasPrefix(g.field, "p") {
			gifted[g.within[0]] = true
		}
	}
	// Besides the gifts, the new value has nowhere to hold a resource of
	// its own: no channel of connections (which a Close that drains it
	// closes, unlisted), no field of a type with a Close.
	st := structOf(fn.Signature.Results().At(i).Type())
	if st == nil {
		return false
	}
	for f := range st.Fields() {
		if !gifted[f.Name()] && !c.noResourceIn(f.Type()) {
			return false
		}
	}
	// And the gifted fields hold only what is read out of a parameter:
	// a decoder that keeps the reader it was given, or else a file that
	// a helper opened, is the caller's to close.
	if len(o.fresh) == 0 {
		return false
	}
	for _, v := range o.fresh {
		alloc, ok := v.(*ssa.Alloc)
		if !ok {
			return false
		}
		for _, r := range usesOf(alloc) {
			if st, ok := r.(*ssa.Store); ok && st.Val == ssa.Value(alloc) {
				return false // kept in a variable a closure captures: filled out of sight
			}
			fa, ok := r.(*ssa.FieldAddr)
			if !ok || !gifted[fieldName(alloc.Type(), fa.Field)] {
				continue
			}
			for _, u := range usesOf(fa) {
				if st, ok := u.(*ssa.Store); ok && st.Addr == ssa.Value(fa) && !readFromParam(st.Val) {
					return false
				}
			}
		}
	}
	for _, closed := range closes {
		path, ok := strings.CutPrefix(closed, "p0.")
		if !ok {
			return false
		}
		covered := false
		for _, e := range s.gives {
			g, ok := parseGift(e)
			if !ok || g.result != i || len(g.within) == 0 || !strings.HasPrefix(g.field, "p") {
				continue
			}
			if within := strings.Join(g.within, "."); path == within || strings.HasPrefix(path, within+".") {
				covered = true
				break
			}
		}
		if !covered {
			return false
		}
	}
	return true
}

// structOf returns the struct that t is or points to, or nil.
func structOf(t types.Type) *types.Struct {
	if p, ok := types.Unalias(t).Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	st, _ := types.Unalias(t).Underlying().(*types.Struct)
	return st
}

// signalsOrDrains reports whether fn closes a channel, sends or receives
// on one, or starts a goroutine: a Close that stops a goroutine of its
// value, or drains the connections kept in a channel of it, releases
// more than the fields its summary says it closes.
func signalsOrDrains(fn *ssa.Function) bool {
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			switch instr := instr.(type) {
			case *ssa.Send, *ssa.Go, *ssa.Select:
				return true
			case *ssa.UnOp:
				if instr.Op == token.ARROW {
					return true
				}
			case *ssa.Call:
				if b, ok := instr.Call.Value.(*ssa.Builtin); ok && b.Name() == "close" {
					return true
				}
			}
		}
	}
	return false
}

// readFromParam reports whether v is a parameter, or is read out of one
// through fields and conversions, with no call between, or out of the
// copy of a struct parameter that a value receiver's fields are read from.
func readFromParam(v ssa.Value) bool {
	switch x := readRoot(v).(type) {
	case *ssa.Parameter:
		return true
	case *ssa.Alloc:
		return copiedParam(x) != nil
	}
	return false
}

// readRoot returns the value that v is read out of through fields, loads
// and conversions, with no call between: v itself when it is read out of
// nothing, nil past maxNesting steps.
func readRoot(v ssa.Value) ssa.Value {
	for range maxNesting {
		switch x := unconvert(v).(type) {
		case *ssa.Field:
			v = x.X
		case *ssa.FieldAddr:
			v = x.X
		case *ssa.UnOp:
			if x.Op != token.MUL {
				return x
			}
			v = x.X
		default:
			return x
		}
	}
	return nil
}
