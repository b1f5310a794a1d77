package analyzer

import (
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ssa"
)

// This file follows a resource stored in a field of a struct that the
// function has just built:
//
//	cn := &conn{}
//	cn.c, err = net.Dial("tcp", addr)
//
// Storing it there hands nothing off: the struct, a holder, stands for the
// resource. Returning the holder, storing it where it outlives the call,
// sending it, or giving it to a function that keeps it or closes the field
// hands the resource off; giving it to a function that only reads it does
// nothing, and dropping it leaks the resource.

// freshHolder returns the structs that addr is a field of, when the
// function made them (&T{}, new(T) or a local variable), with the path of
// the field; otherwise nil. A struct held by a variable that a closure
// captures is reached through the variable.
func freshHolder(addr ssa.Value) ([]ssa.Value, []string) {
	base, path := fieldPath(addr)
	if len(path) == 0 {
		return nil, nil
	}
	switch b := base.(type) {
	case *ssa.Alloc:
		return []ssa.Value{b}, path
	case *ssa.UnOp:
		if b.Op != token.MUL || !isLocalCell(b.X) {
			return nil, nil
		}
		if roots := storedAllocs(b.X); roots != nil {
			return roots, path
		}
	}
	return nil, nil
}

// fieldPath returns the value that addr is a field of, through fields
// only, and the path of the field (nil if addr is no field address).
func fieldPath(addr ssa.Value) (ssa.Value, []string) {
	var path []string
	for range maxFieldDepth {
		fa, ok := addr.(*ssa.FieldAddr)
		if !ok {
			return addr, path
		}
		path = append([]string{fieldName(fa.X.Type(), fa.Field)}, path...)
		addr = fa.X
	}
	return nil, nil
}

// storedAllocs returns the new structs that are ever stored in the local
// variable cell, or nil if it ever holds anything else.
func storedAllocs(cell ssa.Value) []ssa.Value {
	var allocs []ssa.Value
	for _, r := range usesOf(cell) {
		st, ok := r.(*ssa.Store)
		if !ok || st.Addr != cell {
			continue
		}
		switch v := st.Val.(type) {
		case *ssa.Alloc:
			allocs = append(allocs, v)
		case *ssa.Const:
			if !v.IsNil() {
				return nil
			}
		default:
			return nil
		}
	}
	return allocs
}

// A structHolding is how a struct holds the resource: in the field at path,
// and owning it or not. Handing off a holder that owns the resource hands
// the resource off; one that does not own it (a statement pointing back at
// its connection) can still have the field closed by a method or a
// closure, but nothing else it does matters to the resource.
//
// A struct may hold the resource in more fields than one, owning it in
// each alike: a session that keeps a connection wrapped for its protocol
// in one field and as it is in another. also lists those other paths;
// closing the resource through any of them closes it.
type structHolding struct {
	path []string
	owns bool
	also [][]string
}

// maxHoldingPaths bounds the paths at which one struct is followed as
// holding the resource.
const maxHoldingPaths = 4

// paths returns every path at which the struct holds the resource.
func (h structHolding) paths() [][]string {
	return append([][]string{h.path}, h.also...)
}

// has reports whether the struct holds the resource at path.
func (h structHolding) has(path []string) bool {
	return slices.ContainsFunc(h.paths(), func(p []string) bool { return slices.Equal(p, path) })
}

// under returns how the value of field name of the struct holds the
// resource (an empty path: it is the resource), and whether it does.
func (h structHolding) under(name string) (structHolding, bool) {
	var in structHolding
	found := false
	for _, p := range h.paths() {
		if len(p) == 0 || p[0] != name {
			continue
		}
		switch {
		case !found:
			in, found = structHolding{path: p[1:], owns: h.owns}, true
		case len(p) == 1:
			// The field is the resource itself: that decides.
			in = structHolding{path: nil, owns: h.owns}
		case len(in.path) > 0 && !in.has(p[1:]):
			in.also = append(in.also, p[1:])
		}
	}
	return in, found
}

// givenBy returns the gifts, by a function with summary sum, of what its
// parameter root, given the struct, holds at any of the struct's paths.
func (h structHolding) givenBy(sum *summary, root string) []gift {
	var gs []gift
	for _, p := range h.paths() {
		gs = append(gs, sum.givenBy(root, p)...)
	}
	return gs
}

// closedBy reports whether a function with summary sum closes a field of
// its parameter or free variable root, given the struct, that holds the
// resource.
func (h structHolding) closedBy(sum *summary, root string) bool {
	return slices.ContainsFunc(h.paths(), func(p []string) bool { return sum.closesField(root, p) })
}

