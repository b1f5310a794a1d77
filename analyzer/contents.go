package analyzer

import (
	"go/token"
	"go/types"
	"maps"
	"slices"

	"golang.org/x/tools/go/ssa"
)

// This file works out what a new value that a function builds and
// returns holds: a wrapper around a parameter stands for that parameter,
// a wrapper around a field or a global of the function's receiver is a
// view of something its owner keeps, and a wrapper around a new resource
// is itself a new resource.

// maxNesting bounds how deep leakvet follows composite literals nested in
// one another, and values copied from one local composite into another.
const maxNesting = 8

// A contentKind says what the values stored in a new composite are.
type contentKind uint8

const (
	holdsNothing  contentKind = iota // nothing that can be or hold a resource
	holdsBorrowed                    // only values that someone else owns: fields, globals, elements
	holdsOwn                         // a new resource, a parameter, or something leakvet cannot see
)

// allocOrigin adds the origin of a new composite, alloc, returned by the
// function (or copied out of it): it is a view when it holds only borrowed
// values, and fresh otherwise.
func (c *checker) allocOrigin(o *origins, alloc *ssa.Alloc) {
	if o.allocs == nil {
		o.allocs = map[*ssa.Alloc]bool{}
	}
	if o.depth < maxNesting && c.contents(alloc, o.depth+1, o.allocs) == holdsBorrowed {
		o.views = append(o.views, alloc)
		return
	}
	o.fresh = append(o.fresh, alloc)
}

// contents returns what the composite alloc holds: what is stored into it,
// its fields and its elements, and, for a nested composite literal, what
// the local composites copied into it hold. A composite whose address is
// given to a call or a closure may hold anything. The composites in done
// have been looked into already, as when x = x.with(y) copies a composite
// into itself.
//
// A composite that holds something of its own only in fields that its
// Close never reaches and that hold no resource, and borrowed values in
// those it does reach, is a view all the same: a copy of a handle that
// shares its parent's pool, with a new slice of hooks beside it.
func (c *checker) contents(alloc *ssa.Alloc, depth int, done map[*ssa.Alloc]bool) contentKind {
	if done[alloc] {
		return holdsNothing
	}
	before := maps.Clone(done)
	done[alloc] = true
	h := c.contentsReached(alloc, depth, done, nil)
	if h == holdsOwn {
		if closes := c.closeReaches(alloc.Type()); closes != nil {
			before[alloc] = true
			if c.contentsReached(alloc, depth, before, closes) == holdsBorrowed {
				return holdsBorrowed
			}
		} else if c.promotedCloseBorrows(alloc, depth, before) {
			return holdsBorrowed
		}
	}
	return h
}

// promotedCloseBorrows reports whether the composite alloc, whose Close is
// that of an embedded field, holds nothing of its own that its Close
// could release or that its other fields keep: the embedded field holds
// only borrowed values (a connection whose Close a test's Cleanup runs),
// and each other field only values that hold nothing of their own or
// that a method of the embedded field's value made (a plugin's
// Configurer, bound by its connection).
func (c *checker) promotedCloseBorrows(alloc *ssa.Alloc, depth int, done map[*ssa.Alloc]bool) bool {
	ptr := alloc.Type()
	_, index, _ := types.LookupFieldOrMethod(ptr, false, nil, "Close")
	if len(index) != 2 || !isEmbedded(ptr, index[0]) {
		return false
	}
	closer := map[ssa.Value]bool{} // what the embedded field holds
	var others []*ssa.Store
	for _, r := range usesOf(alloc) {
		fa, ok := r.(*ssa.FieldAddr)
		if !ok {
			if load, isLoad := r.(*ssa.UnOp); isLoad && load.Op == token.MUL {
				continue // the whole value, read to be returned
			}
			if _, isDebug := r.(*ssa.DebugRef); isDebug {
				continue
			}
			return false
		}
		for _, u := range usesOf(fa) {
			st, ok := u.(*ssa.Store)
			if !ok || st.Addr != ssa.Value(fa) {
				return false // an address taken, or a field read back
			}
			if fa.Field != index[0] {
				others = append(others, st)
				continue
			}
			if c.contentOf(st.Val, depth, done) == holdsOwn {
				return false
			}
			closer[uncaptured(st.Val)] = true
		}
	}
	for _, st := range others {
		if c.contentOf(st.Val, depth, done) != holdsOwn {
			continue
		}
		call, _ := resultOf(uncaptured(st.Val))
		if call == nil || len(call.Call.Args) == 0 && !call.Call.IsInvoke() {
			return false
		}
		recv := call.Call.Value
		if !call.Call.IsInvoke() {
			if call.Call.Signature().Recv() == nil {
				return false
			}
			recv = call.Call.Args[0]
		}
		if !closer[uncaptured(recv)] {
			return false
		}
	}
	return len(closer) > 0
}

