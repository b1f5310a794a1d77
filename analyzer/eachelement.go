package analyzer

import (
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ssa"
)

// This file recognizes helpers that close every value they are given:
//
//	func closeAll(closers ...any) error {
//		for _, c := range closers {
//			if c, ok := c.(io.Closer); ok {
//				c.Close()
//			}
//		}
//		...
//	}
//
// Such a helper releases its variadic parameter: a caller's closeAll(f, g)
// closes f and g, and a type whose Close is closeAll(s.ln, s.tlsConfig)
// closes those fields.

// closesEveryElement reports whether fn closes each element of p, its
// variadic parameter, that holds a resource: a loop over p reads each
// element, and on every path from there back to the loop's head the
// element, or what an assertion of it to a type with a Close method gives,
// is released unless it is nil or the assertion failed; and no path from
// the loop's body leaves fn before the loop ends (a helper that returns
// at the first Close that fails leaves the rest open).
func (c *checker) closesEveryElement(fn *ssa.Function, p *ssa.Parameter) bool {
	sig := fn.Signature
	if !sig.Variadic() || len(fn.Params) == 0 || fn.Params[len(fn.Params)-1] != p || fn.Blocks == nil {
		return false
	}
	sl, ok := types.Unalias(p.Type()).Underlying().(*types.Slice)
	if !ok || (c.kindOf(sl.Elem()) == notResource && !types.IsInterface(sl.Elem())) {
		return false
	}
	closes := false
	for _, r := range usesOf(p) {
		ia, ok := r.(*ssa.IndexAddr)
		if !ok {
			continue
		}
		head := loopHead(ia)
		if head == nil || !coversEveryIndex(ia, p) || leavesLoop(fn.Blocks[0], head) {
			// An element read outside a loop over every index of p,
			// or a loop that a return before it may skip: not each.
			return false
		}
		for _, u := range usesOf(ia) {
			e, ok := u.(*ssa.UnOp)
			if !ok {
				continue
			}
			if leavesLoop(e.Block(), head) {
				return false
			}
			vals := c.closersOf(e)
			if len(vals) == 0 {
				return false
			}
			for _, v := range vals {
				if !c.releasedBeforeHead(fn, v, head) {
					return false
				}
			}
			closes = true
		}
	}
	return closes
}

// loopHead returns the block of the loop that indexes p by ia: the block
// that computes its index, a counter that the loop's body jumps back to;
// or nil for an index that is a constant or a parameter.
func loopHead(ia *ssa.IndexAddr) *ssa.BasicBlock {
	idx, ok := ia.Index.(ssa.Instruction)
	if !ok {
		return nil
	}
	head := idx.Block()
	for _, pred := range head.Preds {
		if reachedFrom(head)[pred] {
			return head // a back edge: head starts each round
		}
	}
	return nil
}

// coversEveryIndex reports whether the index of ia, a slot of p, runs over
// every index of p, from the first: a range loop over p (the counter
// starts at -1 and the index is the counter plus one), or a loop that
// starts the index at 0 and adds one each round; and in either, the jump
// that ends the loop tests index < len(p).
func coversEveryIndex(ia *ssa.IndexAddr, p ssa.Value) bool {
	var phi *ssa.Phi
	var start int64
	switch idx := ia.Index.(type) {
	case *ssa.BinOp: // range: idx = counter + 1
		ph, ok := idx.X.(*ssa.Phi)
		if !ok || idx.Op != token.ADD || !isIntConst(idx.Y, 1) || !stepsBy(ph, idx) {
			return false
		}
		phi, start = ph, -1
	case *ssa.Phi: // for i := 0; i < len(p); i++
		for _, e := range idx.Edges {
			if add, ok := e.(*ssa.BinOp); ok && add.Op == token.ADD && add.X == idx && isIntConst(add.Y, 1) && stepsBy(idx, add) {
				phi, start = idx, 0
			}
		}
	}
	if phi == nil || !slices.ContainsFunc(phi.Edges, func(e ssa.Value) bool { return isIntConst(e, start) }) {
		return false
	}
	t, ok := phi.Block().Instrs[len(phi.Block().Instrs)-1].(*ssa.If)
	if !ok {
		return false
	}
	cond, ok := t.Cond.(*ssa.BinOp)
	return ok && cond.Op == token.LSS && cond.X == ia.Index && isLenOf(cond.Y, p)
}

