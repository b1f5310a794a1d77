package analyzer

import (
	"go/constant"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ssa"
)

// This file finds release methods that do nothing on a zero receiver: a
// handle's Release that returns at once when its pointer is nil, an
// iterator's Close that releases only such a handle. A value whose
// constructor leaves those fields zero holds nothing (see bornEmpty).

// maxZeroDepth bounds how deep zeroNoOp follows the methods that a method
// calls on the fields of its receiver.
const maxZeroDepth = 4

// zeroNoOp reports whether the method fn, evaluated with the fields of
// its receiver that it reads all zero, does nothing but compute and
// clear fields of its receiver: every call it makes on the way is a
// computation or a method of the same kind called on one of those zero
// fields. It also returns the indices of the receiver's fields that it
// reads. Only the branches that zero fields decide are followed
// (if h.value != nil { h.value.release() }).
func (c *checker) zeroNoOp(fn *ssa.Function) (bool, []int) {
	return c.zeroNoOpDepth(fn, false, 0, map[zeroCall]bool{})
}

// nilNoOp reports whether the method fn, whose receiver is a pointer,
// does nothing when that pointer is nil (if v != nil { ... }).
func (c *checker) nilNoOp(fn *ssa.Function) bool {
	if _, ok := types.Unalias(fn.Signature.Recv().Type()).Underlying().(*types.Pointer); !ok {
		return false
	}
	ok, _ := c.zeroNoOpDepth(fn, true, 0, map[zeroCall]bool{})
	return ok
}

// A zeroCall is a method being evaluated by zeroNoOp, with a nil
// receiver or one whose fields are zero.
type zeroCall struct {
	fn     *ssa.Function
	nilPtr bool
}

func (c *checker) zeroNoOpDepth(fn *ssa.Function, nilPtr bool, depth int, onStack map[zeroCall]bool) (bool, []int) {
	key := zeroCall{fn, nilPtr}
	if fn.Signature.Recv() == nil || len(fn.Params) == 0 || len(fn.Blocks) == 0 || depth > maxZeroDepth || onStack[key] {
		return false, nil
	}
	if !c.lockSummaryOf(fn).empty() {
		return false, nil // it unlocks, or locks, what its caller holds
	}
	onStack[key] = true
	defer delete(onStack, key)
	z := &zeroEval{c: c, recv: fn.Params[0], nilPtr: nilPtr, read: map[int]bool{}, reached: map[*ssa.BasicBlock]bool{}}
	_, z.byPtr = types.Unalias(z.recv.Type()).Underlying().(*types.Pointer)
	if !z.byPtr {
		// A value receiver whose fields are addressed is copied into
		// a local first: t0 = local T (r); *t0 = r.
		for _, r := range *z.recv.Referrers() {
			if st, ok := r.(*ssa.Store); ok && st.Val == ssa.Value(z.recv) {
				if a, ok := st.Addr.(*ssa.Alloc); ok {
					z.spill = a
				}
			}
		}
	}
	z.reach(fn.Blocks[0])
	stored := map[int]bool{}
	for _, b := range fn.Blocks {
		if !z.reached[b] {
			continue
		}
		for _, instr := range b.Instrs {
			switch instr := instr.(type) {
			case *ssa.DebugRef, *ssa.Return, *ssa.If, *ssa.Jump, *ssa.Phi, *ssa.BinOp,
				*ssa.FieldAddr, *ssa.IndexAddr, *ssa.Field, *ssa.Index, *ssa.Slice,
				*ssa.ChangeType, *ssa.Convert, *ssa.MakeInterface, *ssa.Extract, *ssa.RunDefers:
			case *ssa.Alloc:
				if instr.Heap && instr != z.spill {
					return false, nil
				}
			case *ssa.UnOp:
				if instr.Op == token.ARROW {
					return false, nil
				}
				if instr.Op == token.MUL && instr.X == z.recv {
					return false, nil // the whole receiver, read at once
				}
				if instr.Op == token.MUL && z.nilPtr && z.throughRecv(instr.X) {
					return false, nil // a load through a nil receiver
				}
			case *ssa.Store:
				if z.nilPtr {
					return false, nil
				}
				if instr.Val == ssa.Value(z.recv) && z.spill != nil && instr.Addr == ssa.Value(z.spill) {
					continue
				}
				if !derivedFrom(instr.Addr, z.recv) && (z.spill == nil || !derivedFrom(instr.Addr, z.spill)) {
					if allocRoot(instr.Addr) == nil {
						return false, nil
					}
					continue
				}
				if f := z.topField(instr.Addr); f >= 0 && !z.isZero(instr.Val) {
					stored[f] = true
				}
			case *ssa.Call:
				if !z.callDoesNothing(&instr.Call, depth, onStack) {
					return false, nil
				}
			default:
				return false, nil
			}
		}
	}
	var read []int
	for f := range z.read {
		if stored[f] {
			return false, nil // a field read after it was set need not be zero
		}
		read = append(read, f)
	}
	slices.Sort(read)
	return true, read
}

