package analyzer

import (
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ssa"
)

// This file classifies what closures do with the resources they capture:
// a closure that runs, is deferred, is started as a goroutine or is given
// to other code releases, settles or takes the resource.

// isReceiverOf reports whether call is a static method call on the
// resource.
func (f *flow) isReceiverOf(call ssa.CallInstruction) bool {
	common := call.Common()
	fn := common.StaticCallee()
	return fn != nil && fn.Signature.Recv() != nil && len(common.Args) > 0 && f.aliases[common.Args[0]]
}

// keepsResultOf reports whether a result of call is stored into a field of
// the resource.
func (f *flow) keepsResultOf(call ssa.CallInstruction) bool {
	v, ok := call.(*ssa.Call)
	if !ok {
		return false
	}
	results := []ssa.Value{v}
	for i := 0; i < len(results) && i < 16; i++ {
		for _, r := range usesOf(results[i]) {
			switch r := r.(type) {
			case *ssa.Extract, *ssa.MakeInterface, *ssa.ChangeInterface, *ssa.ChangeType:
				results = append(results, r.(ssa.Value))
			case *ssa.Store:
				if r.Val == results[i] && f.aliases[addrRoot(r.Addr)] {
					return true
				}
			}
		}
	}
	return false
}

// deferred reports whether the closure mc is deferred.
func deferred(mc *ssa.MakeClosure) bool {
	return slices.ContainsFunc(usesOf(mc), func(r ssa.Instruction) bool {
		d, ok := r.(*ssa.Defer)
		return ok && d.Call.Value == ssa.Value(mc)
	})
}

// deferredBeforeFill reports whether the defer d comes before every store
// into the field of the struct holder that holds the resource as h says
// (result := dialResult{}; defer func() { ... }(); result.Conn, err =
// dial()), and no store into it may follow one: every path that fills
// the struct has registered it, and the field holds the resource at
// every return after.
func deferredBeforeFill(d ssa.Instruction, holder ssa.Value, h structHolding) bool {
	stores := 0
	for _, r := range usesOf(holder) {
		fa, ok := r.(*ssa.FieldAddr)
		if !ok || len(h.path) == 0 || fieldName(fa.X.Type(), fa.Field) != h.path[0] {
			continue
		}
		for _, u := range usesOf(fa) {
			if st, ok := u.(*ssa.Store); ok && st.Addr == ssa.Value(fa) {
				if !before(d, st) || storedAgain(holder, h.path, st) || changedAfter(holder, st, closureReads(d, holder)) {
					return false // the field may hold another by then
				}
				stores++
			}
		}
	}
	return stores > 0
}

// closureReads returns whether the closure that d defers reads field i
// of the struct holder that it captures.
func closureReads(d ssa.Instruction, holder ssa.Value) func(int) bool {
	return func(i int) bool {
		call, ok := d.(ssa.CallInstruction)
		if !ok {
			return true
		}
		mc, ok := call.Common().Value.(*ssa.MakeClosure)
		if !ok {
			return true
		}
		fn := mc.Fn.(*ssa.Function)
		for k, b := range mc.Bindings {
			if b != holder || k >= len(fn.FreeVars) {
				continue
			}
			for _, r := range usesOf(fn.FreeVars[k]) {
				if fa, ok := r.(*ssa.FieldAddr); !ok || fa.Field == i {
					return true
				}
			}
		}
		return false
	}
}

// changedAfter reports whether the struct holder may change after the
// fill st, but by the stores of the same call's other results: a store
// of the whole struct (result = dialResult{}), or into another field that
// the deferred closure reads (result.err = errBad, which it tests).
func changedAfter(holder ssa.Value, st *ssa.Store, reads func(int) bool) bool {
	later := reachable(st.Block().Succs, func(b *ssa.BasicBlock) []*ssa.BasicBlock { return b.Succs })
	tuple := func(v ssa.Value) ssa.Value {
		if e, ok := v.(*ssa.Extract); ok {
			return e.Tuple
		}
		return nil
	}
	after := func(other ssa.Instruction) bool {
		return later[other.Block()] || (other.Block() == st.Block() && before(st, other))
	}
	for _, r := range usesOf(holder) {
		switch r := r.(type) {
		case *ssa.Store:
			if r.Addr == holder && after(r) {
				return true
			}
		case *ssa.FieldAddr:
			for _, u := range usesOf(r) {
				other, ok := u.(*ssa.Store)
				if !ok || other == st || other.Addr != ssa.Value(r) || !after(other) || !reads(r.Field) {
					continue
				}
				if t := tuple(st.Val); t == nil || tuple(other.Val) != t {
					return true
				}
			}
		}
	}
	return false
}

