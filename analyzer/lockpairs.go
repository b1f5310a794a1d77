package analyzer

import (
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// This file recognises the lock of a pair: a table of locks by key has
// Lock(key) and Unlock(key) methods, and Lock returns holding the entry's
// lock for its caller, though no caller can name that mutex.

// holdsAtEveryReturn reports whether every return that the lock of a
// reaches holds it.
func (fc *funcChecker) holdsAtEveryReturn(a *acquisition, leaks []leak) bool {
	held := map[ssa.Instruction]bool{}
	for _, l := range leaks {
		held[l.exit] = true
	}
	for b := range a.lock.reachable() {
		if ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok && !held[ret] {
			return false
		}
	}
	return true
}

// siblingUnlocks reports whether the method fc.fn, which locks a mutex
// that only it can name (the field mu of an entry looked up in a table of
// its receiver, or made there), is the lock of a pair: another method of
// the same receiver type unlocks the same field of an entry of the same
// table without locking it. A table of locks by key has Lock(key) and
// Unlock(key) methods, and Lock returns holding the lock for its caller.
func (fc *funcChecker) siblingUnlocks(op lockOp, call *ssa.Call) bool {
	recv := fc.fn.Signature.Recv()
	mu := mutexField(call.Call.Args)
	if recv == nil || mu == nil || fc.prog == nil || len(fc.fn.Params) == 0 {
		return false
	}
	table := tableOf(call.Call.Args[0].(*ssa.FieldAddr).X, fc.fn.Params[0])
	if table == nil {
		return false
	}
	mset := fc.prog.MethodSets.MethodSet(recv.Type())
	for i := range mset.Len() {
		fn := fc.prog.MethodValue(mset.At(i))
		if fn == nil || fn == fc.fn || fn.Synthetic != "" || len(fn.Params) == 0 {
			continue
		}
		unlocks, locks := false, false
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				common, ok := instr.(ssa.CallInstruction)
				if !ok || mutexField(common.Common().Args) != mu {
					continue
				}
				switch m, known := fc.mutexMethodOf(common.Common()); {
				case !known:
				case m.action.acquires():
					locks = true
				case m.action == lockRelease && m.read == op.read && tableOf(common.Common().Args[0].(*ssa.FieldAddr).X, fn.Params[0]) == table:
					unlocks = true
				}
			}
		}
		if unlocks && !locks {
			return true
		}
	}
	return false
}

// mutexMethodOf returns what the call does, when it is a method of a
// sync mutex (or of its drop-in twin).
func (fc *funcChecker) mutexMethodOf(common *ssa.CallCommon) (mutexMethod, bool) {
	callee := common.StaticCallee()
	if callee == nil {
		return mutexMethod{}, false
	}
	obj, isFunc := callee.Object().(*types.Func)
	if !isFunc {
		return mutexMethod{}, false
	}
	m, known := mutexMethods[fc.funcName(obj)]
	return m, known
}

// tableOf returns the field of recv whose map the entry was looked up
// in, or nil: the entry is a lookup in recv.f (comma-ok or not), or a
// φ-node of such lookups and entries made in place (new(entry)).
func tableOf(entry, recv ssa.Value) *types.Var {
	var table *types.Var
	var visit func(v ssa.Value, depth int) bool
	visit = func(v ssa.Value, depth int) bool {
		switch v := v.(type) {
		case *ssa.Alloc:
			return true
		case *ssa.Phi:
			if depth > 4 {
				return false
			}
			for _, e := range v.Edges {
				if !visit(e, depth+1) {
					return false
				}
			}
			return true
		case *ssa.Extract:
			return v.Index == 0 && visit(v.Tuple, depth)
		case *ssa.Lookup:
			load, ok := v.X.(*ssa.UnOp)
			if !ok || load.Op != token.MUL {
				return false
			}
			fa, ok := load.X.(*ssa.FieldAddr)
			if !ok || fa.X != recv {
				return false
			}
			f := field(fa.X.Type(), fa.Field)
			if table != nil && table != f {
				return false
			}
			table = f
			return f != nil
		}
		return false
	}
	if !visit(entry, 0) {
		return nil
	}
	return table
}

// mutexField returns the struct field that the receiver of a mutex
// method call, its first argument, addresses, or nil.
func mutexField(args []ssa.Value) *types.Var {
	if len(args) == 0 {
		return nil
	}
	fa, ok := args[0].(*ssa.FieldAddr)
	if !ok {
		return nil
	}
	return field(fa.X.Type(), fa.Field)
}
