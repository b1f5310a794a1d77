package analyzer

import (
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// This file resolves calls of function values kept in unexported fields
// of the package's own struct types (a callbacks struct whose
// shardForChannel the package sets to closures): only the package can
// store into such a field, so the functions it stores there are all that
// the call can run. Other function values are unknown code.

// fieldFuncs returns the functions that the package stores into the
// unexported function-typed field that the callee value of call is loaded
// from, and whether those are all that the field can hold. A store of any
// other value (a parameter, a call's result, a copy from another variable)
// leaves the field unknown.
func (c *checker) fieldFuncs(call *ssa.CallCommon) ([]*ssa.Function, bool) {
	if call.IsInvoke() || call.StaticCallee() != nil {
		return nil, false
	}
	fv := fieldVar(call.Value)
	if fv == nil || fv.Exported() || fv.Pkg() != c.pass.Pkg {
		return nil, false
	}
	if c.fieldCallees == nil {
		c.fieldCallees = c.collectFuncFields()
	}
	fns, ok := c.fieldCallees[fv]
	return fns, ok && len(fns) > 0
}

// calleesOf returns the functions that call, a call of a function value,
// can run when the package alone decides them: the value is a field that
// fieldFuncs resolves or a parameter that paramFuncs resolves. A φ-node of
// the function's own closures is not resolved: a closure that returns
// Init(s) of its parameter borrows by its summary, though the function
// gives it a storage it made (go-git's PlainInit).
func (c *checker) calleesOf(call *ssa.CallCommon) ([]*ssa.Function, bool) {
	if call.IsInvoke() || call.StaticCallee() != nil {
		return nil, false
	}
	if fns, ok := c.fieldFuncs(call); ok {
		return fns, true
	}
	if fns, ok := c.paramFuncs(call); ok {
		return fns, true
	}
	return c.typeFuncs(call)
}

// seamFunc returns the function that call's callee value is loaded from an
// unexported package-level variable of the package that holds it: its
// initialization sets the variable to that function and nothing in the
// package assigns it again (var getConnection = transport.GetConnection,
// a seam that only tests change), or nil.
func (c *checker) seamFunc(call *ssa.CallCommon) *ssa.Function {
	load, ok := call.Value.(*ssa.UnOp)
	if !ok || load.Op != token.MUL {
		return nil
	}
	g, ok := load.X.(*ssa.Global)
	if !ok || g.Pkg != c.ssaPkg || g.Object().Exported() {
		return nil // another package may set an exported one
	}
	return c.initFunc(g)
}

// aliasSummary returns what a call whose callee value is loaded from a
// package-level variable of another package does, when that package
// recorded it (see globalSummary).
func (c *checker) aliasSummary(call *ssa.CallCommon) (*summary, bool) {
	if load, ok := call.Value.(*ssa.UnOp); ok && load.Op == token.MUL {
		if g, ok := load.X.(*ssa.Global); ok {
			return c.globalSummary(g, call.Signature())
		}
	}
	return nil, false
}

// typeFuncs returns the functions that a value of the callee's type can
// be, when that type is an unexported function type of the package that
// its exported API does not mention: every value of it is one that the
// package converted to it (type tlsConnSourceFn func(...); var src
// tlsConnSourceFn = func(...) {...}), so the functions and closures it
// converts are all the call can run. A conversion of anything else (a
// parameter, a call's result) leaves the type unknown.
func (c *checker) typeFuncs(call *ssa.CallCommon) ([]*ssa.Function, bool) {
	named, ok := types.Unalias(call.Value.Type()).(*types.Named)
	if !ok || named.Obj().Exported() || named.Obj().Pkg() != c.pass.Pkg || named.TypeArgs().Len() > 0 {
		return nil, false
	}
	if c.typeCallees == nil {
		c.typeCallees = c.collectTypeFuncs()
	}
	fns := c.typeCallees[named.Obj()]
	return fns, len(fns) > 0
}

// collectTypeFuncs maps each unexported function type of the package to
// the functions it converts to it (see typeFuncs).
func (c *checker) collectTypeFuncs() map[*types.TypeName][]*ssa.Function {
	found := map[*types.TypeName][]*ssa.Function{}
	unknown := map[*types.TypeName]bool{}
	for instr := range c.packageInstrs() {
		ct, ok := instr.(*ssa.ChangeType)
		if !ok {
			continue
		}
		named, ok := types.Unalias(ct.Type()).(*types.Named)
		if !ok || named.Obj().Pkg() != c.pass.Pkg {
			continue
		}
		if _, isFunc := named.Underlying().(*types.Signature); !isFunc {
			continue
		}
		var fn *ssa.Function
		switch x := ct.X.(type) {
		case *ssa.Function:
			fn = x
		case *ssa.MakeClosure:
			fn = x.Fn.(*ssa.Function)
			if returnsCaptured(fn) {
				fn = nil // what it returns is its maker's
			}
		case *ssa.Const:
			continue // nil
		}
		if fn == nil {
			unknown[named.Obj()] = true
		} else if !slices.Contains(found[named.Obj()], fn) {
			found[named.Obj()] = append(found[named.Obj()], fn)
		}
	}
	// A value of the type may also come from an interface (what
	// reflection converted), from memory that unsafe reinterprets, or
	// from a generic function instantiated with it, which converts
	// whatever it is given.
	for instr := range c.packageInstrs() {
		var t types.Type
		switch x := instr.(type) {
		case *ssa.TypeAssert:
			t = x.AssertedType
		case *ssa.Convert:
			t = x.Type()
			if p, ok := t.Underlying().(*types.Pointer); ok {
				t = p.Elem()
			}
		default:
			continue
		}
		if named, ok := types.Unalias(t).(*types.Named); ok {
			unknown[named.Obj()] = true
		}
	}
	for _, inst := range c.pass.TypesInfo.Instances {
		for t := range inst.TypeArgs.Types() {
			if named, ok := types.Unalias(t).(*types.Named); ok {
				unknown[named.Obj()] = true
			}
		}
	}
	for tn := range found {
		if unknown[tn] || c.inExportedAPI(tn) {
			delete(found, tn)
		}
	}
	return found
}

// inExportedAPI reports whether another package can name a place of the
// type tn, and so put a function of its own there: a parameter, result or
// variable of an exported function, method, variable or type of the
// package (an exported field, an exported interface's method) mentions it.
func (c *checker) inExportedAPI(tn *types.TypeName) bool {
	seen := map[types.Type]bool{}
	var mentions func(t types.Type) bool
	mentions = func(t types.Type) bool {
		if seen[t] {
			return false
		}
		seen[t] = true
		switch t := types.Unalias(t).(type) {
		case *types.Named:
			if t.Obj() == tn {
				return true
			}
			if t.Obj().Pkg() != c.pass.Pkg {
				return false
			}
			for i := range t.NumMethods() {
				if m := t.Method(i); m.Exported() && mentions(m.Type()) {
					return true
				}
			}
			return mentions(t.Underlying())
		case *types.Pointer:
			return mentions(t.Elem())
		case *types.Slice:
			return mentions(t.Elem())
		case *types.Array:
			return mentions(t.Elem())
		case *types.Chan:
			return mentions(t.Elem())
		case *types.Map:
			return mentions(t.Key()) || mentions(t.Elem())
		case *types.Signature:
			for v := range t.Params().Variables() {
				if mentions(v.Type()) {
					return true
				}
			}
			for v := range t.Results().Variables() {
				if mentions(v.Type()) {
					return true
				}
			}
		case *types.Struct:
			for f := range t.Fields() {
				if (f.Exported() || f.Embedded()) && mentions(f.Type()) {
					return true
				}
			}
		case *types.Interface:
			for m := range t.Methods() {
				if m.Exported() && mentions(m.Type()) {
					return true
				}
			}
		}
		return false
	}
	scope := c.pass.Pkg.Scope()
	for _, name := range scope.Names() {
		obj := scope.Lookup(name)
		if !obj.Exported() {
			if tn2, ok := obj.(*types.TypeName); ok {
				// An unexported type's exported methods are reachable
				// through values that the API gives out.
				if named, ok := tn2.Type().(*types.Named); ok {
					for i := range named.NumMethods() {
						if m := named.Method(i); m.Exported() && mentions(m.Type()) {
							return true
						}
					}
				}
			}
			continue
		}
		if mentions(obj.Type()) {
			return true
		}
	}
	return false
}

// paramFuncs returns the functions that the package passes for the
// function-typed parameter that the callee value of call is, and whether
// those are all it can be: the parameter belongs to an unexported
// function or method that the package only calls directly (no function
// value, method value or interface of the package reaches it), and every
// call passes a function or a closure (or forwards the parameter itself).
func (c *checker) paramFuncs(call *ssa.CallCommon) ([]*ssa.Function, bool) {
	p, ok := call.Value.(*ssa.Parameter)
	if !ok || call.IsInvoke() {
		return nil, false
	}
	fn := p.Parent()
	obj, _ := fn.Object().(*types.Func)
	if obj == nil || obj.Exported() || obj.Pkg() != c.pass.Pkg {
		return nil, false
	}
	i := slices.Index(fn.Params, p)
	if c.calls == nil {
		c.calls = c.directCalls()
	}
	sites, ok := c.calls[fn]
	if !ok || i < 0 || len(sites) == 0 {
		return nil, false
	}
	var fns []*ssa.Function
	for _, site := range sites {
		args := site.Common().Args
		if i >= len(args) {
			return nil, false
		}
		switch a := args[i].(type) {
		case *ssa.Function:
			fns = append(fns, a)
		case *ssa.MakeClosure:
			closure := a.Fn.(*ssa.Function)
			if returnsCaptured(closure) {
				// func() net.Conn { return c }: what the closure
				// returns is its maker's, which gave it away here.
				return nil, false
			}
			fns = append(fns, closure)
		case *ssa.Parameter:
			if a != p { // a recursive call forwards the parameter
				return nil, false
			}
		default:
			return nil, false
		}
	}
	return fns, len(fns) > 0
}

// returnsCaptured reports whether the closure fn returns one of its free
// variables, or what one of them holds or reaches (st.f of a captured
// struct, files[0] of a captured slice), or is a bound method, whose
// receiver it captures.
func returnsCaptured(fn *ssa.Function) bool {
	if strings.HasPrefix(fn.Synthetic, "bound method wrapper") {
		return true // a bound method value: it returns what its receiver has
	}
	if len(fn.FreeVars) > 0 && fn.Signature.Recv() == nil && fn.Object() != nil {
		if _, isMethod := fn.Object().(*types.Func); isMethod && fn.Object().(*types.Func).Signature().Recv() != nil {
			return true // a bound method value: it returns what its receiver has
		}
	}
	for _, b := range fn.Blocks {
		ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !ok {
			continue
		}
		for _, r := range ret.Results {
			if reachesFreeVar(r, 0) {
				return true
			}
		}
	}
	return false
}

// reachesFreeVar reports whether v is a free variable of its closure, or
// is read through one: a load, a field or an element of what it holds.
func reachesFreeVar(v ssa.Value, depth int) bool {
	if depth > 8 {
		return true
	}
	switch x := unconvert(v).(type) {
	case *ssa.FreeVar:
		return true
	case *ssa.UnOp:
		return x.Op == token.MUL && reachesFreeVar(x.X, depth+1)
	case *ssa.FieldAddr:
		return reachesFreeVar(x.X, depth+1)
	case *ssa.Field:
		return reachesFreeVar(x.X, depth+1)
	case *ssa.IndexAddr:
		return reachesFreeVar(x.X, depth+1)
	case *ssa.Index:
		return reachesFreeVar(x.X, depth+1)
	case *ssa.Lookup:
		return reachesFreeVar(x.X, depth+1)
	case *ssa.Extract:
		if l, ok := x.Tuple.(*ssa.Lookup); ok {
			return reachesFreeVar(l.X, depth+1)
		}
	case *ssa.Phi:
		for _, e := range x.Edges {
			if reachesFreeVar(e, depth+1) {
				return true
			}
		}
	}
	return false
}

// directCalls maps each function of the package that is only ever called
// by its name to its call sites. A function used as a value (passed,
// stored, a method value or expression, whose wrapper names it) is left
// out, and so is a method whose name an interface of the package declares.
func (c *checker) directCalls() map[*ssa.Function][]ssa.CallInstruction {
	calls := map[*ssa.Function][]ssa.CallInstruction{}
	escaped := map[*ssa.Function]bool{}
	wrapped := map[string]bool{}
	var ops []*ssa.Value
	for instr := range c.packageInstrs() {
		var callee *ssa.Value
		if call, ok := instr.(ssa.CallInstruction); ok && !call.Common().IsInvoke() {
			callee = &call.Common().Value
		}
		for _, op := range instr.Operands(ops[:0]) {
			f, ok := (*op).(*ssa.Function)
			if !ok {
				continue
			}
			switch {
			case op == callee:
				calls[f] = append(calls[f], instr.(ssa.CallInstruction))
			case f.Synthetic != "":
				// x.m and T.m make wrappers that call m.
				wrapped[strings.TrimSuffix(strings.TrimSuffix(f.Name(), "$bound"), "$thunk")] = true
			default:
				escaped[f] = true
			}
		}
	}
	declared := map[string]bool{}
	for _, obj := range c.pass.TypesInfo.Defs {
		if m, ok := obj.(*types.Func); ok {
			if recv := m.Signature().Recv(); recv != nil && types.IsInterface(recv.Type()) {
				declared[m.Name()] = true
			}
		}
	}
	for f := range calls {
		if escaped[f] || f.Signature.Recv() != nil && (wrapped[f.Name()] || declared[f.Name()]) {
			delete(calls, f)
		}
	}
	return calls
}

// fieldVar returns the field that v is loaded from (*(&x.f), or x.f of a
// struct value), or nil.
func fieldVar(v ssa.Value) *types.Var {
	switch v := v.(type) {
	case *ssa.UnOp:
		if fa, ok := v.X.(*ssa.FieldAddr); ok && v.Op == token.MUL {
			return field(fa.X.Type(), fa.Field)
		}
	case *ssa.Field:
		return field(types.NewPointer(v.X.Type()), v.Field)
	}
	return nil
}

// collectFuncFields maps each unexported function-typed field of the
// package's struct types to the functions its stores put there, leaving
// out a field that any store gives something else.
// storedFuncs returns the functions that val, stored into a function
// field, may be, and whether those are all: a function, a closure, a
// call of a function of the package that returns only closures it makes
// (conn.connProv = getConnProvider(conn, dsn)), nil, or a φ-node of
// those (a strategy chosen by a switch).
func (c *checker) storedFuncs(val ssa.Value, seen map[ssa.Value]bool) ([]*ssa.Function, bool) {
	if ct, ok := val.(*ssa.ChangeType); ok {
		val = ct.X // a closure given the field's named func type
	}
	switch v := val.(type) {
	case *ssa.Function:
		return []*ssa.Function{v}, true
	case *ssa.MakeClosure:
		return []*ssa.Function{v.Fn.(*ssa.Function)}, true
	case *ssa.Const:
		return nil, v.IsNil()
	case *ssa.Call:
		fns := c.returnedFuncs(v)
		return fns, fns != nil
	case *ssa.Phi:
		if seen[v] {
			return nil, true
		}
		seen[v] = true
		var all []*ssa.Function
		for _, e := range v.Edges {
			fns, ok := c.storedFuncs(e, seen)
			if !ok {
				return nil, false
			}
			all = append(all, fns...)
		}
		return all, true
	}
	return nil, false
}

func (c *checker) collectFuncFields() map[*types.Var][]*ssa.Function {
	fields := map[*types.Var][]*ssa.Function{}
	unknown := map[*types.Var]bool{}
	for fa, st := range c.fieldStores() {
		fv := field(fa.X.Type(), fa.Field)
		if fv == nil || fv.Exported() || fv.Pkg() != c.pass.Pkg {
			continue
		}
		if _, isFunc := fv.Type().Underlying().(*types.Signature); !isFunc {
			continue
		}
		fns, ok := c.storedFuncs(st.Val, map[ssa.Value]bool{})
		fields[fv] = append(fields[fv], fns...)
		if !ok {
			unknown[fv] = true
		}
	}
	// A field whose address leaves the function that takes it
	// (setHook(&cb.shardFor)) may be set through that address.
	for instr := range c.packageInstrs() {
		fa, ok := instr.(*ssa.FieldAddr)
		if !ok {
			continue
		}
		fv := field(fa.X.Type(), fa.Field)
		if _, tracked := fields[fv]; !tracked {
			continue
		}
		for _, r := range usesOf(fa) {
			switch r := r.(type) {
			case *ssa.Store:
				if r.Addr != fa {
					unknown[fv] = true
				}
			case *ssa.UnOp:
				if r.Op != token.MUL {
					unknown[fv] = true
				}
			case *ssa.DebugRef:
			default:
				unknown[fv] = true
			}
		}
	}
	for fv := range unknown {
		delete(fields, fv)
	}
	return fields
}

// returnedFuncs returns the functions that call, a static call of a
// function of the package with one result, returns: each of its returns
// gives a closure it makes or a function, or nil.
func (c *checker) returnedFuncs(call *ssa.Call) []*ssa.Function {
	callee := call.Call.StaticCallee()
	if callee == nil || callee.Pkg != c.ssaPkg || callee.Blocks == nil || callee.Signature.Results().Len() != 1 {
		return nil
	}
	var fns []*ssa.Function
	for _, b := range callee.Blocks {
		ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !ok {
			continue
		}
		res := ret.Results[0]
		if ct, ok := res.(*ssa.ChangeType); ok {
			res = ct.X
		}
		switch v := res.(type) {
		case *ssa.Function:
			fns = append(fns, v)
		case *ssa.MakeClosure:
			fns = append(fns, v.Fn.(*ssa.Function))
		default:
			return nil
		}
	}
	return fns
}

// boundRelease reports whether fn is the function of a method value that
// releases its receiver, such as r.Close: the receiver is the closure's
// only free variable.
func (c *checker) boundRelease(fn *ssa.Function) bool {
	return strings.HasPrefix(fn.Synthetic, "bound method wrapper") && len(fn.FreeVars) == 1 && c.summaryOf(fn).releasesFree(0)
}

// callsInertField reports whether call runs a function value that an
// unexported field of the package holds, and every function that the
// package stores into that field is a method value of a type that holds
// nothing (see kindOf): readCloser{tr, zr.Close} with zr a gzip reader,
// whose Close releases nothing, releases nothing when its Close calls the
// field.
func (c *checker) callsInertField(call *ssa.CallCommon) bool {
	fns, ok := c.fieldFuncs(call)
	if !ok {
		return false
	}
	for _, fn := range fns {
		m, isMethod := fn.Object().(*types.Func)
		if !strings.HasPrefix(fn.Synthetic, "bound method wrapper") || !isMethod || m.Signature().Recv() == nil || c.kindOf(m.Signature().Recv().Type()) != notResource {
			return false
		}
	}
	return true
}

// callsBoundRelease reports whether x, the value of an unexported
// function-typed field of the package's own struct type, is called, and
// every function that the package stores into that field is a method
// value that releases its receiver (closeFn: r.Close): calling the field
// closes what it was made of.
func (c *checker) callsBoundRelease(x ssa.Value) bool {
	if _, isFunc := x.Type().Underlying().(*types.Signature); !isFunc {
		return false // every field value a summary traces comes here
	}
	refs := x.Referrers()
	if refs == nil {
		return false // a constant or a global: no field's value
	}
	called := false
	for _, r := range *refs {
		if call, ok := r.(ssa.CallInstruction); ok && call.Common().Value == x && !call.Common().IsInvoke() {
			called = true
		}
	}
	if !called {
		return false
	}
	return c.onlyBoundReleases(fieldVar(x))
}

// onlyBoundReleases reports whether fv is an unexported function-typed
// field of the package's own struct type into which the package stores
// only method values that release their receivers.
func (c *checker) onlyBoundReleases(fv *types.Var) bool {
	if fv == nil || fv.Exported() || fv.Pkg() != c.pass.Pkg {
		return false
	}
	if c.fieldCallees == nil {
		c.fieldCallees = c.collectFuncFields()
	}
	fns := c.fieldCallees[fv]
	return len(fns) > 0 && !slices.ContainsFunc(fns, func(fn *ssa.Function) bool { return !c.boundRelease(fn) })
}

// storedBoundRelease reports whether mc is a method value that releases
// the receiver it is made of (r.Close), and is only stored into fields
// that hold nothing else (see onlyBoundReleases): the field then stands
// for the receiver, to whatever calls it. An exported field, which other
// packages may set to anything, is left to what closureUse makes of it.
func (c *checker) storedBoundRelease(mc *ssa.MakeClosure) bool {
	fn, ok := mc.Fn.(*ssa.Function)
	if !ok || !c.boundRelease(fn) {
		return false
	}
	stored := false
	for _, r := range usesOf(mc) {
		switch r := r.(type) {
		case *ssa.Store:
			fa, ok := r.Addr.(*ssa.FieldAddr)
			if !ok || r.Val != mc || !c.onlyBoundReleases(field(fa.X.Type(), fa.Field)) {
				return false
			}
			stored = true
		case *ssa.DebugRef:
		default:
			return false
		}
	}
	return stored
}

// resolvedSummary returns what call, a call of a function value that
// calleesOf resolves, does according to every function it can run, as
// the summary of a function with the call's arguments as parameters: an
// argument is released when every one releases it and kept when one
// keeps it; a result is borrowed when every one borrows it, and gives
// back argument i (or a new value holding it) when every one returns
// that argument there or a wrapper of it.
func (c *checker) resolvedSummary(call *ssa.CallCommon) (*summary, bool) {
	if s, ok := c.resolved[call]; ok {
		return s, s != nil
	}
	if c.resolved == nil {
		c.resolved = map[*ssa.CallCommon]*summary{}
	}
	if s, ok := c.aliasSummary(call); ok {
		// Another package's name for one function: a call of it is a
		// call of that function.
		return s, true
	}
	fns, ok := c.calleesOf(call)
	if !ok || slices.ContainsFunc(fns, c.inProgress) {
		if ok {
			return c.mergeCallees(call, fns), true // not cached: a summary it reads is not final
		}
		c.resolved[call] = nil
		return nil, false
	}
	s := c.mergeCallees(call, fns)
	c.resolved[call] = s
	return s, true
}

// mergeCallees is resolvedSummary for the functions fns that call runs.
func (c *checker) mergeCallees(call *ssa.CallCommon, fns []*ssa.Function) *summary {
	n := len(call.Args)
	results := call.Signature().Results().Len()
	s := &summary{params: make([]bool, n), releases: allTrue(n), failReleases: make([]bool, n), borrowed: ^uint64(0)}
	var sums []*summary
	for _, fn := range fns {
		sum := c.summaryOf(fn)
		sums = append(sums, sum)
		s.borrowed &= sum.borrowed
		s.exposes |= sum.exposes
		for i := range n {
			s.params[i] = s.params[i] || sum.consumes(i)
			s.releases[i] = s.releases[i] && sum.release(i)
		}
	}
	s.mergeResults(sums, results)
	return s
}

// mergeOwns sets s.owns to the flags that every one of sums gives for
// the same result (content, ok, err := cache.Get(key), with nil where ok
// is false, in every method that can run).
func (s *summary) mergeOwns(sums []*summary, results int) {
	var owns []int
	for j := range results {
		k := -1
		for _, sum := range sums {
			o := 0
			if j < len(sum.owns) {
				o = sum.owns[j]
			}
			if k < 0 {
				k = o
			} else if o != k {
				k = 0
			}
		}
		if k > 0 {
			if owns == nil {
				owns = make([]int, results)
			}
			owns[j] = k
		}
	}
	s.owns = owns
}

// mergeResults sets, in s, the summary of a call that may run any of the
// functions whose summaries are sums, which have results results: result
// j gives back parameter i where every one of them always returns it
// there (or something borrowed), never a value of its own; it stands for
// parameter i (wraps it) where each one either gives it back or returns
// a new value around it (a validating reader over the body it is given).
// A result that one of them returns on some paths only, or around
// something else, is new for the caller, as it may be a resource of its
// own.
func (s *summary) mergeResults(sums []*summary, results int) {
	if len(sums) == 0 || results > 64 {
		return
	}
	forwards := make([]int, results)
	wraps := make([]int, results)
	for j := range results {
		first := true
		for _, sum := range sums {
			p, w := 0, 0
			if j < len(sum.forwards) && sum.borrowed&(1<<j) != 0 {
				p = sum.forwards[j]
			}
			if j < len(sum.wraps) && sum.wrapsOnly&(1<<j) != 0 {
				w = sum.wraps[j]
			}
			if p <= 0 && w <= 0 && sum.borrowed&(1<<j) != 0 {
				continue // something not the caller's, whatever is given
			}
			switch {
			case first:
				forwards[j], wraps[j] = p, max(p, w)
			case wraps[j] != p && wraps[j] != w:
				forwards[j], wraps[j] = 0, -1
			case forwards[j] != p:
				forwards[j] = 0
			}
			first = false
		}
	}
	if slices.ContainsFunc(forwards, func(p int) bool { return p > 0 }) {
		s.forwards = forwards
	}
	for j := range wraps {
		if wraps[j] <= 0 || forwards[j] > 0 {
			wraps[j] = 0
		}
	}
	if slices.ContainsFunc(wraps, func(p int) bool { return p > 0 }) {
		s.wraps = wraps
	}
}
