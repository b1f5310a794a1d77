package analyzer

import (
	"errors"
	"flag"
	"fmt"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/buildssa"
	"golang.org/x/tools/go/analysis/passes/ctrlflow"
	"golang.org/x/tools/go/ssa"
)

// Name is the name of the analyzer, of its vet flags' prefix in
// multichecker mode, and of the golangci-lint linter.
const Name = "leakvet"

// Settings configure one copy of the analyzer. The zero value is the
// default configuration.
type Settings struct {
	// SkipTests, when set, leaves functions declared in _test.go files
	// unchecked.
	SkipTests bool
	// TakeOver, when set, also checks the parameters that a function
	// takes over: a parameter of a resource type that it closes on some
	// path and keeps (returns or stores) on another is its own to release,
	// and a third path that does neither leaks it. Off by default: the
	// shape is inferred, and ownership of parameters is often a contract
	// that the code alone does not show.
	TakeOver bool
	// ExcludeTypes lists types that are never treated as resources,
	// each as "import/path.TypeName" (for example "example.com/pool.Conn").
	// A pointer to a listed type is excluded too.
	ExcludeTypes []string
	// Borrowers lists functions and methods that use a resource passed to
	// them but never close or keep it, so that the caller still owns it:
	// "import/path.Func" or "(*import/path.Type).Method" /
	// "(import/path.Type).Method".
	Borrowers []string
	// Reports is a directory of the reports that test runs with
	// LEAKVET_REPORTS set wrote (see the runtime package). With it, each
	// finding says whether a test confirmed it or exercised its
	// acquisition without a leak, and the leaks that only the tests
	// found are reported too.
	Reports string
	// ConfirmedOnly, with Reports, reports only the findings a test
	// confirmed and the leaks only the tests found.
	ConfirmedOnly bool
	// NoLocks, when set, turns the check of locks off: mutexes locked
	// and still held at a return, unlocked by the unlock of the other
	// kind, or unlocked twice (see lockcheck.go).
	NoLocks bool
	// FactsOnly, when set, makes the analyzer compute only the summaries
	// (facts) that importers need, and report nothing: for a driver that
	// analyzes the dependencies of the packages it checks for their
	// facts alone.
	FactsOnly bool
}

// Analyzer is the leakvet analyzer with default settings; its flags
// (-skip-tests, -takeover, -exclude-types, -borrowers, -reports,
// -confirmed-only, -locks) configure it on the command line.
var Analyzer = newAnalyzer(&config{locks: true})

// New returns an analyzer configured by s, or an error naming the first
// malformed entry of s.
func New(s Settings) (*analysis.Analyzer, error) {
	c := &config{skipTests: s.SkipTests, takeOver: s.TakeOver, confirmedOnly: s.ConfirmedOnly, factsOnly: s.FactsOnly, locks: !s.NoLocks}
	for _, t := range s.ExcludeTypes {
		if err := c.excludeTypes.add(t, parseTypeName); err != nil {
			return nil, fmt.Errorf("exclude-types: %v", err)
		}
	}
	for _, f := range s.Borrowers {
		if err := c.borrowers.add(f, parseFuncName); err != nil {
			return nil, fmt.Errorf("borrowers: %v", err)
		}
	}
	if s.Reports != "" {
		idx, err := readReports(s.Reports)
		if err != nil {
			return nil, fmt.Errorf("reports: %v", err)
		}
		c.reportsDir, c.runtime = s.Reports, idx
	} else if s.ConfirmedOnly {
		return nil, errors.New("confirmed-only needs reports")
	}
	return newAnalyzer(c), nil
}

// config is the parsed form of Settings, shared by the flags and by New.
type config struct {
	skipTests    bool
	takeOver     bool
	excludeTypes nameList
	borrowers    nameList
	// reportsDir and runtime are the directory of -reports and the test
	// reports read from it, or nil (see confirm.go).
	reportsDir    string
	runtime       *runtimeIndex
	confirmedOnly bool
	factsOnly     bool
	locks         bool // check locks (see NoLocks)
}

