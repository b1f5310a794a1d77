package analyzer

import (
	"go/constant"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// This file recognizes new values that are no resource because of a flag
// their constructor sets: a single-use transaction whose Close returns at
// once when its singleUse field is true, made by the one function that
// sets that field, and only to true. Whatever else the value holds, its
// Close releases nothing, so its caller acquires nothing.

// bornInert reports whether v, a new struct that the function returns,
// has a Close that returns at once while one of its unexported bool
// fields holds the constant that the function stores there before every
// return, no code of the package stores any other value into that field
// (directly, through its address, or by overwriting the whole struct),
// and the function stores no resource into the struct.
func (c *checker) bornInert(v ssa.Value) bool {
	alloc, ok := v.(*ssa.Alloc)
	if !ok || !alloc.Heap {
		return false
	}
	closeFn := c.closeMethodFunc(v.Type())
	if closeFn == nil || closeFn.Blocks == nil || closeFn.Pkg != c.ssaPkg || closeFn.Signature.Recv() == nil {
		return false
	}
	if !types.Identical(closeFn.Signature.Recv().Type(), v.Type()) {
		return false // a Close promoted from a field
	}
	field, want, ok := flagGuard(closeFn)
	if !ok {
		return false
	}
	st := types.Unalias(v.Type()).Underlying().(*types.Pointer).Elem().Underlying().(*types.Struct)
	if st.Field(field).Exported() {
		return false // other packages may clear it
	}
	var set *ssa.Store
	for _, r := range usesOf(alloc) {
		fa, ok := r.(*ssa.FieldAddr)
		if !ok {
			continue
		}
		for _, u := range usesOf(fa) {
			store, ok := u.(*ssa.Store)
			if !ok || store.Addr != ssa.Value(fa) {
				continue
			}
			switch {
			case fa.Field != field:
				if c.kindOf(store.Val.Type()) != notResource {
					return false // a resource its Close would never close
				}
			case !isBoolConst(store.Val, want):
				return false
			default:
				set = store
			}
		}
	}
	// The flag is set on every path that returns the value (not only
	// where the constructor gives up and returns a disabled one).
	if set == nil {
		return false
	}
	for _, b := range alloc.Parent().Blocks {
		if _, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok && !set.Block().Dominates(b) {
			return false
		}
	}
	return c.flagOnlySetTo(v.Type(), field, want)
}

// flagGuard reports whether the method fn starts by testing a bool field
// of its receiver, a pointer, and returns at once, doing nothing, when
// that field is want: if t.singleUse { return }.
func flagGuard(fn *ssa.Function) (field int, want bool, ok bool) {
	if len(fn.Params) == 0 || len(fn.Blocks) == 0 {
		return 0, false, false
	}
	recv := fn.Params[0]
	if _, isPtr := types.Unalias(recv.Type()).Underlying().(*types.Pointer); !isPtr {
		return 0, false, false
	}
	entry := fn.Blocks[0]
	ifInstr, isIf := entry.Instrs[len(entry.Instrs)-1].(*ssa.If)
	if !isIf {
		return 0, false, false
	}
	for _, instr := range entry.Instrs[:len(entry.Instrs)-1] {
		switch instr := instr.(type) {
		case *ssa.DebugRef, *ssa.FieldAddr:
		case *ssa.UnOp:
			if instr.Op != token.MUL && instr.Op != token.NOT {
				return 0, false, false
			}
		default:
			return 0, false, false // it does something before the test
		}
	}
	index, negated, ok := receiverFlagTest(ifInstr.Cond, recv)
	if !ok {
		return 0, false, false
	}
	switch {
	case doesNothing(entry.Succs[0]):
		return index, !negated, true
	case doesNothing(entry.Succs[1]):
		return index, negated, true
	}
	return 0, false, false
}

// receiverFlagTest reports whether cond reads a bool field of recv,
// maybe negated (if !t.closed), and which field.
func receiverFlagTest(cond ssa.Value, recv *ssa.Parameter) (index int, negated, ok bool) {
	if not, isNot := cond.(*ssa.UnOp); isNot && not.Op == token.NOT {
		cond, negated = not.X, true
	}
	load, isLoad := cond.(*ssa.UnOp)
	if !isLoad || load.Op != token.MUL {
		return 0, false, false
	}
	fa, isField := load.X.(*ssa.FieldAddr)
	if !isField || fa.X != ssa.Value(recv) {
		return 0, false, false
	}
	return fa.Field, negated, true
}

// doesNothing reports whether b only returns constants, or jumps to a
// block that does.
func doesNothing(b *ssa.BasicBlock) bool {
	for range 2 {
		for _, instr := range b.Instrs {
			switch instr := instr.(type) {
			case *ssa.DebugRef:
			case *ssa.Return:
				for _, r := range instr.Results {
					if _, isConst := r.(*ssa.Const); !isConst {
						return false
					}
				}
				return true
			case *ssa.Jump:
				b = b.Succs[0]
			default:
				return false
			}
		}
	}
	return false
}

// isBoolConst reports whether v is the constant bool want.
func isBoolConst(v ssa.Value, want bool) bool {
	k, ok := v.(*ssa.Const)
	return ok && k.Value != nil && k.Value.Kind() == constant.Bool && constant.BoolVal(k.Value) == want
}

// flagOnlySetTo reports whether every store of the package into field
// field of an existing struct that ptr points to stores want, and none
// stores a whole struct of that type there. Stores into a struct that
// the function itself makes (another constructor's literal,
// ReadOnlyTransaction{singleUse: false}, or a literal nested in one) make
// other values.
func (c *checker) flagOnlySetTo(ptr types.Type, field int, want bool) bool {
	elem := types.Unalias(ptr).Underlying().(*types.Pointer).Elem()
	for instr := range c.packageInstrs() {
		switch instr := instr.(type) {
		case *ssa.Store:
			if types.Identical(instr.Addr.Type(), ptr) && !inFresh(instr.Addr) {
				return false // *t = T{...}
			}
		case *ssa.FieldAddr:
			if instr.Field != field || !types.Identical(types.Unalias(instr.X.Type()).Underlying().(*types.Pointer).Elem(), elem) {
				continue
			}
			// The field's address goes only into loads and stores of
			// want, or of anything into a struct the function makes
			// (not setBool(&it.once, false)).
			for _, u := range usesOf(instr) {
				switch u := u.(type) {
				case *ssa.UnOp, *ssa.DebugRef:
				case *ssa.Store:
					if u.Addr != ssa.Value(instr) || (!isBoolConst(u.Val, want) && !inFresh(instr.X)) {
						return false
					}
				default:
					return false
				}
			}
		}
	}
	return true
}

// inFresh reports whether addr is a new struct that its function makes,
// or a field of one.
func inFresh(addr ssa.Value) bool {
	for range 8 {
		switch a := addr.(type) {
		case *ssa.Alloc:
			return true
		case *ssa.FieldAddr:
			addr = a.X
		default:
			return false
		}
	}
	return false
}