// stepsBy reports whether phi's edges are its start, a constant, and
// add, from every round's end (a continue ends a round too).
func stepsBy(phi *ssa.Phi, add ssa.Value) bool {
	consts := 0
	for _, e := range phi.Edges {
		if _, ok := e.(*ssa.Const); ok {
			consts++
		} else if e != add {
			return false
		}
	}
	return consts == 1 && len(phi.Edges) > 1
}

// isLenOf reports whether v is len(p).
func isLenOf(v, p ssa.Value) bool {
	call, ok := v.(*ssa.Call)
	if !ok || len(call.Call.Args) != 1 || call.Call.Args[0] != p {
		return false
	}
	b, ok := call.Call.Value.(*ssa.Builtin)
	return ok && b.Name() == "len"
}

// leavesLoop reports whether a path from b reaches a return without
// passing through head.
func leavesLoop(b, head *ssa.BasicBlock) bool {
	within := reachable([]*ssa.BasicBlock{b}, func(x *ssa.BasicBlock) []*ssa.BasicBlock {
		if x == head {
			return nil
		}
		return x.Succs
	})
	for x := range within {
		if _, ok := x.Instrs[len(x.Instrs)-1].(*ssa.Return); ok {
			return true
		}
	}
	return false
}

// closersOf returns the values that stand for the resource the element e
// holds: e itself, or, for an element of an interface type without a
// Close method (any), the values its assertions to a resource type give.
func (c *checker) closersOf(e ssa.Value) []ssa.Value {
	if c.kindOf(e.Type()) != notResource {
		return []ssa.Value{e}
	}
	var vals []ssa.Value
	for _, r := range usesOf(e) {
		// Only an assertion to io.Closer catches every value with a
		// Close method that callers may give (not one to *os.File, nor
		// a Close() without an error, which no io.Closer has).
		ta, ok := r.(*ssa.TypeAssert)
		if !ok || !isCloserInterface(ta.AssertedType) {
			continue
		}
		if !ta.CommaOk {
			vals = append(vals, ta)
			continue
		}
		vals = append(vals, extracts(ta, 0)...)
	}
	return vals
}

// isCloserInterface reports whether t is an interface whose only method
// is Close() error, as io.Closer.
func isCloserInterface(t types.Type) bool {
	it, ok := t.Underlying().(*types.Interface)
	if !ok || it.NumMethods() != 1 || it.Method(0).Name() != "Close" {
		return false
	}
	sig := it.Method(0).Signature()
	return sig.Params().Len() == 0 && sig.Results().Len() == 1 && types.Identical(sig.Results().At(0).Type(), errorType)
}

// closesAsCloser reports whether v, an element given to a helper that
// closes each element of its variadic parameter (see
// closesEveryElement), is closed there: the helper's elements are
// resources themselves, or v has Close() error, which an assertion to
// io.Closer finds.
func (c *checker) closesAsCloser(call ssa.CallInstruction, idx int, v ssa.Value) bool {
	fn := call.Common().StaticCallee()
	if fn == nil || !c.summaryOf(fn).release(idx) {
		return true // no such helper: the call decides as any other
	}
	params := fn.Signature.Params()
	if params.Len() == 0 {
		return true
	}
	sl, ok := types.Unalias(params.At(params.Len() - 1).Type()).Underlying().(*types.Slice)
	if !ok || c.kindOf(sl.Elem()) != notResource {
		return true
	}
	m, _, _ := types.LookupFieldOrMethod(unconvert(v).Type(), true, nil, "Close")
	closeFn, ok := m.(*types.Func)
	if !ok {
		return false
	}
	s := closeFn.Signature()
	return s.Params().Len() == 0 && s.Results().Len() == 1 && types.Identical(s.Results().At(0).Type(), errorType)
}

// releasedBeforeHead reports whether every path from v, a resource that
// the loop's body reads, releases it before it gets back to head.
func (c *checker) releasedBeforeHead(fn *ssa.Function, v ssa.Value, head *ssa.BasicBlock) bool {
	k := c.kindOf(v.Type())
	fl := c.trace(v, k, false)
	if !fl.releases() {
		return false
	}
	instr, ok := v.(ssa.Instruction)
	if !ok {
		return false
	}
	out := *fl
	out.events = map[ssa.Instruction]event{head.Instrs[0]: conflict}
	for at, e := range fl.events {
		if e == released {
			out.events[at] = e
		}
	}
	fc := &funcChecker{checker: c, fn: fn, noReturn: c.noReturnCalls(fn)}
	a := &acquisition{value: v, kind: k, from: instr}
	return len(fc.searchFrom(a, &out, func(e event) bool { return e == released })) == 0
}