// holderSettledBy reports whether the closure fn, given as its free
// variable i a struct that holds the resource of kind k as h says,
// closes the field that holds it or hands the struct off on every path.
func (c *checker) holderSettledBy(fn *ssa.Function, i int, h structHolding, k kind) bool {
	if i >= len(fn.FreeVars) || fn.Blocks == nil {
		return false
	}
	fv := fn.FreeVars[i]
	fc := &funcChecker{checker: c, fn: fn, noReturn: c.noReturnCalls(fn)}
	a := &acquisition{value: fv, kind: k}
	for _, p := range h.paths() {
		fl := c.traceFrom(fv, k, false, &structHolding{path: p, owns: true})
		if fl.releases() && len(fc.search(a, fl)) == 0 {
			return true
		}
	}
	return false
}

// addrRoot returns the value that addr is a field or element address of,
// through loads of pointer fields.
func addrRoot(addr ssa.Value) ssa.Value { return root(addr, true) }

// closureUse classifies the capture of the resource, or of a cell holding
// it, by a closure. What counts is what happens to the closure.
func (c *checker) closureUse(f *flow, mc *ssa.MakeClosure, captured ssa.Value) {
	fn := mc.Fn.(*ssa.Function)
	var runs event // what running the closure does to the resource
	settles := false
	h, isHolder := f.structs[captured]
	settledHolder := false // see holderSettledBy
	for i, b := range mc.Bindings {
		if b != captured {
			continue
		}
		switch sum := c.summaryOf(fn); {
		case isHolder && h.closedBy(sum, fieldRoot("f", i)):
			// A closure given a struct that holds the resource may
			// close the field that holds it: cn.c.Close() in a
			// deferred closure.
			runs, settles = released, true
			settledHolder = h.owns && deferred(mc) && c.holderSettledBy(fn, i, h, f.kind)
		case isHolder && h.owns && deferred(mc) && c.holderSettledBy(fn, i, h, f.kind):
			// A deferred closure that sends the struct to whoever waits
			// for it, or closes the field where nobody does any more
			// (select { case results <- result: case <-returned:
			// result.Conn.Close() }).
			runs, settles, settledHolder = released, true, true
		case isHolder && !h.owns:
			// Nothing else it does with a struct that does not own the
			// resource matters to the resource.
		case sum.releasesFree(i):
			runs = released
		case c.closesWhereErrNil(mc, captured, i):
			// defer func() { if err == nil { err = f.Close() } }() of
			// f, err := open(): where f is held, err is nil.
			runs, settles = released, true
		case sum.consumesFree(i) && runs == 0:
			runs = mayRelease
		}
		if !isHolder || h.owns {
			settles = settles || c.summaryOf(fn).settlesFree(i)
		}
	}
	if isHolder && !h.owns {
		// Capturing a holder that does not own the resource hands
		// nothing off; only running a closure that closes the field
		// releases it.
		for _, r := range usesOf(mc) {
			if call, ok := r.(ssa.CallInstruction); ok && runs != 0 {
				f.note(call, runs, false) // run now, deferred or by t.Cleanup
			}
		}
		return
	}
	for _, r := range usesOf(mc) {
		call, ok := r.(ssa.CallInstruction)
		_, isGo := r.(*ssa.Go)
		_, isDefer := r.(*ssa.Defer)
		switch {
		case ok && call.Common().Value == mc && !isGo:
			// A deferred closure that closes the resource on some
			// paths only leaves the others to the function.
			if runs != 0 && (settles || !isDefer) {
				f.note(call, runs, false)
				if isDefer && f.cells[captured] {
					f.deferred[call] = captured
				}
				if isDefer && settledHolder && deferredBeforeFill(call, captured, h) {
					// Registered before the struct got the resource:
					// it runs at every return after that.
					for _, b := range mc.Parent().Blocks {
						for _, instr := range b.Instrs {
							if rd, ok := instr.(*ssa.RunDefers); ok {
								f.note(rd, runs, false)
							}
						}
					}
				}
			}
		case isGo:
			f.note(call, handedOff, false) // the goroutine owns it
			for i, b := range mc.Bindings {
				if b == captured {
					f.goroutines = append(f.goroutines, handoff{instr: call, fn: fn, param: -1, free: i})
				}
			}
		case ok:
			// Handed to other code (t.Cleanup, a sync.Once, a callback):
			// the closure owns what it captures, and that code keeps it,
			// unless that code is a method of the resource itself
			// (c.initHooks(hooks{dial: c.dial})) or what it returns is
			// kept by the resource (c.pool = newPool(c.dial)).
			f.note(call, handedOff, !f.isReceiverOf(call) && !f.keepsResultOf(call))
			if runs != released {
				if f.idleClosures == nil {
					f.idleClosures = map[ssa.Instruction]bool{}
				}
				f.idleClosures[call] = true
			}
		case isDebug(r):
		default:
			// A closure that closes what it captures, stored where the
			// function's owner keeps it (opts.OnClose = func() {
			// w.Close() }), keeps the resource for that owner.
			st, isStore := r.(*ssa.Store)
			kept := isStore && st.Val == mc && runs == released && !f.derived[captured] && (isKeptBy(st.Addr) || isKeptContainer(st.Addr))
			f.note(mc, handedOff, kept)
		}
	}
}

