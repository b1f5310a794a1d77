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
		case v.Op == token.MUL || v.Op == token.ARROW:
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

// originOfAssert adds the origin of a type assertion. A value asserted
// out of an empty interface (ctx.Value(key).(*T), a sync.Map's Load) was
// kept by a container, which still owns it.
func (c *checker) originOfAssert(o *origins, v *ssa.TypeAssert) {
	if iface, ok := v.X.Type().Underlying().(*types.Interface); ok && iface.Empty() {
		o.borrowed, o.others = true, true
		return
	}
	c.origin(o, v.X)
}

// callOrigin adds the origin of result i of call, the value v.
func (c *checker) callOrigin(o *origins, call *ssa.Call, i int, v ssa.Value) {
	if !c.mayAcquire(&call.Call) || (i < 64 && c.borrowedResults(&call.Call)&(1<<i) != 0) {
		o.borrowed, o.others = true, true
		return
	}
	o.fresh = append(o.fresh, v)
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