func newAnalyzer(c *config) *analysis.Analyzer {
	a := &analysis.Analyzer{
		Name:      Name,
		Doc:       doc,
		URL:       "https://pkg.go.dev/github.com/leakvet/leakvet/analyzer",
		Requires:  []*analysis.Analyzer{buildssa.Analyzer, ctrlflow.Analyzer},
		FactTypes: []analysis.Fact{new(Summary), new(InertInterface), new(InitTypes)},
		Run: func(pass *analysis.Pass) (any, error) {
			return run(pass, c)
		},
	}
	a.Flags.BoolVar(&c.skipTests, "skip-tests", c.skipTests, "do not check functions declared in _test.go files")
	a.Flags.BoolVar(&c.takeOver, "takeover", c.takeOver, "also check parameters that a function closes on some path and keeps on another, as its own resources")
	a.Flags.Var(&listFlag{&c.excludeTypes, parseTypeName}, "exclude-types",
		"comma-separated types never treated as resources, e.g. example.com/pool.Conn")
	a.Flags.Var(&listFlag{&c.borrowers, parseFuncName}, "borrowers",
		"comma-separated functions that use but never close their resource arguments, e.g. example.com/codec.Decode,(*example.com/x.T).Read")
	a.Flags.Var(&reportsFlag{c}, "reports",
		"directory of the reports written by tests run with LEAKVET_REPORTS=DIR: each finding says whether a test confirmed it, and leaks only the tests found are reported")
	a.Flags.Var(&confirmedOnlyFlag{c}, "confirmed-only", "after -reports, report only the findings a test confirmed and the leaks only the tests found")
	a.Flags.BoolVar(&c.locks, "locks", c.locks, "also report mutexes locked and still held at a return, released by the unlock of the other kind, or unlocked twice")
	return a
}

// nameList is a set of validated, fully qualified names.
type nameList map[string]bool

func (l *nameList) add(s string, parse func(string) error) error {
	s = strings.TrimSpace(s)
	if err := parse(s); err != nil {
		return err
	}
	if *l == nil {
		*l = make(nameList)
	}
	(*l)[s] = true
	return nil
}

// listFlag is a flag.Value for a comma-separated nameList.
type listFlag struct {
	list  *nameList
	parse func(string) error
}

var _ flag.Value = (*listFlag)(nil)

func (f *listFlag) String() string {
	if f == nil || f.list == nil {
		return ""
	}
	var names []string
	for n := range *f.list {
		names = append(names, n)
	}
	return strings.Join(sorted(names), ",")
}

func (f *listFlag) Set(s string) error {
	for _, part := range strings.Split(s, ",") {
		if strings.TrimSpace(part) == "" {
			continue
		}
		if err := f.list.add(part, f.parse); err != nil {
			return err
		}
	}
	return nil
}

