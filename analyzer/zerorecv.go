package analyzer

import (
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strings"

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
	return c.zeroNoOpDepth(fn, false, nil, 0, map[zeroCall]bool{})
}

// nilNoOp reports whether the method fn, whose receiver is a pointer,
// does nothing when that pointer is nil (if v != nil { ... }).
func (c *checker) nilNoOp(fn *ssa.Function) bool {
	if _, ok := types.Unalias(fn.Signature.Recv().Type()).Underlying().(*types.Pointer); !ok {
		return false
	}
	ok, _ := c.zeroNoOpDepth(fn, true, nil, 0, map[zeroCall]bool{})
	return ok
}

// A zeroCall is a method being evaluated by zeroNoOp, with a nil
// receiver or one whose fields are zero.
type zeroCall struct {
	fn     *ssa.Function
	nilPtr bool
}

func (c *checker) zeroNoOpDepth(fn *ssa.Function, nilPtr bool, only map[int]bool, depth int, onStack map[zeroCall]bool) (bool, []int) {
	key := zeroCall{fn, nilPtr}
	if fn.Signature.Recv() == nil || len(fn.Params) == 0 || len(fn.Blocks) == 0 || depth > maxZeroDepth || onStack[key] {
		return false, nil
	}
	if only == nil && !c.lockSummaryOf(fn).empty() {
		// It unlocks, or locks, what its caller holds. Where only
		// some fields are zero, the calls it makes on the branches
		// they leave open are each looked at.
		return false, nil
	}
	onStack[key] = true
	defer delete(onStack, key)
	z := &zeroEval{c: c, recv: fn.Params[0], nilPtr: nilPtr, only: only, read: map[int]bool{}, reached: map[*ssa.BasicBlock]bool{}, guards: deferredUnlocks(fn)}
	_, z.byPtr = types.Unalias(z.recv.Type()).Underlying().(*types.Pointer)
	if !z.byPtr {
		// A value receiver whose fields are addressed is copied into
		// a local first: t0 = local T (r); *t0 = r.
		for _, r := range usesOf(z.recv) {
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
				if z.only != nil && instr.Addr != ssa.Value(z.recv) && !z.only[z.topField(instr.Addr)] {
					// Another field than those taken as zero: what
					// it holds is not read as zero anywhere.
					if !derivedFrom(instr.Addr, z.recv) && allocRoot(instr.Addr) == nil {
						return false, nil
					}
					continue
				}
				if (depth > 0 || instr.Addr == ssa.Value(z.recv) || (z.spill != nil && instr.Addr == ssa.Value(z.spill))) && !z.isZero(instr.Val) {
					// A callee's store, or one of the whole receiver,
					// may set what a read elsewhere takes as zero.
					return false, nil
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
			case *ssa.Defer:
				// defer l.mu.Unlock(), run where the method returns.
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
	// only, when not nil, holds the fields taken as zero; the others
	// may hold anything (see idleFields).
	only map[int]bool
	// spill is the local that a value receiver is copied into, if any.
	spill   *ssa.Alloc
	read    map[int]bool
	reached map[*ssa.BasicBlock]bool
	// guards holds the receiver's mutex fields that the method locks
	// only with a deferred unlock of the same field (see
	// deferredUnlocks).
	guards map[int]bool
}

// deferredUnlocks returns the fields of the receiver of fn, mutexes, that
// fn locks (Lock or RLock) and unlocks by a defer (defer j.mu.Unlock()),
// and unlocks in no other way: the method takes and gives back its own
// lock around what it does.
func deferredUnlocks(fn *ssa.Function) map[int]bool {
	locked, deferred, other := map[int]bool{}, map[int]bool{}, map[int]bool{}
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			ci, ok := instr.(ssa.CallInstruction)
			if !ok {
				continue
			}
			callee := ci.Common().StaticCallee()
			if !isMutexMethod(callee) || len(ci.Common().Args) != 1 {
				continue
			}
			fa, ok := ci.Common().Args[0].(*ssa.FieldAddr)
			if !ok || fa.X != ssa.Value(fn.Params[0]) {
				continue
			}
			_, isDefer := instr.(*ssa.Defer)
			switch name := callee.Name(); {
			case (name == "Lock" || name == "RLock") && !isDefer:
				locked[fa.Field] = true
			case (name == "Unlock" || name == "RUnlock") && isDefer:
				deferred[fa.Field] = true
			default:
				other[fa.Field] = true
			}
		}
	}
	guards := map[int]bool{}
	for f := range locked {
		if deferred[f] && !other[f] {
			guards[f] = true
		}
	}
	return guards
}

// reach marks the blocks reached from b: a branch that compares two zero
// values takes the successor that equality gives, any other both.
func (z *zeroEval) reach(b *ssa.BasicBlock) {
	reachDecided(b, z.reached, func(t *ssa.If) (bool, bool) {
		if cond, ok := t.Cond.(*ssa.BinOp); ok && (cond.Op == token.EQL || cond.Op == token.NEQ) && z.isZero(cond.X) && z.isZero(cond.Y) {
			return cond.Op == token.EQL, true
		}
		// A flag of the receiver, false while zero, that the method does
		// not set: if !l.held && !l.shared { return nil }.
		if z.unsetFlag(t.Cond) {
			return false, true
		}
		if not, ok := t.Cond.(*ssa.UnOp); ok && not.Op == token.NOT && z.unsetFlag(not.X) {
			return true, true
		}
		return false, false
	})
}

// unsetFlag reports whether v is a bool field of the receiver, zero
// while the receiver is, that the method never sets to anything else
// (a Close that tests and then sets l.closed reads it only before).
func (z *zeroEval) unsetFlag(v ssa.Value) bool {
	if b, ok := v.Type().Underlying().(*types.Basic); !ok || b.Kind() != types.Bool {
		return false
	}
	f := z.topField(v)
	if f < 0 {
		return false
	}
	for _, b := range z.recv.Parent().Blocks {
		for _, instr := range b.Instrs {
			if st, ok := instr.(*ssa.Store); ok && !isZeroValue(st.Val) && z.topField(st.Addr) == f {
				return false
			}
		}
	}
	return z.isZero(v)
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
			if z.only != nil && !z.only[v.Field] {
				return false
			}
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
		return isZeroValue(v)
	case *ssa.UnOp:
		return v.Op == token.MUL && z.isZeroAddr(v.X)
	case *ssa.Field:
		if v.X == z.recv && !z.byPtr {
			if z.only != nil && !z.only[v.Field] {
				return false
			}
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
	if callee := call.StaticCallee(); isMutexMethod(callee) {
		// The receiver's own mutex, taken and given back by a defer
		// within the method, guards the fields and holds nothing.
		fa, ok := call.Args[0].(*ssa.FieldAddr)
		return ok && z.guards[fa.Field]
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
	case unconvert(call.Args[0]) == ssa.Value(z.recv) && z.byPtr && !z.nilPtr && callee.Blocks != nil:
		// return l.Unlock(): the same receiver, its fields zero.
		ok, read := z.c.zeroNoOpDepth(callee, false, z.only, depth+1, onStack)
		for _, f := range read {
			z.read[f] = true
		}
		return ok
	case z.isZeroAddr(call.Args[0]):
	case z.isZero(call.Args[0]):
		_, nilPtr = types.Unalias(callee.Signature.Recv().Type()).Underlying().(*types.Pointer)
	case z.only != nil && z.c.changesOwnMemory(callee, z.recv.Parent().Pkg, 0):
		// q.xtx.stats.add(q.stats), on a field not taken as zero: a
		// method of the package that only changes its own receiver's
		// memory.
		return true
	default:
		return false
	}
	if callee.Blocks == nil {
		if nilPtr {
			return z.c.summaryOf(callee).nilNoOp
		}
		return z.c.summaryOf(callee).zeroNoOp
	}
	ok, _ := z.c.zeroNoOpDepth(callee, nilPtr, nil, depth+1, onStack)
	return ok
}

// setOnlyAtBirth reports whether the package sets field f of the struct
// that ptr points to only in the value that a function makes (q :=
// &Query[T]{xdb: db}), never through a value it was given: once made
// without it, a value never gets it.
func (c *checker) setOnlyAtBirth(ptr types.Type, f int) bool {
	elem := types.Unalias(derefType(ptr))
	if named, ok := elem.(*types.Named); ok {
		elem = named.Origin()
	}
	st, ok := elem.Underlying().(*types.Struct)
	if !ok || f >= st.NumFields() || st.Field(f).Exported() {
		return false // another package may set it
	}
	for instr := range c.packageInstrs() {
		if fa, ok := instr.(*ssa.FieldAddr); ok && fa.Field == f && sameOrigin(fa.X.Type(), elem) {
			// setDB(&q.xdb, db): the field's address given away may
			// be stored through.
			for _, u := range usesOf(fa) {
				switch u := u.(type) {
				case *ssa.Store:
					if u.Addr != ssa.Value(fa) {
						return false
					}
				case *ssa.UnOp, *ssa.DebugRef:
				default:
					return false
				}
			}
		}
		store, ok := instr.(*ssa.Store)
		if !ok || isNil(store.Val) || isZeroValue(store.Val) {
			continue
		}
		fa, ok := store.Addr.(*ssa.FieldAddr)
		if !ok || fa.Field != f || !sameOrigin(fa.X.Type(), elem) {
			continue
		}
		if alloc, ok := fa.X.(*ssa.Alloc); !ok || !alloc.Heap && !isLocalCell(alloc) {
			return false
		}
	}
	return true
}

// sameOrigin reports whether ptr points to elem, or to an instance of the
// generic type elem.
func sameOrigin(ptr, elem types.Type) bool {
	t := types.Unalias(derefType(ptr))
	if named, ok := t.(*types.Named); ok {
		t = named.Origin()
	}
	return types.Identical(t, elem)
}

// changesOwnMemory reports whether callee, a method of pkg, does nothing
// but compute and change what its receiver holds, through methods of pkg
// of which the same holds, called on its receiver's fields (a counter
// struct's add, which adds the counters of its parts).
func (c *checker) changesOwnMemory(callee *ssa.Function, pkg *ssa.Package, depth int) bool {
	if callee == nil || callee.Blocks == nil || callee.Pkg != pkg || callee.Signature.Recv() == nil || depth > maxZeroDepth || !c.lockSummaryOf(callee).empty() {
		return false
	}
	recv := callee.Params[0]
	return releasesNothing(callee, func(cc *ssa.CallCommon) bool {
		next := cc.StaticCallee()
		return next != nil && !cc.IsInvoke() && len(cc.Args) > 0 && derivedFrom(cc.Args[0], recv) && c.changesOwnMemory(next, pkg, depth+1)
	})
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

// isZeroValue reports whether v is the zero value of its type.
func isZeroValue(v ssa.Value) bool {
	k, ok := v.(*ssa.Const)
	if !ok {
		return false
	}
	if k.Value == nil {
		return true
	}
	switch k.Value.Kind() {
	case constant.Int, constant.Float:
		return constant.Sign(k.Value) == 0
	case constant.Bool:
		return !constant.BoolVal(k.Value)
	case constant.String:
		return constant.StringVal(k.Value) == ""
	}
	return false
}

// fillsZeroField reports whether call, which gives the new value v of
// type t as its argument i, stores one of its other parameters into a
// field that t's Close reads and leaves alone while zero (see zeroFields),
// and the function owns what it gives for it: i.initHandle(h) gives the
// iterator a handle to release.
func (c *checker) fillsZeroField(call ssa.CallInstruction, i int, t types.Type) bool {
	callee := call.Common().StaticCallee()
	if callee == nil || callee.Blocks == nil || i >= len(callee.Params) {
		return false
	}
	closeFn := c.closeMethodFunc(t)
	if closeFn == nil || closeFn.Blocks == nil {
		return false
	}
	names := c.zeroFields(closeFn, t)
	if names == nil {
		return false
	}
	for _, b := range callee.Blocks {
		for _, instr := range b.Instrs {
			st, ok := instr.(*ssa.Store)
			if !ok || isZeroValue(st.Val) {
				continue
			}
			for addr := st.Addr; ; {
				fa, ok := addr.(*ssa.FieldAddr)
				if !ok {
					break
				}
				if fa.X == ssa.Value(callee.Params[i]) {
					p, ok := st.Val.(*ssa.Parameter)
					if j := slices.Index(callee.Params, p); ok && names[fieldName(t, fa.Field)] && j >= 0 && j < len(call.Common().Args) && !c.onlyBorrowed(call.Common().Args[j]) {
						return true
					}
					break
				}
				addr = fa.X
			}
		}
	}
	return false
}

// zeroFields returns the names of the fields of t, the receiver type of
// closeFn, that closeFn reads and does nothing while they are zero, or
// nil. A value born with them zero holds nothing until something fills
// them: a method given it (Connect dialing into c.conn, i.initHandle(h))
// or a store into them, which its caller counts as fills (see
// emptyUntilFilled). It caches the answer.
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
	}
	if c.emptyByZero == nil {
		c.emptyByZero = map[*ssa.Function]map[string]bool{}
	}
	c.emptyByZero[closeFn] = names
	return names
}

// idleFields returns the names of the fields of t, the receiver type of
// closeFn, each of which, while it alone is zero, leaves closeFn doing
// nothing but compute and change memory, or nil: a query's Close that
// rolls back and unlocks only what it took from a database it was made
// with (if q.xtx != nil && q.xdb != nil { q.xtx.btx.Rollback() }), and
// does nothing for a query made in a transaction that the caller owns.
// It caches the answer.
func (c *checker) idleFields(closeFn *ssa.Function, t types.Type) map[string]bool {
	if names, done := c.idleByField[closeFn]; done {
		return names
	}
	var names map[string]bool
	if len(closeFn.Params) > 0 {
		recv := closeFn.Params[0]
		tried := map[int]bool{}
		for _, b := range closeFn.Blocks {
			for _, instr := range b.Instrs {
				fa, ok := instr.(*ssa.FieldAddr)
				if !ok || fa.X != ssa.Value(recv) || tried[fa.Field] || !nilable(fa.Type().(*types.Pointer).Elem()) {
					continue
				}
				tried[fa.Field] = true
				if !c.setOnlyAtBirth(fa.X.Type(), fa.Field) {
					continue // a method may fill it later
				}
				if ok, _ := c.zeroNoOpDepth(closeFn, false, map[int]bool{fa.Field: true}, 0, map[zeroCall]bool{}); ok {
					if names == nil {
						names = map[string]bool{}
					}
					names[fieldName(t, fa.Field)] = true
				}
			}
		}
	}
	if c.idleByField == nil {
		c.idleByField = map[*ssa.Function]map[string]bool{}
	}
	c.idleByField[closeFn] = names
	return names
}

// mayFill reports whether r, a use of a value of type t that is neither
// a fill that fillsZeroField sees nor a release, may fill the fields
// that t's Close reads while they are zero (see zeroFields): a method
// that opens into them, through a setter or a closure, a method of
// another package, anything leakvet cannot read. Reading the value's
// other fields, and methods of the package that never reach those
// fields, fill nothing. A value held as an interface (a constructor's
// empty monitor returned as its interface) may be filled by anything it
// goes to but a field it is stored in, a comparison and a return: a call
// (its Start, through the interface, registers it), a closure or method
// value, a map, a slice, a variable a closure shares.
func (c *checker) mayFill(t types.Type, r ssa.Instruction) bool {
	if types.IsInterface(t) {
		switch r := r.(type) {
		case *ssa.Store:
			if _, intoField := r.Addr.(*ssa.FieldAddr); intoField {
				return false // d := &dialer{hs: NewHandshaker()}
			}
			return c.storeMayFill(r)
		case *ssa.BinOp, *ssa.Return, *ssa.DebugRef:
			return false
		}
		return true
	}
	closeFn := c.closeMethodFunc(t)
	if closeFn == nil {
		return false
	}
	if st, ok := r.(*ssa.Store); ok && (closeFn.Blocks == nil && c.summaryOf(closeFn).zeroNoOp || closeFn.Blocks != nil && c.zeroFields(closeFn, t) != nil) {
		return c.storeMayFill(st)
	}
	if closeFn.Blocks == nil {
		return c.summaryOf(closeFn).zeroNoOp && c.mayFillImported(t, r)
	}
	names := c.zeroFields(closeFn, t)
	if names == nil {
		return false
	}
	switch r := r.(type) {
	case *ssa.FieldAddr:
		return names[fieldName(t, r.Field)] && !onlyLoaded(r)
	case ssa.CallInstruction:
		callee := r.Common().StaticCallee()
		if callee == nil || r.Common().IsInvoke() {
			return true
		}
		for i, arg := range r.Common().Args {
			if types.Identical(arg.Type(), t) && c.mayReachZeroFields(callee, i, t, names, r.Common().Args, 0) &&
				(i != 0 || !c.releasesAfterFilling(callee, names)) {
				return true
			}
		}
		return false
	}
	return true
}

// storeMayFill is mayFill for a store of the value: kept in a variable,
// whose loads are the value again, it is filled by nothing unless a
// closure shares the variable and does more than close what it holds
// (connect := func() error { return conn.Connect() }).
func (c *checker) storeMayFill(r *ssa.Store) bool {
	return !isLocalCell(r.Addr) || len(c.fillingClosures(r.Addr)) > 0
}

// fillingClosures returns the closures that share the local variable
// cell and do more than close what it holds: where the function makes
// one, what the variable holds may be filled from then on.
func (c *checker) fillingClosures(cell ssa.Value) []ssa.Instruction {
	var mcs []ssa.Instruction
	for _, u := range usesOf(cell) {
		mc, ok := u.(*ssa.MakeClosure)
		if !ok {
			continue
		}
		fn, _ := mc.Fn.(*ssa.Function)
		for i, b := range mc.Bindings {
			if b == cell && (fn == nil || !c.summaryOf(fn).releasesFree(i)) {
				mcs = append(mcs, mc)
				break
			}
		}
	}
	return mcs
}

// releasesAfterFilling reports whether the method fn, after each store
// into a field of its receiver named in names, releases the receiver on
// every path to a return: a ListenAndServe that stores the listener it
// opens and then serves, closing it on its way out. A call of it leaves
// the value holding nothing open.
func (c *checker) releasesAfterFilling(fn *ssa.Function, names map[string]bool) bool {
	if fn.Signature.Recv() == nil || len(fn.Params) == 0 || fn.Blocks == nil {
		return false
	}
	recv := fn.Params[0]
	// A call that releases the receiver and closes the field filled.
	releases := func(field string) func(ssa.Instruction) bool {
		return func(instr ssa.Instruction) bool {
			call, ok := instr.(*ssa.Call)
			if !ok || len(call.Call.Args) == 0 || call.Call.Args[0] != ssa.Value(recv) {
				return false
			}
			callee := call.Call.StaticCallee()
			if callee == nil || callee == fn {
				return false
			}
			sum := c.summaryOf(callee)
			return sum.release(0) && slices.ContainsFunc(sum.closes, func(p string) bool {
				return p == "p0."+field || strings.HasPrefix(p, "p0."+field+".")
			})
		}
	}
	stores := 0
	for _, b := range fn.Blocks {
		for i, instr := range b.Instrs {
			st, ok := instr.(*ssa.Store)
			if !ok {
				continue
			}
			fa, ok := st.Addr.(*ssa.FieldAddr)
			if !ok || fa.X != ssa.Value(recv) || !names[fieldName(recv.Type(), fa.Field)] {
				continue
			}
			stores++
			if !releasedBeforeReturn(b, i+1, releases(fieldName(recv.Type(), fa.Field))) {
				return false
			}
		}
	}
	return stores > 0
}

// releasedBeforeReturn reports whether every path from instruction i of
// block b on meets an instruction for which released holds before it
// returns.
func releasedBeforeReturn(b *ssa.BasicBlock, i int, released func(ssa.Instruction) bool) bool {
	if slices.ContainsFunc(b.Instrs[i:], released) {
		return true
	}
	if _, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok {
		return false
	}
	stops := map[*ssa.BasicBlock]bool{}
	for _, blk := range b.Parent().Blocks {
		instrs := blk.Instrs
		if blk == b {
			instrs = b.Instrs[:i] // entered again round a loop
		}
		if slices.ContainsFunc(instrs, released) {
			stops[blk] = true
		}
	}
	return !returnAvoiding(b.Succs, stops)
}

// mayFillImported is mayFill for a value whose type is of
// another package, and whose Close does nothing while zero by its fact:
// a method of that package fills it unless its fact says it is a getter
// (it gives back fields, keeps and closes nothing: req.Raw()) or it is
// given only what the function does not own (see givesOnlyBorrowed).
func (c *checker) mayFillImported(t types.Type, r ssa.Instruction) bool {
	call, ok := r.(ssa.CallInstruction)
	if !ok {
		fa, ok := r.(*ssa.FieldAddr)
		return !ok || !onlyLoaded(fa)
	}
	callee := call.Common().StaticCallee()
	if callee == nil || call.Common().IsInvoke() {
		return true
	}
	sum := c.summaryOf(callee)
	getter := len(sum.gives) > 0 && !slices.Contains(sum.params, true) && len(sum.closes) == 0 && sum.keptIn == nil
	return !getter && !c.givesOnlyBorrowed(call.Common().Args, t)
}

// givesOnlyBorrowed reports whether args, besides the values of type t,
// hold something that could hold a resource, all of it the caller's
// caller's (see onlyBorrowed): res.Decode(r) of a reader the function was
// given keeps in res nothing that the function owns.
func (c *checker) givesOnlyBorrowed(args []ssa.Value, t types.Type) bool {
	n := 0
	for _, a := range args {
		if types.Identical(a.Type(), t) || !canHoldResource(a.Type()) {
			continue
		}
		if !c.onlyBorrowed(a) {
			return false
		}
		n++
	}
	return n > 0
}

// mayReachZeroFields reports whether fn, given a value of type t as its
// parameter i, may change the fields named in names: it addresses one of
// them, stores the whole value, converts it, keeps it, or gives it to
// code that may (another package's, a closure, an interface), following
// the package's calls four deep. A method called with args that only
// stores into them its parameters for which args are borrowed (the
// caller's reader, res.Decode(r)) fills nothing of the caller's.
func (c *checker) mayReachZeroFields(fn *ssa.Function, i int, t types.Type, names map[string]bool, args []ssa.Value, depth int) bool {
	if fn.Blocks == nil || i >= len(fn.Params) || depth > maxZeroDepth {
		return true
	}
	p := fn.Params[i]
	for _, r := range usesOf(p) {
		switch r := r.(type) {
		case *ssa.DebugRef, *ssa.BinOp:
		case *ssa.UnOp:
			if r.Op != token.MUL {
				return true
			}
		case *ssa.FieldAddr:
			if names[fieldName(t, r.Field)] && !c.storesBorrowed(fn, r, args) {
				return true
			}
		case ssa.CallInstruction:
			callee := r.Common().StaticCallee()
			if callee == nil || r.Common().IsInvoke() {
				return true
			}
			for j, arg := range r.Common().Args {
				if arg == ssa.Value(p) && c.mayReachZeroFields(callee, j, t, names, nil, depth+1) {
					return true
				}
			}
		default:
			return true // stored, converted, captured or returned
		}
	}
	return false
}

// storesBorrowed reports whether the field address fa, in fn called with
// args, is only loaded from or stored one of fn's parameters for which
// args gives a value the caller does not own (see onlyBorrowed).
func (c *checker) storesBorrowed(fn *ssa.Function, fa *ssa.FieldAddr, args []ssa.Value) bool {
	if args == nil {
		return false
	}
	for _, r := range usesOf(fa) {
		switch r := r.(type) {
		case *ssa.DebugRef:
		case *ssa.UnOp:
			// Read only to be compared: a map or slice read out of
			// the field may be filled (s.fds[p] = fd).
			for _, u := range usesOf(r) {
				switch u.(type) {
				case *ssa.BinOp, *ssa.DebugRef:
				default:
					return false
				}
			}
		case *ssa.Store:
			p, ok := r.Val.(*ssa.Parameter)
			j := slices.Index(fn.Params, p)
			if !ok || r.Addr != ssa.Value(fa) || j < 0 || j >= len(args) || !c.onlyBorrowed(args[j]) {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// closeMethodFunc returns the function of the Close method of t, of any
// package (with a body or not), or nil.
func (c *checker) closeMethodFunc(t types.Type) *ssa.Function {
	m := closeMethod(t)
	if m == nil {
		return nil
	}
	return c.ssaFunc(m)
}
