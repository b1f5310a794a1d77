package analyzer

import (
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ssa"
)

// An event is what an instruction does to a resource it uses.
type event uint8

const (
	released  event = iota + 1 // closed, committed or rolled back, now or by defer
	handedOff                  // returned, stored, sent or given to an owner
	// mayRelease: given to a closure that releases or hands it off on
	// some paths only, or stored into a variable that a deferred closure
	// closes or hands off, whatever it holds when the function returns.
	// A path ends there, but the resource is not known to be released.
	mayRelease
	// conflict: for a lock's search only, an instruction that a path must
	// not reach (a second unlock); a path that reaches it ends there,
	// and the search reports it as its exit.
	conflict
)

// A flow is where a resource goes inside one function: the values that
// refer to it and the instructions that release it or hand it off.
type flow struct {
	kind kind
	// nextTurns caches releasedOnNextTurn (see nextTurn).
	nextTurns map[nextTurn]bool
	aliases   map[ssa.Value]bool // values that are the resource (or, for a response, its body)
	cells     map[ssa.Value]bool // local variables that hold the resource
	events    map[ssa.Instruction]event
	derived   map[ssa.Value]bool // aliases that are a part of the resource (a response's body)
	// structs maps the aliases that are new structs holding the resource
	// to how they hold it (see structs.go).
	structs map[ssa.Value]structHolding
	// keeps holds the instructions that hand the resource itself off to
	// what the function's parameters, free variables or globals reach, or
	// to a channel: there the function's owner keeps it.
	keeps map[ssa.Instruction]bool
	// idleClosures holds the keeps that hand over a closure that
	// captures the resource and does not release it (t.Run(name,
	// func(t *testing.T) { use(conn) })): the code given it may run it
	// now and drop it.
	idleClosures map[ssa.Instruction]bool
	// holders are the φ-nodes and local variables among the aliases and
	// cells that hold the resource on some paths only (see holders.go);
	// holder maps each alias or cell to the holder that decides whether
	// it is the resource, if any.
	holders []ssa.Value
	holder  map[ssa.Value]int
	// via lists, for each event, the aliases and cells through which its
	// instruction uses the resource.
	via map[ssa.Instruction][]ssa.Value
	cur ssa.Value // the alias or cell whose uses are being classified
	// goroutines are the goroutines started with the resource, which
	// own it from then on.
	goroutines []handoff
	// deferred maps the releases that a deferred closure makes when the
	// function returns to the variable through which it sees the
	// resource then.
	deferred map[ssa.Instruction]ssa.Value
	// lent reports that the resource is a parameter or a free variable:
	// the function's caller owns it (see copyUse).
	lent bool
	// seed is the value the trace started from, when it is the resource
	// itself (not a variable or a struct holding it).
	seed ssa.Value
	// spills are the aliases that are variables holding a struct
	// alias, spilled there so that its fields can be addressed: a load
	// from one is the alias again.
	spills map[ssa.Value]bool
	// callReleases: the trace follows a function captured by a closure,
	// which may be one that releases a resource when called (see
	// releasers.go), so that calling it counts as releasing it.
	callReleases bool
	// exposed: the resource, or a copy of its struct, is given to code
	// the program does not have (an interface method of implementations
	// not all known, a function value), which may close it.
	exposed bool
}

// trace follows the resource seed (a cell holding it, when isCell) through
// the def-use chains of its function and classifies each use.
func (c *checker) trace(seed ssa.Value, k kind, isCell bool) *flow {
	return c.traceFrom(seed, k, isCell, nil)
}

