package analyzer

import (
	"cmp"
	"fmt"
	"go/constant"
	"go/token"
	"go/types"
	"iter"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// This file resolves calls through interfaces by the implementations that
// the program has: the concrete types declared in the package and in the
// packages it imports. An unexported interface usually has all its
// implementations there, and what they do with their arguments and
// results is what the call does.

// implementers returns the concrete types, among those the package and its
// imports declare, whose method sets (of T or of *T) implement iface, in
// declaration order.
func (c *checker) implementers(iface *types.Interface) []types.Type {
	if impls, ok := c.impls[iface]; ok {
		return impls
	}
	var impls []types.Type
	if iface.NumMethods() > 0 {
		for _, t := range c.concreteTypes() {
			switch {
			case types.Implements(t, iface):
				impls = append(impls, t)
			case types.Implements(types.NewPointer(t), iface):
				impls = append(impls, types.NewPointer(t))
			}
		}
		generic := declaredTypes(c.pass.Pkg, true)
		for _, t := range generic {
			if p := types.NewPointer(t); implementsForAll(p, iface) {
				impls = append(impls, p)
			}
		}
		if !slices.ContainsFunc(generic, func(t types.Type) bool { return exportedWithMethods(t, iface) }) {
			// The instantiations the package writes are all there
			// are, unless another package can instantiate an
			// exported generic type that has the methods.
			for _, t := range instantiatedTypes(c.pass.TypesInfo) {
				switch {
				case types.Implements(t, iface):
					impls = append(impls, t)
				case types.Implements(types.NewPointer(t), iface):
					impls = append(impls, types.NewPointer(t))
				}
			}
		}
	}
	c.impls[iface] = impls
	return impls
}

// implementsForAll reports whether every instantiation of the generic
// type t implements iface: t has each of its methods, with the same
// parameters and results, none of which depends on t's type parameters
// (a muxResponseWriter[C] whose Conn returns the Conn interface).
func implementsForAll(t types.Type, iface *types.Interface) bool {
	for m := range iface.Methods() {
		obj, _, _ := types.LookupFieldOrMethod(t, false, m.Pkg(), m.Name())
		tm, ok := obj.(*types.Func)
		if !ok || !types.Identical(withoutRecv(tm.Signature()), withoutRecv(m.Signature())) {
			return false
		}
	}
	return true
}

// withoutRecv returns sig without its receiver.
func withoutRecv(sig *types.Signature) *types.Signature {
	return types.NewSignatureType(nil, nil, nil, sig.Params(), sig.Results(), sig.Variadic())
}

// concreteTypes returns the non-generic named types that are not
// interfaces, declared in the package and in the packages it imports.
func (c *checker) concreteTypes() []types.Type {
	if c.concrete == nil {
		c.concrete = declaredTypes(c.pass.Pkg, false)
	}
	return c.concrete
}

// exportedWithMethods reports whether the generic type t is exported and
// has, through a pointer, a method of each name that iface has: another
// package may instantiate it into an implementation of iface.
func exportedWithMethods(t types.Type, iface *types.Interface) bool {
	named, ok := t.(*types.Named)
	if !ok || !named.Obj().Exported() {
		return false
	}
	p := types.NewPointer(t)
	for m := range iface.Methods() {
		if obj, _, _ := types.LookupFieldOrMethod(p, false, m.Pkg(), m.Name()); obj == nil {
			return false
		}
	}
	return true
}

// instantiatedTypes returns the instantiations of generic named types,
// other than interfaces, that info records, once each, in the order of
// their first use in the source: with no exported generic type that
// could implement an interface (see exportedWithMethods), the
// implementations of it that the package can have
// (&cacheMap[*Session]{} is a value of cacheMap[*Session]).
func instantiatedTypes(info *types.Info) []types.Type {
	if info == nil {
		return nil
	}
	type use struct {
		pos token.Pos
		t   *types.Named
	}
	var uses []use
	for id, inst := range info.Instances {
		if named, ok := inst.Type.(*types.Named); ok && !types.IsInterface(named) {
			uses = append(uses, use{id.Pos(), named})
		}
	}
	slices.SortFunc(uses, func(a, b use) int { return cmp.Compare(a.pos, b.pos) })
	var ts []types.Type
	for _, u := range uses {
		if !slices.ContainsFunc(ts, func(t types.Type) bool { return types.Identical(t, u.t) }) {
			ts = append(ts, u.t)
		}
	}
	return ts
}

// declaredTypes returns the named types that are not interfaces or
// aliases, declared in pkg and in the packages it imports: the generic
// ones when generic is set, else the others.
func declaredTypes(pkg *types.Package, generic bool) []types.Type {
	ts := []types.Type{}
	for _, p := range append([]*types.Package{pkg}, pkg.Imports()...) {
		scope := p.Scope()
		for _, name := range scope.Names() {
			tn, ok := scope.Lookup(name).(*types.TypeName)
			if !ok || tn.IsAlias() {
				continue
			}
			named, ok := tn.Type().(*types.Named)
			if ok && (named.TypeParams().Len() > 0) == generic && !types.IsInterface(named) {
				ts = append(ts, named)
			}
		}
	}
	return ts
}

// methodSummary returns the summary of the concrete method obj, or nil
// when the program has no function for it.
func (c *checker) methodSummary(obj *types.Func) *summary {
	fn := c.prog.FuncValue(obj)
	if fn == nil {
		fn = c.indirectFunc(obj)
	}
	if fn == nil {
		return nil
	}
	return c.summaryOf(fn)
}

// An implementation is the summary of a method that an interface method
// call may run, and whether the method's type holds no resource (its
// Close releases nothing).
type implementation struct {
	sum       *summary
	inert     bool
	likeClose bool // see releasesLikeClose
	// closesHeld: the method closes every resource its receiver holds
	// (see closesWhatItHolds).
	closesHeld bool
	// pending: the method's summary is being computed, and sum is the
	// assumption made for it (see summaryOf).
	pending bool
	fn      *ssa.Function
}

// implementations returns the methods that the interface method call instr
// may run, one for each implementation the program has. A method that
// calls itself through the interface (a retrying layer over the real
// client) is left out: it does what the others do. Another method whose
// summary is being computed is counted by the assumption that summaryOf
// makes for recursion, and then partial is true.
func (c *checker) implementations(instr ssa.CallInstruction) (impls []implementation, partial bool) {
	for t, fn := range c.implementingMethods(instr) {
		if fn.Blocks != nil && !hasReturn(fn) {
			// A stub that panics ("unimplemented") gives nothing back:
			// it says nothing of what the others give.
			continue
		}
		pending := c.inProgress(fn)
		partial = partial || pending
		closer := closeMethod(t)
		sum := c.summaryOf(fn)
		// A type with a Close that does nothing, or with none that
		// holds nothing (a scanner over names read into memory beside
		// one over an open directory), has nothing to release.
		inert := (closer != nil && c.doesNothing(closer)) || (closer == nil && onlyData(t, map[types.Type]bool{}))
		impls = append(impls, implementation{sum: sum, inert: inert, likeClose: c.releasesLikeClose(fn), closesHeld: c.closesWhatItHolds(fn, sum), pending: pending, fn: fn})
	}
	return impls, partial
}

// hasReturn reports whether fn, which has a body, can return.
func hasReturn(fn *ssa.Function) bool {
	for _, b := range fn.Blocks {
		if _, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok {
			return true
		}
	}
	return false
}

// closesWhatItHolds reports whether fn, a method of a struct type that
// has no Close of its own, closes every field of its receiver that holds
// a resource, and there is one: the close() of an interface of the
// package, whose implementation closes the conn it keeps, releases what
// the interface value holds as a Close would.
func (c *checker) closesWhatItHolds(fn *ssa.Function, sum *summary) bool {
	recv := fn.Signature.Recv()
	if recv == nil || c.kindOf(recv.Type()) != notResource {
		return false
	}
	ptr := recv.Type()
	if _, ok := types.Unalias(ptr).Underlying().(*types.Pointer); !ok {
		ptr = types.NewPointer(ptr)
	}
	held := 0
	for i := 0; field(ptr, i) != nil; i++ {
		t := field(ptr, i).Type()
		closed := slices.Contains(sum.closes, "p0."+fieldName(ptr, i))
		switch {
		case c.kindOf(t) != notResource:
			if !closed {
				return false
			}
			held++
		case !closed && c.mayHideResource(t, 0):
			return false // an io.Reader that may be a file it leaves open
		}
	}
	return held > 0
}

// mayHideResource reports whether a value of type t, which is no resource
// itself, may hold one: an interface (an io.Reader may be a file), or a
// struct, array, slice, map or channel of resources or of such values. A
// pointer is taken for shared data.
func (c *checker) mayHideResource(t types.Type, depth int) bool {
	if depth > 3 {
		return false
	}
	if c.kindOf(t) != notResource {
		return true
	}
	switch u := types.Unalias(t).Underlying().(type) {
	case *types.Interface:
		return true
	case *types.Struct:
		for f := range u.Fields() {
			if c.mayHideResource(f.Type(), depth+1) {
				return true
			}
		}
	case interface{ Elem() types.Type }: // a slice, array, map or channel
		if _, isPtr := u.(*types.Pointer); !isPtr {
			return c.mayHideResource(u.Elem(), depth+1)
		}
	}
	return false
}

// implementingMethods yields, for each implementation that the program
// has of the interface method that instr calls, the concrete type and
// its method, in declaration order; see implementations.
func (c *checker) implementingMethods(instr ssa.CallInstruction) iter.Seq2[types.Type, *ssa.Function] {
	return func(yield func(types.Type, *ssa.Function) bool) {
		call := instr.Common()
		iface, ok := call.Value.Type().Underlying().(*types.Interface)
		if !ok || call.Method == nil {
			return
		}
		candidates := c.implementers(iface)
		known, exact := c.dynamicTypes(call.Value, map[ssa.Value]bool{}, 0)
		if exact {
			// The receiver is one of the values the function or its
			// callees made: only their types' methods can run.
			candidates = known
			for _, t := range known {
				// A method promoted from an embedded field does what it
				// does to the field, not to the value around it: unless
				// the value's Close is promoted from the same field, the
				// call is unknown.
				_, index, _ := types.LookupFieldOrMethod(t, false, call.Method.Pkg(), call.Method.Name())
				if len(index) == 1 {
					continue
				}
				if _, closeIndex, _ := types.LookupFieldOrMethod(t, false, nil, "Close"); len(index) == 0 || len(closeIndex) < 2 || closeIndex[0] != index[0] {
					return
				}
			}
		}
		for _, t := range candidates {
			obj, _, _ := types.LookupFieldOrMethod(t, false, call.Method.Pkg(), call.Method.Name())
			m, ok := obj.(*types.Func)
			if !ok {
				continue
			}
			fn := c.prog.FuncValue(m)
			if fn == nil && m.Origin() == m {
				fn = c.indirectFunc(m)
			}
			if fn == nil && m.Origin() != m {
				// A method of an instantiation of a generic type is
				// made on demand.
				if sel := c.prog.MethodSets.MethodSet(t).Lookup(m.Pkg(), m.Name()); sel != nil {
					fn = c.prog.MethodValue(sel)
				}
			}
			if fn == nil || fn == instr.Parent() {
				continue
			}
			if !yield(t, fn) {
				return
			}
		}
	}
}

// invokeSummary returns what the interface method call instr does
// according to every implementation the program has, as the summary of a
// function whose parameter 0 is the receiver, and whether there is any
// implementation. A result is borrowed, and an argument released, only
// when every implementation says so; an argument is kept when one of them
// keeps it. The receiver is released when every implementation that holds
// a resource releases it (ForEach on an iterator interface, whose
// slice-backed implementations have nothing to close).
func (c *checker) invokeSummary(instr ssa.CallInstruction) (*summary, bool) {
	call := instr.Common()
	if s, ok := c.invokes[call]; ok {
		return s, s != nil
	}
	impls, partial := c.implementations(instr)
	var s *summary
	if len(impls) > 0 {
		n := len(call.Args) + 1
		s = &summary{params: make([]bool, n), releases: allTrue(n), borrowed: ^uint64(0), complete: c.allImplementersKnown(call.Value.Type())}
		holders := 0
		var decided uint64
		var sums []*summary
		for _, impl := range impls {
			sum := impl.sum
			sums = append(sums, sum)
			// A decorator that gives what the method it delegates to
			// gives (TDebugProtocol.Transport returning
			// tdp.Delegate.Transport()) borrows where the others do;
			// where all delegate, the one that decides is elsewhere.
			delegates := sum.delegates
			if delegates != 0 && !delegatesSame(impl.fn, call.Value.Type()) {
				// Redialing.Transport() over a Dialer: what another
				// interface gives is not what this one's others give.
				delegates = 0
			}
			s.borrowed &= sum.borrowed | delegates
			decided |= sum.borrowed | ^delegates
			for i := range n {
				s.params[i] = s.params[i] || sum.consumes(i)
				if i > 0 || !impl.inert {
					s.releases[i] = s.releases[i] && (sum.release(i) || (i == 0 && (impl.likeClose || impl.closesHeld)))
				}
			}
			if !impl.inert {
				holders++
			}
		}
		s.releases[0] = s.releases[0] && holders > 0
		s.borrowed &= decided
		if s.complete {
			s.mergeResults(sums, call.Signature().Results().Len())
		}
		// A flag that says whether a result is new, in every method that
		// can run: all of them known (a sealed interface, or the
		// dynamic types of the value), or an interface of an internal
		// package, which only its module can implement.
		if _, exact := c.dynamicTypes(call.Value, map[ssa.Value]bool{}, 0); (s.complete || exact || internalType(call.Value.Type())) && !partial {
			s.mergeOwns(sums, call.Signature().Results().Len())
		}
		if _, exact := c.dynamicTypes(call.Value, map[ssa.Value]bool{}, 0); (s.complete || exact) && !partial {
			// Where every method that can run releases an argument
			// when it fails (rows whose Next closes them at the end),
			// the call does.
			s.failReleases = make([]bool, n)
			for i := range n {
				s.failReleases[i] = !slices.ContainsFunc(sums, func(sum *summary) bool { return !sum.releaseOnFailure(i) })
			}
		}
	}
	if !partial {
		c.invokes[call] = s
	}
	return s, s != nil
}

// internalType reports whether t is a named type declared in an internal
// package (a path with an "internal" element).
func internalType(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return false
	}
	path := n.Obj().Pkg().Path()
	return path == "internal" || strings.HasPrefix(path, "internal/") || strings.Contains(path, "/internal/") || strings.HasSuffix(path, "/internal")
}