// releasedByDeferredClosure reports whether cell is captured by a closure
// that is deferred before at, on every path to it, and releases what the
// cell holds on every path. A defer that comes after at (a status check
// that returns first) releases nothing on the paths that return before it.
func (c *checker) releasedByDeferredClosure(cell ssa.Value, at ssa.Instruction) bool {
	for _, r := range usesOf(cell) {
		mc, ok := r.(*ssa.MakeClosure)
		if !ok {
			continue
		}
		i := slices.Index(mc.Bindings, cell)
		if i < 0 || !c.summaryOf(mc.Fn.(*ssa.Function)).settlesFree(i) {
			continue
		}
		for _, use := range usesOf(mc) {
			if d, ok := use.(*ssa.Defer); ok && d.Call.Value == mc && before(d, at) {
				return true
			}
		}
	}
	return false
}

// closedByDeferredClosure reports whether a closure deferred before st,
// on every path to it, captures one of the local structs roots and
// closes, on some path, its field at path: a store into that field puts
// the resource where the deferred closure looks when the function
// returns.
func (c *checker) closedByDeferredClosure(roots []ssa.Value, path []string, st ssa.Instruction) bool {
	for _, root := range roots {
		if _, ok := root.(*ssa.Alloc); !ok || storedAgain(root, path, st) {
			// The field must hold what st stored until the function
			// returns.
			continue
		}
		for _, r := range usesOf(root) {
			mc, ok := r.(*ssa.MakeClosure)
			if !ok {
				continue
			}
			i := slices.Index(mc.Bindings, root)
			if i < 0 {
				continue
			}
			fn := mc.Fn.(*ssa.Function)
			if !c.summaryOf(fn).closesField(fieldRoot("f", i), path) {
				continue
			}
			if closes, flagged := closesFieldUnlessFlag(fn, fn.FreeVars[i], path); !closes || (flagged && !returnedAlloc(root)) {
				// Where a flag keeps the closure from closing, the
				// struct must leave the function (return &q).
				continue
			}
			for _, use := range usesOf(mc) {
				if d, ok := use.(*ssa.Defer); ok && d.Call.Value == mc && before(d, st) {
					return true
				}
			}
		}
	}
	return false
}

// returnedAlloc reports whether a return of the function gives the local
// struct a, by its address, directly or through a result slot.
func returnedAlloc(a ssa.Value) bool {
	for _, r := range usesOf(a) {
		switch r := r.(type) {
		case *ssa.Return:
			return true
		case *ssa.Store:
			if r.Val == a && isResultCell(r.Addr) {
				return true // the result slot of a function with a defer
			}
		case *ssa.MakeInterface, *ssa.ChangeType:
			if slices.ContainsFunc(*r.(ssa.Value).Referrers(), func(u ssa.Instruction) bool { _, ok := u.(*ssa.Return); return ok }) {
				return true
			}
		}
	}
	return false
}

