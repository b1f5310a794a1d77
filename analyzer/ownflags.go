package analyzer

import (
	"go/constant"
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// This file follows a resource returned beside a flag that says whether
// the caller owns it:
//
//	parent, owned, err := r.openParent(name)
//	if owned {
//		defer parent.Close()
//	}
//
// openParent returns a directory it opens with true, and one it keeps for
// itself with false. Where the flag is false, the caller acquired
// nothing.

// ownershipFlags works out, for each boolean result j of fn, the result i
// that it says is new (see flagsOwnership); the slice holds i+1 at j, or
// is nil when no result is such a flag.
func (c *checker) ownershipFlags(fn *ssa.Function) []int {
	isBool := func(t types.Type) bool {
		b, ok := t.Underlying().(*types.Basic)
		return ok && b.Kind() == types.Bool
	}
	return c.resultPairs(fn, isBool, func(j, i int) bool { return c.flagsOwnership(fn, j, i) })
}

// flagsOwnership reports whether the boolean result j of fn says whether
// its result i is new: every return gives a constant as result j, and
// where that is false, result i is nil or nothing new (a field, a
// parameter, what a callee keeps). Some return gives false, and some
// return gives true. The flag of "v, ok := get()", whose false returns
// all give a nil v, is one: where ok is false, nothing was acquired.
func (c *checker) flagsOwnership(fn *ssa.Function, j, i int) bool {
	notNew, owned := false, false
	for _, b := range fn.Blocks {
		ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !ok || len(ret.Results) <= max(i, j) {
			continue
		}
		flag, ok := resultValue(ret, ret.Results[j]).(*ssa.Const)
		if !ok || flag.Value == nil || flag.Value.Kind() != constant.Bool {
			return false
		}
		if constant.BoolVal(flag.Value) {
			owned = true
			continue
		}
		notNew = true
		v := resultValue(ret, ret.Results[i])
		if isNil(v) {
			continue
		}
		o := &origins{seen: map[ssa.Value]bool{}, params: map[*ssa.Parameter]bool{}}
		c.origin(o, v)
		if len(o.fresh) > 0 || !o.borrowed {
			return false
		}
	}
	return notNew && owned
}

// notOwned reports whether cond is the flag that a's call returns to say
// whether a's resource is new (see ownershipFlags): where it is false,
// the caller acquired nothing.
func (c *checker) notOwned(a *acquisition, cond *ssa.Extract) bool {
	if a.call == nil || cond.Tuple != ssa.Value(a.call) {
		return false
	}
	fn := a.call.Call.StaticCallee()
	if fn == nil {
		return false
	}
	flags := c.summaryOf(fn).owns
	return cond.Index < len(flags) && flags[cond.Index] == a.index+1
}