// traceFrom is trace for a seed that, when h is set, is a struct that
// holds the resource.
func (c *checker) traceFrom(seed ssa.Value, k kind, isCell bool, h *structHolding) *flow {
	f := &flow{kind: k, aliases: map[ssa.Value]bool{}, cells: map[ssa.Value]bool{}, events: map[ssa.Instruction]event{}, derived: map[ssa.Value]bool{},
		holder: map[ssa.Value]int{}, via: map[ssa.Instruction][]ssa.Value{}, deferred: map[ssa.Instruction]ssa.Value{}, structs: map[ssa.Value]structHolding{}}
	if h != nil {
		f.structs[seed] = *h
	} else if !isCell {
		f.seed = seed
	}
	switch seed.(type) {
	case *ssa.Parameter:
		f.lent = true
	case *ssa.FreeVar:
		f.lent = true
		t := seed.Type()
		if p, ok := t.(*types.Pointer); ok && isCell {
			t = p.Elem()
		}
		_, f.callReleases = t.Underlying().(*types.Signature)
	}
	type item struct {
		v    ssa.Value
		cell bool
	}
	work := []item{{seed, isCell}}
	add := func(v ssa.Value, cell bool) {
		set := f.aliases
		if cell {
			set = f.cells
		}
		if !set[v] {
			set[v] = true
			_, isPhi := v.(*ssa.Phi)
			f.dependOn(v, f.cur, cell || isPhi || f.loadsCell(v))
			work = append(work, item{v, cell})
		}
	}
	set := f.aliases
	if isCell {
		set = f.cells
	}
	set[seed] = true
	if h == nil && !isCell {
		// A function that releases the resource when called stands for
		// it: calling it releases it, handing it off hands it off.
		for _, hv := range c.releaserHandles(seed) {
			if !f.aliases[hv] {
				f.aliases[hv] = true
				work = append(work, item{hv, false})
			}
		}
	}
	if h == nil && !isCell {
		c.descriptorCloses(f, seed)
		c.txEnds(f, seed)
	}
	for len(work) > 0 {
		it := work[len(work)-1]
		work = work[:len(work)-1]
		refs := it.v.Referrers()
		if refs == nil {
			continue
		}
		f.cur = it.v
		for _, instr := range *refs {
			if it.cell {
				c.cellUse(f, it.v, instr, add)
			} else {
				c.valueUse(f, it.v, instr, add)
			}
		}
	}
	return f
}

// descriptorCloses notes as releases of seed, a file that os.NewFile
// made of a descriptor, the calls that close that descriptor itself
// (unix.Close(fd) when a bind fails): the file then holds a closed
// descriptor.
func (c *checker) descriptorCloses(f *flow, seed ssa.Value) {
	call, ok := seed.(*ssa.Call)
	if !ok || len(call.Call.Args) == 0 {
		return
	}
	fn := call.Call.StaticCallee()
	if fn == nil || fn.RelString(nil) != "os.NewFile" {
		return
	}
	fd := intSource(call.Call.Args[0])
	refs := fd.Referrers()
	if refs == nil {
		return // a constant: os.NewFile(3, "fuzz_in")
	}
	uses := slices.Clone(*refs)
	for _, r := range *refs {
		if conv, ok := r.(*ssa.Convert); ok {
			uses = append(uses, usesOf(conv)...)
		}
	}
	for _, u := range uses {
		closer, ok := u.(ssa.CallInstruction)
		if !ok || len(closer.Common().Args) != 1 || intSource(closer.Common().Args[0]) != fd {
			continue
		}
		if callee := closer.Common().StaticCallee(); callee != nil && descriptorClosers[callee.RelString(nil)] {
			f.note(closer, released, false)
		}
	}
}

// txEnds notes as releases of seed, rows that a query on a transaction
// returned, the calls in seed's function that commit or roll back that
// transaction, now or deferred, directly or in a deferred closure: the
// rows close when the transaction ends (see txQueries).
func (c *checker) txEnds(f *flow, seed ssa.Value) {
	if e, ok := seed.(*ssa.Extract); ok && e.Index == 0 {
		seed = e.Tuple
	}
	call, ok := seed.(*ssa.Call)
	if !ok || len(call.Call.Args) == 0 {
		return
	}
	if fn := call.Call.StaticCallee(); fn == nil || !txQueries[fn.RelString(nil)] {
		return
	}
	tx := call.Call.Args[0]
	ends := func(common *ssa.CallCommon, same func(ssa.Value) bool) bool {
		fn := common.StaticCallee()
		return fn != nil && txEnders[fn.RelString(nil)] && len(common.Args) == 1 && same(common.Args[0])
	}
	sameTx := func(v ssa.Value) bool { return sameVariable(v, tx) }
	// A deferred end registered before the query ends the transaction
	// at every return after it.
	deferred := func(d *ssa.Defer) {
		if !before(d, call) {
			f.note(d, released, false)
			return
		}
		for _, b := range call.Parent().Blocks {
			for _, instr := range b.Instrs {
				if rd, ok := instr.(*ssa.RunDefers); ok {
					f.note(rd, released, false)
				}
			}
		}
	}
	for _, b := range call.Parent().Blocks {
		for _, instr := range b.Instrs {
			ci, ok := instr.(ssa.CallInstruction)
			if !ok {
				continue
			}
			d, isDefer := instr.(*ssa.Defer)
			if ends(ci.Common(), sameTx) {
				if isDefer {
					deferred(d)
				} else {
					f.note(instr, released, false)
				}
				continue
			}
			if !isDefer {
				continue
			}
			mc, ok := d.Call.Value.(*ssa.MakeClosure)
			if !ok || len(d.Call.Args) > 0 {
				continue
			}
			body := mc.Fn.(*ssa.Function)
			for i, bound := range mc.Bindings {
				cell, isCell := bound.(*ssa.Alloc)
				if bound != tx && (!isCell || cell != addressOf(tx) || !singleStore(cell)) {
					continue
				}
				// Only a closure that ends the transaction on every
				// path: defer func() { if err != nil { tx.Rollback() } }()
				// leaves it open where the function succeeds.
				if c.summaryOf(body).releasesFree(i) {
					deferred(d)
				}
			}
		}
	}
}

