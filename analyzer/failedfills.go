package analyzer

import (
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// This file decides which calls that fill a new empty value leave it empty
// where they fail. m := newMux(addr); if err := m.dial(); err != nil {
// return err } drops nothing when dial stores the connection it makes into
// m only on its way to a nil error; a Connect that keeps the conn in its
// receiver and then fails on the handshake leaves it to its caller's
// Close.

// failsEmpty reports whether instr, a call that fills the value traced as
// fl, fills it only where it returns a nil error (see fillsOnSuccess).
func (c *checker) failsEmpty(instr ssa.Instruction, fl *flow) bool {
	call, ok := instr.(*ssa.Call)
	if !ok || errorOfCall(instr) == nil {
		return false
	}
	fn := call.Call.StaticCallee()
	if fn == nil || fn.Pkg != c.ssaPkg {
		return false // no body here, or a body whose store we cannot see
	}
	for i, a := range call.Call.Args {
		if fl.aliases[a] {
			return c.fillsOnSuccess(fn, i, 0)
		}
	}
	return false
}

// fillsOnSuccess reports whether fn, whose last result is an error,
// changes what its parameter p reaches only on paths that return a nil
// error: every store into it, and every call, closure or goroutine that
// is given it, is followed only by such returns, or is a call of the
// package that does the same with it in turn.
func (c *checker) fillsOnSuccess(fn *ssa.Function, p, depth int) bool {
	res := fn.Signature.Results()
	if depth > 3 || len(fn.Blocks) == 0 || p >= len(fn.Params) || res.Len() == 0 || !types.Identical(res.At(res.Len()-1).Type(), errorType) {
		return false
	}
	e := res.Len() - 1
	param := fn.Params[p]
	// A string or a number read from the parameter cannot change it.
	reaches := func(v ssa.Value) bool { return refersTo(v.Type()) && reachedThrough(v) == ssa.Value(param) }
	succeeds := map[*ssa.BasicBlock]bool{}
	onlySuccess := func(b *ssa.BasicBlock) bool {
		if ok, done := succeeds[b]; done {
			return ok
		}
		ok := true
		for rb := range reachedFrom(b) {
			if ret, isRet := rb.Instrs[len(rb.Instrs)-1].(*ssa.Return); isRet && (e >= len(ret.Results) || !isNil(ret.Results[e])) {
				ok = false
				break
			}
		}
		succeeds[b] = ok
		return ok
	}
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			switch instr := instr.(type) {
			case *ssa.Store:
				if reaches(instr.Addr) && !onlySuccess(b) {
					return false
				}
			case *ssa.MakeClosure:
				for _, v := range instr.Bindings {
					if reaches(v) && !onlySuccess(b) {
						return false
					}
				}
			case ssa.CallInstruction:
				common := instr.Common()
				if common.IsInvoke() && reaches(common.Value) && !onlySuccess(b) {
					return false
				}
				callee := common.StaticCallee()
				for i, a := range common.Args {
					if !reaches(a) || onlySuccess(b) {
						continue
					}
					if _, isCall := instr.(*ssa.Call); !isCall || callee == nil || callee.Pkg != fn.Pkg || !c.fillsOnSuccess(callee, i, depth+1) {
						return false
					}
				}
			}
		}
	}
	return true
}

// refersTo reports whether a value of type t may refer to other memory.
func refersTo(t types.Type) bool {
	switch t := t.Underlying().(type) {
	case *types.Basic:
		return t.Kind() == types.UnsafePointer
	case *types.Struct:
		for i := range t.NumFields() {
			if refersTo(t.Field(i).Type()) {
				return true
			}
		}
		return false
	case *types.Array:
		return refersTo(t.Elem())
	}
	return true
}

// reachedThrough walks v down fields, elements, loads and conversions to
// the value it is part of or made from.
func reachedThrough(v ssa.Value) ssa.Value {
	for range 16 {
		switch x := v.(type) {
		case *ssa.FieldAddr:
			v = x.X
		case *ssa.IndexAddr:
			v = x.X
		case *ssa.Field:
			v = x.X
		case *ssa.UnOp:
			if x.Op != token.MUL {
				return v
			}
			v = x.X
		case *ssa.MakeInterface:
			v = x.X
		case *ssa.ChangeType:
			v = x.X
		case *ssa.ChangeInterface:
			v = x.X
		case *ssa.Convert:
			v = x.X
		case *ssa.Slice:
			v = x.X
		default:
			return v
		}
	}
	return v
}