// A zeroEval follows a method with the fields of its receiver zero.
type zeroEval struct {
	c     *checker
	recv  *ssa.Parameter
	byPtr bool
	// nilPtr: the receiver is a nil pointer, not one to zero fields.
	nilPtr bool
	// spill is the local that a value receiver is copied into, if any.
	spill   *ssa.Alloc
	read    map[int]bool
	reached map[*ssa.BasicBlock]bool
}

// reach marks the blocks reached from b: a branch that compares two zero
// values takes the successor that equality gives, any other both.
func (z *zeroEval) reach(b *ssa.BasicBlock) {
	if z.reached[b] {
		return
	}
	z.reached[b] = true
	if t, ok := b.Instrs[len(b.Instrs)-1].(*ssa.If); ok {
		if cond, ok := t.Cond.(*ssa.BinOp); ok && (cond.Op == token.EQL || cond.Op == token.NEQ) && z.isZero(cond.X) && z.isZero(cond.Y) {
			if cond.Op == token.EQL {
				z.reach(b.Succs[0])
			} else {
				z.reach(b.Succs[1])
			}
			return
		}
	}
	for _, s := range b.Succs {
		z.reach(s)
	}
}

// topField returns the field of the receiver that addr, or the value v,
// lies in, or -1.
func (z *zeroEval) topField(addr ssa.Value) int {
	for range 16 {
		switch a := addr.(type) {
		case *ssa.FieldAddr:
			if a.X == z.recv || (z.spill != nil && a.X == ssa.Value(z.spill)) {
				return a.Field
			}
			addr = a.X
		case *ssa.Field:
			if a.X == z.recv {
				return a.Field
			}
			addr = a.X
		case *ssa.UnOp:
			addr = a.X
		default:
			return -1
		}
	}
	return -1
}

// isZeroAddr reports whether v addresses memory within a field of the
// receiver (a pointer receiver's fields, or fields of those).
func (z *zeroEval) isZeroAddr(v ssa.Value) bool {
	switch v := v.(type) {
	case *ssa.FieldAddr:
		if (v.X == z.recv && z.byPtr && !z.nilPtr) || (z.spill != nil && v.X == ssa.Value(z.spill)) {
			z.read[v.Field] = true
			return true
		}
		return z.isZeroAddr(v.X)
	}
	return false
}

// isZero reports whether v is zero with the receiver's fields zero.
func (z *zeroEval) isZero(v ssa.Value) bool {
	if v == ssa.Value(z.recv) && z.nilPtr {
		return true
	}
	switch v := v.(type) {
	case *ssa.Const:
		return v.Value == nil || (v.Value.Kind() == constant.Int && constant.Sign(v.Value) == 0) ||
			(v.Value.Kind() == constant.Bool && !constant.BoolVal(v.Value)) || (v.Value.Kind() == constant.String && constant.StringVal(v.Value) == "")
	case *ssa.UnOp:
		return v.Op == token.MUL && z.isZeroAddr(v.X)
	case *ssa.Field:
		if v.X == z.recv && !z.byPtr {
			z.read[v.Field] = true
			return true
		}
		return z.isZero(v.X)
	case *ssa.ChangeType:
		return z.isZero(v.X)
	}
	return false
}

