package analyzer

import (
	"go/token"
	"go/types"
	"maps"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// This file works out where the values a function returns come from: new
// values the caller owns, or values that belong to someone else.

// origins classifies where the values a function returns come from.
type origins struct {
	fresh    []ssa.Value // made by the function or by a call that gave it a resource
	views    []ssa.Value // new composites that hold only borrowed values
	borrowed bool        // some value is a parameter, a field, a global or an element
	params   map[*ssa.Parameter]bool
	others   bool // some borrowed value is not a parameter
	// emptyToo: some value is a new one that holds nothing (see
	// returnedEmpty).
	emptyToo bool
	// guessOnly: some value is a recursive call's result that only an
	// assumption says is borrowed (see guessedResult).
	guessOnly bool
	seen      map[ssa.Value]bool
	depth     int                 // how deep inside new composites these values are stored
	allocs    map[*ssa.Alloc]bool // new composites looked into
}

// resultOrigins returns the origins of the values fn returns as result i.
func (c *checker) resultOrigins(fn *ssa.Function, i int) *origins {
	o := &origins{seen: map[ssa.Value]bool{}, params: map[*ssa.Parameter]bool{}}
	for _, v := range returned(fn, i) {
		c.origin(o, v)
	}
	return o
}

// returned returns the values that fn's return statements give as result i.
func returned(fn *ssa.Function, i int) []ssa.Value {
	var vs []ssa.Value
	for _, b := range fn.Blocks {
		if ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok && i < len(ret.Results) {
			vs = append(vs, ret.Results[i])
		}
	}
	return vs
}

// resultBorrowed reports whether result i of fn, with origins o, whenever
// it is not nil, is no new resource for the caller: it belongs to someone
// else (a parameter, a field, a global, an element of a container, a new
// resource that fn also keeps for itself), fn released it before
// returning it (a response whose body fn read and closed, returned for its
// status and headers), or it is of a type whose Close releases nothing. It also returns the index of the parameter that the
// result always is, or -1.
func (c *checker) resultBorrowed(fn *ssa.Function, o *origins, i int) (bool, int) {
	param := -1
	if len(o.params) == 1 && !o.others && len(o.fresh) == 0 {
		for p := range o.params {
			param = slices.Index(fn.Params, p)
		}
	}
	kept := false
	for _, v := range o.fresh {
		if c.returnedEmpty(v) {
			// A new value that holds nothing (an empty statement
			// returned beside an error) gives the caller nothing to
			// close, whoever owns the others; a caller that fills it
			// fills a value of its own (see emptyHolder).
			o.emptyToo = true
			continue
		}
		if m := closeMethod(v.Type()); m != nil && !types.IsInterface(v.Type()) && c.doesNothing(m) {
			// A concrete value whose Close releases nothing (an
			// iterator over a slice) returned as an io.Closer.
			kept = true
			continue
		}
		fl := c.trace(v, c.kindOf(v.Type()), false)
		if !c.keptBeforeReturn(fn, v, fl, i) && !c.releasedBeforeReturn(fn, v, fl, i) && !c.partsKeptBeforeReturn(fn, v, fl, i) && !deferKeepsResult(fn, v, i) {
			return false, param
		}
		kept = true
	}
	return o.borrowed || kept, param
}

// lastCallBeforeReturn reports whether no call follows instr before the
// function returns: in its block, and in the blocks that a single jump
// leads to, only instructions that call nothing, the deferred calls, and
// the return.
func lastCallBeforeReturn(instr ssa.Instruction) bool {
	b := instr.Block()
	start := slices.Index(b.Instrs, instr) + 1
	for range 4 {
		for _, x := range b.Instrs[start:] {
			switch x := x.(type) {
			case *ssa.Return:
				return true
			case *ssa.Store:
				// A store into a result variable is part of the return.
				if !isResultCell(x.Addr) {
					return false
				}
			case ssa.CallInstruction, *ssa.MapUpdate, *ssa.Send:
				return false
			}
		}
		if len(b.Succs) != 1 {
			return false
		}
		b, start = b.Succs[0], 0
	}
	return false
}

// partsKeptBeforeReturn reports whether v, a new value whose Close closes
// only fields of its own (and which has no other field that can hold a
// resource), has each of those fields kept by an owner (see flow.keeps)
// on every path that returns v as result i. A subscription handle whose
// Close unregisters the subscriber that fn registered with the client it
// was given (r.add(s.core); return s) is the client's: the client closes
// what is registered with it, and the handle only closes it sooner.
func (c *checker) partsKeptBeforeReturn(fn *ssa.Function, v ssa.Value, fl *flow, i int) bool {
	t := v.Type()
	if types.IsInterface(t) {
		return false
	}
	st := structOf(t)
	if _, isPtr := types.Unalias(t).Underlying().(*types.Pointer); !isPtr || st == nil {
		return false
	}
	closeFn := c.closeMethodFunc(t)
	if closeFn == nil || closeFn.Blocks == nil || closeFn == fn || signalsOrDrains(closeFn) {
		return false
	}
	closes := c.summaryOf(closeFn).closes
	if len(closes) == 0 {
		return false
	}
	closed := map[string]bool{}
	for _, path := range closes {
		name, ok := strings.CutPrefix(path, "p0.")
		if !ok || strings.Contains(name, ".") {
			return false
		}
		closed[name] = true
	}
	for f := range st.Fields() {
		if !closed[f.Name()] && mayHoldResource(f.Type(), 0) {
			return false
		}
	}
	if call, _ := resultOf(v); call == nil {
		return false // a value fn builds: what it puts in the fields is fn's own
	}
	// The instructions that keep each closed field, read out of v, each
	// the last call before a return: a part registered and then removed,
	// or replaced by another, is the caller's.
	keeps := map[string]map[ssa.Instruction]event{}
	for _, r := range usesOf(v) {
		fa, ok := r.(*ssa.FieldAddr)
		if !ok || fa.X != v || !closed[fieldName(t, fa.Field)] {
			continue
		}
		name := fieldName(t, fa.Field)
		for _, u := range usesOf(fa) {
			if st, ok := u.(*ssa.Store); ok && st.Addr == ssa.Value(fa) {
				return false
			}
			ld, ok := u.(*ssa.UnOp)
			if !ok || ld.Op != token.MUL {
				continue
			}
			pfl := c.trace(ld, c.kindOf(ld.Type()), false)
			for instr := range pfl.keeps {
				if !lastCallBeforeReturn(instr) {
					return false
				}
				if keeps[name] == nil {
					keeps[name] = map[ssa.Instruction]event{}
				}
				keeps[name][instr] = pfl.events[instr]
			}
		}
	}
	for name := range closed {
		if len(keeps[name]) == 0 {
			return false
		}
		out := *fl
		out.events = maps.Clone(fl.events)
		out.keeps = maps.Clone(fl.keeps)
		if out.keeps == nil {
			out.keeps = map[ssa.Instruction]bool{}
		}
		for instr, e := range keeps[name] {
			out.keeps[instr] = true
			if _, ok := out.events[instr]; !ok {
				out.events[instr] = e
			}
		}
		if !c.keptBeforeReturn(fn, v, &out, i) {
			return false
		}
	}
	return true
}

// keptBeforeReturn reports whether fn, on every path that returns v (a
// new value, traced as fl) as result i, has first kept it where its
// owner holds it (see flow.keeps) or released it. The owner then owns
// it, and the caller must not close it: a getter that caches what it
// opens in a map of its receiver, or a reconnect whose callee stores the
// connection it returns in an atomic.Pointer of the receiver. A
// connection registered in a list that the owner keeps to close it later
// (s.conns = append(s.conns, c); return c) is the owner's likewise. A
// value kept on some paths only, and returned on another, is the
// caller's there.
//
// With i < 0, every return is an exit sought: fn has kept or released v
// before it returns at all, whatever it returns.
//
// The search starts at the call that made v, past which a path where
// the call's error is not nil has nothing to keep, or, for a value that
// is no call's result (a new struct), at the entry. Only keeps and
// releases end a path; a return of v as result i, while it is v on that
// path (see holders.go), is the exit sought, and any other return ends
// the path with nothing to report, as a return that ends the program
// does.
func (c *checker) keptBeforeReturn(fn *ssa.Function, v ssa.Value, fl *flow, i int) bool {
	if !fl.kept() {
		return false
	}
	out := *fl
	out.events = map[ssa.Instruction]event{}
	for instr, e := range fl.events {
		ret, isReturn := instr.(*ssa.Return)
		switch {
		case fl.keeps[instr] || e == released:
			out.events[instr] = e
		case isReturn && (i < 0 || i < len(ret.Results) && fl.aliases[ret.Results[i]]):
			out.events[instr] = conflict
		}
	}
	a := &acquisition{value: v, kind: fl.kind}
	if call, index := resultOf(v); call != nil {
		// From the call on, where its error is not nil, v is nothing
		// to keep: if err == nil { global.Store(m) }; return m, err.
		a.call, a.index = call, index
		if tuple, ok := call.Type().(*types.Tuple); ok {
			a.err = c.errResult(call, tuple, usedResults(call, tuple))
		}
	}
	fc := &funcChecker{checker: c, fn: fn, noReturn: c.noReturnCalls(fn), exitsProcess: true}
	for _, l := range fc.search(a, &out) {
		if _, ok := l.exit.(*ssa.Return); ok && !keptByEarlierTest(l, fl.keeps) {
			return false
		}
	}
	return true
}

// nilOutcome returns the value that the condition of t compares with nil
// and the successor of t taken where it is nil, or nil.
func nilOutcome(t *ssa.If) (ssa.Value, *ssa.BasicBlock) {
	bin, ok := t.Cond.(*ssa.BinOp)
	if !ok || (bin.Op != token.EQL && bin.Op != token.NEQ) {
		return nil, nil
	}
	x := bin.X
	if !isNil(bin.Y) {
		if !isNil(bin.X) {
			return nil, nil
		}
		x = bin.Y
	}
	if bin.Op == token.EQL {
		return x, t.Block().Succs[0]
	}
	return x, t.Block().Succs[1]
}

// keptByEarlierTest reports whether the path of l, whose last branch
// found a value nil, and every other path to its return, which that
// branch's nil side dominates, went through a keep on the way: an earlier test of
// the same value, which every path to that branch passes, kept the
// resource where it found the value nil, in the block it jumps to from
// there alone. A value tested twice is nil both times or neither: if c
// := m[k]; c == nil { m[k] = made }; if c != nil { made.Close(); return c
// }; return made returns made only where the map kept it.
func keptByEarlierTest(l leak, keeps map[ssa.Instruction]bool) bool {
	if l.branch == nil {
		return false
	}
	x, nilSucc := nilOutcome(l.branch)
	if x == nil || (nilSucc == l.branch.Block().Succs[0]) != l.taken || !nilSucc.Dominates(l.exit.Block()) || len(nilSucc.Preds) != 1 {
		// The search gives one path to each return: every path to
		// it must leave the branch where the value is nil.
		return false
	}
	for b := l.branch.Block().Idom(); b != nil; b = b.Idom() {
		t, ok := b.Instrs[len(b.Instrs)-1].(*ssa.If)
		if !ok {
			continue
		}
		y, succ := nilOutcome(t)
		if y != x || len(succ.Preds) != 1 {
			continue
		}
		for _, instr := range succ.Instrs {
			if keeps[instr] {
				return true
			}
		}
	}
	return false
}

// releasedBeforeReturn reports whether fn releases v, a result of one of
// its calls traced as fl, on every path that returns it as result i.
//
// A response whose body fn took out before returning it (respBody :=
// resp.Body; resp.Body = nil) gives its caller the body put in its place:
// it counts as released when the body taken out is released or handed
// over (to the connection that an upgrade makes of it) on every path that
// returns the response.
func (c *checker) releasedBeforeReturn(fn *ssa.Function, v ssa.Value, fl *flow, i int) bool {
	ends := func(e event) bool { return e == released }
	if read, copies := c.bodyStores(fl, c.isNopCloser); read && len(copies) > 0 {
		// b, _ := io.ReadAll(res.Body); res.Body = io.NopCloser(
		// bytes.NewReader(b)): past that, the response returned holds a
		// copy of what was read, nothing of the caller's to close.
		out := *fl
		out.events = maps.Clone(fl.events)
		for _, st := range copies {
			if _, ok := out.events[st]; !ok {
				out.events[st] = released
			}
		}
		fl = &out
	}
	if c.bodyTakenOut(fl) {
		out := *fl
		out.events = map[ssa.Instruction]event{}
		for instr, e := range fl.events {
			// Returning the response no longer returns the body; what
			// another result holds of it is handed over.
			if ret, isReturn := instr.(*ssa.Return); !isReturn || returnsOtherThan(ret, i, fl.aliases) {
				out.events[instr] = e
			}
		}
		fl = &out
		ends = func(e event) bool { return e == released || e == mayRelease || e == handedOff }
	} else if !fl.releases() {
		return false
	}
	var a *acquisition
	var after map[*ssa.BasicBlock]bool
	if alloc, ok := v.(*ssa.Alloc); ok {
		if m := closeMethod(v.Type()); m != nil {
			if closeFn := c.ssaFunc(m); closeFn != nil && len(closeFn.Params) > 0 {
				if counts, _ := c.loweredCounts(closeFn); len(counts) > 0 {
					return false // a Close that drops one reference of several
				}
			}
		}
		// A value the function builds, and closes (defer c.Close())
		// before it returns it: the search starts at the entry, and
		// only the returns after the value is made that give it count
		// (a result slot holds it only from there).
		a = &acquisition{value: v, kind: fl.kind}
		after = reachedFrom(alloc.Block())
	} else if call, index := resultOf(v); call != nil {
		for _, r := range c.resultsOf(call) {
			if r.index == index {
				a = r
			}
		}
	}
	if a == nil {
		return false
	}
	fc := &funcChecker{checker: c, fn: fn, noReturn: c.noReturnCalls(fn)}
	for _, l := range fc.searchFrom(a, fl, ends) {
		if after != nil && !after[l.exit.Block()] {
			continue
		}
		if ret, ok := l.exit.(*ssa.Return); ok && i < len(ret.Results) && fl.aliases[ret.Results[i]] {
			if !fl.aliases[resultValue(ret, ret.Results[i])] {
				// In a function with a defer, a return loads its
				// results from slots: this one stored something else
				// there (return nil, err).
				continue
			}
			return false
		}
	}
	return true
}

// isNopCloser reports whether v is what io.NopCloser returns.
func (c *checker) isNopCloser(v ssa.Value) bool {
	call, ok := unconvert(v).(*ssa.Call)
	return ok && c.staticName(&call.Call) == "io.NopCloser"
}

// returnsOtherThan reports whether ret returns one of the values vs as a
// result other than result i.
func returnsOtherThan(ret *ssa.Return, i int, vs map[ssa.Value]bool) bool {
	for j, r := range ret.Results {
		if j != i && vs[r] {
			return true
		}
	}
	return false
}

// bodyTakenOut reports whether fl traces a response whose body the
// function reads out of it and replaces with nil or with a body whose
// Close releases nothing.
func (c *checker) bodyTakenOut(fl *flow) bool {
	read, stores := c.bodyStores(fl, func(v ssa.Value) bool { return isNil(v) || c.isInert(v) })
	return read && len(stores) > 0
}

// bodyStores reports, for fl tracing a response, whether the function
// reads its body, and returns the stores that replace the body with a
// value that replaces says does (nil, a body whose Close does nothing,
// what io.NopCloser returns).
func (c *checker) bodyStores(fl *flow, replaces func(ssa.Value) bool) (read bool, stores []*ssa.Store) {
	if fl.kind != response {
		return false, nil
	}
	for v := range fl.aliases {
		if fl.derived[v] {
			continue
		}
		for _, r := range usesOf(v) {
			fa, ok := r.(*ssa.FieldAddr)
			if !ok || fieldName(fa.X.Type(), fa.Field) != "Body" {
				continue
			}
			for _, use := range usesOf(fa) {
				switch use := use.(type) {
				case *ssa.UnOp:
					read = read || use.Op == token.MUL
				case *ssa.Store:
					if use.Addr == fa && replaces(use.Val) {
						stores = append(stores, use)
					}
				}
			}
		}
	}
	return read, stores
}

// resultOf returns the call that v is a result of, and its index among
// the call's results, or nil.
func resultOf(v ssa.Value) (*ssa.Call, int) {
	switch v := v.(type) {
	case *ssa.Call:
		return v, 0
	case *ssa.Extract:
		if call, ok := v.Tuple.(*ssa.Call); ok {
			return call, v.Index
		}
	}
	return nil, 0
}

// origin adds the origins of v to o.
func (c *checker) origin(o *origins, v ssa.Value) {
	if o.seen[v] {
		return
	}
	o.seen[v] = true
	if c.isInert(v) {
		// A value whose Close releases nothing is no resource for the
		// caller: MemoryObject.Reader's nopCloser{bytes.NewReader(b)}.
		o.borrowed, o.others = true, true
		return
	}
	switch v := v.(type) {
	case *ssa.Const:
		if !v.IsNil() {
			o.borrowed, o.others = true, true
		}
	case *ssa.Parameter:
		o.borrowed = true
		o.params[v] = true
	case *ssa.Field:
		if c.sentFresh(v.X, v.Field) {
			// r := <-done; return r.resp, where only goroutines of the
			// function send into done, results with new responses.
			o.fresh = append(o.fresh, v)
			return
		}
		o.borrowed, o.others = true, true
	case *ssa.FreeVar, *ssa.Global, *ssa.Index, *ssa.Lookup:
		o.borrowed, o.others = true, true
	case *ssa.UnOp:
		switch {
		case v.Op == token.MUL && isLocalCell(v.X):
			for _, r := range usesOf(v.X) {
				if st, ok := r.(*ssa.Store); ok && st.Addr == v.X {
					c.origin(o, st.Val)
				}
			}
			if lentToCallbacks(v.X) || c.borrowedByClosures(v.X) {
				o.borrowed, o.others = true, true
			}
		case v.Op == token.MUL && isAlloc(v.X):
			// A copy of a new composite, as a struct returned by value.
			c.allocOrigin(o, v.X.(*ssa.Alloc))
		case v.Op == token.MUL && isCallResult(v.X) && (c.copyHolds(v.X.Type()) || c.kindOf(v.X.Type()) == response):
			// A copy of the struct that a call's result points to comes
			// from where that struct comes from (a copy of a response
			// holds its body). One of a parameter's
			// struct stays borrowed: it shares what the caller owns.
			c.origin(o, v.X)
		case v.Op == token.MUL:
			if roots, path := freshHolder(v.X); roots != nil {
				c.originOfField(o, v, roots, path)
			} else if holder := c.movedPartOf(v.X); holder != nil {
				// next.conn, where next's Close closes only conn:
				// what next is, its conn is.
				c.origin(o, holder)
			} else if c.newInResultField(o, v) {
				o.fresh = append(o.fresh, v)
			} else {
				o.borrowed, o.others = true, true
			}
		case v.Op == token.ARROW && c.sentFresh(v, -1):
			o.fresh = append(o.fresh, v) // conn := <-conns, filled by its own goroutines
		case v.Op == token.ARROW:
			o.borrowed, o.others = true, true
		default:
			o.fresh = append(o.fresh, v)
		}
	case *ssa.ChangeType:
		c.origin(o, v.X)
	case *ssa.MakeInterface:
		c.origin(o, v.X)
	case *ssa.ChangeInterface:
		c.origin(o, v.X)
	case *ssa.Convert:
		if c.reflectedPointer(v.X) {
			// (*sql.DB)(reflect.ValueOf(tx).Elem().Field(i).UnsafePointer())
			// points into memory that others own.
			o.borrowed, o.others = true, true
			return
		}
		c.origin(o, v.X)
	case *ssa.TypeAssert:
		c.originOfAssert(o, v)
	case *ssa.Phi:
		for i, e := range v.Edges {
			if nilOnEdge(v, i) {
				o.borrowed = true // nil there: nothing the caller would own
				continue
			}
			c.origin(o, e)
		}
	case *ssa.Extract:
		switch t := v.Tuple.(type) {
		case *ssa.Call:
			c.callOrigin(o, t, v.Index, v)
		case *ssa.TypeAssert:
			c.originOfAssert(o, t)
		case *ssa.Select:
			if c.sentFresh(v, -1) {
				o.fresh = append(o.fresh, v)
				return
			}
			o.borrowed, o.others = true, true
		default:
			o.borrowed, o.others = true, true
		}
	case *ssa.Call:
		c.callOrigin(o, v, 0, v)
	case *ssa.Alloc:
		c.allocOrigin(o, v)
	default:
		o.fresh = append(o.fresh, v)
	}
}

// movedPartOf returns the call result whose field addr is, where that
// field is one of the parts its type's Close releases, and all the
// Close releases (see movableParts), or nil.
func (c *checker) movedPartOf(addr ssa.Value) ssa.Value {
	fa, ok := addr.(*ssa.FieldAddr)
	if !ok || !isCallResult(fa.X) || !c.movableParts(fa.X.Type())[fa.Field] {
		return nil
	}
	return fa.X
}

// isCallResult reports whether x is the result of a call.
func isCallResult(x ssa.Value) bool {
	switch x := x.(type) {
	case *ssa.Call:
		return true
	case *ssa.Extract:
		_, ok := x.Tuple.(*ssa.Call)
		return ok
	}
	return false
}

// borrowedByClosures reports whether the closures that capture the
// variable cell store into it, where they store anything, nil or results
// that their calls say are not the caller's (a retried request helper that
// reads and closes the body: resp, body, err = jc.doRequest(req,
// closeBody)), at least one such result.
func (c *checker) borrowedByClosures(cell ssa.Value) bool {
	borrowed := false
	for _, r := range usesOf(cell) {
		mc, ok := r.(*ssa.MakeClosure)
		if !ok {
			continue
		}
		fn, ok := mc.Fn.(*ssa.Function)
		k := slices.Index(mc.Bindings, cell)
		if !ok || k < 0 || k >= len(fn.FreeVars) {
			continue
		}
		for _, u := range usesOf(fn.FreeVars[k]) {
			st, ok := u.(*ssa.Store)
			if !ok || st.Addr != fn.FreeVars[k] {
				continue
			}
			if isNil(st.Val) {
				continue
			}
			call, j := resultOf(st.Val)
			if call == nil || j >= 64 || c.borrowedResults(call)&(1<<j) == 0 {
				return false // a fresh response on the last try
			}
			borrowed = true
		}
	}
	return borrowed
}

// lentToCallbacks reports whether the closures that capture the variable
// cell store in it only what they are given as parameters, at least once,
// and are themselves only given to other functions: a pool's
// withConn(func(cn *Conn) error { used = cn; ... }). Such a value is lent
// to the closure by whoever calls it, and belongs to that caller. A value
// that a closure acquires itself (db.retry(func() { rows, err =
// db.query() })), or gets from the function that calls the closure
// directly, is the function's, as when no closure is involved.
func lentToCallbacks(cell ssa.Value) bool {
	lent := false
	for _, r := range usesOf(cell) {
		mc, ok := r.(*ssa.MakeClosure)
		if !ok {
			continue
		}
		fn, ok := mc.Fn.(*ssa.Function)
		i := slices.Index(mc.Bindings, cell)
		if !ok || i < 0 || !onlyPassed(mc) {
			return false
		}
		for _, use := range usesOf(fn.FreeVars[i]) {
			switch use := use.(type) {
			case *ssa.Store:
				if !isParamCopy(use.Val) {
					return false
				}
				lent = true
			case *ssa.MakeClosure:
				return false // captured again, by a closure not followed
			}
		}
	}
	return lent
}

// onlyPassed reports whether the closure mc is only given to calls as an
// argument, never called by its own function.
func onlyPassed(mc *ssa.MakeClosure) bool {
	for _, r := range usesOf(mc) {
		switch r := r.(type) {
		case ssa.CallInstruction:
			if r.Common().Value == ssa.Value(mc) {
				return false
			}
		case *ssa.DebugRef:
		default:
			return false
		}
	}
	return true
}

// isParamCopy reports whether v is a parameter of its function, or a load
// of the variable that holds a parameter that inner closures capture.
func isParamCopy(v ssa.Value) bool {
	if _, ok := v.(*ssa.Parameter); ok {
		return true
	}
	load, ok := v.(*ssa.UnOp)
	if !ok || load.Op != token.MUL || !isLocalCell(load.X) {
		return false
	}
	stored := false
	for _, r := range usesOf(load.X) {
		switch r := r.(type) {
		case *ssa.Store:
			if _, ok := r.Val.(*ssa.Parameter); !ok {
				return false
			}
			stored = true
		case *ssa.MakeClosure:
			fn := r.Fn.(*ssa.Function)
			if fv := fn.FreeVars[slices.Index(r.Bindings, load.X)]; slices.ContainsFunc(usesOf(fv), isStore) {
				return false
			}
		}
	}
	return stored
}

func isStore(instr ssa.Instruction) bool {
	_, ok := instr.(*ssa.Store)
	return ok
}

func isAlloc(v ssa.Value) bool {
	_, ok := v.(*ssa.Alloc)
	return ok
}

// originOfAssert adds the origin of a type assertion: that of the
// interface asserted. A value asserted out of an empty interface that a
// container returned (ctx.Value(key).(*T), a sync.Map's Load) is still the
// container's (see callOrigin); one that the function's own call returned
// (res.(*sql.Rows) where res came from its executor) is new.
func (c *checker) originOfAssert(o *origins, v *ssa.TypeAssert) {
	c.origin(o, v.X)
}

// callOrigin adds the origin of result i of call, the value v.
func (c *checker) callOrigin(o *origins, call *ssa.Call, i int, v ssa.Value) {
	if arg := c.wrappedArg(&call.Call); arg != nil && i == 0 {
		if c.holdsNothing(call) {
			// flate.NewReader(bytes.NewReader(b)): its Close closes
			// nothing it reads from, and what it reads from has no
			// Close either.
			o.borrowed, o.others = true, true
			return
		}
		// tls.Client(rawConn, config) stands for rawConn: a function
		// that returns it returns whatever rawConn is.
		c.origin(o, arg)
		return
	}
	if k, j, ok := c.wrapperResult(&call.Call); ok && j == i {
		// cipher.StreamConn(conn) stands for conn (see wrapperResult).
		c.origin(o, call.Call.Args[k])
		return
	}
	if arg := c.forwardedArg(call, i); arg != nil {
		// A result that is an argument, or a part of it, or something
		// borrowed: what the argument is decides.
		c.origin(o, arg)
		return
	}
	if i < 64 && c.borrowedResults(call)&(1<<i) != 0 && c.guessedResult(call, i) {
		// What a recursive call returns is what the function returns:
		// a guess is no evidence that it is borrowed (see summaryOf).
		o.guessOnly = true
		return
	}
	if arg := c.viewOfNew(o, call, i); arg != nil {
		// h.copy() of a handle the function opened: a view of a value
		// of its own carries what that value holds.
		c.origin(o, arg)
		return
	}
	// What atomic.LoadPointer reads from a global or a field of another
	// value belongs there, as what a plain load of it reads does.
	if !c.mayAcquire(&call.Call) || (i < 64 && c.borrowedResults(call)&(1<<i) != 0) || c.containerResult(call, v) || c.loadsKept(&call.Call) {
		o.borrowed, o.others = true, true
		return
	}
	if arg := c.wrappingArg(&call.Call, i); arg != nil && c.isInput(arg, 0) {
		// NewSession(conn), whose summary says that the session closes
		// conn, stands for conn too: a function that returns it around
		// a connection of its receiver returns what the receiver owns.
		// Around a parameter, the function wraps the parameter in
		// turn (see wrappedParam); around a value of its own, even one
		// a callee also lists as its own (an SSH mux lists the
		// channels it opens), the wrapper is new.
		c.origin(o, arg)
		return
	}
	o.fresh = append(o.fresh, v)
}

// holdsNothing reports whether v, a call of a wrapper of the standard
// library or what one reads or writes through, holds only memory: a reader or buffer that
// package bytes or strings makes from bytes and strings alone
// (bytes.NewReader(b)), or such a value wrapped in turn
// (io.NewSectionReader), on every path. A
// wrapper of it (flate.NewReader) is no resource: nothing it holds can
// be released.
func (c *checker) holdsNothing(v ssa.Value) bool {
	return c.inMemory(v, map[ssa.Value]bool{})
}

func (c *checker) inMemory(v ssa.Value, seen map[ssa.Value]bool) bool {
	if seen[v] {
		return true
	}
	seen[v] = true
	switch x := v.(type) {
	case *ssa.MakeInterface:
		return c.inMemory(x.X, seen)
	case *ssa.ChangeType:
		return c.inMemory(x.X, seen)
	case *ssa.ChangeInterface:
		return c.inMemory(x.X, seen)
	case *ssa.Phi:
		for _, e := range x.Edges {
			if !c.inMemory(e, seen) {
				return false
			}
		}
		return true
	case *ssa.Call:
		if arg := c.wrappedArg(&x.Call); arg != nil {
			// Every argument: io.TeeReader(r, w) writes to w.
			for _, a := range x.Call.Args {
				if !isPlainData(a.Type()) && !c.inMemory(a, seen) {
					return false
				}
			}
			return true
		}
		fn := x.Call.StaticCallee()
		if fn == nil || fn.Pkg == nil || !inMemoryPackages[fn.Pkg.Pkg.Path()] || types.IsInterface(x.Type()) || closeMethod(x.Type()) != nil {
			return false
		}
		for _, a := range x.Call.Args {
			if !isPlainData(a.Type()) {
				return false
			}
		}
		return true
	}
	return false
}

// isPlainData reports whether t is a basic type, or a slice or array of
// one: bytes and strings, which hold nothing that can be released.
func isPlainData(t types.Type) bool {
	switch u := types.Unalias(t).Underlying().(type) {
	case *types.Basic:
		return u.Kind() != types.UnsafePointer && u.Kind() != types.Uintptr
	case *types.Slice:
		return isPlainData(u.Elem())
	case *types.Array:
		return isPlainData(u.Elem())
	}
	return false
}

// isInput reports whether v belongs to what its function was given: a
// free variable, a global, what a field or element of one of those or of
// a parameter holds, or a wrapper around one of those that closes it (see
// wrappingArg).
func (c *checker) isInput(v ssa.Value, depth int) bool {
	if depth > 8 {
		return false
	}
	switch x := v.(type) {
	case *ssa.FreeVar, *ssa.Global:
		return true
	case *ssa.MakeInterface:
		return c.isInput(x.X, depth+1)
	case *ssa.ChangeType:
		return c.isInput(x.X, depth+1)
	case *ssa.ChangeInterface:
		return c.isInput(x.X, depth+1)
	case *ssa.Field:
		return isKeptBy(x.X)
	case *ssa.UnOp:
		return x.Op == token.MUL && isKeptBy(x.X)
	case *ssa.Call:
		arg := c.wrappingArg(&x.Call, 0)
		return arg != nil && c.isInput(arg, depth+1)
	case *ssa.Extract:
		call, ok := x.Tuple.(*ssa.Call)
		if !ok {
			return false
		}
		arg := c.wrappingArg(&call.Call, x.Index)
		return arg != nil && c.isInput(arg, depth+1)
	}
	return false
}

// wrappedArg returns the argument of a call of a function of the wrappers
// table whose first result stands for it, or nil.
func (c *checker) wrappedArg(call *ssa.CallCommon) ssa.Value {
	fn := call.StaticCallee()
	if fn == nil {
		return nil
	}
	obj, ok := fn.Object().(*types.Func)
	if !ok {
		return nil
	}
	if i, ok := wrappers[c.funcName(obj)]; ok && i < len(call.Args) {
		return call.Args[i]
	}
	return nil
}

// wrappingArg returns the argument that result i of a static call holds
// (see summary.wraps) and stands for, or nil: the summary-made
// counterpart of wrappedArg, which wrappingResults also treats as no new
// resource where it is called. The result stands for a resource that
// it releases when closed, and for a stream that it reads or writes,
// which it cannot release (see standsFor and wrappedParamOf).
func (c *checker) wrappingArg(call *ssa.CallCommon, i int) ssa.Value {
	fn := call.StaticCallee()
	if fn == nil {
		// A function value whose functions the package decides, or an
		// interface method whose implementations are all known: a
		// result that every one of them returns around an argument.
		sum, shift, ok := c.dynamicSummary(call)
		if !ok {
			if k, j, ok := c.wrapperResult(call); ok && j == i {
				return call.Args[k] // conn = cipher.StreamConn(conn)
			}
			return nil
		}
		for k, arg := range call.Args {
			if sum.wrapped(k+shift) == i && c.standsForArg(call, k, arg) {
				return arg
			}
		}
		return nil
	}
	sum := c.summaryOf(fn)
	for k, arg := range call.Args {
		if sum.wrapped(k) == i && c.standsFor(fn, k, arg) {
			return arg
		}
	}
	return nil
}

// dynamicSummary returns the summary of what call, a call of a function
// value or an interface method, runs when the program decides it (see
// resolvedSummary and invokeSummary), and the offset of its argument 0
// among the summary's parameters (1 for an interface method, whose
// receiver is parameter 0).
func (c *checker) dynamicSummary(call *ssa.CallCommon) (*summary, int, bool) {
	if call.IsInvoke() {
		if s, ok := c.invokeSummaryOf(call); ok && s.complete {
			return s, 1, true
		}
		return nil, 0, false
	}
	s, ok := c.resolvedSummary(call)
	return s, 0, ok
}

// standsForArg is standsFor for argument k of call, a call of a function
// value or an interface method: arg is a resource, or the parameter is a
// stream.
func (c *checker) standsForArg(call *ssa.CallCommon, k int, arg ssa.Value) bool {
	params := call.Signature().Params()
	return c.kindOf(arg.Type()) != notResource || (k < params.Len() && isStream(params.At(k).Type()))
}

// standsFor reports whether a new value that fn returns around arg, its
// argument k, and that holds no resource of its own (see summary.wraps),
// stands for arg: arg is a resource, or fn takes it as a stream (see
// isStream), which holds, if anything, what whoever gave it owns. Around
// any other value, a struct of settings that may hold a connection the
// wrapper closes, the wrapper is a resource of its own.
func (c *checker) standsFor(fn *ssa.Function, k int, arg ssa.Value) bool {
	if c.kindOf(arg.Type()) != notResource {
		return true
	}
	if o := fn.Origin(); o != nil {
		fn = o // a type parameter is no stream, whatever an instance says
	}
	if c.variadicResources(fn, k) {
		return true
	}
	sig := fn.Signature
	if sig.Recv() != nil {
		if k == 0 {
			return false
		}
		k--
	}
	return k < sig.Params().Len() && (isStream(sig.Params().At(k).Type()) || isSourceLike(sig.Params().At(k).Type()))
}

// isSourceLike reports whether t is an interface without Close all of
// whose methods return an error last, as a stream of something other
// than bytes does (xml.TokenReader's Token() (xml.Token, error)): a new
// value that holds only such an argument reads from it and holds what it
// holds, as one that holds an io.Reader does.
func isSourceLike(t types.Type) bool {
	iface, ok := types.Unalias(t).Underlying().(*types.Interface)
	if !ok || isTypeParam(t) || iface.NumMethods() == 0 {
		return false
	}
	for m := range iface.Methods() {
		res := m.Signature().Results()
		if m.Name() == "Close" || res.Len() == 0 || !types.Identical(res.At(res.Len()-1).Type(), errorType) {
			return false
		}
	}
	return true
}

// containerResult reports whether v, a result of call, is an empty
// interface that a container hands out: the call is a known container
// getter, or an interface method none of whose implementations the
// program has is known to return new values (the context-like Value(key)
// of an interface declared elsewhere).
func (c *checker) containerResult(instr *ssa.Call, v ssa.Value) bool {
	if !isEmptyInterface(v.Type()) {
		return false
	}
	call := &instr.Call
	var callee *types.Func
	if call.IsInvoke() {
		callee = call.Method
	} else if fn := call.StaticCallee(); fn != nil {
		callee, _ = fn.Object().(*types.Func)
	}
	if callee != nil && containerGetters[c.funcName(callee)] {
		return true
	}
	return call.IsInvoke() && !c.implementationsFresh(instr, resultIndex(v))
}

// resultIndex returns the index of the result that v extracts, or 0.
func resultIndex(v ssa.Value) int {
	if e, ok := v.(*ssa.Extract); ok {
		return e.Index
	}
	return 0
}

// implementationsFresh reports whether the interface method call instr
// has implementations and none of them borrows its result i.
func (c *checker) implementationsFresh(instr ssa.CallInstruction, i int) bool {
	if i >= 64 {
		return false
	}
	impls, _ := c.implementations(instr)
	for _, impl := range impls {
		if impl.sum.borrowed&(1<<i) != 0 {
			return false
		}
	}
	return len(impls) > 0
}

// originOfField adds the origin of v, a load of the field at path of the
// structs roots that the function made. What the function stores there, or
// in a struct around it (e := m[k] copies a whole entry), is where the
// value comes from; a field that only other code fills in (a callback
// given the struct, an executor filling stmt.Dest) holds a new value, made
// for this call.
func (c *checker) originOfField(o *origins, v *ssa.UnOp, roots []ssa.Value, path []string) {
	stored := false
	for _, fs := range fieldStores(v.Parent(), roots) {
		if len(fs.path) <= len(path) && slices.Equal(fs.path, path[:len(fs.path)]) {
			stored = true
			if a := copiedStruct(fs.st.Val); a != nil && len(fs.path) < len(path) && !o.seen[fs.st.Val] {
				// cc = connrole{conn: p}; return cc.conn: the field
				// comes from the struct the copy was made of.
				o.seen[fs.st.Val] = true
				c.originOfField(o, v, []ssa.Value{a}, path[len(fs.path):])
				continue
			}
			c.origin(o, fs.st.Val)
		}
	}
	if !stored {
		o.fresh = append(o.fresh, v)
	}
}

// newInResultField reports whether v loads a field of the result of a
// call of a function of this package that returns, on every path that
// gives a value, a new struct with a new resource in that field: dial
// returns &Dialed{Conn: c} with c from net.Dial, and d.Conn is the
// caller's. Only a struct that is no resource itself counts (a resource
// speaks for what it holds), and only new values in the field: what the
// function stores from its parameters would have to be told apart from
// the caller's arguments.
func (c *checker) newInResultField(o *origins, v *ssa.UnOp) bool {
	base, path := fieldPath(v.X)
	call, index := resultOf(base)
	if call == nil || len(path) == 0 || c.kindOf(base.Type()) != notResource {
		return false
	}
	callee := call.Call.StaticCallee()
	if callee == nil || callee.Blocks == nil || callee.Pkg != c.ssaPkg || !onlyReadHere(base) {
		return false
	}
	var roots []ssa.Value
	for _, r := range returned(callee, index) {
		switch r := r.(type) {
		case *ssa.Alloc:
			if !onlyFilledAndReturned(r) {
				return false // kept in a registry, a map, a goroutine
			}
			roots = append(roots, r)
		case *ssa.Const:
			if !r.IsNil() {
				return false
			}
		default:
			return false
		}
	}
	if len(roots) == 0 {
		return false
	}
	sub := &origins{seen: o.seen, params: map[*ssa.Parameter]bool{}, depth: o.depth, allocs: o.allocs}
	stored := false
	for _, fs := range fieldStores(callee, roots) {
		switch {
		case slices.Equal(fs.path, path):
			stored = true
			c.origin(sub, fs.st.Val)
		case len(fs.path) < len(path) && slices.Equal(fs.path, path[:len(fs.path)]):
			return false // a nested composite copied in whole
		}
	}
	if !stored || len(sub.fresh) == 0 || sub.borrowed || len(sub.views) > 0 {
		return false
	}
	for _, v := range sub.fresh {
		if !c.onlyStoredOrUsed(v) {
			return false
		}
	}
	return true
}

// onlyFilledAndReturned reports whether the new struct alloc only has
// its fields set or read, is copied, and is returned: nothing else keeps
// it.
func onlyFilledAndReturned(alloc *ssa.Alloc) bool {
	for _, r := range usesOf(alloc) {
		switch r := r.(type) {
		case *ssa.FieldAddr:
			for _, u := range usesOf(r) {
				switch u := u.(type) {
				case *ssa.Store:
					if u.Addr != ssa.Value(r) {
						return false
					}
				case *ssa.UnOp, *ssa.DebugRef:
				default:
					return false
				}
			}
		case *ssa.Return, *ssa.DebugRef, *ssa.UnOp:
		default:
			return false
		}
	}
	return true
}

// onlyStoredOrUsed reports whether v, a new resource that a function
// stores in the struct it returns, is only stored, or used by calls that
// neither close nor keep it (c.SetDeadline(t)): a callee that also gives
// it to a timer, a goroutine or a registry keeps it for itself.
func (c *checker) onlyStoredOrUsed(v ssa.Value) bool {
	refs := v.Referrers()
	if refs == nil {
		return true
	}
	for _, r := range *refs {
		switch r := r.(type) {
		case *ssa.Store:
			if r.Val != v {
				continue
			}
			if isLocalCell(r.Addr) {
				// A variable a closure may capture: what reads it.
				for _, u := range usesOf(r.Addr) {
					switch u := u.(type) {
					case *ssa.UnOp:
						if !c.onlyStoredOrUsed(u) {
							return false
						}
					case *ssa.Store, *ssa.DebugRef:
					default:
						return false
					}
				}
				continue
			}
			if base, path := fieldPath(r.Addr); len(path) == 0 || !isAlloc(base) {
				return false // kept in something else than a new struct
			}
		case *ssa.DebugRef, *ssa.BinOp, *ssa.If:
		case *ssa.Call:
			call := r.Common()
			if call.IsInvoke() {
				if call.Value != v || call.Method.Name() == "Close" {
					return false
				}
				continue
			}
			fn := call.StaticCallee()
			if fn == nil {
				return false
			}
			for i, arg := range call.Args {
				if arg == v && (fn.Name() == "Close" || c.summaryOf(fn).consumes(i)) {
					return false
				}
			}
		case *ssa.Extract:
		default:
			return false
		}
	}
	return true
}

// copiedStruct returns the new struct that v is a copy of, or nil. Only a
// struct whose address goes nowhere but to its fields' loads and stores
// counts: one given to a call (dialInto(&tmp, addr)) may be filled there.
func copiedStruct(v ssa.Value) *ssa.Alloc {
	load, ok := v.(*ssa.UnOp)
	if !ok || load.Op != token.MUL {
		return nil
	}
	a, ok := load.X.(*ssa.Alloc)
	if !ok {
		return nil
	}
	for _, r := range usesOf(a) {
		switch r := r.(type) {
		case *ssa.UnOp, *ssa.Store, *ssa.DebugRef:
		case *ssa.FieldAddr:
			for _, u := range usesOf(r) {
				switch u := u.(type) {
				case *ssa.UnOp, *ssa.DebugRef:
				case *ssa.Store:
					if u.Addr != r {
						return nil
					}
				default:
					return nil
				}
			}
		default:
			return nil
		}
	}
	return a
}

// A fieldStore is a store into a struct the function made, at path (nil
// for a store of the whole struct).
type fieldStore struct {
	st   *ssa.Store
	path []string
}

// fieldStores returns the stores of fn into the structs roots.
func fieldStores(fn *ssa.Function, roots []ssa.Value) []fieldStore {
	var stores []fieldStore
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			st, ok := instr.(*ssa.Store)
			if !ok {
				continue
			}
			if slices.Contains(roots, st.Addr) {
				stores = append(stores, fieldStore{st, nil})
				continue
			}
			r, p := freshHolder(st.Addr)
			if slices.ContainsFunc(r, func(x ssa.Value) bool { return slices.Contains(roots, x) }) {
				stores = append(stores, fieldStore{st, p})
			}
		}
	}
	return stores
}