// sameVariable reports whether a and b are the same value, or loads of
// the same local variable, which the function assigns once.
func sameVariable(a, b ssa.Value) bool {
	if a == nil || b == nil {
		return false
	}
	if a == b {
		return true
	}
	la, ok1 := a.(*ssa.UnOp)
	lb, ok2 := b.(*ssa.UnOp)
	if !ok1 || !ok2 || la.Op != token.MUL || lb.Op != token.MUL || la.X != lb.X {
		return false
	}
	alloc, ok := la.X.(*ssa.Alloc)
	return ok && singleStore(alloc)
}

// singleStore reports whether the local variable alloc is stored to
// once: a load of it anywhere after that store gives that value.
func singleStore(alloc *ssa.Alloc) bool {
	stores := 0
	for _, r := range usesOf(alloc) {
		switch r := r.(type) {
		case *ssa.Store:
			if r.Addr != alloc {
				return false
			}
			stores++
		case *ssa.UnOp, *ssa.MakeClosure, *ssa.DebugRef:
		default:
			return false
		}
	}
	return stores == 1
}

// addressOf returns the variable that v is loaded from, or nil.
func addressOf(v ssa.Value) ssa.Value {
	if load, ok := v.(*ssa.UnOp); ok && load.Op == token.MUL {
		return load.X
	}
	return nil
}

// callsIn reports whether some call of fn satisfies pred.
func callsIn(fn *ssa.Function, pred func(*ssa.CallCommon) bool) bool {
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			if ci, ok := instr.(ssa.CallInstruction); ok && pred(ci.Common()) {
				return true
			}
		}
	}
	return false
}

// intSource returns v without the conversions between integer types
// applied to it.
func intSource(v ssa.Value) ssa.Value {
	for {
		conv, ok := v.(*ssa.Convert)
		if !ok {
			return v
		}
		v = conv.X
	}
}

// cellUse classifies a use of a local variable that holds the resource.
func (c *checker) cellUse(f *flow, cell ssa.Value, instr ssa.Instruction, add func(ssa.Value, bool)) {
	switch instr := instr.(type) {
	case *ssa.UnOp:
		if instr.Op == token.MUL {
			if h, ok := f.structs[cell]; ok {
				f.holdAt(instr, h)
			}
			add(instr, false)
		}
	case *ssa.MakeClosure:
		c.closureUse(f, instr, cell)
	case *ssa.Store:
		if instr.Val == cell {
			f.note(instr, handedOff, true)
		}
	case *ssa.Call, *ssa.Defer, *ssa.Go, *ssa.Return, *ssa.Send, *ssa.MapUpdate:
		// The variable's address escapes: whoever receives it can close it.
		f.note(instr, handedOff, false)
	}
}

