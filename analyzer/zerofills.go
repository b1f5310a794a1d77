package analyzer

import (
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// This file decides which methods of a type whose Close does nothing
// while some fields are zero (see zeroFields) set those fields only where
// they succeed. A file lock's constructor only records the path; its Lock
// opens the file into the value, marks the value held only once flock(2)
// succeeded, and a deferred helper closes the file again where it did
// not: where Lock fails, Close still has nothing to do, so the caller
// that drops the lock there drops nothing. A TryLock that returns
// (false, nil) where another process holds the lock leaves it as empty.

// A zeroRoot says what a parameter of a function being read by
// setsZeroOnly is: the value itself, or the address of one of its fields
// that Close reads while zero (l.take(&l.held)).
type zeroRoot uint8

const (
	zeroValue zeroRoot = iota + 1
	zeroField
)

// maxZeroFillDepth is how many calls of the package deep setsZeroOnly
// follows the value.
const maxZeroFillDepth = 4

// setsZeroOnSuccess reports whether the method fn, of a type whose Close
// does nothing while the fields named in names are zero, sets those
// fields of its receiver only on its way to a nil error (ok), and, where
// fn returns a bool first and an error last, only on its way to a true
// and a nil error (onTrue).
func (c *checker) setsZeroOnSuccess(fn *ssa.Function, names map[string]bool) (ok, onTrue bool) {
	if fn.Signature.Recv() == nil || len(fn.Params) == 0 || len(fn.Blocks) == 0 || lastIsError(fn) < 0 {
		return false, false
	}
	t := fn.Params[0].Type()
	roots := map[int]zeroRoot{0: zeroValue}
	if c.setsZeroOnly(fn, roots, t, names, true, false, 0) {
		return false, false // it fills nothing
	}
	if !c.setsZeroOnly(fn, roots, t, names, false, false, 0) {
		return false, false
	}
	if !boolThenError(fn) {
		return true, false
	}
	return true, c.setsZeroOnly(fn, roots, t, names, false, true, 0)
}

// lastIsError returns the index of fn's last result when it is an error,
// or -1.
func lastIsError(fn *ssa.Function) int {
	res := fn.Signature.Results()
	if res.Len() == 0 || !types.Identical(res.At(res.Len()-1).Type(), errorType) {
		return -1
	}
	return res.Len() - 1
}

// boolThenError reports whether fn returns (bool, error).
func boolThenError(fn *ssa.Function) bool {
	res := fn.Signature.Results()
	if res.Len() != 2 || lastIsError(fn) != 1 {
		return false
	}
	b, ok := res.At(0).Type().Underlying().(*types.Basic)
	return ok && b.Kind() == types.Bool
}

// setsZeroOnly reports whether fn, given at the parameters of roots the
// value of type t or addresses of its fields named in names, sets those
// fields to something other than zero only on paths that return a nil
// error (and, when onTrue, a first result that is not false), or never,
// when never: directly, through the addresses, or through the calls of
// the package it gives them to, which in turn do the same. Handing the
// value or those addresses to anything else (another package, an
// interface, a closure, a variable) may set them.
func (c *checker) setsZeroOnly(fn *ssa.Function, roots map[int]zeroRoot, t types.Type, names map[string]bool, never, onTrue bool, depth int) bool {
	if depth > maxZeroFillDepth || len(fn.Blocks) == 0 {
		return false
	}
	e := lastIsError(fn)
	if e < 0 && !never {
		return false
	}
	succeeds := successOnly(fn, e, onTrue)
	onlySuccess := func(b *ssa.BasicBlock) bool { return !never && succeeds(b) }
	// root says what v is: one of the roots, or an address within a
	// field of the value that Close reads while zero (&l.held, &l.st.f),
	// which counts as the field itself. What such a field holds needs
	// no following: zero, a pointer field is nil.
	var root func(v ssa.Value) zeroRoot
	root = func(v ssa.Value) zeroRoot {
		switch v := v.(type) {
		case *ssa.Parameter:
			for i, q := range fn.Params {
				if q == v {
					return roots[i]
				}
			}
		case *ssa.FieldAddr:
			if r := root(v.X); r == zeroField || r == zeroValue && names[fieldName(t, v.Field)] {
				return zeroField
			}
		case *ssa.IndexAddr:
			if root(v.X) == zeroField {
				return zeroField
			}
		}
		return 0
	}
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			switch instr := instr.(type) {
			case *ssa.Store:
				if root(instr.Val) != 0 && !onlySuccess(b) {
					return false // kept where something else may fill it
				}
				if root(instr.Addr) == zeroField && !isZeroValue(instr.Val) && !onlySuccess(b) {
					return false
				}
			case *ssa.MakeClosure:
				for _, v := range instr.Bindings {
					if root(v) != 0 && !onlySuccess(b) {
						return false
					}
				}
			case *ssa.MakeInterface, *ssa.ChangeType, *ssa.Convert, *ssa.Phi:
				for _, v := range instr.Operands(nil) {
					if root(*v) != 0 && !onlySuccess(b) {
						return false // the value goes on under another name
					}
				}
			case ssa.CallInstruction:
				if !c.callSetsZeroOnly(fn, instr, root, t, names, never, onTrue, depth, onlySuccess) {
					return false
				}
			}
		}
	}
	return true
}

// callSetsZeroOnly is setsZeroOnly for one call of fn.
func (c *checker) callSetsZeroOnly(fn *ssa.Function, call ssa.CallInstruction, root func(ssa.Value) zeroRoot, t types.Type, names map[string]bool, never, onTrue bool, depth int, onlySuccess func(*ssa.BasicBlock) bool) bool {
	common := call.Common()
	callee := common.StaticCallee()
	given := map[int]zeroRoot{}
	for i, a := range common.Args {
		if r := root(a); r != 0 {
			given[i] = r
		}
	}
	if common.IsInvoke() && root(common.Value) != 0 {
		return onlySuccess(call.Block())
	}
	if len(given) == 0 || isMutexMethod(callee) {
		return true
	}
	if callee == nil || callee.Pkg != fn.Pkg {
		return onlySuccess(call.Block())
	}
	// A call that sets nothing, wherever it runs: a deferred helper
	// that closes the file unless the value is marked held.
	if c.setsZeroOnly(callee, given, t, names, true, false, depth+1) {
		return true
	}
	plain, ok := call.(*ssa.Call)
	if !ok || never {
		return false
	}
	if onlySuccess(call.Block()) {
		return true
	}
	// A call that sets them only where it succeeds, whose success is
	// this function's: return l.take(&l.held, how).
	wantTrue := onTrue && boolThenError(callee)
	if onTrue && !wantTrue {
		return false
	}
	return returnedAsIs(plain) && c.setsZeroOnly(callee, given, t, names, false, wantTrue, depth+1)
}

// returnedAsIs reports whether the only uses of what call returns are a
// return of it, unchanged and whole: return f(x), or return v, err of
// v, err := f(x) in the same order.
func returnedAsIs(call *ssa.Call) bool {
	refs := usesOf(call)
	if len(refs) == 0 {
		return false
	}
	for _, r := range refs {
		switch r := r.(type) {
		case *ssa.Return:
			if len(r.Results) != 1 || r.Results[0] != ssa.Value(call) {
				return false
			}
		case *ssa.Extract:
			for _, u := range usesOf(r) {
				ret, ok := u.(*ssa.Return)
				if !ok || r.Index >= len(ret.Results) || ret.Results[r.Index] != ssa.Value(r) {
					return false
				}
			}
		default:
			return false
		}
	}
	return true
}