// borrowedResults returns the results of a call that belong to someone
// else, as bits.
func (c *checker) borrowedResults(call *ssa.Call) uint64 {
	if call.Call.IsInvoke() {
		if s, ok := c.invokeSummary(call); ok {
			return s.borrowed
		}
		return 0
	}
	if fn := call.Call.StaticCallee(); fn != nil {
		sum := c.summaryOf(fn)
		mc, _ := call.Call.Value.(*ssa.MakeClosure)
		bits := sum.borrowed | c.flagBorrowedResults(&call.Call, sum) | c.condBorrowed(sum, call.Call.Args, mc) | c.callbackBorrowed(&call.Call, sum)
		for i, arg := range call.Call.Args {
			// A wrapper around a value that holds nothing holds nothing:
			// a commit iterator over a slice iterator.
			if j := sum.wrapped(i); j >= 0 && j < 64 && c.isInert(arg) {
				bits |= 1 << j
			}
		}
		return bits
	}
	if s, ok := c.aliasSummary(&call.Call); ok {
		return s.borrowed
	}
	if fn := c.seamFunc(&call.Call); fn != nil {
		// What the seam's function gives is borrowed as it is borrowed
		// from that function; what it takes stays unknown, as a test
		// may put other code there.
		return c.summaryOf(fn).borrowed
	}
	if fns, ok := c.calleesOf(&call.Call); ok {
		// A callback of the package's own: what every function it
		// stores in the field, or passes for the parameter, borrows.
		bits := ^uint64(0)
		for _, fn := range fns {
			bits &= c.summaryOf(fn).borrowed
		}
		return bits
	}
	if givesTest(&call.Call) && !inLoop(call.Block()) && !closesResult(call) {
		// A fixture given the test (gen(t)) registers its cleanup with
		// t.Cleanup: what it makes, the test owns. Not one that the
		// function closes itself somewhere (it owns what it got), nor
		// one called round a loop (each iteration's value would wait
		// for the test's end).
		return ^uint64(0)
	}
	return 0
}

