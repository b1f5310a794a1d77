package analyzer

import (
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ssa"
)

// This file follows a resource through the function that releases it:
// conn, cleanup, err := open() returns, beside the connection, a closure
// that closes it. Calling cleanup, now or deferred, releases conn, and
// dropping cleanup and conn both leaks it.

// releaserResults works out, for each result j of fn that is a function,
// the result i that it releases when called (see releasesResult); the
// slice holds i+1 at j, or is nil when no result is such a function.
func (c *checker) releaserResults(fn *ssa.Function) []int {
	isFunc := func(t types.Type) bool {
		_, ok := t.Underlying().(*types.Signature)
		return ok
	}
	return c.resultPairs(fn, isFunc, func(j, i int) bool { return c.releasesResult(fn, j, i) })
}

// resultPairs returns, for each result j of fn whose type is accepts, the
// first other result i, of a resource type, for which pair(j, i) holds;
// the slice holds i+1 at j, or is nil when there is none.
func (c *checker) resultPairs(fn *ssa.Function, is func(types.Type) bool, pair func(j, i int) bool) []int {
	results := fn.Signature.Results()
	var out []int
	for j := 0; j < results.Len(); j++ {
		if !is(results.At(j).Type()) {
			continue
		}
		for i := 0; i < results.Len(); i++ {
			if i == j || c.kindOf(results.At(i).Type()) == notResource {
				continue
			}
			if pair(j, i) {
				if out == nil {
					out = make([]int, results.Len())
				}
				out[j] = i + 1
				break
			}
		}
	}
	return out
}

// releasesResult reports whether result j of fn releases result i: on
// every return where result i is not nil, result j is a closure (or one
// of several, merged) that captures what result i is and closes or hands
// it off on every path, and some return is one of them.
//
// Where result i is not the caller's (a connection that fn keeps in a
// field, returned with a closer that does nothing), result j may be
// anything. Where both come from one call whose summary says that its
// result j' releases its result i', they are that call's results (a
// wrapper that locks around the call), as they are when a function with
// a defer stores them into its result slots.
func (c *checker) releasesResult(fn *ssa.Function, j, i int) bool {
	some := false
	for _, b := range fn.Blocks {
		ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !ok || len(ret.Results) <= max(i, j) || isNil(ret.Results[i]) {
			continue
		}
		res, rel := ret.Results[i], ret.Results[j]
		if c.releasedByCallee(slotValue(res), slotValue(rel)) {
			some = true
			continue
		}
		if o := c.valueOrigins(res); len(o.fresh) == 0 && o.borrowed && len(o.params) == 0 {
			continue // not the caller's to release
		}
		closures, ok := closuresOf(rel)
		if !ok {
			return false
		}
		for _, mc := range closures {
			if !c.closureSettlesValue(mc, unconvert(res)) {
				return false
			}
		}
		some = true
	}
	return some
}

// slotValue returns what the result slot that v is loaded from holds,
// when one value is stored there, or else v.
func slotValue(v ssa.Value) ssa.Value {
	if load, ok := v.(*ssa.UnOp); ok && load.Op == token.MUL && isLocalCell(load.X) {
		if stored := storedOnce(load.X); stored != nil {
			return stored
		}
	}
	return v
}

// releasedByCallee reports whether res and rel are results of one call
// whose callee's summary says that rel releases res.
func (c *checker) releasedByCallee(res, rel ssa.Value) bool {
	re, ok1 := unconvert(res).(*ssa.Extract)
	ce, ok2 := rel.(*ssa.Extract)
	if !ok1 || !ok2 || re.Tuple != ce.Tuple {
		return false
	}
	_, rels := c.calleeReleasers(re)
	return ce.Index < len(rels) && rels[ce.Index] == re.Index+1
}

// calleeReleasers returns the call that e is a result of, and what its
// static callee's summary says its results release (see releaserResults),
// or nil.
func (c *checker) calleeReleasers(e *ssa.Extract) (*ssa.Call, []int) {
	call, ok := e.Tuple.(*ssa.Call)
	if !ok {
		return nil, nil
	}
	fn := call.Call.StaticCallee()
	if fn == nil {
		if rels := c.guessedReleasers(call.Call.Signature()); rels != nil {
			return call, rels
		}
		return nil, nil
	}
	return call, c.summaryOf(fn).releasers
}

// guessedReleasers is releaserResults for a call of code the analysis
// cannot read (a function value, an interface method): a result that is
// a function of no parameters, returning nothing or an error, beside
// exactly one resource and such function, as tx, cleanup, err :=
// r.txSource(ctx) gives them, is the resource's release.
func (c *checker) guessedReleasers(sig *types.Signature) []int {
	results := sig.Results()
	res, rel := -1, -1
	for i := 0; i < results.Len(); i++ {
		t := results.At(i).Type()
		if f, ok := t.Underlying().(*types.Signature); ok {
			if rel >= 0 || !releaserShaped(f) {
				return nil
			}
			rel = i
		} else if c.kindOf(t) != notResource {
			if res >= 0 {
				return nil
			}
			res = i
		}
	}
	if res < 0 || rel < 0 {
		return nil
	}
	out := make([]int, results.Len())
	out[rel] = res + 1
	return out
}

// valueOrigins returns where v comes from (see origin).
func (c *checker) valueOrigins(v ssa.Value) *origins {
	o := &origins{seen: map[ssa.Value]bool{}, params: map[*ssa.Parameter]bool{}}
	c.origin(o, v)
	return o
}