// A checker holds what one run of the analyzer on one package knows.
type checker struct {
	pass      *analysis.Pass
	cfg       *config
	prog      *ssa.Program // to find the methods of types (may be nil in tests)
	summaries map[*ssa.Function]*summary
	// assumed holds, while a summary is worked out under an assumption
	// about a flag its caller passes (see flagBorrowed), the branches
	// that the flag rules out: the successor of each conditional jump
	// that no path takes.
	assumed map[*ssa.If]int
	// nonNil holds, while a summary is worked out under the assumption
	// that a parameter or a captured variable is not nil (see
	// nilBorrowed), that value: a call given it meets a callee's
	// condition on its argument being non-nil.
	nonNil map[ssa.Value]bool
	// flagValues holds, while a summary is worked out under an
	// assumption about a boolean parameter (see flagBorrowed), its
	// value: a call that passes it on meets a callee's condition on it.
	flagValues map[*ssa.Parameter]bool
	// fieldFlags holds, while a summary is worked out under an
	// assumption about a boolean field of a struct parameter that the
	// function passes on (see forwardedFieldFlags), its value.
	fieldFlags map[*ssa.Parameter]map[string]bool
	// pathVals memoizes pathValuesOf (nil: the function tracks none).
	pathVals map[*ssa.Function]*pathValues
	// fieldCallees holds, once fieldFuncs has computed it, the functions
	// the package stores in each of its unexported function fields.
	fieldCallees map[*types.Var][]*ssa.Function
	// typeCallees holds, once typeFuncs has computed it, the functions
	// that the package converts to each of its unexported function
	// types, nil for a type whose values may come from elsewhere.
	typeCallees map[*types.TypeName][]*ssa.Function
	// resolved caches resolvedSummary by call (nil: not resolved).
	resolved map[*ssa.CallCommon]*summary
	// signalling caches signals by Close method.
	signalling map[*ssa.Function]bool
	// cancelFields caches privateCancels by struct type and field.
	cancelFields map[string]bool
	// accessorUses caches accessorUse by interface method or
	// function-valued field.
	accessorUses map[types.Object]accessorUse
	// stopping caches stops: whether a function of the package never
	// returns (false while it is worked out).
	stopping map[*ssa.Function]bool
	// exportingTypes is set while resultTypes works out the types that
	// a fact will name: an exported variable may hold others then.
	exportingTypes bool
	// closedTypes holds the types of the values whose Close the package
	// calls (see closesValuesOf), once it is needed.
	closedTypes map[string]bool
	// callInstrs maps the calls of the package to their instructions,
	// once callInstrOf needs it.
	callInstrs map[*ssa.CallCommon]ssa.CallInstruction
	// wrapShapes caches wrapperShape by call.
	wrapShapes map[*ssa.CallCommon][2]int
	// emptyByZero caches, for the Close of a type, the fields that it
	// reads while they are zero and does nothing (see bornEmpty), or
	// nil when it is not such a Close.
	emptyByZero map[*ssa.Function]map[string]bool
	// idleByField caches, for the Close of a type, the fields each of
	// which, zero alone, leaves it doing nothing (see idleFields).
	idleByField map[*ssa.Function]map[string]bool
	// idleBorn holds the values that bornIdleOpts found empty for good:
	// made without a field that their Close needs (see idleFields).
	idleBorn map[ssa.Value]bool
	// calls holds, once paramFuncs has computed it, the call sites of
	// each function of the package that is only ever called directly.
	calls map[*ssa.Function][]ssa.CallInstruction
	// fieldReleases memoizes releasesField.
	fieldReleases map[fieldKey]bool
	// indirect holds the packages that this one imports only indirectly
	// and that the pass's SSA program lacks (see indirectFunc).
	indirect *ssa.Program
	// failsEmptyMemo memoizes fillsOnSuccess for the calls that fill an
	// empty value, which the path search meets on every path.
	failsEmptyMemo map[paramOf]bool
	names          map[*types.Func]string // memo of funcName
	ignores        *ignores
	index          *syntaxIndex // built on the first report
	srcFuncs       []*ssa.Function
	funcFields     map[string]bool     // see assignsFuncField
	options        map[optionsKey]bool // see optionsSetOtherFields

	// searchSeen and searchQueue are searchFrom's scratch, kept between
	// searches so that the searches of a function's acquisitions reuse
	// one map of the nodes entered and one queue (nil while a search has
	// taken them).
	searchSeen  map[searchNode]bool
	searchQueue []searchItem

	guessed map[*ssa.Function]bool // in progress, and a recursive call saw the assumption
	// guesses: for a function some of whose results turned out new
	// after a recursive call had assumed them borrowed, the results
	// left to assume borrowed (see summaryOf).
	guesses map[*ssa.Function]uint64
	// guessesIf: for such a function, the conditions under which its
	// summary found those results not the caller's (borrowedIf), to
	// assume in turn (see summaryOf).
	guessesIf map[*ssa.Function][]string
	finished  []*ssa.Function // summaries computed from bodies, in order
	dropped   int             // summaries dropped after a guess (see maxDropped)
	// readsOf[fn]: the outermost function in progress whose assumption
	// fn's summary read when it was computed (see summaryOf).
	readsOf          map[*ssa.Function]readMark
	stack            []*ssa.Function       // functions whose summaries are being computed, outermost first
	depthOf          map[*ssa.Function]int // their depths in stack
	frames           []int                 // for each, the outermost depth its computation read
	concrete         []types.Type          // see concreteTypes
	impls            map[*types.Interface][]types.Type
	invokes          map[*ssa.CallCommon]*summary       // see invokeSummary
	parts            map[types.Type]map[int]bool        // see releasedParts
	movable          map[types.Type]map[int]bool        // see movableParts
	computing        map[*ssa.Function]bool             // see callsComputing
	copies           map[types.Type]bool                // see copyHolds
	partTraces       map[ssa.Value]bool                 // parts being traced, see valueUse
	flagFields       map[*types.Named][]string          // release flags of the package's types, see releaseFlags
	responseBuilders map[*ssa.Function]bool             // see buildsResponse
	makesResponses   int                                // see makesResponses: 0 unknown, 1 no, 2 yes
	recvCalls        map[callsKey]map[receiverCall]bool // see receiverCalls

	lockSummaries map[*ssa.Function]*lockSummary // see lockSummaryOf

	inertIfaces map[*types.TypeName]bool // see inertInterface
	deciding    map[*types.TypeName]bool // interfaces inertInterface is deciding

	ssaPkg          *ssa.Package
	bodyBuilder     *bool                       // see buildsBodies
	storedAtInit    map[*ssa.Global][]ssa.Value // see initStores
	partlyInit      map[*ssa.Global]bool        // see initStores
	assignedGlobals map[*types.Var]bool         // see globalAssigned
}