// closesResult reports whether the function calls Close on a result of
// call, directly or in a defer.
func closesResult(call *ssa.Call) bool {
	results := []ssa.Value{call}
	for _, r := range usesOf(call) {
		if x, ok := r.(*ssa.Extract); ok {
			results = append(results, x)
		}
	}
	for _, v := range results {
		for _, r := range usesOf(v) {
			c, ok := r.(ssa.CallInstruction)
			if !ok {
				continue
			}
			cc := c.Common()
			if cc.IsInvoke() && cc.Value == v && cc.Method.Name() == "Close" {
				return true
			}
			if fn := cc.StaticCallee(); fn != nil && fn.Name() == "Close" && fn.Signature.Recv() != nil && len(cc.Args) > 0 && unconvert(cc.Args[0]) == v {
				return true
			}
		}
	}
	return false
}

// givesTest reports whether call, a call of a function value, gives it the
// running test or benchmark: a *testing.T, *testing.B, *testing.F, a
// testing.TB, or a value with testing.TB's Cleanup(func()).
func givesTest(call *ssa.CallCommon) bool {
	for _, arg := range call.Args {
		t := types.Unalias(arg.Type())
		if p, ok := t.(*types.Pointer); ok {
			t = types.Unalias(p.Elem())
		}
		if n, ok := t.(*types.Named); ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "testing" {
			switch n.Obj().Name() {
			case "T", "B", "F", "TB":
				return true
			}
		}
		if hasCleanup(arg.Type()) {
			return true // a package's own TB, with testing.TB's Cleanup
		}
	}
	return false
}