// storedAgain reports whether a store into the field at path of the local
// struct root, other than st or st itself again (in a loop), may follow
// st: what st stored is then not what the field holds at return.
func storedAgain(root ssa.Value, path []string, st ssa.Instruction) bool {
	later := reachable(st.Block().Succs, func(b *ssa.BasicBlock) []*ssa.BasicBlock { return b.Succs })
	for _, r := range usesOf(root) {
		fa, ok := r.(*ssa.FieldAddr)
		if !ok {
			continue
		}
		var stores []*ssa.Store
		var walk func(v ssa.Value)
		walk = func(v ssa.Value) {
			for _, u := range usesOf(v) {
				switch u := u.(type) {
				case *ssa.FieldAddr:
					walk(u)
				case *ssa.Store:
					if u.Addr == v {
						stores = append(stores, u)
					}
				}
			}
		}
		walk(fa)
		for _, other := range stores {
			if _, p := fieldPath(other.Addr); !slices.Equal(p, path) {
				continue
			}
			if later[other.Block()] || (other != st && other.Block() == st.Block() && before(st, other)) {
				return true
			}
		}
	}
	return false
}

// closesFieldUnlessFlag reports whether every path through the closure
// fn either calls Close on the field at path of the struct that its free
// variable fv points to, or leaves it at a branch on a flag of the
// enclosing function that the function sets more than once (if failed, if
// err != nil: see readsFlag and flagChanges), and whether it branches on
// such a flag. A closure that closes it only where recover gives a panic
// does not.
func closesFieldUnlessFlag(fn *ssa.Function, fv *ssa.FreeVar, path []string) (closes, flagged bool) {
	if len(fn.Blocks) == 0 {
		return false, false
	}
	closesIn := func(b *ssa.BasicBlock) bool {
		for _, instr := range b.Instrs {
			recv := closedBy(instr)
			if recv == nil {
				continue
			}
			if load, ok := recv.(*ssa.UnOp); ok && load.Op == token.MUL {
				if base, p := fieldPath(load.X); base == fv && slices.Equal(p, path) {
					return true
				}
			}
		}
		return false
	}
	// A path ends where it closes the field or turns on a flag: no
	// return must be reached otherwise.
	stops := map[*ssa.BasicBlock]bool{}
	for _, b := range fn.Blocks {
		if closesIn(b) {
			stops[b] = true
		} else if t, ok := b.Instrs[len(b.Instrs)-1].(*ssa.If); ok && readsFlag(fn, fv, t.Cond, 0) && flagChanges(fn, t.Cond) {
			stops[b], flagged = true, true
		}
	}
	return !returnAvoiding(fn.Blocks[:1], stops), flagged
}

// flagChanges reports whether every variable of the enclosing function
// that the condition cond of the closure fn reads is set more than once
// there (failed := true ... failed = false, or a named error result): a
// variable set once (verbose := os.Getenv(..) != "") says nothing of how
// the function ends.
func flagChanges(fn *ssa.Function, cond ssa.Value) bool {
	mc := enclosingClosure(fn)
	if mc == nil {
		return false
	}
	found := false
	seen := map[ssa.Value]bool{}
	var visit func(v ssa.Value, depth int) bool
	visit = func(v ssa.Value, depth int) bool {
		if depth > 8 || seen[v] {
			return true
		}
		seen[v] = true
		switch v := v.(type) {
		case *ssa.UnOp:
			if fv, ok := v.X.(*ssa.FreeVar); ok && v.Op == token.MUL {
				i := slices.Index(fn.FreeVars, fv)
				if i < 0 || i >= len(mc.Bindings) {
					return false
				}
				stores := 0
				for _, r := range usesOf(mc.Bindings[i]) {
					if st, ok := r.(*ssa.Store); ok && st.Addr == mc.Bindings[i] {
						stores++
					}
				}
				found = true
				return stores > 1
			}
			return visit(v.X, depth+1)
		case *ssa.FieldAddr:
			return visit(v.X, depth+1)
		case *ssa.BinOp:
			return visit(v.X, depth+1) && visit(v.Y, depth+1)
		}
		return true
	}
	return visit(cond, 0) && found
}

// deferredRelease returns what the deferred closure that captures cell
// does to what the cell holds when the function returns: released when
// it closes it on every path, mayRelease when it settles it otherwise
// (closes it when the function fails).
func (c *checker) deferredRelease(cell ssa.Value) event {
	for _, r := range usesOf(cell) {
		if mc, ok := r.(*ssa.MakeClosure); ok {
			if i := slices.Index(mc.Bindings, cell); i >= 0 && c.summaryOf(mc.Fn.(*ssa.Function)).releasesFree(i) {
				return released
			}
		}
	}
	return mayRelease
}