// funcName returns the qualified name of fn that the knowledge tables use.
func (c *checker) funcName(fn *types.Func) string {
	name, ok := c.names[fn]
	if !ok {
		name = funcName(fn)
		c.names[fn] = name
	}
	return name
}

// run analyzes one package: it records a Summary fact for each function
// that closes or keeps what it is given or returns what it does not own,
// then checks every function for leaks.
func run(pass *analysis.Pass, cfg *config) (any, error) {
	j := newJoin(pass, cfg)
	if j != nil {
		pass = j.pass // a copy whose Report joins each finding with the test reports
	}
	ssaInfo := pass.ResultOf[buildssa.Analyzer].(*buildssa.SSA)
	c := &checker{
		pass: pass, cfg: cfg, prog: ssaInfo.Pkg.Prog, ssaPkg: ssaInfo.Pkg, srcFuncs: ssaInfo.SrcFuncs,
		summaries: map[*ssa.Function]*summary{}, pathVals: map[*ssa.Function]*pathValues{}, names: map[*types.Func]string{},
		fieldReleases: map[fieldKey]bool{},
		guessed:       map[*ssa.Function]bool{}, guesses: map[*ssa.Function]uint64{}, guessesIf: map[*ssa.Function][]string{}, readsOf: map[*ssa.Function]readMark{}, depthOf: map[*ssa.Function]int{}, impls: map[*types.Interface][]types.Type{},
		invokes: map[*ssa.CallCommon]*summary{}, parts: map[types.Type]map[int]bool{}, movable: map[types.Type]map[int]bool{}, copies: map[types.Type]bool{}, partTraces: map[ssa.Value]bool{},
		recvCalls: map[callsKey]map[receiverCall]bool{}, lockSummaries: map[*ssa.Function]*lockSummary{},
		inertIfaces: map[*types.TypeName]bool{}, deciding: map[*types.TypeName]bool{},
	}
	c.safelyPkg("the interfaces of "+pass.Pkg.Path(), c.exportInertInterfaces)
	c.safelyPkg("the package variables of "+pass.Pkg.Path(), c.exportInitTypes)
	for _, fn := range ssaInfo.SrcFuncs {
		c.safely(fn, c.exportFact)
	}
	if cfg.factsOnly {
		return nil, nil
	}
	c.ignores = readIgnores(pass)
	for _, fn := range ssaInfo.SrcFuncs {
		if cfg.skipTests && strings.HasSuffix(pass.Fset.Position(fn.Pos()).Filename, "_test.go") {
			continue
		}
		c.safely(fn, c.checkFunc)
	}
	if j != nil {
		j.reportRuntimeOnly(c.ignores, cfg.skipTests)
	}
	return nil, nil
}

// safely runs do on fn and turns a panic into a diagnostic naming fn, so
// that one function the analyzer mishandles neither stops the others nor,
// as an error from run would, every package that imports this one.
func (c *checker) safely(fn *ssa.Function, do func(*ssa.Function)) {
	defer func() {
		if r := recover(); r != nil {
			c.pass.Report(analysis.Diagnostic{Pos: fn.Pos(), Category: "internal-error", Message: msgInternal(nameOf(fn), r)})
		}
	}()
	do(fn)
}

// safelyPkg is safely for a step over the whole package, what: a panic
// becomes a diagnostic at the package clause.
func (c *checker) safelyPkg(what string, do func()) {
	defer func() {
		if r := recover(); r != nil {
			pos := token.NoPos
			if len(c.pass.Files) > 0 {
				pos = c.pass.Files[0].Package
			}
			c.pass.Report(analysis.Diagnostic{Pos: pos, Category: "internal-error", Message: msgInternal(what, r)})
		}
	}()
	do()
}