// delegatesSame reports whether fn, a decorator's method, gives what the
// method of its own name gives on a value of the interface type iface
// (tdp.Delegate.Transport() of a TProtocol, called as a TProtocol's):
// from its body where it has one, and otherwise from its receiver, which
// must hold a field of that type.
func delegatesSame(fn *ssa.Function, iface types.Type) bool {
	if fn == nil {
		return false
	}
	if fn.Blocks == nil {
		recv := fn.Signature.Recv()
		if recv == nil {
			return false
		}
		st, ok := derefType(recv.Type()).Underlying().(*types.Struct)
		if !ok {
			return false
		}
		for f := range st.Fields() {
			if types.Identical(f.Type(), iface) {
				return true
			}
		}
		return false
	}
	some := false
	for _, v := range returned(fn, 0) {
		call, _ := resultOf(v)
		if call == nil || !call.Call.IsInvoke() || call.Call.Method.Name() != fn.Name() {
			continue
		}
		if !types.Identical(call.Call.Value.Type(), iface) {
			return false
		}
		some = true
	}
	return some
}

// invokeSummaryOf is invokeSummary for the interface method call call,
// of an instruction of the package.
func (c *checker) invokeSummaryOf(call *ssa.CallCommon) (*summary, bool) {
	instr := c.callInstrOf(call)
	if instr == nil || !call.IsInvoke() {
		return nil, false
	}
	return c.invokeSummary(instr)
}