// storeInHolder records that the structs roots hold the resource at path;
// they own it if owns is set and closing them closes it.
func (c *checker) storeInHolder(f *flow, roots []ssa.Value, path []string, owns bool, add func(ssa.Value, bool)) {
	for _, r := range roots {
		if f.holdAt(r, structHolding{path: path, owns: owns && c.holds(r.Type(), path)}) {
			add(r, false)
		}
	}
}

// holdAt records that the struct v holds the resource as h says, and
// reports whether v's uses are to be classified, again if v was seen
// before. Where a struct holds the resource in a field that it does not
// own (a view of a file beside the file itself, &trackedSeeker{base,
// seeker}) and then in one that it owns, the field it owns decides, and
// the uses of v are classified again, which is done at most once per
// value. Where it holds it in another field alike, it holds it at both
// paths, and the uses of v are classified again with both, which is
// done at most maxHoldingPaths times per value.
func (f *flow) holdAt(v ssa.Value, h structHolding) bool {
	old, seen := f.structs[v]
	switch {
	case seen && old.owns == h.owns:
		// The same resource in other fields too: closing it through
		// any of them closes it.
		grown := old
		grown.also = slices.Clip(old.also) // shared with the holdings it came from
		for _, p := range h.paths() {
			if len(old.path) > 0 && len(p) > 0 && !grown.has(p) && len(grown.also)+1 < maxHoldingPaths && len(p) <= maxFieldDepth+1 {
				grown.also = append(grown.also, p)
			}
		}
		if len(grown.also) == len(old.also) {
			return false
		}
		h = grown
	case seen && old.owns:
		return false
	}
	f.structs[v] = h
	if seen {
		delete(f.aliases, v)
		delete(f.cells, v)
	}
	return true
}

// holds reports whether a value of type t (a pointer to a struct) holds
// what is stored at path inside it, so that handing the value off hands
// that off too. A struct without a Close method holds whatever it is
// given; one with a Close holds only what its Close releases: a statement
// that points back at its connection does not own the connection.
func (c *checker) holds(t types.Type, path []string) bool {
	switch c.kindOf(t) {
	case notResource, transaction:
		// A Close that releases nothing (it only records that it was
		// called) does not release the field either.
		m := closeMethod(t)
		return m == nil || !c.doesNothing(m)
	case response:
		return path[0] == "Body"
	}
	obj, index, _ := types.LookupFieldOrMethod(t, true, nil, "Close")
	fn, ok := obj.(*types.Func)
	if !ok {
		return true
	}
	if len(index) > 1 {
		// The Close of an embedded field: the struct holds that field.
		st := t
		for _, i := range index[:len(index)-1] {
			if len(path) == 0 {
				// The resource is the embedded value whose Close,
				// further down, closes what it holds.
				return true
			}
			fld := field(pointerTo(st), i)
			if fld == nil || fld.Name() != path[0] {
				return false
			}
			st, path = fld.Type(), path[1:]
		}
		return len(path) == 0 || c.holds(pointerTo(st), path)
	}
	closeFn := c.ssaFunc(fn)
	if closeFn == nil {
		return true
	}
	sum := c.summaryOf(closeFn)
	if sum.consumes(0) || sum.closesField(fieldRoot("p", 0), path) {
		return true
	}
	if len(path) == 1 && slices.Contains(sum.closes, "p0."+path[0]+"[]") && closesEachElement(closeFn, path[0]) {
		// A Close that loops over a slice field closing each element
		// closes what the slice holds.
		return true
	}
	// A Close of this package may also reach the field through code that
	// the summary does not follow: the receiver passed on as an any, to a
	// function value, to another goroutine.
	if len(path) == 0 || closeFn.Blocks == nil {
		return false
	}
	k := fieldIndex(t, path[0])
	return k >= 0 && (c.releasesField(closeFn, 0, k, 0) || c.signalsRelease(t, closeFn, path))
}

