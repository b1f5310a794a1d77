package analyzer

import (
	"go/constant"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// This file recognises the error predicates of the program: functions such
// as isConnBroken(err) or IsNotFound(err) that classify an error and say
// false for a nil one. Where such a predicate holds, the error it was
// given is not nil, so a call that returned it acquired nothing, as where
// err != nil holds.

// falseOnNil reports whether fn, whose first parameter of type error is
// its only error to test and whose only result is a bool, returns false
// whenever that parameter is nil: every return that a nil error can reach
// gives false, following only the branches that a nil error takes where
// they test it (err == nil, errors.Is(err, target), a type assertion of
// err, another such predicate). The error is most often the first
// parameter; an assertion such as assert.Error(t, err) takes it after the
// test. A function that passes its own parameter as the target of
// errors.Is (a package's own Is(err, target error) bool) does so only
// where that target is not nil: it returns the index of that parameter
// then, and -1 otherwise. e is the index of the error parameter.
func (c *checker) falseOnNil(fn *ssa.Function) (ok bool, target, e int) {
	sig := fn.Signature
	e = firstErrorParam(fn)
	if e < 0 || len(fn.Blocks) == 0 ||
		sig.Results().Len() != 1 || (!types.Identical(sig.Results().At(0).Type(), types.Typ[types.Bool]) && !isErrnoResult(sig.Results().At(0).Type())) {
		return false, -1, -1
	}
	result := func(p *nilErrEval) bool { return p.returnsFalse() }
	if result(c.followNilError(fn, e, nil, nil)) {
		return true, -1, e
	}
	if k := c.errorTarget(fn, e, nil, result); k >= 0 {
		return true, k, e
	}
	return false, -1, -1
}

// firstErrorParam returns the index of the first parameter of fn whose type is
// error, or -1.
func firstErrorParam(fn *ssa.Function) int {
	for i, p := range fn.Params {
		if types.Identical(p.Type(), errorType) {
			return i
		}
	}
	return -1
}

// errorTarget returns the index of the next error parameter of fn after
// parameter e, when holds says yes for fn followed with parameter e nil
// and that one taken as not nil (the target of errors.Is), or -1.
func (c *checker) errorTarget(fn *ssa.Function, e int, stops blockMarks, holds func(*nilErrEval) bool) int {
	for k := e + 1; k < len(fn.Params); k++ {
		if types.Identical(fn.Params[k].Type(), errorType) {
			if holds(c.followNilError(fn, e, fn.Params[k], stops)) {
				return k
			}
			break
		}
	}
	return -1
}

// isErrnoResult reports whether t is an integer type that implements
// error: an error code, zero for success, that an error predicate may
// return instead of a bool (UnwrapOSError(err) returns 0 for a nil err),
// to be tested as code != 0.
func isErrnoResult(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsInteger != 0 && types.Implements(t, errorType.Underlying().(*types.Interface))
}

// followNilError follows fn's blocks with its parameter e, an error, nil
// and target, one of its parameters or nil, not nil. A block with a call
// in stops, one that never returns (t.FailNow() through testing.TB),
// ends its path.
func (c *checker) followNilError(fn *ssa.Function, e int, target *ssa.Parameter, stops blockMarks) *nilErrEval {
	p := &nilErrEval{c: c, fn: fn, err: fn.Params[e], target: target, stops: stops, reached: map[*ssa.BasicBlock]bool{}, phis: map[*ssa.Phi]bool{}}
	p.reach(fn.Blocks[0])
	return p
}

// returnsFalse reports whether every return that p reached gives false
// (or a zero error code) as its first result.
func (p *nilErrEval) returnsFalse() bool {
	if !p.nilPhisHold() {
		return false
	}
	for _, b := range p.fn.Blocks {
		if ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok && p.reached[b] {
			if isErrnoResult(ret.Results[0].Type()) {
				if !p.zeroCode(ret.Results[0]) {
					return false
				}
				continue
			}
			if v, known := p.value(ret.Results[0]); !known || v {
				return false
			}
		}
	}
	return true
}

// onlyOnError returns the index of the error parameter of fn for which fn
// returns only where that error is not nil: a nil one reaches no return,
// only calls that never return, as require.Error(t, err) ends the test
// with t.FailNow() when err is nil. The path of its caller that goes on
// after the call holds a non-nil error. It returns, as falseOnNil does,
// the index of a target parameter that this needs not nil, or -1, and -1,
// -1 for a function that may return with a nil error.
func (c *checker) onlyOnError(fn *ssa.Function) (e, target int) {
	e = firstErrorParam(fn)
	if e < 0 || len(fn.Blocks) == 0 {
		return -1, -1
	}
	stops := c.noReturnCalls(fn)
	never := func(p *nilErrEval) bool {
		if !p.nilPhisHold() {
			return false
		}
		for _, b := range fn.Blocks {
			if _, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok && p.reached[b] && len(stops[b]) == 0 {
				return false
			}
		}
		return true
	}
	if never(c.followNilError(fn, e, nil, stops)) {
		return e, -1
	}
	if k := c.errorTarget(fn, e, stops, never); k >= 0 {
		return e, k
	}
	return -1, -1
}

// A nilErrEval follows a function's blocks with its error parameter nil.
type nilErrEval struct {
	c   *checker
	fn  *ssa.Function
	err ssa.Value
	// stops marks the calls that never return: a block that has one
	// ends its path there.
	stops blockMarks
	// target, when not nil, is a parameter taken as not nil where it
	// is the target of errors.Is (see falseOnNil).
	target *ssa.Parameter
	// open: the error is not nil, nor one that says its value was
	// closed (see closedTest); only tests of that are known.
	open    bool
	reached map[*ssa.BasicBlock]bool
	// nilPhis holds the φ-nodes that isNilErr took as nil.
	nilPhis map[*ssa.Phi]bool
	// phis holds the φ-nodes whose value is being found, so that a
	// cycle of them (a variable carried round a loop) ends.
	phis map[*ssa.Phi]bool
	// steps counts the φ-nodes followed, which maxNilErrSteps bounds.
	steps int
}

// maxNilErrSteps bounds the φ-nodes that finding one value follows, where
// φ-nodes share edges: past it, the value is not known.
const maxNilErrSteps = 1000

// reach marks the blocks that a nil error reaches from b: a branch whose
// condition is known takes one successor, any other both.
func (p *nilErrEval) reach(b *ssa.BasicBlock) {
	reachDecidedUntil(b, p.reached, p.stops, p.decide)
}

// decide returns the value of t's condition with a nil error, when known.
func (p *nilErrEval) decide(t *ssa.If) (bool, bool) {
	if isPhiCond(t.Cond) {
		return false, false
	}
	return p.value(t.Cond)
}

// reachDecidedUntil is reachDecided where a block with a mark in stops
// ends its path.
func reachDecidedUntil(b *ssa.BasicBlock, reached map[*ssa.BasicBlock]bool, stops blockMarks, decide func(*ssa.If) (bool, bool)) {
	if reached[b] {
		return
	}
	reached[b] = true
	if len(stops[b]) > 0 {
		return
	}
	if t, ok := b.Instrs[len(b.Instrs)-1].(*ssa.If); ok {
		if v, known := decide(t); known {
			succ := b.Succs[1]
			if v {
				succ = b.Succs[0]
			}
			reachDecidedUntil(succ, reached, stops, decide)
			return
		}
	}
	for _, s := range b.Succs {
		reachDecidedUntil(s, reached, stops, decide)
	}
}

// reachDecided marks in reached the blocks reached from b: a branch whose
// condition decide knows takes the successor it says, any other both.
func reachDecided(b *ssa.BasicBlock, reached map[*ssa.BasicBlock]bool, decide func(*ssa.If) (bool, bool)) {
	reachDecidedUntil(b, reached, nil, decide)
}

// value returns the boolean v holds, when it is known with a nil error
// (or, when p.open, an error that says nothing was closed). A φ-node's
// value is known when every edge from a block that the error reaches (so
// far) gives the same one.
func (p *nilErrEval) value(v ssa.Value) (bool, bool) {
	switch v := v.(type) {
	case *ssa.Const:
		if v.Value != nil && v.Value.Kind() == constant.Bool {
			return constant.BoolVal(v.Value), true
		}
		return false, false
	case *ssa.UnOp:
		if v.Op == token.NOT {
			x, known := p.value(v.X)
			return !x, known
		}
		return false, false
	case *ssa.Phi:
		// errors.Is(err, a) || errors.Is(err, b): the value of the
		// edges that the error comes in by.
		if p.phis[v] || p.steps >= maxNilErrSteps {
			return false, false // a value computed from itself round a loop
		}
		x, seen, known := p.phiValue(v)
		return x, seen && known
	case *ssa.Call:
		// return Fail(t, msg): a function of the package that says
		// false on every return.
		if fn := v.Call.StaticCallee(); fn != nil && p.fn != nil && fn.Pkg == p.fn.Pkg && alwaysFalse(fn) {
			return false, true
		}
	}
	if p.open {
		return p.openTest(v)
	}
	return p.nilTest(v)
}

// zeroCode reports whether v, an error code, is zero where the error is
// nil: the constant zero, or what a function that gives zero for a nil
// error gives for it (errno := UnwrapOSError(err)).
func (p *nilErrEval) zeroCode(v ssa.Value) bool {
	if isZero(v) {
		return true
	}
	call, ok := v.(*ssa.Call)
	if !ok || p.open || !isErrnoResult(v.Type()) {
		return false
	}
	k := p.c.predicateArg(&call.Call)
	return k >= 0 && p.isNilErr(call.Call.Args[k]) && p.c.isErrorPredicateCall(&call.Call, p.target)
}

// nilTest returns the value of a test of the error that is known when
// the error is nil.
func (p *nilErrEval) nilTest(v ssa.Value) (bool, bool) {
	switch v := v.(type) {
	case *ssa.BinOp:
		// errno != EIO, where errno is zero for a nil error.
		for _, xy := range [2][2]ssa.Value{{v.X, v.Y}, {v.Y, v.X}} {
			if k, ok := xy[1].(*ssa.Const); ok && (v.Op == token.EQL || v.Op == token.NEQ) && k.Value != nil && k.Value.Kind() == constant.Int && p.zeroCode(xy[0]) {
				return (constant.Sign(k.Value) == 0) == (v.Op == token.EQL), true
			}
		}
		if (v.Op == token.EQL || v.Op == token.NEQ) && ((p.isNilErr(v.X) && isNil(v.Y)) || (p.isNilErr(v.Y) && isNil(v.X))) {
			return v.Op == token.EQL, true
		}
		// err == context.Canceled: a sentinel error in a global is
		// taken as never nil, as the target of errors.Is is.
		if (v.Op == token.EQL || v.Op == token.NEQ) && ((p.isNilErr(v.X) && isGlobalLoad(v.Y) && p.c.nonNilTarget(v.Y)) || (p.isNilErr(v.Y) && isGlobalLoad(v.X) && p.c.nonNilTarget(v.X))) {
			return v.Op == token.NEQ, true
		}
		// if reference == nil: the target is taken as not nil.
		if p.target != nil && (v.Op == token.EQL || v.Op == token.NEQ) && ((v.X == ssa.Value(p.target) && isNil(v.Y)) || (v.Y == ssa.Value(p.target) && isNil(v.X))) {
			return v.Op == token.NEQ, true
		}
	case *ssa.Extract:
		// _, ok := err.(T) fails for a nil err.
		if ta, ok := v.Tuple.(*ssa.TypeAssert); ok && v.Index == 1 && p.isNilErr(ta.X) {
			return false, true
		}
	case *ssa.Call:
		if k := p.c.predicateArg(&v.Call); k >= 0 && p.isNilErr(v.Call.Args[k]) && p.c.isErrorPredicateCall(&v.Call, p.target) {
			return false, true
		}
	}
	return false, false
}

// isNilErr reports whether v is nil where the error p follows is: that
// error itself, a nil constant, what a function that gives nil for a nil
// error gives for it (UnwrapAll(err), see nilForNil), or a φ-node whose
// edges from the blocks reached so far all are, and whose other edges
// come back round a loop that the φ-node's block heads (for c := err; c
// != nil; c = UnwrapOnce(c)). Such a φ-node is noted in p.nilPhis, to be
// checked again once every block is reached (see nilPhisHold).
func (p *nilErrEval) isNilErr(v ssa.Value) bool {
	if p.open {
		return v == p.err
	}
	return p.isNilErrDepth(v, 0)
}

func (p *nilErrEval) isNilErrDepth(v ssa.Value, depth int) bool {
	if v == p.err || isNil(v) {
		return true
	}
	if depth > 8 {
		return false
	}
	switch v := v.(type) {
	case *ssa.ChangeInterface, *ssa.MakeInterface, *ssa.ChangeType:
		return p.isNilErrDepth(operand(v), depth+1)
	case *ssa.Call:
		fn := v.Call.StaticCallee()
		if fn == nil {
			return false
		}
		k := p.c.summaryOf(fn).nilForNil - 1
		return k >= 0 && k < len(v.Call.Args) && p.isNilErrDepth(v.Call.Args[k], depth+1)
	case *ssa.Phi:
		if p.phis[v] {
			return true // round the loop: what the other edges bring
		}
		p.phis[v] = true
		defer delete(p.phis, v)
		b := v.Block()
		seen := false
		for i, e := range v.Edges {
			pred := b.Preds[i]
			if !p.reached[pred] {
				if !b.Dominates(pred) {
					return false // a later edge may bring another value
				}
				continue
			}
			if !p.isNilErrDepth(e, depth+1) {
				return false
			}
			seen = true
		}
		if seen {
			if p.nilPhis == nil {
				p.nilPhis = map[*ssa.Phi]bool{}
			}
			p.nilPhis[v] = true
		}
		return seen
	}
	return false
}

// nilPhisHold reports whether the φ-nodes that isNilErr took as nil still
// are, now that every block the error reaches is reached: a back edge
// taken after all would bring another value.
func (p *nilErrEval) nilPhisHold() bool {
	for phi := range p.nilPhis {
		for i, e := range phi.Edges {
			if p.reached[phi.Block().Preds[i]] && !p.isNilErr(e) {
				return false
			}
		}
	}
	return true
}

// openTest returns the value of a test of whether an open error says its
// value was closed: it does not (see closedTest).
func (p *nilErrEval) openTest(v ssa.Value) (bool, bool) {
	if call, ok := v.(*ssa.Call); ok {
		if k, says := p.c.testsClosed(&call.Call); k >= 0 && call.Call.Args[k] == p.err {
			return !says, true
		}
	}
	return false, false
}

// phiValue returns the value that every edge of v which a nil error
// comes in by (so far) gives, whether any edge gives one, and whether
// they agree. An edge from a φ-node being found carries one of the values
// that the other edges of the cycle bring in (a value carried round a
// loop entered it), so it gives none.
func (p *nilErrEval) phiValue(v *ssa.Phi) (result, seen, known bool) {
	p.steps++
	p.phis[v] = true
	defer delete(p.phis, v)
	for i, e := range v.Edges {
		pred := v.Block().Preds[i]
		if !p.reached[pred] {
			continue
		}
		if t, ok := pred.Instrs[len(pred.Instrs)-1].(*ssa.If); ok && pred.Succs[0] != pred.Succs[1] {
			// The edge of a branch the error decides is taken only
			// where it goes: errors.Is(err, a) || os.IsTimeout(err)
			// comes by the edge of the first test only where it held.
			if taken, known := p.decide(t); known && (pred.Succs[0] == v.Block()) != taken {
				continue
			}
		}
		var x, xSeen, xKnown bool
		if phi, ok := e.(*ssa.Phi); ok {
			if p.phis[phi] {
				continue
			}
			if p.steps >= maxNilErrSteps {
				return false, false, false
			}
			x, xSeen, xKnown = p.phiValue(phi)
		} else {
			x, xKnown = p.value(e)
			xSeen = true
		}
		if !xKnown || (xSeen && seen && x != result) {
			return false, false, false
		}
		if xSeen {
			seen, result = true, x
		}
	}
	return result, seen, true
}

// trueOnNil returns the index of the parameter of fn, a function or a
// method whose only result is a bool and which has one parameter of type
// error, for which fn returns true whenever that parameter is nil (see
// falseOnNil for how the nil error is followed): checkAcceptError(err)
// that says whether to go on accepting. Where it says false, the error is
// not nil. It returns -1 otherwise.
func (c *checker) trueOnNil(fn *ssa.Function) int {
	sig := fn.Signature
	if len(fn.Blocks) == 0 || sig.Results().Len() != 1 || !types.Identical(sig.Results().At(0).Type(), types.Typ[types.Bool]) {
		return -1
	}
	k := -1
	for i, p := range fn.Params {
		if types.Identical(p.Type(), errorType) {
			if k >= 0 {
				return -1 // which error it speaks of is not clear
			}
			k = i
		}
	}
	if k < 0 {
		return -1
	}
	p := &nilErrEval{c: c, fn: fn, err: fn.Params[k], reached: map[*ssa.BasicBlock]bool{}, phis: map[*ssa.Phi]bool{}}
	p.reach(fn.Blocks[0])
	if !p.nilPhisHold() {
		return -1
	}
	returns := 0
	for _, b := range fn.Blocks {
		if ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok && p.reached[b] {
			returns++
			if v, known := p.value(ret.Results[0]); !known || !v {
				return -1
			}
		}
	}
	if returns == 0 {
		return -1
	}
	return k
}

// closedTest returns i+1 when fn, whose only result is a bool and which
// has one parameter of type error, i, returns false for every error that
// is not one of closedErrors (errors.Is(err, net.ErrClosed)), -(i+1)
// when it returns true for every such error (a Retryable(err) that
// says whether to go on accepting), and 0 otherwise: where it says the
// other value, the error says its value was closed.
func (c *checker) closedTest(fn *ssa.Function) int {
	sig := fn.Signature
	if len(fn.Blocks) == 0 || sig.Results().Len() != 1 || !types.Identical(sig.Results().At(0).Type(), types.Typ[types.Bool]) {
		return 0
	}
	k := -1
	for i, p := range fn.Params {
		if types.Identical(p.Type(), errorType) {
			if k >= 0 {
				return 0
			}
			k = i
		}
	}
	if k < 0 || !callsIn(fn, func(call *ssa.CallCommon) bool {
		i, _ := c.testsClosed(call)
		return i >= 0 && call.Args[i] == fn.Params[k]
	}) {
		return 0
	}
	p := &nilErrEval{c: c, fn: fn, err: fn.Params[k], open: true, reached: map[*ssa.BasicBlock]bool{}, phis: map[*ssa.Phi]bool{}}
	p.reach(fn.Blocks[0])
	says, returns := false, 0
	for _, b := range fn.Blocks {
		if ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok && p.reached[b] {
			v, known := p.value(ret.Results[0])
			if !known || (returns > 0 && v != says) {
				return 0
			}
			says, returns = v, returns+1
		}
	}
	switch {
	case returns == 0:
		return 0
	case says:
		return -(k + 1)
	}
	return k + 1
}

// testsClosed returns the index of the argument of call, an error, whose
// test it is: call is errors.Is(err, net.ErrClosed) or another of
// closedErrors, or a call of a function with a closedTest. says is the
// result that means the error says its value was closed. It returns -1
// when call is no such test.
func (c *checker) testsClosed(call *ssa.CallCommon) (k int, says bool) {
	fn := call.StaticCallee()
	if fn == nil {
		return -1, false
	}
	if fn.RelString(nil) == "errors.Is" && len(call.Args) == 2 && isClosedError(call.Args[1]) {
		return 0, true
	}
	switch t := c.summaryOf(fn).closedTest; {
	case t > 0 && t <= len(call.Args):
		return t - 1, true
	case t < 0 && -t <= len(call.Args):
		return -t - 1, false
	}
	return -1, false
}

// isClosedError reports whether v is a load of one of closedErrors.
func isClosedError(v ssa.Value) bool {
	load, ok := v.(*ssa.UnOp)
	if !ok || load.Op != token.MUL {
		return false
	}
	g, ok := load.X.(*ssa.Global)
	return ok && g.Pkg != nil && closedErrors[g.Pkg.Pkg.Path()+"."+g.Name()]
}

// failedWhenFalse returns the index of the argument of call, an error,
// that is not nil where call returns false (see trueOnNil), or -1.
func (c *checker) failedWhenFalse(call *ssa.CallCommon) int {
	fn := call.StaticCallee()
	if fn == nil {
		return -1
	}
	return c.summaryOf(fn).trueOnNil - 1
}

// alwaysFalse reports whether fn, whose only result is a bool, returns the
// constant false on every return.
func alwaysFalse(fn *ssa.Function) bool {
	if fn.Signature.Results().Len() != 1 || !types.Identical(fn.Signature.Results().At(0).Type(), types.Typ[types.Bool]) {
		return false
	}
	returns := 0
	for _, b := range fn.Blocks {
		if ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok {
			if c, ok := ret.Results[0].(*ssa.Const); !ok || c.Value == nil || constant.BoolVal(c.Value) {
				return false
			}
			returns++
		}
	}
	return returns > 0
}

// predicateArg returns the index of the argument of call that it tests,
// when call is one of an error predicate (see isErrorPredicate), or -1.
func (c *checker) predicateArg(call *ssa.CallCommon) int {
	if call.IsInvoke() {
		return c.invokedPredicateArg(call)
	}
	fn := call.StaticCallee()
	if !c.isErrorPredicate(fn) {
		return -1
	}
	k := c.summaryOf(fn).errParam
	if k >= len(call.Args) {
		return -1
	}
	return k
}

// invokedPredicateArg returns the argument that call, a method call
// through an interface, tests as an error predicate, or -1: the methods
// that can run there are all known (the interface is sealed by an
// unexported method, or the value's dynamic types are), and each says
// false for a nil error given there, and tests it against no target of
// the caller's: a storage's s.osi.isNotExist(err) over os.IsNotExist.
func (c *checker) invokedPredicateArg(call *ssa.CallCommon) int {
	instr := c.callInstrOf(call)
	if instr == nil {
		return -1
	}
	impls, partial := c.implementations(instr)
	if partial || len(impls) == 0 {
		return -1
	}
	if _, exact := c.dynamicTypes(call.Value, map[ssa.Value]bool{}, 0); !exact && !c.allImplementersKnown(call.Value.Type()) {
		return -1 // another package may give a method of its own
	}
	k := -1
	for _, impl := range impls {
		if !c.isErrorPredicate(impl.fn) {
			return -1
		}
		sum := c.summaryOf(impl.fn)
		j := sum.errParam - 1 // the method's parameter 0 is its receiver
		if sum.isTarget != 0 || j < 0 || (k >= 0 && j != k) {
			return -1
		}
		k = j
	}
	if k >= len(call.Args) {
		return -1
	}
	return k
}

// isErrorPredicate reports whether fn says false for a nil error as its
// first argument: one of the standard library's (errors.Is, os.IsNotExist)
// or one of the program's (see falseOnNil).
func (c *checker) isErrorPredicate(fn *ssa.Function) bool {
	if fn == nil {
		return false
	}
	if obj, ok := fn.Object().(*types.Func); ok && errorPredicates[c.funcName(obj)] {
		return true
	}
	return c.summaryOf(fn).falseOnNil
}

// isErrorPredicateCall reports whether call, given an error as its first
// argument, is one that says false for a nil one. errors.Is(err, target)
// says true for a nil err when target is nil, so it is one only where
// target is neither nil nor a parameter, which may be nil, unless it is
// the parameter nonNil (see falseOnNil). A function of the program that
// passes its own target to errors.Is is one only where that target is a
// package-level variable (or nonNil).
func (c *checker) isErrorPredicateCall(call *ssa.CallCommon, nonNil *ssa.Parameter) bool {
	if call.IsInvoke() {
		return c.invokedPredicateArg(call) >= 0
	}
	fn := call.StaticCallee()
	if !c.isErrorPredicate(fn) {
		return false
	}
	k := c.summaryOf(fn).isTarget - 1
	if obj, ok := fn.Object().(*types.Func); ok && c.funcName(obj) == "errors.Is" {
		k = 1
	} else if k >= 0 && k < len(call.Args) && (nonNil == nil || call.Args[k] != ssa.Value(nonNil)) {
		// A wrapper of the program: only a sentinel in a global
		// (context.Canceled), one that is never left nil, or a value
		// put into an interface (syscall.ECONNREFUSED), is taken as a
		// target that is not nil.
		return c.nonNilTarget(call.Args[k])
	}
	if k >= 0 && k < len(call.Args) && (nonNil == nil || call.Args[k] != ssa.Value(nonNil)) {
		switch arg := call.Args[k].(type) {
		case *ssa.Const, *ssa.Parameter, *ssa.FreeVar, *ssa.Field, *ssa.Index, *ssa.Lookup:
			return false
		case *ssa.UnOp:
			switch arg.X.(type) {
			case *ssa.FieldAddr, *ssa.IndexAddr:
				return false // a field or an element, which may be left nil
			}
		}
		if isGlobalLoad(unconvert(call.Args[k])) && !c.nonNilTarget(call.Args[k]) {
			return false // a variable of the package that may be left nil
		}
	}
	return true
}

// isGlobalLoad reports whether v is the value of a package-level variable.
func isGlobalLoad(v ssa.Value) bool {
	load, ok := v.(*ssa.UnOp)
	if !ok || load.Op != token.MUL {
		return false
	}
	_, ok = load.X.(*ssa.Global)
	return ok
}

// isPhiCond reports whether the condition cond is a φ-node or its
// negation, whose value depends on edges not all reached yet.
func isPhiCond(cond ssa.Value) bool {
	if u, ok := cond.(*ssa.UnOp); ok && u.Op == token.NOT {
		cond = u.X
	}
	_, ok := cond.(*ssa.Phi)
	return ok
}

// nilForNil returns the index of the parameter of fn, its first error,
// for which fn, whose only result is an error, returns nil whenever that
// parameter is nil (see falseOnNil for how the nil error is followed):
// UnwrapAll(err), WithStack(err). It returns -1 otherwise.
func (c *checker) nilForNil(fn *ssa.Function) int {
	sig := fn.Signature
	e := firstErrorParam(fn)
	if e < 0 || len(fn.Blocks) == 0 || sig.Results().Len() != 1 || !types.Identical(sig.Results().At(0).Type(), errorType) {
		return -1
	}
	p := c.followNilError(fn, e, nil, nil)
	if !p.nilPhisHold() {
		return -1
	}
	returns := 0
	for _, b := range fn.Blocks {
		ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !ok || !p.reached[b] || (b == fn.Recover && !namedResults(fn)) {
			continue
		}
		returns++
		v := ret.Results[0]
		if !defersOverResults(fn) {
			v = resultValue(ret, v)
		}
		if !p.isNilErr(v) {
			return -1
		}
	}
	if returns == 0 || !p.nilPhisHold() {
		return -1
	}
	return e
}