// callInstrOf returns the instruction of the package whose call is call,
// or nil.
func (c *checker) callInstrOf(call *ssa.CallCommon) ssa.CallInstruction {
	if c.callInstrs == nil {
		c.callInstrs = map[*ssa.CallCommon]ssa.CallInstruction{}
		for instr := range c.packageInstrs() {
			if ci, ok := instr.(ssa.CallInstruction); ok {
				c.callInstrs[ci.Common()] = ci
			}
		}
	}
	return c.callInstrs[call]
}

// allImplementersKnown reports whether every implementation of the
// interface type t is among those that implementers scans: t has an
// unexported method, which only types of the method's own package can
// have, and that package is this one or one it imports. An interface of
// exported methods alone may be implemented by any package importing it,
// as the test framework's hooks are by the package that starts tests.
func (c *checker) allImplementersKnown(t types.Type) bool {
	iface, ok := t.Underlying().(*types.Interface)
	if !ok {
		return false
	}
	for m := range iface.Methods() {
		if !m.Exported() && (m.Pkg() == c.pass.Pkg || slices.Contains(c.pass.Pkg.Imports(), m.Pkg())) {
			return true
		}
	}
	return false
}

// dynamicTypes returns the concrete types that the interface value v can
// hold, when the function or a callee of its package converted each of
// them to an interface (getNextObject returning &MemoryObject{} as an
// EncodedObject), and whether they are all known. A nil interface holds
// no type.
func (c *checker) dynamicTypes(v ssa.Value, seen map[ssa.Value]bool, depth int) ([]types.Type, bool) {
	if seen[v] {
		return nil, true
	}
	seen[v] = true
	switch v := v.(type) {
	case *ssa.MakeInterface:
		if types.IsInterface(v.X.Type()) {
			return nil, false
		}
		return []types.Type{v.X.Type()}, true
	case *ssa.ChangeInterface:
		return c.dynamicTypes(v.X, seen, depth)
	case *ssa.Const:
		return nil, v.IsNil()
	case *ssa.Phi:
		return c.unionTypes(v.Edges, seen, depth)
	case *ssa.UnOp:
		if g, ok := v.X.(*ssa.Global); ok && v.Op == token.MUL {
			if c.exportingTypes && g.Object() != nil && g.Object().Exported() {
				return nil, false // another package may assign it
			}
			return c.globalTypes(g)
		}
		if v.Op != token.MUL || !isLocalCell(v.X) || isCaptured(v.X) {
			// A variable that a closure shares may be set there
			// (unless the closure only reads it).
			return nil, false
		}
		var stored []ssa.Value
		for _, r := range usesOf(v.X) {
			if st, ok := r.(*ssa.Store); ok && st.Addr == v.X {
				stored = append(stored, st.Val)
			}
		}
		return c.unionTypes(stored, seen, depth)
	case *ssa.Call, *ssa.Extract:
		call, i := resultOf(v)
		if call == nil || depth >= maxNesting {
			return nil, false
		}
		if call.Call.IsInvoke() {
			return c.invokeResultTypes(call, i, seen, depth)
		}
		fn := call.Call.StaticCallee()
		if t := c.networkResult(call, i); t != nil && !c.exportingTypes {
			// net.Listen("tcp", addr). Only the function's own
			// paths use it: its facts keep to what code says.
			return []types.Type{t}, true
		}
		if fn != nil && fn.Pkg != call.Parent().Pkg {
			return c.importedResultTypes(fn, i)
		}
		if fn != nil && fn.Origin() != nil && fn.Origin().Blocks != nil {
			// An instance of a generic function of the package: the
			// types its origin returns, with its type arguments.
			ts, ok := c.unionTypes(returned(fn.Origin(), i), map[ssa.Value]bool{}, depth+1)
			if !ok {
				return nil, false
			}
			return substituted(ts, fn.Origin().TypeParams(), fn.TypeArgs())
		}
		if fn == nil || fn.Blocks == nil {
			return nil, false
		}
		return c.unionTypes(returned(fn, i), map[ssa.Value]bool{}, depth+1)
	}
	return nil, false
}