// valueUse classifies a use of a value that is the resource.
func (c *checker) valueUse(f *flow, v ssa.Value, instr ssa.Instruction, add func(ssa.Value, bool)) {
	if h, ok := f.structs[v]; ok && c.holderUse(f, v, h, instr, add) {
		return
	}
	switch instr := instr.(type) {
	case *ssa.ChangeType, *ssa.MakeInterface, *ssa.ChangeInterface, *ssa.Convert, *ssa.Phi:
		add(instr.(ssa.Value), false)
	case *ssa.TypeAssert:
		if !instr.CommaOk {
			add(instr, false)
			return
		}
		for _, r := range usesOf(instr) {
			if e, ok := r.(*ssa.Extract); ok && e.Index == 0 {
				add(e, false)
			}
		}
	case *ssa.FieldAddr:
		// A promoted method (Close of *net.UDPConn is (*net.conn).Close)
		// takes the address of the embedded field as its receiver; one
		// promoted through an embedded pointer or interface (Close of
		// struct{ *base }) takes the field's value, loaded from there.
		if isEmbedded(instr.X.Type(), instr.Field) {
			add(instr, false)
			for _, r := range usesOf(instr) {
				if load, ok := r.(*ssa.UnOp); ok && load.Op == token.MUL {
					add(load, false)
				}
			}
			return
		}
		if c.releasedParts(instr.X.Type())[instr.Field] {
			// Closing what the resource's Close closes releases it.
			for _, load := range loadsOf(instr) {
				c.partReleases(f, load, c.kindOf(load.Type()))
			}
		}
		if parts := c.movableParts(instr.X.Type()); parts[instr.Field] {
			// Keeping everything its Close releases hands it off.
			c.partsMoved(f, v, instr, parts)
		}
		// resp.Body is where a response's obligation lives.
		if f.kind == response && fieldName(instr.X.Type(), instr.Field) == "Body" {
			for _, r := range usesOf(instr) {
				if load, ok := r.(*ssa.UnOp); ok && load.Op == token.MUL {
					f.derived[load] = true
					add(load, false)
				}
			}
		}
	case *ssa.UnOp:
		switch {
		case instr.Op == token.MUL && f.spills[v]:
			// The value itself, read back from the variable it was
			// spilled into: Client{config: conf} of a parameter conf
			// whose fields the function also reads.
			add(instr, false)
		case instr.Op == token.MUL && (c.copyHolds(v.Type()) || (f.kind == response && isStruct(instr.Type()))):
			// A copy of the response holds its body too.
			c.copyUse(f, instr, add)
		}
	case *ssa.Field:
		// The same promotion on a struct value.
		if isEmbedded(types.NewPointer(instr.X.Type()), instr.Field) {
			add(instr, false)
		} else if c.releasedParts(types.NewPointer(instr.X.Type()))[instr.Field] {
			// A Close with a value receiver closes the part it reads.
			c.partReleases(f, instr, c.kindOf(instr.Type()))
		}
	case *ssa.Store:
		if instr.Val != v {
			return
		}
		if isLocalCell(instr.Addr) {
			add(instr.Addr, true)
			if c.releasedByDeferredClosure(instr.Addr, instr) {
				// defer func() { if f != nil { f.Close() } }() ran
				// before f was set: it closes whatever f holds at
				// return, so storing into f is as good as closing.
				f.note(instr, c.deferredRelease(instr.Addr), false)
				f.deferred[instr] = instr.Addr
			}
		} else if call, idx := variadicCall(instr.Addr); call != nil {
			// An element of the variadic arguments: passed to call as
			// its last argument, and given back as a result that holds
			// it (NewMultiReader(segs ...*Segment)). A helper that
			// closes what asserts to io.Closer closes nothing else.
			if res, ok := call.(*ssa.Call); (!ok || !c.forward(res, []int{idx}, add)) && c.closesAsCloser(call, idx, instr.Val) {
				c.callUse(f, call, []int{idx}, false)
			}
		} else if roots, path := freshHolder(instr.Addr); roots != nil {
			c.storeInHolder(f, roots, path, true, add)
			if c.closedByDeferredClosure(roots, path, instr) {
				// defer func() { if failed { q.lock.Close() } }() ran
				// before q.lock was set again: it closes whatever the
				// field holds when the function returns.
				f.note(instr, mayRelease, false)
			} else if len(roots) == 1 {
				// defer func() { if retErr != nil { c.Close() } }() ran
				// before c.conn was set: each later return of an error
				// closes it (see failingReturns).
				for _, rd := range c.failingReturns(roots[0], path, instr) {
					f.note(rd, released, false)
				}
			}
		} else if roots, path := c.emptyHolder(instr.Addr); roots != nil {
			c.storeInHolder(f, roots, path, true, add)
		} else if isSpill(v, instr.Addr) {
			// d.db of a value receiver d reads the spilled copy; c :=
			// *b; c.Close() closes the variable holding the copy.
			if onlySpilled(instr) {
				if f.spills == nil {
					f.spills = map[ssa.Value]bool{}
				}
				f.spills[instr.Addr] = true
			}
			add(instr.Addr, false)
		} else {
			kept := isKeptBy(instr.Addr) || isKeptContainer(instr.Addr)
			f.note(instr, handedOff, !f.derived[v] && kept)
		}
	case *ssa.MapUpdate:
		if instr.Value == v || instr.Key == v {
			f.note(instr, handedOff, !f.derived[v] && isKeptBy(instr.Map))
		}
	case *ssa.Send:
		if instr.X == v {
			f.note(instr, handedOff, !f.derived[v])
		}
	case *ssa.Return:
		f.note(instr, handedOff, false)
	case *ssa.Select:
		// A send in a select hands the resource off if that case runs;
		// the other cases usually close it, so count the select.
		for _, st := range instr.States {
			if st.Send == v {
				f.note(instr, handedOff, !f.derived[v])
			}
		}
	case *ssa.MakeClosure:
		if len(instr.Bindings) == 1 && c.storedBoundRelease(instr) {
			// closeFn: r.Close stored into a field: the field stands
			// for r, and calling it closes r (see callsBoundRelease).
			add(instr, false)
			return
		}
		c.closureUse(f, instr, v)
	case ssa.CallInstruction:
		common := instr.Common()
		if common.IsInvoke() && common.Value == v {
			c.invokeUse(f, instr)
			if call, ok := instr.(*ssa.Call); ok && c.fluentResult(common) {
				add(call, false) // ctx.Forward(t) gives ctx back
			}
			return
		}
		if addr, val := c.pointerStore(common); val == v {
			// atomic.StorePointer(&conn, unsafe.Pointer(c)) is conn = c.
			c.pointerStoreUse(f, instr, addr, structHolding{owns: true}, f.derived[v], add)
			return
		}
		var args []int
		for i, a := range common.Args {
			if a == v {
				args = append(args, i)
			}
		}
		if c.releasedByFlag(instr, args) {
			// sess.isAutoClose = true; sess.Query(q) (see autoclose.go)
			f.note(instr, released, false)
			return
		}
		if call, ok := instr.(*ssa.Call); ok && c.forward(call, args, add) {
			if _, resolved := c.resolvedSummary(common); !resolved && !common.IsInvoke() && common.StaticCallee() == nil {
				// A hook that gives back what it is given has seen it.
				f.exposed = f.exposed || f.givesItself(common, args)
			}
			return
		}
		c.callUse(f, instr, args, common.Value == v)
	}
}