// nameOf returns the name of fn, even for a function broken enough to
// have made the analysis panic.
func nameOf(fn *ssa.Function) (name string) {
	defer func() {
		if recover() != nil {
			name = "a function"
		}
	}()
	return fn.String()
}

// exportFact records the summary of a declared function as a fact.
func (c *checker) exportFact(fn *ssa.Function) {
	obj, ok := fn.Object().(*types.Func)
	if !ok || fn.Parent() != nil {
		return
	}
	f, ok := c.summaryOf(fn).fact()
	if c.cfg.locks {
		f.Locks = c.lockSummaryOf(fn).lockFact()
		ok = ok || f.Locks != nil
	}
	if ok {
		c.pass.ExportObjectFact(obj, f)
	}
}

// A funcChecker checks one function.
type funcChecker struct {
	*checker
	fn           *ssa.Function
	noReturn     blockMarks // calls that never return, by block
	exitsProcess bool       // returning from fn ends the program
	// assertions caches assertionCalls.
	assertions *[]*ssa.Call
	// dead: the blocks that constant conditions rule out (deadBlocks).
	dead map[*ssa.BasicBlock]bool
	// flipped: the acquisition being searched lies where a constant
	// condition of this build rules it out (if runtime.GOOS == "windows",
	// a constant set by a build tag); its paths are followed as in a
	// build where the constant conditions of the function are the other
	// way, all alike (see deadBlocks).
	flipped bool
	// argFlags: the conditional jumps on a boolean parameter that the
	// call being followed into fn (a go statement) gives a constant,
	// with the successor that constant rules out (see constantFlags).
	argFlags map[*ssa.If]int
}

// checkFunc reports the resources that fn acquires and leaks.
func (c *checker) checkFunc(fn *ssa.Function) {
	fc := &funcChecker{checker: c, fn: fn, noReturn: c.noReturnCalls(fn), dead: deadBlocks(fn)}
	if fn.Pkg != nil && fn.Parent() == nil {
		fc.exitsProcess = exitsProcess(fn.Pkg.Pkg.Name(), fn.Name())
	}
	if c.cfg.takeOver {
		fc.checkTakenOver()
	}
	if c.cfg.locks {
		fc.checkLocks()
	}
	unreached := storedDead(fn)
	for _, a := range c.acquisitions(fn) {
		if c.ignores.covers(c.pass.Fset.Position(a.call.Pos())) || unreached[a.call.Block()] {
			continue
		}
		if fc.flipped = fc.dead[a.call.Block()]; fc.flipped && c.neverRuns(a.call.Pos()) {
			continue // code that no build runs
		}
		if a.value == nil {
			if fc.successReturns(a) && !fc.connClosedByDefer(a) {
				c.reportDiscarded(a)
			}
			continue
		}
		fl := fc.withConnCloses(a, fc.withCancels(a, fc.withDrainedBodies(a, c.trace(a.value, a.kind, false))))
		leaks := fc.search(a, fl)
		if len(leaks) > 0 {
			fc.reportLeaks(a, fl, leaks)
			continue
		}
		fc.checkGoroutines(a, fl)
	}
}

// neverReturns reports whether the interface method m is one of
// noReturnMethods: its name, and the parameters testing.TB gives it
// (nothing, the values to print, or a format and its values), with no
// results.
func neverReturns(m *types.Func) bool {
	format, ok := noReturnMethods[m.Name()]
	if !ok {
		return false
	}
	sig := m.Signature()
	params := sig.Params()
	if sig.Results().Len() != 0 {
		return false
	}
	if strings.HasSuffix(m.Name(), "Now") {
		return params.Len() == 0
	}
	want := 1
	if format {
		want = 2
		if b, ok := params.At(0).Type().(*types.Basic); !ok || b.Kind() != types.String {
			return false
		}
	}
	if params.Len() != want || !sig.Variadic() {
		return false
	}
	elem := params.At(want - 1).Type().(*types.Slice).Elem()
	iface, ok := elem.Underlying().(*types.Interface)
	return ok && iface.Empty()
}