// invokeResultTypes returns the dynamic types of result i of call, a call
// of an interface method on a value whose dynamic types are known, each
// of whose methods of the package returns values of known types: a
// builder's Option(k, v) that returns its receiver.
func (c *checker) invokeResultTypes(call *ssa.Call, i int, seen map[ssa.Value]bool, depth int) ([]types.Type, bool) {
	recv, ok := c.dynamicTypes(call.Call.Value, seen, depth+1)
	if !ok || len(recv) == 0 || c.prog == nil {
		return nil, false
	}
	var all []types.Type
	for _, t := range recv {
		obj, _, _ := types.LookupFieldOrMethod(t, false, call.Call.Method.Pkg(), call.Call.Method.Name())
		m, ok := obj.(*types.Func)
		if !ok {
			return nil, false
		}
		fn := c.prog.FuncValue(m)
		if fn == nil || fn.Blocks == nil || fn.Pkg != call.Parent().Pkg {
			return nil, false
		}
		ts, ok := c.unionTypes(returned(fn, i), map[ssa.Value]bool{}, depth+1)
		if !ok {
			return nil, false
		}
		all = append(all, ts...)
	}
	return all, true
}

// unionTypes returns the dynamic types of all the values vs, and whether
// they are all known.
func (c *checker) unionTypes(vs []ssa.Value, seen map[ssa.Value]bool, depth int) ([]types.Type, bool) {
	var all []types.Type
	for _, x := range vs {
		ts, ok := c.dynamicTypes(x, seen, depth)
		if !ok {
			return nil, false
		}
		all = append(all, ts...)
	}
	return all, true
}