// contentsReached is contents, looking only into the fields of alloc that
// closes says its Close reaches, when closes is set.
func (c *checker) contentsReached(alloc *ssa.Alloc, depth int, done map[*ssa.Alloc]bool, closes func(string) bool) contentKind {
	h := holdsNothing
	addrs := []ssa.Value{alloc}
	seen := map[ssa.Value]bool{alloc: true}
	for len(addrs) > 0 && h != holdsOwn {
		a := addrs[len(addrs)-1]
		addrs = addrs[:len(addrs)-1]
		for _, r := range usesOf(a) {
			switch r := r.(type) {
			case *ssa.FieldAddr, *ssa.IndexAddr, *ssa.ChangeType, *ssa.MakeInterface, *ssa.ChangeInterface, *ssa.Phi:
				if fa, ok := r.(*ssa.FieldAddr); ok && a == ssa.Value(alloc) && closes != nil && !closes(fieldName(fa.X.Type(), fa.Field)) &&
					(c.noResourceIn(fa.Type().(*types.Pointer).Elem()) || c.holdsNothingNew(fa, depth, done)) {
					continue // a field that Close never reaches, of plain or borrowed values
				}
				if v := r.(ssa.Value); !seen[v] {
					seen[v] = true
					addrs = append(addrs, v)
				}
			case *ssa.Store:
				if r.Addr == a {
					h = max(h, c.contentOf(r.Val, depth, done))
				}
			case *ssa.UnOp:
				// A pointer loaded from a field points into what the
				// composite holds: c.inner.pool = newPool() fills it.
				if _, isField := a.(*ssa.FieldAddr); isField && r.Op == token.MUL && isPointer(r.Type()) && !seen[r] {
					seen[r] = true
					addrs = append(addrs, r)
				}
			case *ssa.Return, *ssa.DebugRef, *ssa.MapUpdate, *ssa.Send:
				// Reads of the composite, or places it goes to.
			case *ssa.Call:
				// A helper of the package that only sets plain fields
				// (cn.setID(c.ID)) puts nothing of its own in it, nor
				// does a part built around another part and stored
				// beside it.
				if !c.setsOnlyPlain(r.Common(), a, depth) && !c.wrapsPartInto(r, a, alloc) {
					return holdsOwn
				}
			default:
				return holdsOwn
			}
		}
	}
	return h
}

// wrapsPartInto reports whether call, given part, a pointer loaded from a
// field of the new composite alloc, builds around it a value that it
// gives back borrowed, without releasing or keeping part anywhere else,
// and whose result the function stores into alloc: e.b64 =
// base64.NewEncoder(enc, e.breaker), an encoder writing into the line
// breaker beside it.
func (c *checker) wrapsPartInto(call *ssa.Call, part ssa.Value, alloc *ssa.Alloc) bool {
	inner := part
	if mi, ok := inner.(*ssa.MakeInterface); ok {
		inner = mi.X
	}
	if _, isLoad := inner.(*ssa.UnOp); !isLoad {
		return false
	}
	fn := call.Call.StaticCallee()
	if fn == nil || call.Call.Signature().Results().Len() != 1 {
		return false
	}
	sum := c.summaryOf(fn)
	if sum.borrowed&1 == 0 {
		return false
	}
	for i, a := range call.Call.Args {
		if a == part && (sum.release(i) || sum.keeper(i) >= 0) {
			return false
		}
	}
	return slices.ContainsFunc(usesOf(call), func(u ssa.Instruction) bool {
		st, ok := u.(*ssa.Store)
		return ok && st.Val == ssa.Value(call) && isPartOf(st.Addr, alloc)
	})
}