// partReleases notes, as releases of the resource of f, the releases of
// part, a field that the resource's own Close closes or a copy of the
// resource, traced as a resource of kind k, and returns that trace (nil
// when part is being traced already).
func (c *checker) partReleases(f *flow, part ssa.Value, k kind) *flow {
	if c.partTraces[part] {
		return nil // a list whose Close closes the next node
	}
	c.partTraces[part] = true
	pf := c.trace(part, k, false)
	delete(c.partTraces, part)
	for use, e := range pf.events {
		if e == released || e == mayRelease {
			f.note(use, e, false)
		}
	}
	return pf
}

// forward adds the result of call that gives back the resource passed as
// one of args, and reports whether there is one.
func (c *checker) forward(call *ssa.Call, args []int, add func(ssa.Value, bool)) bool {
	fn := call.Call.StaticCallee()
	if fn == nil {
		if call.Call.IsInvoke() {
			// Every implementation gives the argument back, or a new
			// value holding it (an Apply that returns its reader or
			// one that wraps it).
			if sum, ok := c.invokeSummary(call); ok && sum.complete {
				shifted := make([]int, len(args))
				for k, i := range args {
					shifted[k] = i + 1
				}
				return forwardBy(call, sum, shifted, add)
			}
			return c.forwardWrapped(call, args, add)
		}
		if sum, ok := c.resolvedSummary(&call.Call); ok {
			return forwardBy(call, sum, args, add)
		}
		// A hook that gives back what it is given, or a value that
		// stands for it (rc = shadow(rc)).
		if j := c.passThrough(&call.Call); j >= 0 && slices.Contains(args, j) && c.hookStandsFor(&call.Call, j) {
			for _, r := range resultValues(call, j) {
				add(r, false)
			}
			return true
		}
		return false
	}
	if obj, ok := fn.Object().(*types.Func); ok {
		if i, ok := wrappers[c.funcName(obj)]; ok {
			if slices.Contains(args, i) {
				add(call, false)
				return true
			}
			return false
		}
		if c.isBorrower(obj) {
			// reflect.ValueOf's result holds its argument, but it is
			// no resource: the caller keeps using the argument.
			return false
		}
	}
	return forwardBy(call, c.summaryOf(fn), args, add)
}

// forwardWrapped is forward for an interface call whose implementations
// the program does not all have, which gives back the argument or a value around it (see
// wrapperResult).
func (c *checker) forwardWrapped(call *ssa.Call, args []int, add func(ssa.Value, bool)) bool {
	i, j, ok := c.wrapperResult(&call.Call)
	if !ok || !slices.Contains(args, i) {
		return false
	}
	for _, r := range resultValues(call, j) {
		add(r, false)
	}
	return true
}

// forwardBy is forward by the summary sum of what call runs.
func forwardBy(call *ssa.Call, sum *summary, args []int, add func(ssa.Value, bool)) bool {
	for _, i := range args {
		j := sum.forwarded(i)
		if j < 0 {
			// A new value that holds the resource stands for it.
			j = sum.wrapped(i)
		}
		if j < 0 {
			continue
		}
		for _, r := range resultValues(call, j) {
			add(r, false)
		}
		return true
	}
	return false
}