// resultTypes returns, for each result of fn that is an interface with
// methods other than error, the concrete types it holds whenever it is
// not nil (see dynamicTypes), as names that importers of the package can
// look up (see Summary.Dynamic), or nil when no result has them.
func (c *checker) resultTypes(fn *ssa.Function) []string {
	if fn.Blocks == nil || fn.Pkg == nil || fn.Origin() != nil || fn.Parent() != nil {
		return nil
	}
	results := fn.Signature.Results()
	var names []string
	for j := range results.Len() {
		t := results.At(j).Type()
		iface, ok := t.Underlying().(*types.Interface)
		if !ok || iface.NumMethods() == 0 || types.Identical(t, errorType) || isErrorInterface(t) {
			continue
		}
		c.exportingTypes = true
		ts, ok := c.unionTypes(returned(fn, j), map[ssa.Value]bool{}, 0)
		c.exportingTypes = false
		if !ok || len(ts) == 0 {
			continue
		}
		var parts []string
		for _, dt := range ts {
			name := genericTypeName(dt, fn.Pkg.Pkg, fn.TypeParams())
			if name == "" {
				// A type of another package, by its import path.
				name = typeKey(types.Unalias(dt))
			}
			if name == "" {
				parts = nil
				break
			}
			if !slices.Contains(parts, name) {
				parts = append(parts, name)
			}
		}
		if parts == nil {
			continue
		}
		if names == nil {
			names = make([]string, results.Len())
		}
		names[j] = strings.Join(parts, ",")
	}
	return names
}