// setsOnlyPlain reports whether call, given v as one or more of its
// arguments, is a call of a function whose body the analysis has and
// which, with v, only reads it or stores values that hold no resource
// into its fields, directly or through functions that do the same: a
// helper that gives a new copy an ID of its own.
func (c *checker) setsOnlyPlain(call *ssa.CallCommon, v ssa.Value, depth int) bool {
	fn, ok := call.Value.(*ssa.Function)
	if !ok || fn.Blocks == nil || depth >= maxNesting || call.Value == v {
		return false
	}
	sum := c.summaryOf(fn)
	for i, arg := range call.Args {
		if arg == v && (i >= len(fn.Params) || sum.start(i) || sum.consumes(i) || !c.plainWrites(fn.Params[i], depth+1)) {
			return false
		}
	}
	return true
}

// viewOfHeld reports whether v, stored into what p points to, is a view of
// what p already holds: a value of a type without Close, made by a call
// given nothing but what p holds and constants (ent's generated
// c.User = NewUserClient(c.config), each client over the same driver).
func (c *checker) viewOfHeld(v, p ssa.Value) bool {
	call, ok := v.(*ssa.Call)
	if !ok || c.kindOf(v.Type()) != notResource || call.Call.IsInvoke() || call.Call.StaticCallee() == nil {
		return false
	}
	for _, arg := range call.Call.Args {
		if _, isConst := arg.(*ssa.Const); !isConst && !heldBy(arg, p) {
			return false
		}
	}
	return true
}

// heldBy reports whether v is p, or is loaded from a field of what p points
// to.
func heldBy(v, p ssa.Value) bool {
	if v == p {
		return true
	}
	load, ok := v.(*ssa.UnOp)
	return ok && load.Op == token.MUL && derivedFrom(load.X, p)
}

// passedToViews reports whether v, a value loaded from what p points to,
// only goes to calls whose results are views of what p holds, stored back
// into it (see viewOfHeld).
func (c *checker) passedToViews(v, p ssa.Value) bool {
	for _, r := range usesOf(v) {
		call, ok := r.(*ssa.Call)
		if !ok || !c.viewOfHeld(call, p) {
			if _, isDebug := r.(*ssa.DebugRef); isDebug {
				continue
			}
			return false
		}
		for _, u := range usesOf(call) {
			st, ok := u.(*ssa.Store)
			if !ok || st.Val != ssa.Value(call) || !derivedFrom(st.Addr, p) {
				return false
			}
		}
	}
	return true
}