// resultValues returns the values that stand for result j of call: the
// call itself, or the extractions of its j-th result.
func resultValues(call *ssa.Call, j int) []ssa.Value {
	if _, isTuple := call.Type().(*types.Tuple); !isTuple {
		return []ssa.Value{call}
	}
	return extracts(call, j)
}

// isBorrower reports whether fn is known to use the resources given to it
// without closing or keeping them.
func (c *checker) isBorrower(fn *types.Func) bool {
	name := c.funcName(fn)
	return borrowers[name] || c.cfg.borrowers[name]
}

// note records what instr does to the resource, which it uses through
// the value whose uses are being classified; the first word wins.
func (f *flow) note(instr ssa.Instruction, e event, kept bool) {
	if _, ok := f.events[instr]; !ok {
		f.events[instr] = e
	}
	if f.cur != nil && !slices.Contains(f.via[instr], f.cur) {
		f.via[instr] = append(f.via[instr], f.cur)
	}
	if kept {
		if f.keeps == nil {
			f.keeps = map[ssa.Instruction]bool{}
		}
		f.keeps[instr] = true
	}
}

// kept reports whether the function's owner keeps the resource on some
// path (see keeps).
func (f *flow) kept() bool { return len(f.keeps) > 0 }

// releases reports whether some instruction of the flow releases the
// resource, or may release it.
func (f *flow) releases() bool {
	for _, e := range f.events {
		if e == released || e == mayRelease {
			return true
		}
	}
	return false
}

// invokeUse classifies an interface method call on the resource.
func (c *checker) invokeUse(f *flow, instr ssa.CallInstruction) {
	if _, isGo := instr.(*ssa.Go); isGo {
		f.note(instr, handedOff, false)
		return
	}
	name := instr.Common().Method.Name()
	if f.kind.releasedBy(name) || (f.kind == notResource && name == "Close") {
		f.note(instr, released, false)
		return
	}
	// A method that every implementation makes a release method (a
	// Cancel that removes what it wrote and closes it) releases.
	if s, ok := c.invokeSummary(instr); ok && s.release(0) {
		f.note(instr, released, false)
	}
}

// callUse classifies a call that receives the resource as the arguments at
// positions args, or, when isCallee, calls the resource itself.
func (c *checker) callUse(f *flow, instr ssa.CallInstruction, args []int, isCallee bool) {
	common := instr.Common()
	if _, isGo := instr.(*ssa.Go); isGo {
		f.note(instr, handedOff, false) // the goroutine owns it
		if fn := common.StaticCallee(); fn != nil && !isCallee {
			for _, i := range args {
				f.goroutines = append(f.goroutines, handoff{instr: instr, fn: fn, param: i, free: -1})
			}
		}
		return
	}
	if isCallee {
		// Calling a function value that was given does not keep it; a
		// function that releases a resource releases it when called.
		if f.kind != notResource || f.callReleases {
			f.note(instr, released, false)
		}
		return
	}
	if b, ok := common.Value.(*ssa.Builtin); ok {
		if res, ok := instr.(*ssa.Call); ok && b.Name() == "append" {
			// The slice owns the resource; the function keeps it only
			// if the slice outlives the call: s.conns = append(s.conns,
			// c) registers c with s, conns = append(conns, c) does not.
			f.note(instr, handedOff, storedWhereKept(res))
		}
		return
	}
	if common.IsInvoke() {
		c.invokeArgUse(f, instr, args)
		return
	}
	fn := common.StaticCallee()
	if fn == nil {
		if sum, ok := c.resolvedSummary(common); ok && !isCallee {
			// A function value whose functions the package decides.
			for _, i := range args {
				if sum.release(i) {
					f.note(instr, released, false)
					return
				}
				if sum.consumes(i) {
					f.note(instr, handedOff, false)
					return
				}
			}
			return
		}
		// A function value: unknown code may take ownership.
		f.note(instr, handedOff, false)
		f.exposed = f.exposed || f.givesItself(common, args)
		return
	}
	obj, _ := fn.Object().(*types.Func)
	if obj != nil && c.isBorrower(obj) {
		return
	}
	if obj != nil {
		if kept, ok := keepers[c.funcName(obj)]; ok {
			if slices.ContainsFunc(args, func(i int) bool { return slices.Contains(kept, i) }) {
				// The container keeps it; when the container is
				// itself kept (a global, a field), so is the resource.
				f.note(instr, handedOff, isKeptBy(common.Args[0]))
			}
			return
		}
	}
	isMethod := fn.Signature.Recv() != nil
	sum := c.summaryOf(fn)
	for _, i := range args {
		if i == 0 && isMethod {
			// A method of the resource itself uses it, unless it is a
			// release method or one that releases its receiver on
			// every path (a Shutdown that calls Close). Methods that
			// close it on some paths only ((*sql.Rows).Next at the
			// end) or keep it (a worker's goroutine) leave the caller
			// to close it.
			if obj != nil && (f.kind.releasedBy(obj.Name()) || (f.kind == notResource && obj.Name() == "Close") || closingMethods[c.funcName(obj)]) ||
				sum.release(0) || c.releasesLikeClose(fn) {
				f.note(instr, released, false)
				return
			}
			if c.keptByCallee(f, common, sum, 0) {
				// med.register(&d.callbacks): the method keeps its
				// receiver where another argument, an owner that
				// outlives the call, reaches it.
				f.note(instr, handedOff, true)
				return
			}
			if sum.goReleases&1 != 0 {
				// s.startListener() starts a goroutine that shuts the
				// server down when the process is told to stop: that
				// goroutine owns it.
				f.note(instr, handedOff, false)
				return
			}
			if sum.exposes&1 != 0 {
				// req.Next() gives a copy of req to a policy behind an
				// interface, code the program does not have, which
				// may close it.
				f.note(instr, handedOff, false)
				return
			}
			continue
		}
		if sum.release(i) {
			f.note(instr, released, false)
			return
		}
		if sum.consumes(i) {
			f.note(instr, handedOff, c.keptByCallee(f, common, sum, i))
			return
		}
	}
}