// isCaptured reports whether the local variable cell is shared with a
// closure that may set it.
func isCaptured(cell ssa.Value) bool {
	for _, r := range usesOf(cell) {
		if mc, ok := r.(*ssa.MakeClosure); ok && closureMaySet(mc, cell, 0) {
			return true
		}
	}
	return false
}

// closureMaySet reports whether the closure mc, to which cell is bound,
// may set the variable: its body (or a closure it makes in turn) does
// more with the variable than read it. A deferred func() { s.Close() }
// leaves s as it was.
func closureMaySet(mc *ssa.MakeClosure, cell ssa.Value, depth int) bool {
	fn, ok := mc.Fn.(*ssa.Function)
	if !ok {
		return true
	}
	for i, b := range mc.Bindings {
		if b == cell && (i >= len(fn.FreeVars) || setsFree(fn.FreeVars[i], true, depth)) {
			return true
		}
	}
	return false
}

// packageTypeName returns typeKey's name of t, a type that pkg declares
// at package level or a pointer to one, without the package path ("T" or
// "*T"), or "" for any other type.
func packageTypeName(t types.Type, pkg *types.Package) string {
	key := typeKey(types.Unalias(t))
	ptr, name := "", key
	if rest, ok := strings.CutPrefix(key, "*"); ok {
		ptr, name = "*", rest
	}
	base, ok := strings.CutPrefix(name, pkg.Path()+".")
	if !ok || strings.Contains(base, ".") {
		return ""
	}
	return ptr + base
}

