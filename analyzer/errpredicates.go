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

// falseOnNil reports whether fn, whose first parameter is an error and
// whose only result is a bool, returns false whenever that parameter is
// nil: every return that a nil error can reach gives false, following
// only the branches that a nil error takes where they test it (err == nil,
// errors.Is(err, target), a type assertion of err, another such
// predicate).
func (c *checker) falseOnNil(fn *ssa.Function) bool {
	sig := fn.Signature
	if sig.Recv() != nil || len(fn.Params) == 0 || len(fn.Blocks) == 0 || !types.Identical(fn.Params[0].Type(), errorType) ||
		sig.Results().Len() != 1 || !types.Identical(sig.Results().At(0).Type(), types.Typ[types.Bool]) {
		return false
	}
	p := &nilErrEval{c: c, err: fn.Params[0], reached: map[*ssa.BasicBlock]bool{}}
	p.reach(fn.Blocks[0])
	for _, b := range fn.Blocks {
		if ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok && p.reached[b] {
			if v, known := p.value(ret.Results[0]); !known || v {
				return false
			}
		}
	}
	return true
}

// A nilErrEval follows a function's blocks with its error parameter nil.
type nilErrEval struct {
	c       *checker
	err     ssa.Value
	reached map[*ssa.BasicBlock]bool
}

// reach marks the blocks that a nil error reaches from b: a branch whose
// condition is known takes one successor, any other both.
func (p *nilErrEval) reach(b *ssa.BasicBlock) {
	if p.reached[b] {
		return
	}
	p.reached[b] = true
	if t, ok := b.Instrs[len(b.Instrs)-1].(*ssa.If); ok && !isPhiCond(t.Cond) {
		if v, known := p.value(t.Cond); known {
			if v {
				p.reach(b.Succs[0])
			} else {
				p.reach(b.Succs[1])
			}
			return
		}
	}
	for _, s := range b.Succs {
		p.reach(s)
	}
}

// value returns the boolean v holds, when it is known with a nil error. A
// φ-node's value is known when every edge from a block that a nil error
// reaches (so far) gives the same one.
func (p *nilErrEval) value(v ssa.Value) (bool, bool) {
	switch v := v.(type) {
	case *ssa.Const:
		if v.Value != nil && v.Value.Kind() == constant.Bool {
			return constant.BoolVal(v.Value), true
		}
	case *ssa.UnOp:
		if v.Op == token.NOT {
			x, known := p.value(v.X)
			return !x, known
		}
	case *ssa.BinOp:
		if (v.Op == token.EQL || v.Op == token.NEQ) && ((v.X == p.err && isNil(v.Y)) || (v.Y == p.err && isNil(v.X))) {
			return v.Op == token.EQL, true
		}
	case *ssa.Extract:
		// _, ok := err.(T) fails for a nil err.
		if ta, ok := v.Tuple.(*ssa.TypeAssert); ok && v.Index == 1 && ta.X == p.err {
			return false, true
		}
	case *ssa.Call:
		if len(v.Call.Args) > 0 && v.Call.Args[0] == p.err && p.c.isErrorPredicate(v.Call.StaticCallee()) {
			return false, true
		}
	case *ssa.Phi:
		// errors.Is(err, a) || errors.Is(err, b): the value of the
		// edges that a nil error comes in by.
		var seen, result bool
		for i, e := range v.Edges {
			if !p.reached[v.Block().Preds[i]] {
				continue
			}
			x, known := p.value(e)
			if !known || (seen && x != result) {
				return false, false
			}
			seen, result = true, x
		}
		return result, seen
	}
	return false, false
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

// isPhiCond reports whether the condition cond is a φ-node or its
// negation, whose value depends on edges not all reached yet.
func isPhiCond(cond ssa.Value) bool {
	if u, ok := cond.(*ssa.UnOp); ok && u.Op == token.NOT {
		cond = u.X
	}
	_, ok := cond.(*ssa.Phi)
	return ok
}