// hasCleanup reports whether t has a method Cleanup(func()), as
// testing.TB has.
func hasCleanup(t types.Type) bool {
	obj, _, _ := types.LookupFieldOrMethod(t, true, nil, "Cleanup")
	m, ok := obj.(*types.Func)
	if !ok {
		return false
	}
	sig := m.Signature()
	if sig.Params().Len() != 1 || sig.Results().Len() != 0 {
		return false
	}
	f, ok := sig.Params().At(0).Type().Underlying().(*types.Signature)
	return ok && f.Params().Len() == 0 && f.Results().Len() == 0
}

// isInert reports whether v is a value of a concrete type whose Close
// releases nothing, possibly converted to an interface.
func (c *checker) isInert(v ssa.Value) bool {
	v = unconvert(v)
	t := v.Type()
	if types.IsInterface(t) {
		return false
	}
	m := closeMethod(t)
	return m != nil && c.doesNothing(m)
}

// forwardedArg returns the argument of a static call that result i gives
// back, when the result is nothing else the callee owns (pc.Conn1()
// returns a part of pc), or nil.
func (c *checker) forwardedArg(call *ssa.Call, i int) ssa.Value {
	fn := call.Call.StaticCallee()
	if i >= 64 {
		return nil
	}
	var sum *summary
	if fn != nil {
		sum = c.summaryOf(fn)
	} else if s, ok := c.resolvedSummary(&call.Call); ok {
		sum = s
	} else {
		return nil
	}
	if i >= len(sum.forwards) || sum.forwards[i] == 0 || sum.borrowed&(1<<i) == 0 {
		return nil
	}
	if k := sum.forwards[i] - 1; k < len(call.Call.Args) {
		return call.Call.Args[k]
	}
	return nil
}

