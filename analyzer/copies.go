package analyzer

import (
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// This file decides when a copy of the struct that a resource points to
// is the resource too:
//
//	return &requestBody{body: *newBody(str, n)}
//
// The copy holds what the struct holds, its stream, and a Close that
// reaches what it releases only through the fields of its receiver does
// to the copy what it would do to the original. Handing the copy off
// then hands the resource off, and closing it releases the resource;
// dropping both still leaks it. A Close that uses its receiver itself (to
// remove it from a registry, as a finalizer's key) releases the original
// only, so a copy of such a struct is not followed.

// maxReceiverDepth bounds the methods followed from Close that are given
// its receiver.
const maxReceiverDepth = 3

// copyHolds reports whether a copy of the struct that ptr points to
// stands for the struct: its Close, or the one promoted from a field it
// embeds, reaches its receiver only through the receiver's fields.
func (c *checker) copyHolds(ptr types.Type) bool {
	p, ok := types.Unalias(ptr).Underlying().(*types.Pointer)
	if !ok {
		return false
	}
	if _, ok := p.Elem().Underlying().(*types.Struct); !ok {
		return false
	}
	if held, ok := c.copies[ptr]; ok {
		return held
	}
	if c.copies == nil {
		c.copies = map[types.Type]bool{}
	}
	c.copies[ptr] = false // a Close that copies its own receiver is not followed
	held := c.closeUsesFields(ptr)
	c.copies[ptr] = held
	return held
}

// closeUsesFields reports whether the Close of the struct that ptr points
// to reaches its receiver only through its fields. A Close promoted
// through an embedded pointer or interface is shared by the copy.
func (c *checker) closeUsesFields(ptr types.Type) bool {
	obj, index, _ := types.LookupFieldOrMethod(ptr, false, nil, "Close")
	m, ok := obj.(*types.Func)
	if !ok || closeMethod(ptr) == nil {
		return false
	}
	t := ptr
	for _, i := range index[:len(index)-1] {
		fld := field(pointerTo(t), i)
		if fld == nil {
			return false
		}
		switch types.Unalias(fld.Type()).Underlying().(type) {
		case *types.Pointer, *types.Interface:
			return true
		}
		t = fld.Type()
	}
	if _, isPtr := types.Unalias(m.Signature().Recv().Type()).(*types.Pointer); !isPtr {
		return true // a value receiver is given a copy anyway
	}
	fn := c.ssaFunc(m)
	if fn == nil || fn.Blocks == nil || len(fn.Params) == 0 {
		// A Close of the standard library, whose body leakvet does not
		// read: a struct of handles only (os.File is struct{ *file },
		// so that copies share the descriptor) shares its state with
		// its copies. Another package's Close may use its receiver's
		// address, as a check against copies does.
		return c.isStandard(m) && onlyHandles(t)
	}
	return usesOnlyFields(fn.Params[0], 0)
}

// onlyHandles reports whether t is a pointer to a struct whose fields,
// one at least, are all pointers.
func onlyHandles(t types.Type) bool {
	p, ok := types.Unalias(t).Underlying().(*types.Pointer)
	if !ok {
		return false
	}
	st, ok := p.Elem().Underlying().(*types.Struct)
	if !ok || st.NumFields() == 0 {
		return false
	}
	for i := range st.NumFields() {
		if _, isPtr := types.Unalias(st.Field(i).Type()).Underlying().(*types.Pointer); !isPtr {
			return false
		}
	}
	return true
}

// usesOnlyFields reports whether the function of the pointer p uses it
// only to reach the fields it points to, to compare it with nil or to
// load a copy, and gives it only to functions, closures included, that do
// the same.
func usesOnlyFields(p ssa.Value, depth int) bool {
	if depth > maxReceiverDepth {
		return false
	}
	for _, r := range usesOf(p) {
		switch r := r.(type) {
		case *ssa.FieldAddr, *ssa.DebugRef:
		case *ssa.UnOp:
			if r.Op != token.MUL {
				return false
			}
		case *ssa.BinOp:
			if (r.Op != token.EQL && r.Op != token.NEQ) || !isNil(r.X) && !isNil(r.Y) {
				return false
			}
		case *ssa.Call, *ssa.Defer:
			common := r.(ssa.CallInstruction).Common()
			fn := common.StaticCallee()
			if fn == nil || fn.Blocks == nil || common.Value == p {
				return false
			}
			for i, a := range common.Args {
				if a == p && (i >= len(fn.Params) || !usesOnlyFields(fn.Params[i], depth+1)) {
					return false
				}
			}
		case *ssa.MakeClosure:
			fn, ok := r.Fn.(*ssa.Function)
			if !ok {
				return false
			}
			for i, b := range r.Bindings {
				if b == p && (i >= len(fn.FreeVars) || !usesOnlyFields(fn.FreeVars[i], depth+1)) {
					return false
				}
			}
		default:
			return false
		}
	}
	return true
}

// copyUse classifies load, a copy of the struct that the resource points
// to, whose Close works on the fields (see copyHolds). The copy of a
// resource the function owns is the resource. The copy of one its caller
// owns is a view that shares it (s2 := *s; s2.ctx = ctx; return &s2):
// handing the view off leaves the resource with the caller, but closing
// it, as a Close with a value receiver called through the pointer does,
// releases the resource. A copy stored into a field of another value
// (c.netFD = *nfd) is no view: the struct moved there, and the value
// that holds it keeps the resource.
func (c *checker) copyUse(f *flow, load *ssa.UnOp, add func(ssa.Value, bool)) {
	if !f.lent {
		add(load, false)
		return
	}
	if pf := c.partReleases(f, load, f.kind); pf != nil {
		// next := *req; policy.Do(&next): a copy given to code the
		// program does not have exposes the resource (see flow.exposed).
		f.exposed = f.exposed || pf.exposed
	}
	// c.netFD = *nfd moves the struct into a field of another value,
	// which closes it from then on: the caller's resource is kept there.
	for _, r := range usesOf(load) {
		if st, ok := r.(*ssa.Store); ok && st.Val == ssa.Value(load) {
			// A record of the function's own (r.file = *f in a local
			// that it drops) takes nothing from the caller.
			if _, inField := st.Addr.(*ssa.FieldAddr); inField && !isLocalRecord(st.Addr) {
				f.note(st, handedOff, true)
			}
		}
	}
}

// isLocalRecord reports whether addr is the address of a field of a
// struct that the function makes and uses only through the addresses of
// its fields: a record it keeps to itself.
func isLocalRecord(addr ssa.Value) bool {
	alloc, ok := root(addr, false).(*ssa.Alloc)
	if !ok {
		return false
	}
	for _, r := range usesOf(alloc) {
		switch r.(type) {
		case *ssa.FieldAddr, *ssa.IndexAddr, *ssa.DebugRef:
		default:
			return false // the record itself loaded, stored or passed on
		}
	}
	return true
}

// isCopy reports whether v is a struct loaded from the address of one: a
// copy of the struct that a resource points to.
func isCopy(v ssa.Value) bool {
	load, ok := v.(*ssa.UnOp)
	return ok && load.Op == token.MUL && isStruct(v.Type())
}
