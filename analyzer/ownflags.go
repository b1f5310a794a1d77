package analyzer

import (
	"go/constant"
	"go/token"
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
	if fn.Recover != nil && (c.mayRecover(fn) || defersOverResults(fn)) {
		// A deferred call may recover and return what the result
		// variables hold, or change them after a return.
		return false
	}
	notNew, owned := false, false
	for _, b := range fn.Blocks {
		ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !ok || len(ret.Results) <= max(i, j) || b == fn.Recover {
			continue // (the return after a deferred recover gives what the slots hold)
		}
		if c.forwardsOwnership(fn, ret, j, i) {
			notNew, owned = true, true // return copy(...): its flag
			continue
		}
		if cmp, ok := resultValue(ret, ret.Results[j]).(*ssa.BinOp); ok && cmp.Op == token.NEQ && isNilTestOf(cmp, resultValue(ret, ret.Results[i])) {
			notNew, owned = true, true // return rc, rc != nil
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
		if takenFromMap(fn, v) {
			return false // out of the map, the caller's now
		}
		o := &origins{seen: map[ssa.Value]bool{}, params: map[*ssa.Parameter]bool{}}
		c.origin(o, v)
		if len(o.fresh) > 0 || !o.borrowed {
			return false
		}
	}
	return notNew && owned
}

// forwardsOwnership reports whether ret gives, as results j and i of fn,
// results of one call of another function whose flag says whether that
// value is new (see flagsOwnership): return copyFromLayer(f, name).
func (c *checker) forwardsOwnership(fn *ssa.Function, ret *ssa.Return, j, i int) bool {
	flag, ok := resultValue(ret, ret.Results[j]).(*ssa.Extract)
	if !ok {
		return false
	}
	v, ok := resultValue(ret, ret.Results[i]).(*ssa.Extract)
	if !ok || v.Tuple != flag.Tuple {
		return false
	}
	call, ok := flag.Tuple.(*ssa.Call)
	if !ok {
		return false
	}
	callee := call.Call.StaticCallee()
	if callee == fn {
		// Trying again another way (return find(f, false)): the
		// function's other returns decide.
		return flag.Index == j && v.Index == i
	}
	if callee == nil {
		return false
	}
	owns := c.summaryOf(callee).owns
	return flag.Index < len(owns) && owns[flag.Index] == v.Index+1
}

// notOwned reports whether cond is the flag that a's call returns to say
// whether a's resource is new (see ownershipFlags): where it is false,
// the caller acquired nothing.
func (c *checker) notOwned(a *acquisition, cond *ssa.Extract) bool {
	if a.call == nil || cond.Tuple != ssa.Value(a.call) {
		return false
	}
	var flags []int
	if fn := a.call.Call.StaticCallee(); fn != nil {
		flags = c.summaryOf(fn).owns
	} else if s, ok := c.invokeSummary(a.call); ok {
		// Every method the program has says so with the same flag.
		flags = s.owns
	}
	return cond.Index < len(flags) && flags[cond.Index] == a.index+1
}

// takenFromMap reports whether v is an element of a map that fn also
// deletes from (f := p.idle[key]; delete(p.idle, key)): the element is out
// of the map, and whoever gets it owns it.
func takenFromMap(fn *ssa.Function, v ssa.Value) bool {
	lookup, ok := unconvert(v).(*ssa.Lookup)
	if !ok {
		return false
	}
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			call, ok := instr.(*ssa.Call)
			if !ok {
				continue
			}
			if bi, ok := call.Call.Value.(*ssa.Builtin); ok && bi.Name() == "delete" && len(call.Call.Args) == 2 && sameMapField(call.Call.Args[0], lookup.X) {
				return true
			}
		}
	}
	return false
}

// sameMapField reports whether a and b are the same map: the same value,
// or loads of the same field of the same struct (see sameField).
func sameMapField(a, b ssa.Value) bool {
	if a == b {
		return true
	}
	la, ok1 := a.(*ssa.UnOp)
	lb, ok2 := b.(*ssa.UnOp)
	return ok1 && ok2 && la.Op == token.MUL && lb.Op == token.MUL && sameField(la.X, lb.X)
}