// signalsRelease reports whether closeFn, the Close of t, has another
// method of t close what t holds at path: Close closes a channel that the
// receiver keeps, and a method of the package that closes the field waits
// on that channel, itself or in a closure it starts (an acceptor whose Run
// closes its listener once Close says so).
func (c *checker) signalsRelease(t types.Type, closeFn *ssa.Function, path []string) bool {
	if len(closeFn.Params) == 0 {
		return false
	}
	signals := map[int]bool{}
	for _, b := range closeFn.Blocks {
		for _, instr := range b.Instrs {
			call, ok := instr.(*ssa.Call)
			if !ok {
				continue
			}
			if bi, ok := call.Call.Value.(*ssa.Builtin); ok && bi.Name() == "close" {
				if fa, ok := loadOf(call.Call.Args[0]).(*ssa.FieldAddr); ok && fa.X == closeFn.Params[0] {
					signals[fa.Field] = true
				}
			}
		}
	}
	if len(signals) == 0 {
		return false
	}
	mset := c.prog.MethodSets.MethodSet(t)
	for i := range mset.Len() {
		fn := c.prog.MethodValue(mset.At(i))
		if fn == nil || fn == closeFn || fn.Pkg != closeFn.Pkg || fn.Blocks == nil {
			continue
		}
		if c.summaryOf(fn).closesField(fieldRoot("p", 0), path) && closesOnSignal(fn, t, signals, fieldIndex(t, path[0])) {
			return true
		}
	}
	return false
}

// closesOnSignal reports whether fn, or a function literal within it,
// receives from a channel held in one of the given fields of a value of
// type t and then, where that receive is what happened, closes what field
// of such a value holds: case <-a.closeC: a.listener.Close().
func closesOnSignal(fn *ssa.Function, t types.Type, signals map[int]bool, field int) bool {
	if field < 0 {
		return false
	}
	onField := func(v ssa.Value, fields map[int]bool) bool {
		fa, ok := loadOf(unconvert(v)).(*ssa.FieldAddr)
		return ok && fields[fa.Field] && types.Identical(fa.X.Type(), t)
	}
	closes := func(instr ssa.Instruction) bool {
		recv := closedBy(instr)
		return recv != nil && onField(recv, map[int]bool{field: true})
	}
	// closesFrom reports whether a Close of the field follows instr in
	// its block, or lies in a block that start dominates.
	closesFrom := func(start *ssa.BasicBlock, after ssa.Instruction) bool {
		for _, b := range fn.Blocks {
			if !start.Dominates(b) {
				continue
			}
			for _, instr := range b.Instrs {
				if b == start && after != nil && !before(after, instr) {
					continue
				}
				if closes(instr) {
					return true
				}
			}
		}
		return false
	}
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			switch instr := instr.(type) {
			case *ssa.UnOp:
				if instr.Op == token.ARROW && onField(instr.X, signals) && closesFrom(b, instr) {
					return true
				}
			case *ssa.Select:
				for k, st := range instr.States {
					if st.Dir == types.RecvOnly && onField(st.Chan, signals) && closesOnCase(instr, k, closesFrom) {
						return true
					}
				}
			}
		}
	}
	return slices.ContainsFunc(fn.AnonFuncs, func(anon *ssa.Function) bool { return closesOnSignal(anon, t, signals, field) })
}

// closesOnCase reports whether, in the blocks that run where the select
// sel picks its case k, closesFrom finds a Close: the select's index is
// compared with k, and the branch where it equals k is searched.
func closesOnCase(sel *ssa.Select, k int, closesFrom func(*ssa.BasicBlock, ssa.Instruction) bool) bool {
	for _, u := range usesOf(sel) {
		x, ok := u.(*ssa.Extract)
		if !ok || x.Index != 0 {
			continue
		}
		for _, r := range usesOf(x) {
			cmp, ok := r.(*ssa.BinOp)
			if !ok || cmp.Op != token.EQL {
				continue
			}
			kc, ok := cmp.Y.(*ssa.Const)
			if !ok || kc.Int64() != int64(k) {
				continue
			}
			for _, ru := range usesOf(cmp) {
				if t, ok := ru.(*ssa.If); ok && t.Cond == ssa.Value(cmp) && closesFrom(t.Block().Succs[0], nil) {
					return true
				}
			}
		}
	}
	return false
}

// fieldIndex returns the index of the field called name in the struct
// that ptr points to, or -1.
func fieldIndex(ptr types.Type, name string) int {
	for i := 0; field(ptr, i) != nil; i++ {
		if field(ptr, i).Name() == name {
			return i
		}
	}
	return -1
}

// pointerTo returns t if it is a pointer, and a pointer to t otherwise.
func pointerTo(t types.Type) types.Type {
	if _, ok := types.Unalias(t).Underlying().(*types.Pointer); ok {
		return t
	}
	return types.NewPointer(t)
}

// ssaFunc returns the SSA function of a declared function or method of
// this package or of one it imports (without a body), or nil.
func (c *checker) ssaFunc(fn *types.Func) *ssa.Function {
	if c.prog == nil {
		return nil
	}
	return c.prog.FuncValue(fn.Origin())
}