// keptByCallee reports whether the static call common, whose callee has
// the summary sum, keeps the resource passed as argument i for the
// function's own owner: the callee caches it in what another argument
// reaches, itself reachable from the function's parameters, free
// variables or globals, or in a global.
func (c *checker) keptByCallee(f *flow, common *ssa.CallCommon, sum *summary, i int) bool {
	switch j := sum.keeper(i); {
	case j == keptGlobally:
		return true
	case j >= 0 && j < len(common.Args):
		return !f.aliases[common.Args[j]] && c.isKeptThrough(f, common.Args[j])
	}
	return false
}

// isKeptThrough reports whether addr is kept where an owner reaches it (see
// isKeptBy), or is the result of a call of a function of the package that
// reads it, on every return, out of an argument kept so: r := c.state();
// r.add(sub) keeps sub in c as c.sub.add(sub) would.
func (c *checker) isKeptThrough(f *flow, addr ssa.Value) bool {
	if isKeptBy(addr) {
		return true
	}
	call, j := resultOf(keptBase(addr))
	if call == nil {
		return false
	}
	callee := call.Call.StaticCallee()
	if callee == nil || callee.Blocks == nil {
		return false
	}
	k := -1
	for _, r := range returned(callee, j) {
		p := paramRoot(r)
		i := slices.Index(callee.Params, p)
		if p == nil || i < 0 || (k >= 0 && i != k) {
			return false // a new value on some path: nobody's
		}
		k = i
	}
	if k < 0 || k >= len(call.Call.Args) {
		return false
	}
	arg := call.Call.Args[k]
	return !f.aliases[arg] && isKeptBy(arg)
}

// paramRoot returns the parameter that v is, or is read out of through
// fields and loads with no call between (see readRoot), or nil.
func paramRoot(v ssa.Value) *ssa.Parameter {
	p, _ := readRoot(v).(*ssa.Parameter)
	return p
}

// invokeArgUse classifies an interface method call that receives the
// resource as the arguments at positions args, by what the
// implementations do with them. Unless every implementation is known,
// unknown code may take ownership.
func (c *checker) invokeArgUse(f *flow, instr ssa.CallInstruction, args []int) {
	s, ok := c.invokeSummary(instr)
	if !ok || !s.complete {
		f.note(instr, handedOff, false)
		f.exposed = f.exposed || f.givesItself(instr.Common(), args)
		return
	}
	for _, i := range args {
		switch {
		case s.release(i + 1):
			f.note(instr, released, false)
			return
		case s.consumes(i + 1):
			f.note(instr, handedOff, false)
			return
		}
	}
}

func isDebug(instr ssa.Instruction) bool {
	_, ok := instr.(*ssa.DebugRef)
	return ok
}

// isLocalCell reports whether addr is a local variable whose address is
// used only to load, store and capture it, so that storing into it is no
// hand-off.
func isLocalCell(addr ssa.Value) bool { return localCell(addr, false) }