// importedResultTypes returns the concrete types that result j of fn, a
// function of another package, holds according to its fact (see
// resultTypes), and whether they are known.
func (c *checker) importedResultTypes(fn *ssa.Function, j int) ([]types.Type, bool) {
	obj, ok := fn.Object().(*types.Func)
	if !ok || obj.Pkg() == nil {
		return nil, false
	}
	dyn := c.summaryOf(fn).dynamic
	if j >= len(dyn) || dyn[j] == "" {
		return nil, false
	}
	var ts []types.Type
	for _, name := range strings.Split(dyn[j], ",") {
		name, args, generic := strings.Cut(name, "[")
		base, ptr := strings.CutPrefix(name, "*")
		var t types.Type
		if strings.Contains(base, ".") {
			t = c.lookupType(name) // "*import/path.Name"
		} else {
			t = typeIn(obj.Pkg(), base, ptr)
		}
		if t == nil {
			return nil, false
		}
		if generic {
			// *rowIter[#0]: the generic type, instantiated with the
			// call's type arguments.
			t = instantiateWith(t, strings.TrimSuffix(args, "]"), fn.TypeArgs())
			if t == nil {
				return nil, false
			}
		} else if named, ok := types.Unalias(derefType(t)).(*types.Named); ok && named.TypeParams().Len() > 0 {
			return nil, false
		}
		ts = append(ts, t)
	}
	return ts, true
}

// derefType returns what t points to, or t.
func derefType(t types.Type) types.Type {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		return p.Elem()
	}
	return t
}

// genericTypeName is packageTypeName for t, which may be an instance of a
// generic type of pkg whose type arguments are type parameters of the
// function that returns it, params: "*rowIter[#0]" for &rowIter[T]{}
// returned by a function whose type parameter 0 is T.
func genericTypeName(t types.Type, pkg *types.Package, params *types.TypeParamList) string {
	origin, args, ok := genericOrigin(t, params)
	switch {
	case !ok:
		return ""
	case args == "":
		return packageTypeName(t, pkg)
	}
	base := packageTypeName(origin, pkg)
	if base == "" {
		return ""
	}
	return base + "[" + args + "]"
}