// indirectFunc returns a function without a body for fn, a method of a
// package that this one imports only indirectly, which the pass's SSA
// program does not hold (it holds the direct imports): a program of the
// checker's own holds it. What fn does, its facts say, as for any method
// of another package. A function that is no method has no fact here (the
// analysis passes a function's facts to direct importers only), so it is
// left unknown.
func (c *checker) indirectFunc(fn *types.Func) *ssa.Function {
	pkg := fn.Pkg()
	if pkg == nil || fn.Signature().Recv() == nil || c.prog.Package(pkg) != nil {
		return nil
	}
	if c.indirect == nil {
		c.indirect = ssa.NewProgram(c.prog.Fset, 0)
	}
	if c.indirect.Package(pkg) == nil {
		c.indirect.CreatePackage(pkg, nil, nil, true)
	}
	return c.indirect.FuncValue(fn)
}

// closePromotedFrom reports whether the struct that fa is a field of has
// no Close of its own but the one promoted from that field, or none: its
// Close is the field's, not a wrapper's that may do less.
func closePromotedFrom(fa *ssa.FieldAddr) bool {
	obj, index, _ := types.LookupFieldOrMethod(fa.X.Type(), false, nil, "Close")
	if obj == nil {
		return true
	}
	return len(index) > 1 && index[0] == fa.Field
}

// holderUse classifies a use of v, a holder of the resource, and reports
// whether it did; the uses it leaves to valueUse (returning, sending,
// storing in a map, capturing) are those of the resource itself.
func (c *checker) holderUse(f *flow, v ssa.Value, h structHolding, instr ssa.Instruction, add func(ssa.Value, bool)) bool {
	hold := func(w ssa.Value, in structHolding, cell bool) {
		f.holdAt(w, in)
		add(w, cell)
	}
	switch instr := instr.(type) {
	case *ssa.FieldAddr:
		if in, ok := h.under(fieldName(instr.X.Type(), instr.Field)); ok {
			if len(in.path) == 0 && c.copyHolds(instr.Type()) && closePromotedFrom(instr) {
				// &w.File where w.File = *f: the copy's address is
				// the resource, as f was.
				add(instr, false)
			} else {
				hold(instr, in, false) // an empty path: the address of the resource
			}
		}
	case *ssa.Field:
		if in, ok := h.under(structFieldName(instr.X.Type(), instr.Field)); ok {
			if len(in.path) == 0 {
				add(instr, false)
			} else {
				hold(instr, in, false)
			}
		}
	case *ssa.UnOp:
		if instr.Op != token.MUL {
			return true
		}
		if len(h.path) == 0 {
			add(instr, false) // cn.c itself
		} else {
			hold(instr, h, false) // a copy of the struct
		}
	case *ssa.ChangeType, *ssa.MakeInterface, *ssa.ChangeInterface, *ssa.Convert, *ssa.Phi:
		hold(instr.(ssa.Value), h, false)
	case *ssa.TypeAssert:
		if !instr.CommaOk {
			hold(instr, h, false)
			return true
		}
		for _, r := range usesOf(instr) {
			if e, ok := r.(*ssa.Extract); ok && e.Index == 0 {
				hold(e, h, false)
			}
		}
	case *ssa.Store:
		c.holderStore(f, instr, v, h, hold, add)
	case ssa.CallInstruction:
		if addr, val := c.pointerStore(instr.Common()); val == v {
			c.pointerStoreUse(f, instr, addr, h, false, add)
			return true
		}
		var args []int
		for i, a := range instr.Common().Args {
			if a == v {
				args = append(args, i)
			}
		}
		c.holderCall(f, instr, args, instr.Common().Value == v, h, hold, add)
	case *ssa.MapUpdate, *ssa.Send, *ssa.Return, *ssa.Select:
		return !h.owns // handing off a holder that does not own the resource does nothing
	default:
		return false
	}
	return true
}