// closuresOf returns the closures that the function value v is, through
// φ-nodes, and whether v is nothing else.
func closuresOf(v ssa.Value) ([]*ssa.MakeClosure, bool) {
	var out []*ssa.MakeClosure
	seen := map[ssa.Value]bool{}
	work := []ssa.Value{v}
	for len(work) > 0 {
		v := work[len(work)-1]
		work = work[:len(work)-1]
		if seen[v] {
			continue
		}
		seen[v] = true
		switch v := v.(type) {
		case *ssa.MakeClosure:
			out = append(out, v)
		case *ssa.Phi:
			work = append(work, v.Edges...)
		case *ssa.ChangeType:
			work = append(work, v.X)
		default:
			return nil, false
		}
	}
	return out, len(out) > 0
}

// closureSettlesValue reports whether the closure mc captures res (or the
// variable that res is loaded from) and closes or hands it off, other
// than by returning it, on every path through its body: f.Close as a
// method value, or func() error { return conn.Close() }.
func (c *checker) closureSettlesValue(mc *ssa.MakeClosure, res ssa.Value) bool {
	fn, ok := mc.Fn.(*ssa.Function)
	if !ok {
		return false
	}
	for k, b := range mc.Bindings {
		isCell := false
		switch {
		case b == res:
		case isLoadOf(res, b):
			isCell = true
		default:
			continue
		}
		if k >= len(fn.FreeVars) {
			return false
		}
		fv := fn.FreeVars[k]
		fl := c.trace(fv, c.kindOf(res.Type()), isCell && fn.Synthetic == "")
		// Returning the resource from the closure gives it back to
		// whoever calls it, and releases nothing.
		out := *fl
		out.events = map[ssa.Instruction]event{}
		for instr, e := range fl.events {
			if _, isReturn := instr.(*ssa.Return); !isReturn {
				out.events[instr] = e
			}
		}
		if len(out.events) == 0 {
			return false
		}
		fc := &funcChecker{checker: c, fn: fn, noReturn: c.noReturnCalls(fn)}
		return len(fc.search(&acquisition{value: fv, kind: fl.kind}, &out)) == 0
	}
	return false
}

// isLoadOf reports whether v is loaded from the variable cell.
func isLoadOf(v, cell ssa.Value) bool {
	load, ok := v.(*ssa.UnOp)
	return ok && load.Op == token.MUL && load.X == cell
}

// releaserHandles returns the function values that release the resource
// seed, a result of a call, when called: the results that the callee's
// summary says release it.
func (c *checker) releaserHandles(seed ssa.Value) []ssa.Value {
	e, ok := seed.(*ssa.Extract)
	if !ok {
		return nil
	}
	call, releasers := c.calleeReleasers(e)
	var handles []ssa.Value
	for j, i := range releasers {
		if i == e.Index+1 {
			handles = append(handles, resultValues(call, j)...)
		}
	}
	return handles
}

// hasReleaser reports whether the callee of call returns a function that
// releases one of its other results (see releaserResults).
func (c *checker) hasReleaser(call *ssa.Call) bool {
	fn := call.Call.StaticCallee()
	return fn != nil && len(c.summaryOf(fn).releasers) > 0
}

// releaserShaped reports whether a function of signature sig may be the
// release of a resource: no parameters, and no result but an error.
func releaserShaped(sig *types.Signature) bool {
	return sig.Params().Len() == 0 && (sig.Results().Len() == 0 || (sig.Results().Len() == 1 && types.Identical(sig.Results().At(0).Type(), errorType)))
}

// callsOnEveryPath reports whether fn calls its parameter p, a function
// shaped as a release (see releaserShaped),
// on every path that returns: directly, deferred, or by giving it to a
// function of the package that does.
func (c *checker) callsOnEveryPath(fn *ssa.Function, p *ssa.Parameter) bool {
	if sig, ok := p.Type().Underlying().(*types.Signature); !ok || !releaserShaped(sig) || len(fn.Blocks) == 0 {
		return false
	}
	calls := map[*ssa.BasicBlock]bool{}
	for _, r := range usesOf(p) {
		ci, ok := r.(ssa.CallInstruction)
		if !ok {
			continue
		}
		common := ci.Common()
		called := common.Value == ssa.Value(p)
		if callee := common.StaticCallee(); !called && callee != nil && callee.Pkg == fn.Pkg && callee != fn {
			for i, a := range common.Args {
				if a == ssa.Value(p) && i < len(callee.Params) && !c.inProgress(callee) && c.summaryOf(callee).release(i) {
					called = true
				}
			}
		}
		if !called {
			continue
		}
		switch ci.(type) {
		case *ssa.Defer, *ssa.Call:
			calls[ci.Block()] = true
		}
	}
	if len(calls) == 0 {
		return false
	}
	// No path from the entry reaches a return without passing a call (a
	// defer counts from its block on, for the returns after it).
	return !returnAvoiding([]*ssa.BasicBlock{fn.Blocks[0]}, calls)
}

// returnAvoiding reports whether a path from one of the blocks from reaches
// a return without entering a block in stops.
func returnAvoiding(from []*ssa.BasicBlock, stops map[*ssa.BasicBlock]bool) bool {
	seen := map[*ssa.BasicBlock]bool{}
	work := slices.Clone(from)
	for len(work) > 0 {
		b := work[len(work)-1]
		work = work[:len(work)-1]
		if seen[b] || stops[b] {
			continue
		}
		seen[b] = true
		if _, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok {
			return true
		}
		work = append(work, b.Succs...)
	}
	return false
}