// localCell is isLocalCell, where deferred lets the address go to
// deferred calls too.
func localCell(addr ssa.Value, deferred bool) bool {
	alloc, ok := addr.(*ssa.Alloc)
	if !ok {
		return false
	}
	for _, r := range usesOf(alloc) {
		switch r := r.(type) {
		case *ssa.UnOp:
			if r.Op != token.MUL {
				return false
			}
		case *ssa.Store:
			if r.Val == alloc {
				return false
			}
		case *ssa.MakeClosure, *ssa.DebugRef:
		case *ssa.Defer:
			if !deferred {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// onlyLoaded reports whether the address addr is only loaded from.
func onlyLoaded(addr ssa.Value) bool {
	for _, r := range usesOf(addr) {
		switch r := r.(type) {
		case *ssa.UnOp:
			if r.Op != token.MUL {
				return false
			}
		case *ssa.DebugRef:
		default:
			return false
		}
	}
	return true
}

// onlySpilled reports whether spill is the only store into its variable
// and its fields, and the variable's address goes nowhere but to reads of
// its fields: loads from it give back the value spilled.
func onlySpilled(spill *ssa.Store) bool {
	for _, r := range usesOf(spill.Addr) {
		switch r := r.(type) {
		case *ssa.Store:
			if r != spill {
				return false
			}
		case *ssa.UnOp:
			if r.Op != token.MUL {
				return false
			}
		case *ssa.FieldAddr:
			if !onlyLoaded(r) {
				return false
			}
		case *ssa.DebugRef:
		default:
			return false
		}
	}
	return true
}

// isSpill reports whether addr is the variable that holds a struct
// parameter v, or a copy v of a struct, whose fields and methods the
// function reaches through its address.
func isSpill(v, addr ssa.Value) bool {
	_, isParam := v.(*ssa.Parameter)
	_, isAlloc := addr.(*ssa.Alloc)
	_, isStruct := types.Unalias(v.Type()).Underlying().(*types.Struct)
	return (isParam || isCopy(v)) && isAlloc && isStruct
}

// variadicCall recognizes addr as a slot of the array built for the
// variadic arguments of a call, and returns that call and the index of the
// variadic parameter.
func variadicCall(addr ssa.Value) (ssa.CallInstruction, int) {
	ia, ok := addr.(*ssa.IndexAddr)
	if !ok {
		return nil, 0
	}
	arr, ok := ia.X.(*ssa.Alloc)
	if !ok {
		return nil, 0
	}
	var slice *ssa.Slice
	for _, r := range usesOf(arr) {
		switch r := r.(type) {
		case *ssa.IndexAddr:
		case *ssa.Slice:
			if slice != nil {
				return nil, 0
			}
			slice = r
		default:
			return nil, 0
		}
	}
	if slice == nil || len(usesOf(slice)) != 1 {
		return nil, 0
	}
	call, ok := (usesOf(slice))[0].(ssa.CallInstruction)
	if !ok {
		return nil, 0
	}
	args := call.Common().Args
	if len(args) == 0 || args[len(args)-1] != slice || !call.Common().Signature().Variadic() {
		return nil, 0
	}
	return call, len(args) - 1
}

// field returns field i of the struct that ptr points to, or nil.
func field(ptr types.Type, i int) *types.Var {
	p, ok := types.Unalias(ptr).Underlying().(*types.Pointer)
	if !ok {
		return nil
	}
	s, ok := p.Elem().Underlying().(*types.Struct)
	if !ok || i >= s.NumFields() {
		return nil
	}
	return s.Field(i)
}

// fieldName returns the name of field i of the struct that ptr points to.
func fieldName(ptr types.Type, i int) string {
	if f := field(ptr, i); f != nil {
		return f.Name()
	}
	return ""
}

// isEmbedded reports whether field i of the struct that ptr points to is
// an embedded field.
func isEmbedded(ptr types.Type, i int) bool {
	f := field(ptr, i)
	return f != nil && f.Embedded()
}

// givesItself reports whether the arguments at positions args of common
// give the resource of f itself, or its struct, as a value of its own
// type: a transaction of a database given to a callback is not the
// database.
func (f *flow) givesItself(common *ssa.CallCommon, args []int) bool {
	if f.seed == nil {
		return false
	}
	own := f.seed.Type()
	if p, ok := types.Unalias(own).Underlying().(*types.Pointer); ok {
		own = p.Elem()
	}
	for _, i := range args {
		if i >= len(common.Args) {
			continue
		}
		t := unconvert(common.Args[i]).Type()
		if p, ok := types.Unalias(t).Underlying().(*types.Pointer); ok {
			t = p.Elem()
		}
		if types.Identical(t, own) {
			return true
		}
	}
	return false
}