// holderStore classifies the store of a holder (not a store into it,
// which overwrites the resource and is not followed).
func (c *checker) holderStore(f *flow, st *ssa.Store, v ssa.Value, h structHolding, hold func(ssa.Value, structHolding, bool), add func(ssa.Value, bool)) {
	if st.Val != v {
		return
	}
	switch roots, outer := freshHolder(st.Addr); {
	case isLocalCell(st.Addr):
		hold(st.Addr, h, true)
		if h.owns && c.releasedByDeferredClosure(st.Addr, st) {
			// The holder's own Close, in a deferred closure that
			// closes whatever the variable holds (see valueUse).
			f.note(st, c.deferredRelease(st.Addr), false)
			f.deferred[st] = st.Addr
		}
	case roots != nil:
		for _, p := range h.paths() {
			c.storeInHolder(f, roots, slices.Concat(outer, p), h.owns, add)
		}
	case isAlloc(st.Addr) && isStruct(v.Type()) && len(h.path) > 0:
		// A copy of the struct put in a variable whose address is
		// taken (rb := body{f: f}; return &rb): the variable is a new
		// struct that holds the resource where the copy does.
		for _, p := range h.paths() {
			c.storeInHolder(f, []ssa.Value{st.Addr}, p, h.owns, add)
		}
	default:
		if call, idx := variadicCall(st.Addr); call != nil {
			c.holderCall(f, call, []int{idx}, false, h, hold, add)
		} else if h.owns {
			f.note(st, handedOff, isKeptBy(st.Addr) || isKeptContainer(st.Addr))
		}
	}
}

// holderCall classifies a call that receives a holder as the arguments at
// positions args, or calls a method of it through an interface when
// isCallee. A function that closes the field holding the resource
// releases it, and one that returns the field gives the resource back; if
// the holder owns the resource, a function that keeps the holder, or code
// leakvet cannot see, takes it. A function that only reads the holder
// (the method that writes a handshake on cn.c) does nothing.
func (c *checker) holderCall(f *flow, call ssa.CallInstruction, args []int, isCallee bool, h structHolding, hold func(ssa.Value, structHolding, bool), add func(ssa.Value, bool)) {
	common := call.Common()
	takes := func(kept bool) {
		if h.owns {
			f.note(call, handedOff, kept)
		}
	}
	if _, isGo := call.(*ssa.Go); isGo {
		// A goroutine that closes the field (go b.serve(), whose loop
		// closes b.ln when it ends) owns the resource, even when the
		// holder's own Close does not close it.
		if fn := common.StaticCallee(); fn != nil {
			for _, i := range args {
				if h.closedBy(c.summaryOf(fn), fieldRoot("p", i)) {
					f.note(call, handedOff, false)
					return
				}
			}
		}
		takes(false)
		return
	}
	if common.IsInvoke() {
		if !isCallee {
			takes(false)
		} else if h.owns && common.Method.Name() == "Close" {
			f.note(call, released, false) // holds checked that its Close closes the field
		}
		return
	}
	if b, ok := common.Value.(*ssa.Builtin); ok {
		if res, ok := call.(*ssa.Call); ok && b.Name() == "append" {
			// The slice owns the holder; the function keeps it only if
			// the slice outlives the call (reqs = append(reqs, req) in
			// a loop of redirects does not).
			takes(storedWhereKept(res))
		}
		return
	}
	fn := common.StaticCallee()
	if fn == nil {
		takes(false)
		return
	}
	if obj, ok := fn.Object().(*types.Func); ok {
		if c.isBorrower(obj) {
			return
		}
		if kept, ok := keepers[c.funcName(obj)]; ok {
			// c.conn.Store(&connHost{conn, host}): the container keeps
			// the holder, and the resource with it.
			if slices.ContainsFunc(args, func(i int) bool { return slices.Contains(kept, i) }) {
				takes(isKeptBy(common.Args[0]))
			}
			return
		}
	}
	sum := c.summaryOf(fn)
	res, _ := call.(*ssa.Call)
	for _, i := range args {
		root := fieldRoot("p", i)
		switch {
		case h.closedBy(sum, root) || (h.owns && sum.release(i)):
			f.note(call, released, false)
		case res != nil && len(h.givenBy(sum, root)) > 0:
			for _, g := range h.givenBy(sum, root) {
				for _, r := range resultValues(res, g.result) {
					if g.within != nil {
						// A new value owning the field: ls :=
						// (&streamListener{ln}).newLocalServer().
						f.structs[r] = structHolding{path: g.within, owns: true}
					}
					add(r, false)
				}
			}
		case res != nil && sum.forwarded(i) >= 0 && sum.consumes(i) && c.keptByCallee(f, common, sum, i):
			// l.insert(&entry{v: v}, at) links the holder into a list
			// that outlives the call, and returns it as well.
			takes(true)
		case res != nil && sum.forwarded(i) >= 0:
			for _, r := range resultValues(res, sum.forwarded(i)) {
				hold(r, h, false)
			}
		case sum.consumes(i):
			takes(c.keptByCallee(f, common, sum, i))
		default:
			continue
		}
		return
	}
}

// isStruct reports whether t is a struct type.
func isStruct(t types.Type) bool {
	_, ok := types.Unalias(t).Underlying().(*types.Struct)
	return ok
}
