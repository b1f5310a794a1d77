package analyzer

import (
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ssa"
)

// This file works out where the values a function returns come from: new
// values the caller owns, or values that belong to someone else.

// origins classifies where the values a function returns come from.
type origins struct {
	fresh    []ssa.Value // made by the function or by a call that gave it a resource
	borrowed bool        // some value is a parameter, a field, a global or an element
	params   map[*ssa.Parameter]bool
	others   bool // some borrowed value is not a parameter
	seen     map[ssa.Value]bool
}

// resultOrigins returns the origins of the values fn returns as result i.
func (c *checker) resultOrigins(fn *ssa.Function, i int) *origins {
	o := &origins{seen: map[ssa.Value]bool{}, params: map[*ssa.Parameter]bool{}}
	for _, b := range fn.Blocks {
		if ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok && i < len(ret.Results) {
			c.origin(o, ret.Results[i])
		}
	}
	return o
}

// resultBorrowed reports whether a result of fn with origins o, whenever it is not nil,
// belongs to someone else: a parameter, a field, a global, an element of a
// container, or a new resource that fn also keeps for itself. It also
// returns the index of the parameter that the result always is, or -1.
func (c *checker) resultBorrowed(fn *ssa.Function, o *origins) (bool, int) {
	param := -1
	if len(o.params) == 1 && !o.others && len(o.fresh) == 0 {
		for p := range o.params {
			param = slices.Index(fn.Params, p)
		}
	}
	kept := false
	for _, v := range o.fresh {
		if !c.trace(v, c.kindOf(v.Type()), false).kept {
			return false, param
		}
		kept = true
	}
	return o.borrowed || kept, param
}

// origin adds the origins of v to o.
func (c *checker) origin(o *origins, v ssa.Value) {
	if o.seen[v] {
		return
	}
	o.seen[v] = true
	switch v := v.(type) {
	case *ssa.Const:
		if !v.IsNil() {
			o.borrowed, o.others = true, true
		}
	case *ssa.Parameter:
		o.borrowed = true
		o.params[v] = true
	case *ssa.FreeVar, *ssa.Global, *ssa.Field, *ssa.Index, *ssa.Lookup:
		o.borrowed, o.others = true, true
	case *ssa.UnOp:
		switch {
		case v.Op == token.MUL && isLocalCell(v.X):
			for _, r := range *v.X.Referrers() {
				if st, ok := r.(*ssa.Store); ok && st.Addr == v.X {
					c.origin(o, st.Val)
				}
			}
		case v.Op == token.MUL && isFreshStruct(v.X):
			o.fresh = append(o.fresh, v) // a copy of a struct the function made
		case v.Op == token.MUL:
			if roots, path := freshHolder(v.X); roots != nil {
				c.originOfField(o, v, roots, path)
			} else {
				o.borrowed, o.others = true, true
			}
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
		c.origin(o, v.X)
	case *ssa.TypeAssert:
		c.originOfAssert(o, v)
	case *ssa.Phi:
		for _, e := range v.Edges {
			c.origin(o, e)
		}
	case *ssa.Extract:
		switch t := v.Tuple.(type) {
		case *ssa.Call:
			c.callOrigin(o, t, v.Index, v)
		case *ssa.TypeAssert:
			c.originOfAssert(o, t)
		default:
			o.borrowed, o.others = true, true
		}
	case *ssa.Call:
		c.callOrigin(o, v, 0, v)
	default:
		o.fresh = append(o.fresh, v)
	}
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
	if !c.mayAcquire(&call.Call) || (i < 64 && c.borrowedResults(&call.Call)&(1<<i) != 0) || c.containerResult(&call.Call, v) {
		o.borrowed, o.others = true, true
		return
	}
	o.fresh = append(o.fresh, v)
}

// containerResult reports whether v, a result of call, is an empty
// interface that a container hands out: the call is a known container
// getter, or an interface method none of whose implementations in this
// package is known to return new values (the context-like Value(key) of
// an interface declared elsewhere).
func (c *checker) containerResult(call *ssa.CallCommon, v ssa.Value) bool {
	if !isEmptyInterface(v.Type()) {
		return false
	}
	var callee *types.Func
	if call.IsInvoke() {
		callee = call.Method
	} else if fn := call.StaticCallee(); fn != nil {
		callee, _ = fn.Object().(*types.Func)
	}
	if callee != nil && containerGetters[c.funcName(callee)] {
		return true
	}
	return call.IsInvoke() && !c.implementationsFresh(call, resultIndex(v))
}

// resultIndex returns the index of the result that v extracts, or 0.
func resultIndex(v ssa.Value) int {
	if e, ok := v.(*ssa.Extract); ok {
		return e.Index
	}
	return 0
}

// implementationsFresh reports whether the interface method of call has
// implementations among this package's types and none of them borrows
// its result i.
func (c *checker) implementationsFresh(call *ssa.CallCommon, i int) bool {
	iface, ok := call.Value.Type().Underlying().(*types.Interface)
	if !ok || c.prog == nil || i >= 64 {
		return false
	}
	found := false
	scope := c.pass.Pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() {
			continue
		}
		named, ok := tn.Type().(*types.Named)
		if !ok || named.TypeParams().Len() > 0 || types.IsInterface(named) {
			continue
		}
		for _, t := range []types.Type{named, types.NewPointer(named)} {
			if !types.Implements(t, iface) {
				continue
			}
			sel := c.prog.MethodSets.MethodSet(t).Lookup(call.Method.Pkg(), call.Method.Name())
			if sel == nil {
				continue
			}
			if fn := c.prog.MethodValue(sel); fn != nil {
				if c.summaryOf(fn).borrowed&(1<<i) != 0 {
					return false
				}
				found = true
			}
			break
		}
	}
	return found
}

// isFreshStruct reports whether addr is a struct that the function made
// (&T{}, new(T) or a local variable of struct type).
func isFreshStruct(addr ssa.Value) bool {
	a, ok := addr.(*ssa.Alloc)
	return ok && !isLocalCell(a) && hasFields(a.Type())
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
			c.origin(o, fs.st.Val)
		}
	}
	if !stored {
		o.fresh = append(o.fresh, v)
	}
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
func (c *checker) borrowedResults(call *ssa.CallCommon) uint64 {
	if call.IsInvoke() {
		return 0
	}
	if fn := call.StaticCallee(); fn != nil {
		return c.summaryOf(fn).borrowed
	}
	return 0
}