// reflectedPointer reports whether v is a pointer that reflection gives
// to memory that a value already holds (see reflectedPointers), converted
// to unsafe.Pointer or not.
func (c *checker) reflectedPointer(v ssa.Value) bool {
	if conv, ok := v.(*ssa.Convert); ok {
		v = conv.X
	}
	call, ok := v.(*ssa.Call)
	if !ok {
		return false
	}
	fn := call.Call.StaticCallee()
	if fn == nil {
		return false
	}
	obj, ok := fn.Object().(*types.Func)
	return ok && reflectedPointers[c.funcName(obj)]
}

// guessedResult reports whether result i of call is borrowed only by an
// assumption: its callee, or an implementation it may run, is in
// progress, or says so of result i only on such an assumption.
func (c *checker) guessedResult(call *ssa.Call, i int) bool {
	guessed := func(fn *ssa.Function) bool {
		if o := fn.Origin(); o != nil {
			fn = o
		}
		return c.inProgress(fn) || c.summaryOf(fn).tentative&(1<<i) != 0
	}
	if call.Call.IsInvoke() {
		for _, fn := range c.implementingMethods(call) {
			if guessed(fn) {
				return true
			}
		}
		return false
	}
	fn := call.Call.StaticCallee()
	return fn != nil && guessed(fn)
}