// callDoesNothing reports whether call, made with the receiver's fields
// zero, does nothing of consequence: it only computes, or it is a method
// called on a zero field that itself does nothing on a zero receiver.
func (z *zeroEval) callDoesNothing(call *ssa.CallCommon, depth int, onStack map[zeroCall]bool) bool {
	if callee := call.StaticCallee(); callee != nil && callee.Signature.Recv() != nil {
		switch typeName(callee.Signature.Recv().Type()) {
		case "sync.Mutex", "sync.RWMutex":
			return false // a lock taken or given back is no computation here
		}
	}
	if computesOnly(call, z.recv) {
		return true
	}
	callee := call.StaticCallee()
	if callee == nil || call.IsInvoke() || callee.Signature.Recv() == nil || len(call.Args) == 0 {
		return false
	}
	nilPtr := false
	switch {
	case z.isZeroAddr(call.Args[0]):
	case z.isZero(call.Args[0]):
		_, nilPtr = types.Unalias(callee.Signature.Recv().Type()).Underlying().(*types.Pointer)
	default:
		return false
	}
	if callee.Blocks == nil {
		if nilPtr {
			return z.c.summaryOf(callee).nilNoOp
		}
		return z.c.summaryOf(callee).zeroNoOp
	}
	ok, _ := z.c.zeroNoOpDepth(callee, nilPtr, depth+1, onStack)
	return ok
}

// throughRecv reports whether addr is an address computed from the
// receiver.
func (z *zeroEval) throughRecv(addr ssa.Value) bool {
	return derivedFrom(addr, z.recv)
}

// releaseShaped reports whether fn is a method that takes nothing but its
// receiver and returns nothing or an error, as Close and Release do: the
// methods whose zeroNoOp facts importers may need.
func releaseShaped(fn *ssa.Function) bool {
	sig := fn.Signature
	if sig.Recv() == nil || sig.Params().Len() != 0 {
		return false
	}
	res := sig.Results()
	return res.Len() == 0 || (res.Len() == 1 && types.Identical(res.At(0).Type(), errorType))
}

// filledOnlyFromParams reports whether every store of the package into
// the fields of the struct that t points to named in fields (or into
// what they hold) stores a zero value or a parameter of the storing
// function: a handle handed in (i.initHandle(h)), never a value that the
// function acquires itself (Connect dialing into c.conn), which leakvet
// would not follow as a later fill. Stores into a value the function
// makes itself are its constructor's, which bornEmpty reads.
func (c *checker) filledOnlyFromParams(t types.Type, fields map[string]bool) bool {
	for instr := range c.packageInstrs() {
		store, ok := instr.(*ssa.Store)
		if !ok {
			continue
		}
		for addr := store.Addr; ; {
			fa, ok := addr.(*ssa.FieldAddr)
			if !ok {
				break
			}
			if types.Identical(fa.X.Type(), t) {
				if _, made := fa.X.(*ssa.Alloc); made || !fields[fieldName(t, fa.Field)] {
					break // a constructor fills what it makes: see bornEmpty
				}
				switch v := store.Val.(type) {
				case *ssa.Parameter:
					break
				case *ssa.Const:
					if !v.IsNil() && v.Value != nil {
						return false
					}
				default:
					return false
				}
				break
			}
			addr = fa.X
		}
	}
	return true
}

// zeroFields returns the names of the fields of t, the receiver type of
// closeFn, that closeFn reads and does nothing while they are zero,
// provided that the package fills them only from parameters (see
// filledOnlyFromParams); nil otherwise. It caches the answer.
func (c *checker) zeroFields(closeFn *ssa.Function, t types.Type) map[string]bool {
	if names, done := c.emptyByZero[closeFn]; done {
		return names
	}
	var names map[string]bool
	if ok, read := c.zeroNoOp(closeFn); ok && len(read) > 0 {
		names = map[string]bool{}
		for _, f := range read {
			names[fieldName(t, f)] = true
		}
		if !c.filledOnlyFromParams(t, names) {
			names = nil
		}
	}
	if c.emptyByZero == nil {
		c.emptyByZero = map[*ssa.Function]map[string]bool{}
	}
	c.emptyByZero[closeFn] = names
	return names
}
