package analyzer

import (
	"go/types"

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
		if head == nil {
			return false // an element read outside a loop over p: not each
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

// leavesLoop reports whether a path from b reaches a return without
// passing through head.
func leavesLoop(b, head *ssa.BasicBlock) bool {
	seen := map[*ssa.BasicBlock]bool{head: true}
	stack := []*ssa.BasicBlock{b}
	for len(stack) > 0 {
		x := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if seen[x] {
			continue
		}
		seen[x] = true
		if _, ok := x.Instrs[len(x.Instrs)-1].(*ssa.Return); ok {
			return true
		}
		stack = append(stack, x.Succs...)
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
		ta, ok := r.(*ssa.TypeAssert)
		if !ok || c.kindOf(ta.AssertedType) == notResource {
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