// viewOfNew returns the argument whose parts result i of call, a borrowed
// result, gives back (its callee's summary says "gives p0.Store as
// r0.Store", and nothing of another argument), when that argument is new
// in the function: a copy made of a value the function opened.
func (c *checker) viewOfNew(o *origins, call *ssa.Call, i int) ssa.Value {
	if i >= 64 || c.borrowedResults(call)&(1<<i) == 0 {
		return nil
	}
	fn := call.Call.StaticCallee()
	if fn == nil {
		return nil
	}
	from := -1
	for _, e := range c.summaryOf(fn).gives {
		g, ok := parseGift(e)
		if !ok || g.result != i {
			continue
		}
		root, _, _ := strings.Cut(g.field, ".")
		j, err := strconv.Atoi(strings.TrimPrefix(root, "p"))
		if err != nil || !strings.HasPrefix(root, "p") || (from >= 0 && j != from) {
			return nil
		}
		from = j
	}
	if from < 0 || from >= len(call.Call.Args) {
		return nil
	}
	arg := call.Call.Args[from]
	if o.seen[arg] || c.kindOf(arg.Type()) == notResource {
		// A copy of a copy, round a loop; or a value of a type with no
		// Close, which no summary calls borrowed (a getter's layer).
		return nil
	}
	// What the argument is, without what o has seen already: a value
	// that a loop makes of its own copy comes back to this call.
	sub := &origins{seen: maps.Clone(o.seen), params: map[*ssa.Parameter]bool{}, depth: o.depth, allocs: o.allocs}
	c.origin(sub, arg)
	if len(sub.fresh) == 0 || sub.borrowed {
		return nil
	}
	return arg
}

