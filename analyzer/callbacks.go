package analyzer

import (
	"fmt"
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// This file follows a result through a function that returns what a call
// of its function parameter returned, and a result that a function
// releases where one of its parameters is not nil:
//
//	func (d *Doer) do(req *http.Request, response any) (*http.Response, error) {
//		resp, err := d.client.Do(req)
//		...
//		if response != nil {
//			defer resp.Body.Close()
//			... json.Unmarshal(raw, response)
//		}
//		return resp, nil
//	}
//
//	func (c *Core) post(ctx context.Context, uri string, response any) (*http.Response, error) {
//		op := func() (*http.Response, error) { return c.doer.do(req(ctx, uri), response) }
//		return backoff.Retry(ctx, op)
//	}
//
//	_, err := c.post(ctx, uri, &account)
//
// The response is the caller's only where it passes a nil target: do
// borrows its result if its parameter response is not nil (nilBorrowed),
// the closure if the variable it captures is not, Retry gives back what
// its operation gives (callbackResults), and so post borrows its result
// if response is not nil, which &account never is.

// maxNilTries bounds how many parameters and captured variables a
// function is worked out under the assumption that they are not nil.
const maxNilTries = 4

// callbackResults returns "rJ=pK.rM" for each result J of fn that is, on
// every return, result M of a call of fn's parameter K, a function, or a
// constant (nil, the zero value): Retry(ctx, operation) returns what its
// last call of operation returned.
func callbackResults(fn *ssa.Function) []string {
	var out []string
	for j := range fn.Signature.Results().Len() {
		if keepsMadeValues(fn, j) {
			continue // what the callback made, fn keeps too: not the caller's alone
		}
		if k, m := sameCallbackResult(fn, returned(fn, j), 0); k >= 0 {
			out = append(out, fmt.Sprintf("r%d=p%d.r%d", j, k, m))
		} else if k, m := parametricResult(fn, j); k >= 0 {
			out = append(out, fmt.Sprintf("r%d=p%d.r%d", j, k, m))
		}
	}
	return out
}

// parametricResult returns the parameter k of fn, an instance of a generic
// function, and the result m of its calls, that result j of fn must come
// from: in the generic function, result j is of a type parameter V, and
// the one parameter whose type mentions V is a function that returns a V
// as its result m. The generic code has no other way to make a V: it
// returns what that function gave, now or, kept in the receiver, to an
// earlier call (a group that runs a function once for the callers that ask
// at the same time: Do(key K, fn func() (V, error)) (V, error, bool)). Or
// -1 where it may have one otherwise: a type assertion to a type that
// mentions a type parameter (x.(V)) in the function, its closures or the
// functions of the package they call; a method of the receiver's type, or
// a function of the package that makes one, that takes a V (Put(v V)).
func parametricResult(fn *ssa.Function, j int) (k, m int) {
	origin := fn
	if fn.Origin() != nil {
		origin = fn.Origin()
	}
	if origin.TypeParams().Len() == 0 || len(origin.Params) != len(fn.Params) {
		return -1, 0
	}
	v, ok := types.Unalias(origin.Signature.Results().At(j).Type()).(*types.TypeParam)
	if !ok {
		return -1, 0
	}
	k, m = -1, 0
	for i, p := range origin.Params {
		if i == 0 && origin.Signature.Recv() != nil || !mentions(p.Type(), v) {
			continue
		}
		r := callbackOf(p.Type(), v)
		if r < 0 || k >= 0 {
			return -1, 0
		}
		k, m = i, r
	}
	if k < 0 || assertsTypeParam(origin) || receiverTakes(origin, v) {
		return -1, 0
	}
	return k, m
}

// callbackOf returns the result of the function type t that is v, when t
// is a function that returns one v and mentions v nowhere else, or -1.
func callbackOf(t types.Type, v *types.TypeParam) int {
	sig, ok := types.Unalias(t).Underlying().(*types.Signature)
	if !ok || mentions(sig.Params(), v) {
		return -1
	}
	found := -1
	for r := range sig.Results().Len() {
		rt := types.Unalias(sig.Results().At(r).Type())
		if rt == types.Type(v) && found < 0 {
			found = r
		} else if mentions(rt, v) {
			return -1
		}
	}
	return found
}

// assertsTypeParam reports whether fn, its closures, or the functions of
// its package that they call (two calls deep) assert a value to a type
// that mentions a type parameter.
func assertsTypeParam(fn *ssa.Function) bool {
	seen := map[*ssa.Function]bool{}
	var visit func(f *ssa.Function, depth int) bool
	visit = func(f *ssa.Function, depth int) bool {
		if f == nil || seen[f] || depth > 2 {
			return false
		}
		seen[f] = true
		if f.Origin() != nil {
			f = f.Origin()
		}
		for _, b := range f.Blocks {
			for _, instr := range b.Instrs {
				switch x := instr.(type) {
				case *ssa.TypeAssert:
					if mentions(x.AssertedType, nil) {
						return true
					}
				case ssa.CallInstruction:
					if callee := x.Common().StaticCallee(); callee != nil && callee.Pkg == fn.Pkg && visit(callee, depth+1) {
						return true
					}
				}
			}
		}
		for _, anon := range f.AnonFuncs {
			if visit(anon, depth) {
				return true
			}
		}
		return false
	}
	return visit(fn, 0)
}

// receiverTakes reports whether fn is a method of a generic type, v one
// of the type's parameters, and some method of the type, or some function
// of the package that returns one, takes a value that mentions it other
// than a function that returns one (Put(v V), NewLast(v V) *Last[V]): the
// receiver may then hold a V that no callback made.
func receiverTakes(fn *ssa.Function, v *types.TypeParam) bool {
	recv := fn.Signature.Recv()
	if recv == nil {
		return false
	}
	idx := -1
	rtp := fn.Signature.RecvTypeParams()
	for i := range rtp.Len() {
		if rtp.At(i) == v {
			idx = i
		}
	}
	if idx < 0 {
		return false
	}
	t := types.Unalias(recv.Type())
	if p, ok := t.(*types.Pointer); ok {
		t = types.Unalias(p.Elem())
	}
	named, ok := t.(*types.Named)
	if !ok {
		return true
	}
	named = named.Origin()
	// A V given as such, in a container or behind a pointer; the
	// package's own generic records (doCall(c *call[V], ...)) hold only
	// what its code put there.
	takes := func(sig *types.Signature, tp *types.TypeParam) bool {
		for i := range sig.Params().Len() {
			pt := types.Unalias(sig.Params().At(i).Type())
			for range 4 {
				switch x := pt.(type) {
				case *types.Pointer:
					pt = types.Unalias(x.Elem())
					continue
				case *types.Slice:
					pt = types.Unalias(x.Elem())
					continue
				case *types.Array:
					pt = types.Unalias(x.Elem())
					continue
				case *types.Chan:
					pt = types.Unalias(x.Elem())
					continue
				case *types.Map:
					pt = types.Unalias(x.Elem())
					continue
				}
				break
			}
			if pt == types.Type(tp) {
				return true
			}
		}
		return false
	}
	for i := range named.NumMethods() {
		sig, ok := named.Method(i).Type().(*types.Signature)
		if !ok {
			continue
		}
		if sig.RecvTypeParams().Len() <= idx {
			return true
		}
		if takes(sig, sig.RecvTypeParams().At(idx)) {
			return true
		}
	}
	pkg := named.Obj().Pkg()
	if pkg == nil {
		return false
	}
	for _, name := range pkg.Scope().Names() {
		f, ok := pkg.Scope().Lookup(name).(*types.Func)
		if !ok {
			continue
		}
		sig := f.Signature()
		returnsNamed := false
		for i := range sig.Results().Len() {
			rt := types.Unalias(sig.Results().At(i).Type())
			if p, ok := rt.(*types.Pointer); ok {
				rt = types.Unalias(p.Elem())
			}
			if n, ok := rt.(*types.Named); ok && n.Origin() == named {
				returnsNamed = true
			}
		}
		if !returnsNamed {
			continue
		}
		for i := range sig.TypeParams().Len() {
			if takes(sig, sig.TypeParams().At(i)) {
				return true
			}
		}
	}
	return false
}

// mentions reports whether the type t mentions the type parameter v, or
// any type parameter where v is nil.
func mentions(t types.Type, v *types.TypeParam) bool {
	found := false
	var walk func(t types.Type, depth int)
	walk = func(t types.Type, depth int) {
		if found || depth > 8 || t == nil {
			return
		}
		switch t := types.Unalias(t).(type) {
		case *types.TypeParam:
			// Also through a constraint: D Dialer[V] gives a V.
			found = v == nil || t == v
			if iface, ok := t.Constraint().Underlying().(*types.Interface); ok && !found {
				for m := range iface.Methods() {
					walk(m.Type(), depth+1)
				}
				for e := range iface.EmbeddedTypes() {
					if u, ok := e.(*types.Union); ok {
						for term := range u.Terms() {
							walk(term.Type(), depth+1)
						}
					}
				}
			}
		case *types.Pointer:
			walk(t.Elem(), depth+1)
		case *types.Slice:
			walk(t.Elem(), depth+1)
		case *types.Array:
			walk(t.Elem(), depth+1)
		case *types.Chan:
			walk(t.Elem(), depth+1)
		case *types.Map:
			walk(t.Key(), depth+1)
			walk(t.Elem(), depth+1)
		case *types.Tuple:
			for i := range t.Len() {
				walk(t.At(i).Type(), depth+1)
			}
		case *types.Signature:
			walk(t.Params(), depth+1)
			walk(t.Results(), depth+1)
		case *types.Named:
			for a := range t.TypeArgs().Types() {
				walk(a, depth+1)
			}
			if t.TypeArgs().Len() == 0 {
				walk(t.Underlying(), depth+1)
			}
		case *types.Struct:
			for f := range t.Fields() {
				walk(f.Type(), depth+1)
			}
		case *types.Interface:
			// Its methods may give a V; a V asserted out of it is
			// seen where it is asserted (see assertsTypeParam).
			for m := range t.Methods() {
				walk(m.Type(), depth+1)
			}
		}
	}
	walk(t, 0)
	return found
}

// callbackResult returns the parameter of fn whose call gave v and the
// index of the result v is, -2 for a constant, or -1.
func callbackResult(fn *ssa.Function, v ssa.Value, depth int) (int, int) {
	switch x := v.(type) {
	case *ssa.Const:
		return -2, 0
	case *ssa.Extract:
		if call, ok := x.Tuple.(*ssa.Call); ok && !call.Call.IsInvoke() {
			if p, ok := call.Call.Value.(*ssa.Parameter); ok {
				return slices.Index(fn.Params, p), x.Index
			}
		}
	case *ssa.Call:
		if p, ok := x.Call.Value.(*ssa.Parameter); ok && !x.Call.IsInvoke() {
			return slices.Index(fn.Params, p), 0
		}
	case *ssa.UnOp:
		// A function with a defer returns what its result variable
		// holds: what the stores into it give, or the zero value.
		alloc, ok := x.X.(*ssa.Alloc)
		if x.Op != token.MUL || !ok || depth > 4 {
			return -1, 0
		}
		var stored []ssa.Value
		for _, r := range usesOf(alloc) {
			switch r := r.(type) {
			case *ssa.Store:
				if r.Addr != ssa.Value(alloc) {
					return -1, 0
				}
				if load, ok := r.Val.(*ssa.UnOp); ok && load.Op == token.MUL && load.X == ssa.Value(alloc) {
					continue // return res, err with named results: res = res
				}
				stored = append(stored, r.Val)
			case *ssa.UnOp:
				if r.Op != token.MUL {
					return -1, 0
				}
			case *ssa.DebugRef:
			default:
				return -1, 0
			}
		}
		return sameCallbackResult(fn, stored, depth)
	case *ssa.Phi:
		if depth > 4 {
			return -1, 0
		}
		return sameCallbackResult(fn, x.Edges, depth)
	}
	return -1, 0
}

// sameCallbackResult returns what callbackResult gives for each of vs
// where they all agree, constants aside, or -1.
func sameCallbackResult(fn *ssa.Function, vs []ssa.Value, depth int) (int, int) {
	k, m := -2, 0
	for _, v := range vs {
		ke, me := callbackResult(fn, v, depth+1)
		switch {
		case ke == -2:
		case ke < 0 || (k >= 0 && (ke != k || me != m)):
			return -1, 0
		default:
			k, m = ke, me
		}
	}
	return k, m
}

// callbackBorrowed returns, as bits, the results of a call that its
// callee gives back from a call of the function the caller passes
// (see callbackResults) and that this function borrows: a closure whose
// summary borrows that result, or borrows it where a variable it captures
// is not nil, as the caller's binding of it is not.
func (c *checker) callbackBorrowed(call *ssa.CallCommon, sum *summary) uint64 {
	var bits uint64
	for _, f := range sum.resultOf {
		var j, k, m int
		if n, err := fmt.Sscanf(f, "r%d=p%d.r%d", &j, &k, &m); n != 3 || err != nil || j >= 64 || m >= 64 || k >= len(call.Args) {
			continue
		}
		var fn *ssa.Function
		var mc *ssa.MakeClosure
		switch x := unconvert(call.Args[k]).(type) {
		case *ssa.Function:
			fn = x
		case *ssa.MakeClosure:
			fn, _ = x.Fn.(*ssa.Function)
			mc = x
		}
		if fn == nil {
			continue
		}
		cs := c.summaryOf(fn)
		if cs.borrowed&(1<<m) != 0 || c.condBorrowed(cs, nil, mc)&(1<<m) != 0 {
			bits |= 1 << j
		}
	}
	return bits
}

// condBorrowed returns, as bits, the results that sum borrows where a
// parameter or a captured variable is not nil (see nilBorrowed), and the
// call gives it args, or the closure mc made captures variables, that are
// not.
func (c *checker) condBorrowed(sum *summary, args []ssa.Value, mc *ssa.MakeClosure) uint64 {
	var bindings []ssa.Value
	if mc != nil {
		bindings = mc.Bindings
	}
	var bits uint64
	for _, f := range sum.borrowedIf {
		r, cond, _ := strings.Cut(f, ":")
		v, ok := strings.CutSuffix(cond, "!=nil")
		i, err := strconv.Atoi(strings.TrimPrefix(r, "r"))
		if !ok || err != nil || i >= 64 || len(v) < 2 {
			continue
		}
		k, err := strconv.Atoi(strings.TrimLeft(v, "*pf"))
		if err != nil {
			continue
		}
		switch {
		case v[0] == 'p' && k < len(args) && c.provablyNonNil(args[k], 0),
			v[0] == 'f' && k < len(bindings) && c.provablyNonNil(bindings[k], 0),
			v[0] == '*' && k < len(bindings) && c.capturedNonNil(bindings[k], mc):
			bits |= 1 << i
		}
	}
	return bits
}

// provablyNonNil reports whether v is never nil: the address of a
// variable, a field or an element, a function, a new map or channel, an
// interface made from a concrete value, or a value that the summary being
// worked out assumes is not nil.
func (c *checker) provablyNonNil(v ssa.Value, depth int) bool {
	if c.nonNil[v] {
		return true
	}
	switch x := v.(type) {
	case *ssa.Alloc, *ssa.FieldAddr, *ssa.IndexAddr, *ssa.Function, *ssa.MakeClosure, *ssa.MakeMap, *ssa.MakeChan, *ssa.MakeSlice, *ssa.MakeInterface:
		return true
	case *ssa.ChangeType:
		return c.provablyNonNil(x.X, depth)
	case *ssa.ChangeInterface:
		return c.provablyNonNil(x.X, depth)
	case *ssa.Phi:
		if depth > 4 {
			return false
		}
		for _, e := range x.Edges {
			if !c.provablyNonNil(e, depth+1) {
				return false
			}
		}
		return len(x.Edges) > 0
	}
	return false
}

// nilBorrowed returns "rI:pJ!=nil" when result i of fn, with origins o,
// is not the caller's wherever parameter J is not nil: each conditional
// jump on it being nil takes the branch that rules out nil, a call given
// it meets its callee's condition (see condBorrowed), and the search
// works out whether fn releases or keeps the result before it returns
// it. A closure's condition is on a variable it captures: "rI:*fJ!=nil"
// where what free variable J points to (the variable captured) is not
// nil, "rI:fJ!=nil" where the free variable itself is not.
func (c *checker) nilBorrowed(fn *ssa.Function, o *origins, i int) string {
	if (len(o.fresh) == 0 && !returnsClosureStored(fn, i)) || c.assumed != nil || c.nonNil != nil {
		return ""
	}
	type candidate struct {
		name string
		vals []ssa.Value // what the condition speaks of, where fn reads it
	}
	var cands []candidate
	for k, p := range fn.Params {
		if nilable(p.Type()) {
			cands = append(cands, candidate{fmt.Sprintf("p%d", k), append([]ssa.Value{p}, spilledParamLoads(p)...)})
		}
	}
	for k, fv := range fn.FreeVars {
		if nilable(fv.Type()) {
			if loads, ok := capturedLoads(fv); ok {
				cands = append(cands, candidate{fmt.Sprintf("*f%d", k), loads})
				continue
			}
			cands = append(cands, candidate{fmt.Sprintf("f%d", k), []ssa.Value{fv}})
		}
	}
	tries := 0
	for _, cand := range cands {
		jumps, used := map[*ssa.If]int{}, false
		nonNil := map[ssa.Value]bool{}
		for _, v := range cand.vals {
			u := nilJumps(v, jumps)
			used = used || u
			nonNil[v] = true
		}
		if len(jumps) == 0 && !used {
			continue
		}
		if tries++; tries > maxNilTries {
			break
		}
		c.assumed, c.nonNil = jumps, nonNil
		o2 := c.resultOrigins(fn, i)
		borrowed := false
		if len(o2.views) == 0 {
			borrowed, _ = c.resultBorrowed(fn, o2, i)
		}
		c.assumed, c.nonNil = nil, nil
		if borrowed {
			return fmt.Sprintf("r%d:%s!=nil", i, cand.name)
		}
	}
	return ""
}

// returnsClosureStored reports whether fn returns as result i a variable
// that a closure it makes stores into (resp, err = a.signedPost(...) in
// a retry's operation), whose origins the closure decides.
func returnsClosureStored(fn *ssa.Function, i int) bool {
	for _, v := range returned(fn, i) {
		load, ok := v.(*ssa.UnOp)
		if !ok || load.Op != token.MUL || !isLocalCell(load.X) {
			continue
		}
		for _, r := range usesOf(load.X) {
			mc, ok := r.(*ssa.MakeClosure)
			if !ok {
				continue
			}
			k := slices.Index(mc.Bindings, load.X)
			fv := mc.Fn.(*ssa.Function).FreeVars[k]
			if slices.ContainsFunc(usesOf(fv), func(u ssa.Instruction) bool { st, ok := u.(*ssa.Store); return ok && st.Addr == ssa.Value(fv) }) {
				return true
			}
		}
	}
	return false
}

// spilledParamLoads returns the loads of the variable that the parameter
// p is spilled into, where a closure captures it (response in a retry's
// operation := func() error { resp, err = a.signedPost(uri, response) }),
// in the function and in the closures that capture it, when the
// variable holds p alone: stored once, with p, and only loaded.
func spilledParamLoads(p *ssa.Parameter) []ssa.Value {
	var cell *ssa.Alloc
	for _, r := range usesOf(p) {
		if st, ok := r.(*ssa.Store); ok && st.Val == ssa.Value(p) {
			if a, ok := st.Addr.(*ssa.Alloc); ok && cell == nil {
				cell = a
			}
		}
	}
	if cell == nil {
		return nil
	}
	var loads []ssa.Value
	for _, r := range usesOf(cell) {
		switch r := r.(type) {
		case *ssa.Store:
			if r.Val != ssa.Value(p) || r.Addr != ssa.Value(cell) {
				return nil
			}
		case *ssa.UnOp:
			if r.Op != token.MUL {
				return nil
			}
			loads = append(loads, r)
		case *ssa.MakeClosure:
			for j, b := range r.Bindings {
				if b != ssa.Value(cell) {
					continue
				}
				fv := r.Fn.(*ssa.Function).FreeVars[j]
				inner, ok := capturedLoads(fv)
				if !ok {
					return nil
				}
				loads = append(loads, inner...)
			}
		case *ssa.DebugRef:
		default:
			return nil
		}
	}
	return loads
}

// capturedLoads returns the loads of fv, a free variable that holds the
// address of a variable the closure captures, when the closure only
// loads it and the variable may be nil.
func capturedLoads(fv *ssa.FreeVar) ([]ssa.Value, bool) {
	ptr, ok := fv.Type().Underlying().(*types.Pointer)
	if !ok || !nilable(ptr.Elem()) {
		return nil, false
	}
	var loads []ssa.Value
	for _, r := range usesOf(fv) {
		switch r := r.(type) {
		case *ssa.UnOp:
			if r.Op != token.MUL {
				return nil, false
			}
			loads = append(loads, r)
		case *ssa.DebugRef:
		default:
			return nil, false
		}
	}
	return loads, true
}

// capturedNonNil reports whether v, the address of a variable that the
// closure made by mc captures, is never nil while the closure may run:
// a store of a value that is not nil runs before mc on every path, every
// store into it stores one, its address goes nowhere else, and no closure
// that captures it stores into it.
func (c *checker) capturedNonNil(v ssa.Value, mc *ssa.MakeClosure) bool {
	if _, ok := v.(*ssa.Alloc); !ok || mc == nil {
		return false
	}
	stores, ok := cellStores(v)
	first := false
	for _, st := range stores {
		if !c.provablyNonNil(st.Val, 0) {
			return false
		}
		first = first || before(st, mc)
	}
	return ok && first
}

// cellStores returns the stores into the local variable cell, and
// whether its address goes only to them, to loads and to closures that
// only read it: then they are all that sets it.
func cellStores(cell ssa.Value) ([]*ssa.Store, bool) {
	var stores []*ssa.Store
	for _, r := range usesOf(cell) {
		switch r := r.(type) {
		case *ssa.Store:
			if r.Addr != cell {
				return nil, false
			}
			stores = append(stores, r)
		case *ssa.MakeClosure:
			fn, _ := r.Fn.(*ssa.Function)
			k := slices.Index(r.Bindings, cell)
			if fn == nil || k < 0 || k >= len(fn.FreeVars) || !onlyRead(fn.FreeVars[k]) {
				return nil, false
			}
		case *ssa.UnOp, *ssa.DebugRef:
		default:
			return nil, false
		}
	}
	return stores, true
}

// nilable reports whether a value of type t may be nil.
func nilable(t types.Type) bool {
	switch t.Underlying().(type) {
	case *types.Pointer, *types.Interface, *types.Map, *types.Chan, *types.Signature, *types.Slice:
		return true
	}
	return false
}

// nilJumps adds to jumps, for the conditional jumps of v's function on v
// being nil, the successor that v not being nil rules out, and reports
// whether a call is given v (or a closure captures it, or a variable
// that a closure may capture).
func nilJumps(v ssa.Value, jumps map[*ssa.If]int) bool {
	used := false
	for _, r := range usesOf(v) {
		switch r := r.(type) {
		case *ssa.BinOp:
			if r.Op != token.EQL && r.Op != token.NEQ {
				continue
			}
			other := r.Y
			if r.Y == v {
				other = r.X
			}
			if k, ok := other.(*ssa.Const); !ok || !k.IsNil() {
				continue
			}
			for _, u := range usesOf(r) {
				if t, ok := u.(*ssa.If); ok {
					// Successor 0 runs where the condition holds.
					if r.Op == token.NEQ {
						jumps[t] = 1
					} else {
						jumps[t] = 0
					}
				}
			}
		case ssa.CallInstruction, *ssa.MakeClosure:
			used = true
		case *ssa.Store:
			// Into a variable that a closure may capture.
			_, isVar := r.Addr.(*ssa.Alloc)
			used = used || (r.Val == v && isVar)
		}
	}
	return used
}

// stubbedGetter reports whether fn, a method, gives as result i what it
// holds (a field, an entry of a map it keeps) or what a function in a
// field of its receiver gives, called with the method's own parameters
// and of the method's own signature: a generated test double's
// DownTrack() { if stub := f.DownTrackStub; stub != nil { return stub()
// }; return f.downTrackReturns.result1 }. The stub stands for the method
// in a test; the getter it stubs borrows, and so does the double.
func (c *checker) stubbedGetter(fn *ssa.Function, i int) bool {
	if fn.Signature.Recv() == nil || len(fn.Params) == 0 || fn.Blocks == nil {
		return false
	}
	recv := fn.Params[0]
	stubs, held := 0, 0
	for _, v := range returned(fn, i) {
		v = unconvert(v)
		if k, ok := v.(*ssa.Const); ok && k.IsNil() {
			continue
		}
		if call, j := resultOf(v); call != nil && j == i && isStubOf(fn, recv, &call.Call) {
			stubs++
			continue
		}
		o := &origins{seen: map[ssa.Value]bool{}, params: map[*ssa.Parameter]bool{}}
		c.origin(o, v)
		if len(o.fresh) > 0 || o.guessOnly || len(o.params) > 0 || !o.borrowed {
			return false
		}
		f := heldField(v, recv)
		if f < 0 || storesField(fn, recv, f) {
			// A pool's Get that pops what it held hands it over:
			// p.idle = p.idle[:n-1]; return f.
			return false
		}
		held++
	}
	return stubs > 0 && held > 0
}

// heldField returns the field of recv that v is read out of (a field, an
// element or an entry of what a field holds, or a copy of either), or -1.
func heldField(v, recv ssa.Value) int {
	for range 8 {
		switch x := v.(type) {
		case *ssa.FieldAddr:
			if x.X == recv {
				return x.Field
			}
			v = x.X
		case *ssa.Field:
			v = x.X
		case *ssa.UnOp:
			v = x.X
		case *ssa.Index:
			v = x.X
		case *ssa.IndexAddr:
			v = x.X
		case *ssa.Lookup:
			v = x.X
		case *ssa.Extract:
			v = x.Tuple
		case *ssa.TypeAssert:
			v = x.X
		case *ssa.Alloc:
			// fakeReturns := fake.fileReturns: the copy's one store.
			var from ssa.Value
			for _, r := range usesOf(x) {
				if st, ok := r.(*ssa.Store); ok && st.Addr == ssa.Value(x) {
					if from != nil {
						return -1
					}
					from = st.Val
				}
			}
			if from == nil {
				return -1
			}
			v = from
		default:
			return -1
		}
	}
	return -1
}

// storesField reports whether fn stores into field f of recv.
func storesField(fn *ssa.Function, recv ssa.Value, f int) bool {
	for _, r := range usesOf(recv) {
		fa, ok := r.(*ssa.FieldAddr)
		if !ok || fa.Field != f {
			continue
		}
		for _, u := range usesOf(fa) {
			if st, ok := u.(*ssa.Store); ok && st.Addr == ssa.Value(fa) {
				return true
			}
		}
	}
	return false
}

// isStubOf reports whether call calls a function value loaded from a
// field of recv, the receiver of fn, of fn's own signature, with fn's
// parameters in order.
func isStubOf(fn *ssa.Function, recv ssa.Value, call *ssa.CallCommon) bool {
	if call.IsInvoke() || call.StaticCallee() != nil || !types.Identical(call.Signature(), withoutRecv(fn.Signature)) {
		return false
	}
	load, ok := call.Value.(*ssa.UnOp)
	if !ok || load.Op != token.MUL {
		return false
	}
	fa, ok := load.X.(*ssa.FieldAddr)
	if !ok || fa.X != recv || len(call.Args) != len(fn.Params)-1 {
		return false
	}
	for k, a := range call.Args {
		if a != ssa.Value(fn.Params[k+1]) {
			return false
		}
	}
	return true
}

// keepsMadeValues reports whether result j of fn, an instance of a
// generic method, is of a type parameter V of the generic code, which
// can make a V only by calling a function it is given, and that code (or
// a closure in it) stores a V it did not get as a parameter into memory
// its receiver reaches: a field of the receiver, a map in it, or a new
// struct that it puts there (a cache's GetOrCreate(key, create) stores
// what create made into an entry it has added to its map, keeps it for
// the next caller, and evicts and closes it itself). What it gives, it
// keeps. A method with a boolean parameter may keep it only where that
// says so, and counts as keeping nothing.
func keepsMadeValues(fn *ssa.Function, j int) bool {
	origin := fn
	if fn.Origin() != nil {
		origin = fn.Origin()
	}
	if origin.TypeParams().Len() == 0 && origin.Signature.RecvTypeParams().Len() == 0 {
		return false
	}
	if origin.Signature.Recv() == nil || len(origin.Params) == 0 || j >= origin.Signature.Results().Len() || slices.ContainsFunc(origin.Params, isBoolParam) {
		return false
	}
	v, ok := types.Unalias(origin.Signature.Results().At(j).Type()).(*types.TypeParam)
	if !ok {
		return false
	}
	isV := func(t types.Type) bool { return types.Identical(types.Unalias(t), v) }
	fns := []*ssa.Function{origin}
	for i := 0; i < len(fns) && i < 16; i++ {
		fns = append(fns, fns[i].AnonFuncs...)
	}
	bound := map[*ssa.FreeVar]ssa.Value{}
	for _, f := range fns {
		for _, b := range f.Blocks {
			for _, instr := range b.Instrs {
				if mc, ok := instr.(*ssa.MakeClosure); ok {
					for i, bv := range mc.Bindings {
						if cl := mc.Fn.(*ssa.Function); i < len(cl.FreeVars) {
							bound[cl.FreeVars[i]] = bv
						}
					}
				}
			}
		}
	}
	// resolve follows a captured variable to what the function that
	// made the closure stored in it once.
	outer := func(x ssa.Value) ssa.Value {
		for range 4 {
			fv, ok := x.(*ssa.FreeVar)
			if !ok || bound[fv] == nil {
				return x
			}
			x = bound[fv]
		}
		return x
	}
	resolve := func(x ssa.Value) ssa.Value {
		for range 6 {
			x = outer(x)
			if y, ok := x.(*ssa.UnOp); ok && y.Op == token.MUL {
				if cell, ok := outer(y.X).(*ssa.Alloc); ok && isLocalCell(cell) {
					if val := storedOnce(cell); val != nil {
						x = val
						continue
					}
					return cell // a variable set more than once stands for itself
				}
			}
			return x
		}
		return x
	}
	recv := ssa.Value(origin.Params[0])
	// owned reports whether x is the receiver or memory it reaches.
	owned := func(x ssa.Value) bool {
		for range 8 {
			x = resolve(x)
			if cell, ok := x.(*ssa.Alloc); ok && isLocalCell(cell) && storedOnce(cell) != nil {
				x = storedOnce(cell) // the receiver, spilled for a closure
			}
			if x == recv {
				return true
			}
			r := readRoot(x)
			if r == nil || r == x {
				return false
			}
			x = r
		}
		return false
	}
	// placed reports whether the new value x is put where the receiver
	// reaches it: stored into its memory, into a map in it, or given to
	// a method of something it holds (c.lru.Add(key, w)).
	placed := func(x ssa.Value) bool {
		if owned(x) {
			return true
		}
		for _, f := range fns {
			for _, b := range f.Blocks {
				for _, instr := range b.Instrs {
					switch instr := instr.(type) {
					case *ssa.MapUpdate:
						if resolve(instr.Value) == x && owned(instr.Map) {
							return true
						}
					case *ssa.Store:
						if resolve(instr.Val) == x && owned(instr.Addr) {
							return true
						}
					case *ssa.Call:
						common := instr.Common()
						if !slices.ContainsFunc(common.Args, func(a ssa.Value) bool { return resolve(a) == x }) {
							continue
						}
						if common.IsInvoke() && owned(common.Value) {
							return true
						}
						if callee := common.StaticCallee(); callee != nil && callee.Signature.Recv() != nil && len(common.Args) > 0 && owned(common.Args[0]) && resolve(common.Args[0]) != x {
							return true
						}
					}
				}
			}
		}
		return false
	}
	made := func(val ssa.Value) bool {
		val = resolve(val)
		_, param := val.(*ssa.Parameter)
		return isV(val.Type()) && !param && !isConst(val)
	}
	for _, f := range fns {
		for _, b := range f.Blocks {
			for _, instr := range b.Instrs {
				switch instr := instr.(type) {
				case *ssa.Store:
					if fa, ok := instr.Addr.(*ssa.FieldAddr); ok && made(instr.Val) && placed(resolve(fa.X)) {
						return true // e.value = v, e in the receiver's map
					}
				case *ssa.MapUpdate:
					if made(instr.Value) && owned(instr.Map) {
						return true // c.m[key] = v
					}
				}
			}
		}
	}
	return false
}

// isConst reports whether v is a constant (a zero value of a type
// parameter too).
func isConst(v ssa.Value) bool {
	_, ok := v.(*ssa.Const)
	return ok
}