// implementationReturns reports whether an implementation of the
// interface method that call makes, among those the program has, can
// return: a reporter whose Fatalf only records the message.
func (c *checker) implementationReturns(call *ssa.Call) bool {
	for _, fn := range c.implementingMethods(call) {
		if hasReturn(fn) {
			return true
		}
	}
	return false
}

// deadBlocks returns the blocks of fn that no path from its entry
// reaches, given that a branch on a constant condition takes one way only:
// if encryptLockNeeded { mu.Lock() } with the constant false in this
// build takes no lock. What such a block acquires is searched as in a
// build where the constants are the other way (see funcChecker.flipped):
// the lock that the same constant then takes and gives back is fine, and
// a file that a windows-only branch leaks is reported.
func deadBlocks(fn *ssa.Function) map[*ssa.BasicBlock]bool {
	if len(fn.Blocks) == 0 {
		return nil
	}
	live := reachable(fn.Blocks[:1], func(b *ssa.BasicBlock) []*ssa.BasicBlock {
		if t, ok := b.Instrs[len(b.Instrs)-1].(*ssa.If); ok {
			if k, ok := t.Cond.(*ssa.Const); ok && k.Value != nil && k.Value.Kind() == constant.Bool {
				if constant.BoolVal(k.Value) {
					return b.Succs[:1]
				}
				return b.Succs[1:]
			}
		}
		return b.Succs
	})
	var dead map[*ssa.BasicBlock]bool
	for _, b := range fn.Blocks {
		if !live[b] {
			if dead == nil {
				dead = map[*ssa.BasicBlock]bool{}
			}
			dead[b] = true
		}
	}
	return dead
}

// noReturnCalls marks the calls in fn that never return: interface
// method calls that never return (see neverReturns), and calls of the
// package's functions that stop on every path (see stops). Static calls
// that ctrlflow knows never return already end their block with a panic.
func (c *checker) noReturnCalls(fn *ssa.Function) blockMarks {
	return c.endingCalls(fn, false)
}

// stopCalls marks the calls in fn that end the goroutine: testing.TB's
// FailNow and SkipNow through an interface (which call runtime.Goexit),
// unless an implementation the program has returns, and calls of the
// package's functions that stop. A logger's Fatalf, which noReturnCalls
// also trusts for the paths of its caller, is no proof that a helper
// around it never returns.
func (c *checker) stopCalls(fn *ssa.Function) blockMarks {
	return c.endingCalls(fn, true)
}

// endingCalls is noReturnCalls, or stopCalls where goexitOnly.
func (c *checker) endingCalls(fn *ssa.Function, goexitOnly bool) blockMarks {
	marks := blockMarks{}
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			call, ok := instr.(*ssa.Call)
			if !ok {
				continue
			}
			if call.Call.IsInvoke() {
				name := call.Call.Method.Name()
				if (!goexitOnly || name == "FailNow" || name == "SkipNow") && neverReturns(call.Call.Method) && !c.implementationReturns(call) {
					marks.add(instr)
				}
			} else if callee := call.Call.StaticCallee(); callee != nil && callee.Pkg == c.ssaPkg && callee != fn && c.stops(callee) {
				marks.add(instr)
			} else if callee := capturedFunc(call.Call.Value); callee != nil && callee.Pkg == c.ssaPkg && callee != fn && c.stops(callee) {
				// fatalf(...) in a closure that captured fatalf :=
				// func(...) { ...; os.Exit(1) }.
				marks.add(instr)
			}
		}
	}
	return marks
}

