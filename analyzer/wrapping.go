package analyzer

import (
	"slices"

	"golang.org/x/tools/go/ssa"
)

// This file works out which parameter a new value that a function returns
// wraps (see summary.wraps): the value holds the parameter in a field and
// holds no resource of its own.

// wrappedParam returns the parameter that a new value among the origins o
// of a result holds in a field, or -1. The flow of a parameter records
// the new values that hold it only when closing them closes it too (see
// holds), so a statement pointing back at its connection wraps nothing.
func (c *checker) wrappedParam(o *origins, paramFlows []*flow) int {
	if !slices.ContainsFunc(paramFlows, func(fl *flow) bool { return fl != nil }) {
		return -1
	}
	var own []bool // a new resource with a part of its own wraps nothing
	for _, v := range o.fresh {
		own = append(own, c.holdsOwn(v))
	}
	// A parameter that is a resource first: NewIter(store, it) wraps it,
	// not the store it reads from.
	if i := c.wrappedParamOf(o, own, paramFlows, func(k kind) bool { return k != notResource }); i >= 0 {
		return i
	}
	return c.wrappedParamOf(o, own, paramFlows, func(kind) bool { return true })
}

// wrappedParamOf is wrappedParam among the parameters whose kind is
// accepted by want; own[j] says whether o.fresh[j] holds a resource its
// function acquired (see holdsOwn).
func (c *checker) wrappedParamOf(o *origins, own []bool, paramFlows []*flow, want func(kind) bool) int {
	for i, fl := range paramFlows {
		if fl == nil || !want(fl.kind) || fl.releases() {
			// A function that closes what it wraps on some path (when
			// it fails) takes the resource over: the call hands it off.
			continue
		}
		for j, v := range o.fresh {
			if own[j] {
				continue
			}
			if h, ok := fl.structs[v]; ok && h.owns {
				return i
			}
			// reopen(conn) returns what another wrapper of conn,
			// NewSession(conn), made around it.
			if call, j := resultOf(v); call != nil && fl.aliases[v] && c.wrappingArg(&call.Call, j) != nil {
				return i
			}
		}
		// A store that still hands the parameter off (into an element
		// rather than a field) may fill a new value among the results.
		for instr := range fl.events {
			st, ok := instr.(*ssa.Store)
			if !ok {
				continue
			}
			if root := allocRoot(st.Addr); root != nil && (slices.Contains(o.fresh, ssa.Value(root)) || copiedInto(root, o.fresh, 0)) {
				return i
			}
		}
	}
	return -1
}

// holdsOwn reports whether the new value v also holds, in a field, a
// resource that its function acquired itself: NewSession(conn) that
// opens a log file for the session makes a new resource, which its caller
// must close, not a wrapper of conn.
func (c *checker) holdsOwn(v ssa.Value) bool {
	alloc, ok := v.(*ssa.Alloc)
	if !ok || alloc.Parent() == nil {
		return false
	}
	for _, b := range alloc.Parent().Blocks {
		for _, instr := range b.Instrs {
			st, ok := instr.(*ssa.Store)
			if !ok || allocRoot(st.Addr) != alloc {
				continue
			}
			call, j := resultOf(st.Val)
			if call == nil || takesParam(call) {
				continue // a part built around what it was given: NewScanner(file)
			}
			for _, a := range c.resultsOf(call) {
				if a.index == j {
					return true
				}
			}
		}
	}
	return false
}

// takesParam reports whether the call is given a parameter of its
// function (converted to an interface or not).
func takesParam(call *ssa.Call) bool {
	for _, a := range call.Call.Args {
		for range 4 {
			switch x := a.(type) {
			case *ssa.MakeInterface:
				a = x.X
				continue
			case *ssa.ChangeType:
				a = x.X
				continue
			case *ssa.ChangeInterface:
				a = x.X
				continue
			}
			break
		}
		if _, ok := a.(*ssa.Parameter); ok {
			return true
		}
	}
	return false
}