// readOnly reports whether v, a map, slice or channel read from what a
// helper was given, is only read: indexed, looked up, compared or
// measured, not written to, sent on or given away.
func readOnly(v ssa.Value) bool {
	for _, r := range usesOf(v) {
		switch r := r.(type) {
		case *ssa.Lookup, *ssa.Index, *ssa.BinOp, *ssa.If, *ssa.DebugRef, *ssa.Range, *ssa.Slice:
			if sl, ok := r.(*ssa.Slice); ok && !readOnly(sl) {
				return false
			}
		case *ssa.Call:
			if b, ok := r.Call.Value.(*ssa.Builtin); !ok || (b.Name() != "len" && b.Name() != "cap") {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// plainWrites reports whether the function that p, a pointer, belongs to
// only reads what p points to, compares p, or stores into what it points
// to values that hold no resource (see setsOnlyPlain).
func (c *checker) plainWrites(p ssa.Value, depth int) bool {
	addrs := []ssa.Value{p}
	seen := map[ssa.Value]bool{p: true}
	for len(addrs) > 0 {
		a := addrs[len(addrs)-1]
		addrs = addrs[:len(addrs)-1]
		for _, r := range usesOf(a) {
			switch r := r.(type) {
			case *ssa.FieldAddr:
				if !seen[r] {
					seen[r] = true
					addrs = append(addrs, r)
				}
			case *ssa.Store:
				if r.Val == a || canHoldResource(r.Val.Type()) && !c.viewOfHeld(r.Val, p) {
					return false
				}
			case *ssa.UnOp:
				if r.Op != token.MUL {
					return false
				}
				switch types.Unalias(r.Type()).Underlying().(type) {
				case *types.Pointer:
					if !seen[r] {
						// A pointer read from a field leads to what the
						// value holds: c.inner.f = x writes into it.
						seen[r] = true
						addrs = append(addrs, r)
					}
				case *types.Map, *types.Slice, *types.Chan, *types.Struct:
					// h.byName[name] = f, h.idle <- c: what it holds
					// changes, or goes to whoever receives; a struct
					// copy shares its maps and slices.
					if mayHoldResource(r.Type(), 0) && !readOnly(r) && !c.passedToViews(r, p) {
						return false
					}
				case *types.Signature, *types.Interface:
					if hasUses(r) {
						return false // called, or asked to do anything
					}
				}
			case *ssa.BinOp, *ssa.DebugRef, *ssa.If:
			case *ssa.Call:
				if !c.setsOnlyPlain(r.Common(), a, depth) {
					return false
				}
			default:
				return false
			}
		}
	}
	return true
}

// closeReaches returns, for a pointer to a struct whose own Close method
// the analysis can read, whether that Close closes or hands over the
// field named name (itself or a part of it, through the functions it
// calls); nil when it cannot tell: no Close of the struct's own, or one
// that gives the whole value away.
func (c *checker) closeReaches(ptr types.Type) func(name string) bool {
	p, ok := types.Unalias(ptr).(*types.Pointer)
	if !ok || !isStruct(p.Elem()) {
		return nil
	}
	m := closeMethod(ptr)
	if m == nil {
		return nil
	}
	recv := m.Signature().Recv().Type()
	if !types.Identical(recv, ptr) && !types.Identical(recv, p.Elem()) {
		return nil // promoted from an embedded field (see promotedCloseBorrows)
	}
	fn := c.ssaFunc(m)
	if fn == nil || fn.Blocks == nil {
		return nil
	}
	sum := c.summaryOf(fn)
	if sum.consumes(0) && !sum.release(0) {
		return nil // the value itself goes somewhere: a pool's Put
	}
	return func(name string) bool { return sum.closesField(fieldRoot("p", 0), []string{name}) }
}

// holdsNothingNew reports whether the field at addr is only stored into,
// and only with values that are not new: parameters, fields, globals (a
// command's pointer back to the client it belongs to). depth and done
// are those of the composite that addr is a field of (see contents): a
// value stored there that is itself built around that composite is not
// looked into again.
func (c *checker) holdsNothingNew(addr *ssa.FieldAddr, depth int, done map[*ssa.Alloc]bool) bool {
	if depth >= maxNesting {
		return false
	}
	for _, r := range usesOf(addr) {
		st, ok := r.(*ssa.Store)
		if !ok || st.Addr != ssa.Value(addr) {
			if _, isDebug := r.(*ssa.DebugRef); isDebug {
				continue
			}
			return false
		}
		o := &origins{seen: map[ssa.Value]bool{}, params: map[*ssa.Parameter]bool{}, depth: depth, allocs: done}
		c.origin(o, st.Val)
		if len(o.fresh) > 0 || len(o.views) > 0 {
			return false
		}
	}
	return true
}

// noResourceIn reports whether a value of type t is no resource, nor a
// slice, array, map or channel of resources: a slice of hooks.
func (c *checker) noResourceIn(t types.Type) bool {
	switch u := types.Unalias(t).Underlying().(type) {
	case *types.Slice:
		t = u.Elem()
	case *types.Array:
		t = u.Elem()
	case *types.Chan:
		t = u.Elem()
	case *types.Map:
		if c.kindOf(u.Key()) != notResource {
			return false
		}
		t = u.Elem()
	}
	return c.kindOf(t) == notResource
}

// contentOf returns what the value v, stored into a new composite, holds.
func (c *checker) contentOf(v ssa.Value, depth int, done map[*ssa.Alloc]bool) contentKind {
	if !mayHoldResource(v.Type(), 0) {
		return holdsNothing
	}
	if depth >= maxNesting {
		return holdsOwn
	}
	switch v := v.(type) {
	case *ssa.Alloc:
		// &inner{...} inside an outer literal.
		return c.contents(v, depth+1, done)
	case *ssa.UnOp:
		// inner{...} inside an outer literal: a copy of a local composite.
		if alloc, ok := v.X.(*ssa.Alloc); ok && v.Op == token.MUL && !isLocalCell(alloc) {
			return c.contents(alloc, depth+1, done)
		}
	case *ssa.MakeMap, *ssa.MakeChan, *ssa.MakeSlice:
		return holdsNothing // new and empty
	}
	if c.settledBeforeReturn(uncaptured(v)) {
		// A connection whose Close a test's Cleanup runs, put in the
		// plugin returned too: the cleanup owns it.
		return holdsBorrowed
	}
	o := &origins{seen: map[ssa.Value]bool{}, params: map[*ssa.Parameter]bool{}, depth: depth, allocs: done}
	c.origin(o, v)
	for _, f := range o.fresh {
		// A new value that can hold no resource (bytes.NewReader(b)
		// on one path, a section of a borrowed reader on another,
		// under one decompressor) holds nothing of the composite's.
		if _, basic := f.Type().Underlying().(*types.Basic); basic || mayHoldResource(f.Type(), 0) {
			return holdsOwn
		}
	}
	for p := range o.params {
		if c.kindOf(p.Type()) != notResource || c.kindOf(v.Type()) != notResource {
			// A wrapper around the parameter, or around what an
			// assertion to io.Closer found in it.
			return holdsOwn
		}
	}
	if o.borrowed || len(o.views) > 0 {
		return holdsBorrowed // settings, a context: the caller's
	}
	return holdsNothing
}

// mayHoldResource reports whether a value of type t can be a resource or
// hold one: a []byte or a *sync.Mutex cannot.
func mayHoldResource(t types.Type, depth int) bool {
	if depth > 4 || closeMethod(t) != nil {
		return true
	}
	switch t := types.Unalias(t).Underlying().(type) {
	case *types.Basic:
		return false
	case *types.Pointer:
		return mayHoldResource(t.Elem(), depth+1)
	case *types.Slice:
		return mayHoldResource(t.Elem(), depth+1)
	case *types.Array:
		return mayHoldResource(t.Elem(), depth+1)
	case *types.Chan:
		return mayHoldResource(t.Elem(), depth+1)
	case *types.Map:
		return mayHoldResource(t.Key(), depth+1) || mayHoldResource(t.Elem(), depth+1)
	case *types.Struct:
		for i := range t.NumFields() {
			if mayHoldResource(t.Field(i).Type(), depth+1) {
				return true
			}
		}
		return false
	}
	return true // interfaces, functions, type parameters
}

// resolveViews decides what the views among the origins o are, once the
// parameters that the function wraps are known (paramFlows): a view that
// also wraps a resource it was given stands for it, as a fresh value does;
// otherwise it is borrowed. A result that is no resource itself (plain),
// such as a scanner over an io.Reader, stands for whatever it wraps, so
// that a caller passing a resource there still has to close it.
func (c *checker) resolveViews(fn *ssa.Function, o *origins, paramFlows []*flow, plain bool) {
	if len(o.views) == 0 {
		return
	}
	all := &origins{fresh: append(slices.Clip(o.fresh), o.views...)}
	resources := make([]*flow, len(paramFlows))
	for i, fl := range paramFlows {
		if fl != nil && (plain || fl.kind != notResource || c.wrapsEveryElement(fn, i, fl, all.fresh)) {
			resources[i] = fl
		}
	}
	if c.wrappedParam(fn, all, resources) >= 0 {
		o.fresh = all.fresh
	} else {
		o.borrowed, o.others = true, true
	}
	o.views = nil
}

// copiedInto reports whether the local composite tmp is copied, or its
// address stored, into one of the allocations in fresh, directly or
// through other local composites, as nested composite literals are.
func copiedInto(tmp *ssa.Alloc, fresh []ssa.Value, depth int) bool {
	if depth >= maxNesting {
		return false
	}
	into := func(st *ssa.Store) bool {
		root := allocRoot(st.Addr)
		return root != nil && root != tmp &&
			(slices.Contains(fresh, ssa.Value(root)) || copiedInto(root, fresh, depth+1))
	}
	for _, r := range usesOf(tmp) {
		switch r := r.(type) {
		case *ssa.Store:
			if r.Val == tmp && into(r) {
				return true
			}
		case *ssa.UnOp:
			if r.Op != token.MUL {
				continue
			}
			for _, lr := range usesOf(r) {
				if st, ok := lr.(*ssa.Store); ok && st.Val == r && into(st) {
					return true
				}
			}
		}
	}
	return false
}

func isPointer(t types.Type) bool {
	_, ok := types.Unalias(t).Underlying().(*types.Pointer)
	return ok
}

// variadicResources reports whether parameter i of fn is its variadic
// parameter, a slice of resources, as that of a constructor whose result
// closes every element (NewMultiReader(segs ...*Segment)).
func (c *checker) variadicResources(fn *ssa.Function, i int) bool {
	// The signature, not fn.Params: a function of another package has
	// no parameters built.
	sig := fn.Signature
	n := sig.Params().Len()
	if sig.Recv() != nil {
		i-- // parameter 0 is the receiver
	}
	if !sig.Variadic() || i != n-1 {
		return false
	}
	sl, ok := types.Unalias(sig.Params().At(i).Type()).Underlying().(*types.Slice)
	return ok && c.kindOf(sl.Elem()) != notResource
}

// wrapsEveryElement reports whether fn, given the variadic slice of
// resources parameter i (traced as fl), returns on every path a new value
// that keeps the slice in a field whose every element the value's Close
// closes (a loop over it, not r.segs[0] alone).
func (c *checker) wrapsEveryElement(fn *ssa.Function, i int, fl *flow, fresh []ssa.Value) bool {
	if !c.variadicResources(fn, i) || len(fresh) == 0 {
		return false
	}
	for _, v := range fresh {
		h, ok := fl.structs[v]
		if !ok && onlyWhenEmpty(v, fn.Params[i]) {
			continue // if len(segs) == 0 { return &reader{} }: nothing to wrap
		}
		if !ok || len(h.path) != 1 {
			return false
		}
		closeFn := c.closeFunc(v.Type())
		if closeFn == nil || !closesEachElement(closeFn, h.path[0]) {
			return false
		}
	}
	return true
}

// closesEachElement reports whether the method fn indexes the slice in
// field name of its receiver by a value that is not a constant, as a loop
// over its elements does.
func closesEachElement(fn *ssa.Function, name string) bool {
	if len(fn.Params) == 0 {
		return false
	}
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			ia, ok := instr.(*ssa.IndexAddr)
			if !ok {
				continue
			}
			if _, isConst := ia.Index.(*ssa.Const); isConst {
				continue
			}
			load, ok := ia.X.(*ssa.UnOp)
			if !ok || load.Op != token.MUL {
				continue
			}
			if fa, ok := load.X.(*ssa.FieldAddr); ok && fa.X == fn.Params[0] && fieldName(fa.X.Type(), fa.Field) == name {
				return true
			}
		}
	}
	return false
}

// onlyWhenEmpty reports whether v is made only where the slice p is
// empty: in a block that the true branch of len(p) == 0 dominates.
func onlyWhenEmpty(v, p ssa.Value) bool {
	instr, ok := v.(ssa.Instruction)
	if !ok {
		return false
	}
	for _, b := range instr.Parent().Blocks {
		t, ok := b.Instrs[len(b.Instrs)-1].(*ssa.If)
		if !ok {
			continue
		}
		cmp, ok := t.Cond.(*ssa.BinOp)
		if !ok || cmp.Op != token.EQL || !isZero(cmp.Y) {
			continue
		}
		call, ok := cmp.X.(*ssa.Call)
		if !ok || len(call.Call.Args) != 1 || call.Call.Args[0] != p {
			continue
		}
		if bi, ok := call.Call.Value.(*ssa.Builtin); ok && bi.Name() == "len" && b.Succs[0].Dominates(instr.Block()) && len(b.Succs[0].Preds) == 1 {
			return true
		}
	}
	return false
}

// uncaptured returns the value that v, through conversions (see
// unconvert) and loads from the cell of a variable that a closure
// captures, stored once, stands for, or v.
func uncaptured(v ssa.Value) ssa.Value {
	for range maxNesting {
		v = unconvert(v)
		load, ok := v.(*ssa.UnOp)
		if !ok || load.Op != token.MUL || !isLocalCell(load.X) || storedOnce(load.X) == nil {
			return v
		}
		v = storedOnce(load.X)
	}
	return v
}

// settledBeforeReturn reports whether f, a result of a call, is kept where
// its owner holds it (given to a test's Cleanup in a closure that closes
// it, stored in a registry) or released on every path from the call to
// each return of its function, whatever the return gives. A closure that
// captures it without releasing it settles nothing.
func (c *checker) settledBeforeReturn(f ssa.Value) bool {
	if call, _ := resultOf(f); call == nil || f.Parent() == nil {
		return false
	}
	kind := c.kindOf(f.Type())
	if kind == notResource {
		return false
	}
	fl := c.trace(f, kind, false)
	if len(fl.idleClosures) > 0 {
		// Only a closure that releases it, given to code that keeps
		// it (t.Cleanup), settles it; one that only uses it may run
		// now (t.Run, sync.Once.Do, a retry loop).
		only := *fl
		only.keeps = map[ssa.Instruction]bool{}
		for instr := range fl.keeps {
			if !fl.idleClosures[instr] {
				only.keeps[instr] = true
			}
		}
		fl = &only
	}
	return c.keptBeforeReturn(f.Parent(), f, fl, -1)
}