// closesWhereErrNil reports whether the closure mc closes what it captures
// as free variable i, captured (the variable of a resource that a call
// gave), on every path where its free variable holding that call's error
// is nil, and nothing but that call sets that variable: a path that holds
// the resource then finds it nil when the closure runs, as the closure
// itself, not the function, assigns it again.
func (c *checker) closesWhereErrNil(mc *ssa.MakeClosure, captured ssa.Value, i int) bool {
	res, ok := onlyStoredExtract(captured)
	if !ok {
		return false
	}
	fn := mc.Fn.(*ssa.Function)
	for j, b := range mc.Bindings {
		if j == i {
			continue
		}
		errv, ok := onlyStoredExtract(b)
		if !ok || errv.Tuple != res.Tuple || errv.Index != errv.Tuple.Type().(*types.Tuple).Len()-1 || !types.Identical(errv.Type(), errorType) || isResultCell(b) {
			continue
		}
		if slices.ContainsFunc(usesOf(b), func(u ssa.Instruction) bool { other, ok := u.(*ssa.MakeClosure); return ok && other != mc }) {
			continue // another closure may set it
		}
		if closesWhereNil(fn, i, j) {
			return true
		}
	}
	return false
}

// onlyStoredExtract returns the result of a call that cell, a local
// variable, holds: the one store into it in its function stores that
// result, and its address goes only to loads and closures.
func onlyStoredExtract(cell ssa.Value) (*ssa.Extract, bool) {
	alloc, ok := cell.(*ssa.Alloc)
	if !ok || !localCell(alloc, false) {
		return nil, false
	}
	var x *ssa.Extract
	for _, r := range usesOf(alloc) {
		if st, ok := r.(*ssa.Store); ok && st.Addr == alloc {
			e, ok := st.Val.(*ssa.Extract)
			if !ok || x != nil {
				return nil, false
			}
			x = e
		}
	}
	return x, x != nil
}

// closesWhereNil reports whether fn, a closure, tests its free variable j
// against nil before it does anything else, and closes what its free
// variable i holds on every path from the side where j is nil.
func closesWhereNil(fn *ssa.Function, i, j int) bool {
	nilSide, _, ok := entryNilTest(fn, j)
	if !ok || i >= len(fn.FreeVars) {
		return false
	}
	closes := func(instr ssa.Instruction) bool {
		recv := closedBy(instr)
		return recv != nil && loadOf(unconvert(recv)) == fn.FreeVars[i]
	}
	return !returnsWithout(nilSide, closes, nil)
}

// returnsWithout reports whether a path from start reaches a return
// without an instruction that closes accepts. Where only tells, for a
// conditional jump, the one successor that matters (the side where what
// would be closed is nil), the path follows that side alone.
func returnsWithout(start *ssa.BasicBlock, closes func(ssa.Instruction) bool, only func(*ssa.If) int) bool {
	seen := map[*ssa.BasicBlock]bool{}
	var open func(b *ssa.BasicBlock) bool
	open = func(b *ssa.BasicBlock) bool {
		if seen[b] {
			return false
		}
		seen[b] = true
		if slices.ContainsFunc(b.Instrs, closes) {
			return false
		}
		switch t := b.Instrs[len(b.Instrs)-1].(type) {
		case *ssa.Return:
			return true
		case *ssa.If:
			if only != nil {
				if k := only(t); k >= 0 {
					return open(b.Succs[k])
				}
			}
		}
		return slices.ContainsFunc(b.Succs, open)
	}
	return open(start)
}

// closedBy returns the receiver of instr, when instr is a call of a
// method named Close, static or through an interface, or nil.
func closedBy(instr ssa.Instruction) ssa.Value {
	call, ok := instr.(ssa.CallInstruction)
	if !ok {
		return nil
	}
	common := call.Common()
	switch callee := common.StaticCallee(); {
	case common.IsInvoke() && common.Method.Name() == "Close":
		return common.Value
	case callee != nil && callee.Name() == "Close" && callee.Signature.Recv() != nil && len(common.Args) > 0:
		return common.Args[0]
	}
	return nil
}