// capturedFunc returns the function or closure that v, a free variable of
// a closure or what one points to, holds where the closure's maker binds
// it to one that it never changes (fatalf := func(...) {...} captured by
// the closures that call it), or nil.
func capturedFunc(v ssa.Value) *ssa.Function {
	load, isLoad := v.(*ssa.UnOp)
	if isLoad && load.Op == token.MUL {
		v = load.X // a variable the closure shares with its maker
	}
	fv, ok := v.(*ssa.FreeVar)
	if !ok {
		return nil
	}
	closure := fv.Parent()
	i := slices.Index(closure.FreeVars, fv)
	parent := closure.Parent()
	if i < 0 || parent == nil {
		return nil
	}
	var found *ssa.Function
	for _, b := range parent.Blocks {
		for _, instr := range b.Instrs {
			mc, ok := instr.(*ssa.MakeClosure)
			if !ok || mc.Fn != closure {
				continue
			}
			bound := mc.Bindings[i]
			if isLoad {
				// The variable's one store, of a function.
				cell, ok := bound.(*ssa.Alloc)
				if !ok || storedByClosures(parent, cell) {
					return nil
				}
				bound = nil
				for _, r := range usesOf(cell) {
					if st, ok := r.(*ssa.Store); ok && st.Addr == ssa.Value(cell) {
						if bound != nil {
							return nil
						}
						bound = st.Val
					}
				}
			}
			var fn *ssa.Function
			switch bound := bound.(type) {
			case *ssa.Function:
				fn = bound
			case *ssa.MakeClosure:
				fn = bound.Fn.(*ssa.Function)
			}
			if fn == nil || found != nil && fn != found {
				return nil
			}
			found = fn
		}
	}
	return found
}

// storedByClosures reports whether a closure that fn makes stores into
// the variable cell it captures (flag.BoolFunc("k", ..., func(string)
// error { fatalf = log.Printf; return nil })).
func storedByClosures(fn *ssa.Function, cell *ssa.Alloc) bool {
	for _, r := range usesOf(cell) {
		mc, ok := r.(*ssa.MakeClosure)
		if !ok {
			continue
		}
		closure := mc.Fn.(*ssa.Function)
		for k, b := range mc.Bindings {
			if b != ssa.Value(cell) || k >= len(closure.FreeVars) {
				continue
			}
			for _, u := range usesOf(closure.FreeVars[k]) {
				switch u := u.(type) {
				case *ssa.Store:
					if u.Addr == ssa.Value(closure.FreeVars[k]) {
						return true
					}
				case *ssa.MakeClosure:
					return true // a closure within, which may store
				}
			}
		}
	}
	return false
}

// mayRecover reports whether a function that fn defers may recover from
// a panic, which then returns from fn: a deferred call through an
// interface or a function value, or of a function of the package whose
// code (or a closure's in it) calls recover, or of another module. The
// standard library's deferred calls (m.mu.Unlock) are taken not to.
func (c *checker) mayRecover(fn *ssa.Function) bool {
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			d, ok := instr.(*ssa.Defer)
			if !ok {
				continue
			}
			callee := d.Call.StaticCallee()
			if callee == nil {
				return true
			}
			if callee.Pkg == fn.Pkg {
				if callsRecover(callee, 0) {
					return true
				}
				continue
			}
			if obj, ok := callee.Object().(*types.Func); !ok || obj.Pkg() == nil || !c.isStandard(obj) {
				return true // another module's function may recover
			}
		}
	}
	return false
}

// callsRecover reports whether fn or a closure in it calls recover.
func callsRecover(fn *ssa.Function, depth int) bool {
	if depth > 4 {
		return true
	}
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			if call, ok := instr.(ssa.CallInstruction); ok {
				if bi, ok := call.Common().Value.(*ssa.Builtin); ok && bi.Name() == "recover" {
					return true
				}
			}
		}
	}
	for _, anon := range fn.AnonFuncs {
		if callsRecover(anon, depth+1) {
			return true
		}
	}
	return false
}

// stops reports whether fn, a function of the package, never returns: no
// return is reached from its entry on a path that does not pass a call
// that ends the goroutine (see stopCalls: m.fail(...), which reports and
// calls t.FailNow()). A function that recovers may return from a panic.
func (c *checker) stops(fn *ssa.Function) bool {
	if done, ok := c.stopping[fn]; ok {
		return done
	}
	if c.stopping == nil {
		c.stopping = map[*ssa.Function]bool{}
	}
	c.stopping[fn] = false // while it is worked out: a cycle may return
	if len(fn.Blocks) == 0 || c.mayRecover(fn) {
		return false
	}
	marks := c.stopCalls(fn)
	reached := reachable(fn.Blocks[:1], func(b *ssa.BasicBlock) []*ssa.BasicBlock {
		if marks.first(b, 0) >= 0 {
			return nil
		}
		return b.Succs
	})
	for b := range reached {
		if marks.first(b, 0) >= 0 {
			continue
		}
		if _, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok {
			return false
		}
	}
	c.stopping[fn] = true
	return true
}
