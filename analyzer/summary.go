package analyzer

import (
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// A summary is what a function does with the resources it is given, and
// which of its results are not new resources for its caller. Summaries of
// this package's functions are computed on demand; those of other packages
// come from Summary facts.
type summary struct {
	params   []bool // params[i]: parameter i is closed or kept on some path
	releases []bool // releases[i]: parameter i is closed on every path
	freeVars []bool // freeVars[i]: likewise for a closure's free variable i
	borrowed uint64 // bit i: result i belongs to someone else
	// forwards[j] is i+1 when result j is always parameter i (or nil), as
	// in must(v, err) or a generic identity: what the caller passes in, it
	// gets back.
	forwards []int
	// wraps[j] is i+1 when result j is a new value that holds parameter
	// i in a field, as NewClient(conn) returns &Client{conn: conn}.
	wraps []int
	// closes lists, sorted, the fields of parameters ("p0.conn") and free
	// variables ("f1.conn") that the function closes or hands over on
	// some path: (*Client).Close closes p0.conn.
	closes []string
	// gives lists, sorted, the results that give back what a field of a
	// parameter holds, each as "r0=p0.conn": (*Client).Conn returns
	// c.conn, and a constructor may move cfg.Conn into the value it
	// returns.
	gives []string
}

// wrapped returns the result that holds argument i, or -1.
func (s *summary) wrapped(i int) int {
	for j, p := range s.wraps {
		if p == i+1 {
			return j
		}
	}
	return -1
}

// forwarded returns the result through which argument i comes back, or -1.
func (s *summary) forwarded(i int) int {
	for j, p := range s.forwards {
		if p == i+1 {
			return j
		}
	}
	return -1
}

// consumes reports whether a resource passed as argument i is handed off.
func (s *summary) consumes(i int) bool { return i < len(s.params) && s.params[i] }

// release reports whether a resource passed as argument i is released on
// every path through the function.
func (s *summary) release(i int) bool { return i < len(s.releases) && s.releases[i] }

// consumesFree reports whether a resource captured as free variable i is
// released or handed off by the closure.
func (s *summary) consumesFree(i int) bool { return i < len(s.freeVars) && s.freeVars[i] }

// trivial is the summary of a function that keeps nothing it is given and
// whose results, if resources, are new.
var trivial = &summary{}

// summaryOf returns the summary of fn.
func (c *checker) summaryOf(fn *ssa.Function) *summary {
	if s, ok := c.summaries[fn]; ok {
		return s
	}
	if o := fn.Origin(); o != nil {
		// An instance of a generic function does what its origin does.
		return c.summaryOf(o)
	}
	if fn.Blocks == nil {
		s := c.importedSummary(fn)
		c.summaries[fn] = s
		return s
	}
	// A recursive call sees this assumption, which errs towards reporting
	// nothing: everything given is kept, every result is new.
	c.summaries[fn] = &summary{params: allTrue(len(fn.Params)), releases: make([]bool, len(fn.Params)), freeVars: allTrue(len(fn.FreeVars))}
	s := c.computeSummary(fn)
	c.summaries[fn] = s
	return s
}

func allTrue(n int) []bool {
	s := make([]bool, n)
	for i := range s {
		s[i] = true
	}
	return s
}

// importedSummary returns the summary of a function of another package,
// from its fact.
func (c *checker) importedSummary(fn *ssa.Function) *summary {
	obj, ok := fn.Object().(*types.Func)
	if !ok || obj.Pkg() == nil || obj.Pkg() == c.pass.Pkg {
		return trivial
	}
	var fact Summary
	if !c.pass.ImportObjectFact(obj.Origin(), &fact) {
		return trivial
	}
	n := fn.Signature.Params().Len() + 1
	s := &summary{borrowed: fact.Borrowed, forwards: fact.Forwards, wraps: fact.Wraps, closes: fact.Closes, gives: fact.Gives, params: make([]bool, n), releases: make([]bool, n)}
	for i := range n {
		s.params[i] = i < 64 && fact.Consumes&(1<<i) != 0
		s.releases[i] = i < 64 && fact.Releases&(1<<i) != 0
	}
	return s
}

// computeSummary works out the summary of a function with a body.
func (c *checker) computeSummary(fn *ssa.Function) *summary {
	s := &summary{params: make([]bool, len(fn.Params)), releases: make([]bool, len(fn.Params)), freeVars: make([]bool, len(fn.FreeVars))}
	paramFlows := make([]*flow, len(fn.Params))
	for i, p := range fn.Params {
		if canHoldResource(p.Type()) {
			fl := c.trace(p, c.kindOf(p.Type()), false)
			paramFlows[i] = fl
			s.params[i] = len(fl.events) > 0
			s.releases[i] = c.releasedOnAllPaths(fn, p, fl)
			closes, gives := c.fieldUses(p, fieldRoot("p", i), false)
			s.closes = append(s.closes, closes...)
			s.gives = append(s.gives, gives...)
		}
	}
	for i, fv := range fn.FreeVars {
		// Closures capture variables by address; bound method wrappers
		// capture the receiver itself.
		isCell := fn.Synthetic == ""
		t := fv.Type()
		if p, ok := t.(*types.Pointer); ok && isCell {
			t = p.Elem()
		}
		if canHoldResource(t) {
			s.freeVars[i] = len(c.trace(fv, c.kindOf(t), isCell).events) > 0
			closes, _ := c.fieldUses(fv, fieldRoot("f", i), isCell)
			s.closes = append(s.closes, closes...)
		}
	}
	results := fn.Signature.Results()
	for i := 0; i < results.Len() && i < 64; i++ {
		if !canHoldResource(results.At(i).Type()) {
			continue
		}
		o := c.resultOrigins(fn, i)
		borrowed, param := c.resultBorrowed(fn, o)
		// A borrowed empty interface matters too: the caller may assert
		// a resource out of it.
		if t := results.At(i).Type(); borrowed && (c.kindOf(t) != notResource || isTypeParam(t) || isEmptyInterface(t)) {
			s.borrowed |= 1 << i
		}
		if param >= 0 {
			if s.forwards == nil {
				s.forwards = make([]int, results.Len())
			}
			s.forwards[i] = param + 1
		}
		if p := wrappedParam(o, paramFlows); p >= 0 && !borrowed {
			if s.wraps == nil {
				s.wraps = make([]int, results.Len())
			}
			s.wraps[i] = p + 1
		}
	}
	return s
}

// wrappedParam returns the parameter that a new value among the origins o
// of a result holds in a field, or -1. The flow of a parameter records
// the new values that hold it only when closing them closes it too (see
// holds), so a statement pointing back at its connection wraps nothing.
func wrappedParam(o *origins, paramFlows []*flow) int {
	for i, fl := range paramFlows {
		if fl == nil || fl.releases() {
			// A function that closes what it wraps on some path (when
			// it fails) takes the resource over: the call hands it off.
			continue
		}
		for _, v := range o.fresh {
			if h, ok := fl.holders[v]; ok && h.owns {
				return i
			}
		}
	}
	return -1
}

func isEmptyInterface(t types.Type) bool {
	iface, ok := types.Unalias(t).Underlying().(*types.Interface)
	return ok && iface.Empty()
}

func isTypeParam(t types.Type) bool {
	_, ok := types.Unalias(t).(*types.TypeParam)
	return ok
}

// releasedOnAllPaths reports whether every path through fn releases
// (closes, commits or rolls back) its parameter p, traced as fl.
func (c *checker) releasedOnAllPaths(fn *ssa.Function, p *ssa.Parameter, fl *flow) bool {
	if !fl.releases() {
		return false
	}
	fc := &funcChecker{checker: c, fn: fn, noReturn: c.noReturnCalls(fn)}
	a := &acquisition{value: p, kind: fl.kind}
	return len(fc.searchFrom(a, fl, func(e event) bool { return e == released })) == 0
}

// canHoldResource reports whether a value of type t can be or contain a
// resource that a function could close or keep.
func canHoldResource(t types.Type) bool {
	switch t := types.Unalias(t).Underlying().(type) {
	case *types.Basic:
		return false
	case *types.Slice, *types.Array, *types.Map, *types.Chan, *types.Signature:
		return true
	case *types.Struct:
		return t.NumFields() > 0
	}
	return true
}

// fact returns the Summary fact for s, and whether it says anything.
func (s *summary) fact() (*Summary, bool) {
	f := &Summary{Borrowed: s.borrowed, Forwards: s.forwards, Wraps: s.wraps}
	for _, p := range s.closes {
		if strings.HasPrefix(p, "p") {
			f.Closes = append(f.Closes, p)
		}
	}
	f.Gives = s.gives
	for i, p := range s.params {
		if p && i < 64 {
			f.Consumes |= 1 << i
		}
		if s.releases[i] && i < 64 {
			f.Releases |= 1 << i
		}
	}
	return f, f.Consumes != 0 || f.Borrowed != 0 || f.Forwards != nil || f.Wraps != nil || f.Closes != nil || f.Gives != nil
}