// onlyReadHere reports whether the function only reads the fields of v,
// a struct it got from a call, and compares it: it keeps it nowhere (a
// client's map of sessions) and returns it to no one.
func onlyReadHere(v ssa.Value) bool {
	for _, r := range usesOf(v) {
		switch r := r.(type) {
		case *ssa.FieldAddr:
			for _, u := range usesOf(r) {
				if _, ok := u.(*ssa.Store); ok {
					return false
				}
			}
		case *ssa.Field, *ssa.UnOp, *ssa.DebugRef, *ssa.BinOp, *ssa.If:
		default:
			return false
		}
	}
	return true
}

// nilOnEdge reports whether the value that edge i of phi gives is nil
// there: the edge is taken only past a comparison of that value with nil
// that found it nil (if resp != nil { resp.Body.Close(); resp = nil };
// return resp gives back the parameter only where it is nil).
func nilOnEdge(phi *ssa.Phi, i int) bool {
	v := phi.Edges[i]
	if _, ok := v.(*ssa.Const); ok {
		return false
	}
	next, b := phi.Block(), phi.Block().Preds[i]
	for range 16 {
		if b == nil {
			return false
		}
		if t, ok := b.Instrs[len(b.Instrs)-1].(*ssa.If); ok && b.Succs[0] != b.Succs[1] {
			taken := slices.Index(b.Succs, next)
			if next != phi.Block() && len(next.Preds) != 1 {
				taken = -1 // reached from elsewhere too
			}
			if cond, ok := t.Cond.(*ssa.BinOp); ok && taken >= 0 && (cond.Op == token.EQL || cond.Op == token.NEQ) &&
				(cond.X == v && isNil(cond.Y) || cond.Y == v && isNil(cond.X)) {
				return (cond.Op == token.EQL) == (taken == 0)
			}
		}
		next, b = b, b.Idom()
	}
	return false
}