// genericOrigin returns, for t, an instance of a generic named type (or a
// pointer to one) whose type arguments are type parameters among params,
// the generic type (or a pointer to it) and its arguments as indexes into
// params ("#1,#0"), and whether t is such a type or no instance at all
// (then args is "").
func genericOrigin(t types.Type, params *types.TypeParamList) (types.Type, string, bool) {
	named, ok := types.Unalias(derefType(t)).(*types.Named)
	if !ok || named.TypeArgs().Len() == 0 {
		return t, "", true
	}
	var idx []string
	for arg := range named.TypeArgs().Types() {
		tp, isParam := arg.(*types.TypeParam)
		k := -1
		for i := 0; isParam && i < params.Len(); i++ {
			if params.At(i) == tp {
				k = i
			}
		}
		if k < 0 {
			return nil, "", false
		}
		idx = append(idx, fmt.Sprintf("#%d", k))
	}
	origin := types.Type(named.Origin())
	if _, isPtr := types.Unalias(t).(*types.Pointer); isPtr {
		origin = types.NewPointer(origin)
	}
	return origin, strings.Join(idx, ","), true
}

// instantiateWith instantiates the generic type t (or a pointer to it)
// with the type arguments that args ("#0,#1") picks out of targs, or
// returns nil.
func instantiateWith(t types.Type, args string, targs []types.Type) types.Type {
	named, ok := types.Unalias(derefType(t)).(*types.Named)
	if !ok || named.TypeParams().Len() == 0 {
		return nil
	}
	var picked []types.Type
	for _, a := range strings.Split(args, ",") {
		k, err := strconv.Atoi(strings.TrimPrefix(a, "#"))
		if err != nil || k < 0 || k >= len(targs) {
			return nil
		}
		picked = append(picked, targs[k])
	}
	inst, err := types.Instantiate(nil, named, picked, true)
	if err != nil {
		return nil
	}
	if _, isPtr := types.Unalias(t).(*types.Pointer); isPtr {
		return types.NewPointer(inst)
	}
	return inst
}

// substituted returns the types ts, returned by a generic function whose
// type parameters are params, as its instance with the type arguments
// targs returns them, and whether each could be: a type whose type
// arguments are other than those parameters cannot.
func substituted(ts []types.Type, params *types.TypeParamList, targs []types.Type) ([]types.Type, bool) {
	var out []types.Type
	for _, t := range ts {
		origin, args, ok := genericOrigin(t, params)
		switch {
		case !ok:
			return nil, false
		case args == "":
			out = append(out, t)
			continue
		}
		inst := instantiateWith(origin, args, targs)
		if inst == nil {
			return nil, false
		}
		out = append(out, inst)
	}
	return out, true
}

// networkResult returns the concrete type that result i of call, a call
// of one of networkResults, holds where it is not nil: the one that its
// network argument decides, when that is a constant (or one of constants
// that all decide the same type, proto := "tcp4" or "tcp6"). It returns
// nil otherwise.
func (c *checker) networkResult(call *ssa.Call, i int) types.Type {
	fn := call.Call.StaticCallee()
	if i != 0 || fn == nil || fn.Pkg == nil {
		return nil
	}
	obj, ok := fn.Object().(*types.Func)
	if !ok {
		return nil
	}
	nr, ok := networkResults[c.funcName(obj)]
	if !ok || nr.arg >= len(call.Call.Args) {
		return nil
	}
	name := ""
	for _, k := range constantStrings(call.Call.Args[nr.arg], map[ssa.Value]bool{}) {
		t := networkType(nr.kind, k)
		if t == "" || (name != "" && t != name) {
			return nil
		}
		name = t
	}
	if name == "" {
		return nil
	}
	return typeIn(obj.Pkg(), name, true)
}

// constantStrings returns the string constants that v may be: a constant,
// or a φ-node of them; nil when v may be anything else.
func constantStrings(v ssa.Value, seen map[ssa.Value]bool) []string {
	if seen[v] {
		return []string{}
	}
	seen[v] = true
	switch v := v.(type) {
	case *ssa.Const:
		if v.Value != nil && v.Value.Kind() == constant.String {
			return []string{constant.StringVal(v.Value)}
		}
	case *ssa.Phi:
		all := []string{}
		for _, e := range v.Edges {
			ks := constantStrings(e, seen)
			if ks == nil {
				return nil
			}
			all = append(all, ks...)
		}
		return all
	}
	return nil
}