// sentFresh reports whether v, a value received from a channel (<-ch, or
// a receiving case of a select), is one that a send of the function's
// own made anew, at field field of it (or as a whole, where field is
// -1): the function made the channel and gives it only to goroutines and
// closures of its own, and one of their sends gives a new resource there.
// Such a value is the function's, as what the goroutine acquired for it:
//
//	done := make(chan result, 1)
//	go func() { resp, err := c.client.Do(req); done <- result{resp, err} }()
//	r := <-done
//	return r.resp, r.err
func (c *checker) sentFresh(v ssa.Value, field int) bool {
	sends, ok := ownChannelSends(receivedFrom(v))
	if !ok {
		return false
	}
	for _, x := range sends {
		parts := []ssa.Value{x}
		if field >= 0 {
			parts = []ssa.Value{storedField(x, field)}
		} else if st, ok := x.Type().Underlying().(*types.Struct); ok {
			// A struct received whole (r := <-done): what its
			// fields hold, it holds.
			parts = nil
			for i := range st.NumFields() {
				parts = append(parts, storedField(x, i))
			}
		}
		for _, p := range parts {
			if p == nil || keptBySender(p) || types.Identical(p.Type(), errorType) || !canHoldResource(p.Type()) {
				continue // an error beside the value says nothing of it
			}
			o := &origins{seen: map[ssa.Value]bool{}, params: map[*ssa.Parameter]bool{}}
			c.origin(o, p)
			if len(o.fresh) > 0 {
				return true
			}
		}
	}
	return false
}

// keptBySender reports whether the sender also keeps v: stores it, but
// into the new composite it sends, or puts it in a map (a registry that
// closes it later).
func keptBySender(v ssa.Value) bool {
	for _, r := range usesOf(v) {
		switch r := r.(type) {
		case *ssa.MapUpdate:
			if r.Key == v || r.Value == v {
				return true
			}
		case *ssa.Store:
			if r.Val != v {
				continue
			}
			if fa, ok := r.Addr.(*ssa.FieldAddr); ok {
				if _, local := fa.X.(*ssa.Alloc); local {
					continue // result{c, err}, the value sent
				}
			}
			return true
		}
	}
	return false
}

// receivedFrom returns the channel that v is received from, or nil.
func receivedFrom(v ssa.Value) ssa.Value {
	switch v := v.(type) {
	case *ssa.UnOp:
		if v.Op == token.ARROW {
			return v.X
		}
	case *ssa.Extract:
		sel, ok := v.Tuple.(*ssa.Select)
		if !ok || v.Index < 2 {
			return nil
		}
		k := v.Index - 2 // the select gives the values of its receiving cases in order
		for _, st := range sel.States {
			if st.Dir != types.RecvOnly {
				continue
			}
			if k == 0 {
				return st.Chan
			}
			k--
		}
	}
	return nil
}

// ownChannelSends returns the values sent into ch, a channel that the
// function made (held in a local variable that one store sets, where
// closures capture it), which it gives to no one but the closures and
// goroutines it makes, which only send into it, receive from it or close
// it. It reports false where the channel may be sent into by code it
// cannot see.
func ownChannelSends(ch ssa.Value) ([]ssa.Value, bool) {
	if ch == nil {
		return nil, false
	}
	var uses []ssa.Value // the channel's values: made, loaded from its variable
	var cell *ssa.Alloc
	if load, ok := ch.(*ssa.UnOp); ok && load.Op == token.MUL {
		cell, ok = load.X.(*ssa.Alloc)
		if !ok {
			return nil, false
		}
		made, ok := storedOnce(cell).(*ssa.MakeChan)
		if !ok {
			return nil, false
		}
		uses = append(uses, made)
		for _, r := range usesOf(cell) {
			switch r := r.(type) {
			case *ssa.Store, *ssa.DebugRef:
			case *ssa.UnOp:
				if r.Op != token.MUL {
					return nil, false
				}
				uses = append(uses, r)
			case *ssa.MakeClosure:
				fn := r.Fn.(*ssa.Function)
				for i, b := range r.Bindings {
					if b != ssa.Value(cell) || i >= len(fn.FreeVars) {
						continue
					}
					for _, u := range usesOf(fn.FreeVars[i]) {
						load, ok := u.(*ssa.UnOp)
						if !ok || load.Op != token.MUL {
							return nil, false
						}
						uses = append(uses, load)
					}
				}
			default:
				return nil, false
			}
		}
	} else if made, ok := ch.(*ssa.MakeChan); ok {
		uses = append(uses, made)
	} else {
		return nil, false
	}
	var sends []ssa.Value
	for _, u := range uses {
		for _, r := range usesOf(u) {
			switch r := r.(type) {
			case *ssa.Send:
				if r.Chan == u {
					sends = append(sends, r.X)
				}
			case *ssa.Select:
				for _, st := range r.States {
					if st.Chan == u && st.Dir == types.SendOnly {
						sends = append(sends, st.Send)
					}
				}
			case *ssa.UnOp, *ssa.DebugRef, *ssa.Store:
				if st, ok := r.(*ssa.Store); ok && st.Val == u && (cell == nil || st.Addr != ssa.Value(cell)) {
					return nil, false // kept where others may send
				}
			case *ssa.MakeClosure:
				return nil, false // captured anew: not followed
			case *ssa.Call:
				if b, ok := r.Call.Value.(*ssa.Builtin); !ok || (b.Name() != "close" && b.Name() != "len" && b.Name() != "cap") {
					return nil, false
				}
			default:
				return nil, false
			}
		}
	}
	return sends, len(sends) > 0
}

// storedField returns the value that x, a struct value loaded from a new
// composite of its function (result{resp, err}), holds at field field,
// when one store sets it, or nil.
func storedField(x ssa.Value, field int) ssa.Value {
	load, ok := x.(*ssa.UnOp)
	if !ok || load.Op != token.MUL {
		return nil
	}
	alloc, ok := load.X.(*ssa.Alloc)
	if !ok {
		return nil
	}
	var val ssa.Value
	for _, r := range usesOf(alloc) {
		fa, ok := r.(*ssa.FieldAddr)
		if !ok || fa.Field != field {
			continue
		}
		for _, u := range usesOf(fa) {
			if st, ok := u.(*ssa.Store); ok && st.Addr == ssa.Value(fa) {
				if val != nil {
					return nil
				}
				val = st.Val
			}
		}
	}
	return val
}
