package analyzer

import (
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"
)

// This file checks the goroutines that a function starts with a resource.
// go serve(conn) hands conn off: from then on the goroutine owns it, and a
// goroutine that returns early without closing it leaks it as surely as
// the function would have.

// A handoff is a go statement that gives the resource to a goroutine, as
// parameter param or free variable free (the other is -1) of fn.
type handoff struct {
	instr ssa.Instruction
	fn    *ssa.Function
	param int
	free  int
}

// goroutineLeaks searches the goroutine of h for paths on which it
// neither releases nor hands off the resource, of kind k in the function
// that started it. It returns the checker of the goroutine's function
// and the leaks, if it can read that function.
func (c *checker) goroutineLeaks(h handoff, k kind) (*funcChecker, []leak) {
	if h.fn.Blocks == nil {
		return nil, nil
	}
	seed, isCell, t := goroutineSeed(h)
	if seed == nil {
		return nil, nil
	}
	if own := c.kindOf(t); own != notResource {
		k = own // the goroutine may get a part, such as a response's body
	}
	gc := &funcChecker{checker: c, fn: h.fn, noReturn: c.noReturnCalls(h.fn), argFlags: constantFlags(h)}
	a := &acquisition{value: seed, kind: k}
	leaks := gc.search(a, c.trace(seed, k, isCell))
	if len(leaks) > 0 && !isCell && c.kindOf(t) == notResource {
		// A plain struct built around the resource (a handler around its
		// conn): the goroutine releases it if it closes on all paths a
		// field of the struct, the one that holds the resource.
		root := fieldRoot("p", h.param)
		if h.param < 0 {
			root = fieldRoot("f", h.free)
		}
		for _, field := range c.summaryOf(h.fn).closes {
			rest, ok := strings.CutPrefix(field, root+".")
			if !ok || strings.HasSuffix(rest, "[]") {
				continue // not a field, or the elements of one
			}
			fl := c.traceFrom(seed, closer, false, &structHolding{path: strings.Split(rest, "."), owns: true})
			if len(gc.search(a, fl)) == 0 {
				return gc, nil
			}
		}
	}
	return gc, leaks
}

// constantFlags returns, for the go statement of h, the conditional
// jumps of the goroutine's function on a boolean parameter that the
// statement gives a constant, with the successor that the constant rules
// out: go l.handleConn(true, stream) runs `if inMux { defer
// conn.Close() }` one way only.
func constantFlags(h handoff) map[*ssa.If]int {
	g, ok := h.instr.(*ssa.Go)
	if !ok || g.Call.StaticCallee() != h.fn || len(g.Call.Args) != len(h.fn.Params) {
		return nil
	}
	var ruled map[*ssa.If]int
	for _, b := range h.fn.Blocks {
		t, ok := b.Instrs[len(b.Instrs)-1].(*ssa.If)
		if !ok {
			continue
		}
		cond, negated := t.Cond, false
		if u, ok := cond.(*ssa.UnOp); ok && u.Op == token.NOT {
			cond, negated = u.X, true
		}
		p, ok := cond.(*ssa.Parameter)
		if !ok {
			continue
		}
		k, ok := g.Call.Args[slices.Index(h.fn.Params, p)].(*ssa.Const)
		if !ok || k.Value == nil || k.Value.Kind() != constant.Bool {
			continue
		}
		if ruled == nil {
			ruled = map[*ssa.If]int{}
		}
		// Successor 0 runs where the condition holds.
		if holds := constant.BoolVal(k.Value) != negated; holds {
			ruled[t] = 1
		} else {
			ruled[t] = 0
		}
	}
	return ruled
}

// goroutineSeed returns the value through which the goroutine of h gets
// the resource, whether it is a variable that holds it (a closure
// captures variables by address), and the type of what it holds; seed is
// nil if h names no parameter or free variable of the goroutine.
func goroutineSeed(h handoff) (seed ssa.Value, isCell bool, t types.Type) {
	switch {
	case h.param >= 0 && h.param < len(h.fn.Params):
		seed = h.fn.Params[h.param]
	case h.free >= 0 && h.free < len(h.fn.FreeVars):
		seed = h.fn.FreeVars[h.free]
		isCell = h.fn.Synthetic == ""
	default:
		return nil, false, nil
	}
	t = seed.Type()
	if p, ok := t.(*types.Pointer); ok && isCell {
		t = p.Elem()
	}
	return seed, isCell, t
}

// checkGoroutines reports the first goroutine started with the resource
// of a, traced as fl, that leaks it. A goroutine owns the resource only
// when starting it is all the function does with it: a function that
// also closes it (defer w.Close() after go watch(w)) or hands it to
// someone else only lends it to the goroutine. Neither do goroutines own
// it when, on every path of the function, one of the goroutines it starts
// closes it on all of its own paths and the others only read it: they
// share it with that one (a tunnel's two copies, one of which closes the
// target when its copy ends), and the resource is released whatever they
// do. A goroutine that only hands the resource on (go io.Copy(target,
// client), a goroutine that starts another) closes nothing for the
// others.
func (fc *funcChecker) checkGoroutines(a *acquisition, fl *flow) {
	for instr := range fl.events {
		if !slices.ContainsFunc(fl.goroutines, func(h handoff) bool { return h.instr == instr }) {
			return
		}
	}
	// A goroutine given the resource through several values (a handler
	// built around the conn, and the conn itself for logging) releases
	// it if it releases one of them on all of its paths.
	type found struct {
		h      handoff
		gc     *funcChecker
		leaks  []leak
		closes bool
	}
	var byGo []*found
	for _, h := range fl.goroutines {
		i := slices.IndexFunc(byGo, func(f *found) bool { return f.h.instr == h.instr })
		if i < 0 {
			byGo = append(byGo, &found{h: h})
			i = len(byGo) - 1
		}
		if byGo[i].closes {
			continue
		}
		gc, leaks := fc.goroutineLeaks(h, fl.kind)
		switch {
		case len(leaks) == 0:
			byGo[i].closes = true
		case byGo[i].leaks == nil:
			byGo[i].h, byGo[i].gc, byGo[i].leaks = h, gc, leaks
		}
	}
	if len(byGo) > 1 {
		releases := map[ssa.Instruction]bool{}
		for _, f := range byGo {
			if f.closes && fc.goroutineReleases(f.h, fl.kind) {
				releases[f.h.instr] = true
			}
		}
		if fc.sharedRelease(a, fl, releases) {
			return
		}
	}
	for _, f := range byGo {
		if !f.closes && len(f.leaks) > 0 {
			fc.reportGoroutineLeaks(a, f.h, f.gc, f.leaks)
			return
		}
	}
}

// sharedRelease reports whether the goroutines of fl share the resource
// of a: on every path of the function one of them that releases it on all
// of its own paths (the instructions in releases) is started, the others
// only read it, and the variables through which they get it are assigned
// once.
func (fc *funcChecker) sharedRelease(a *acquisition, fl *flow, releases map[ssa.Instruction]bool) bool {
	if len(releases) == 0 {
		return false
	}
	for _, h := range fl.goroutines {
		if (!releases[h.instr] && !onlyReads(h)) || !assignedOnce(h, fl) {
			return false
		}
	}
	return len(fc.search(a, fl.onlyAt(releases))) == 0
}

// onlyReads reports whether the goroutine of h only reads the variable
// through which it gets the resource. One that assigns it (target =
// redial()) may change what the goroutine that closes the resource
// closes, and one that gives the variable's address on may let other
// code do so.
func onlyReads(h handoff) bool {
	if h.free < 0 || h.free >= len(h.fn.FreeVars) || h.fn.Synthetic != "" {
		return true // a parameter or a bound receiver is a copy
	}
	return onlyLoaded(h.fn.FreeVars[h.free])
}

// reportGoroutineLeaks reports the leaks of a by the goroutine of h,
// whose function gc checked.
func (fc *funcChecker) reportGoroutineLeaks(a *acquisition, h handoff, gc *funcChecker, leaks []leak) {
	s := fc.siteOf(a)
	subj := fc.subjectOf(a, s)
	first := leaks[0]
	cond, condLine := gc.condition(first.branch)
	d := analysis.Diagnostic{
		Pos:     reportPos(a, s),
		Message: msgGoroutineLeak(subj, fc.line(h.instr.Pos()), gc.exitOf(first), cond, condLine, first.taken),
	}
	acqLine := fc.line(a.call.Pos())
	for _, l := range leaks {
		if l.overwrite() {
			continue // the goroutine's own acquisition, not this resource
		}
		d.Related = append(d.Related, analysis.RelatedInformation{Pos: gc.exitPos(l), Message: msgExit(subj, gc.exitOf(l), acqLine)})
	}
	fc.pass.Report(d)
}

// onlyAt returns a copy of f whose only events are those of the
// instructions in keep: a search of it finds the paths on which none of
// them runs.
func (f *flow) onlyAt(keep map[ssa.Instruction]bool) *flow {
	g := *f
	g.events = map[ssa.Instruction]event{}
	for instr, e := range f.events {
		if keep[instr] {
			g.events[instr] = e
		}
	}
	return &g
}

// goroutineReleases reports whether the goroutine of h releases the
// resource, of kind k in the function that started it, on every one of
// its own paths: it closes it, or gives it to a function that closes it
// on all of its paths. A goroutine that only hands the resource on (to a
// function whose body this package does not hold, such as io.Copy, to a
// further goroutine, to a callback) has not released it for the
// goroutines that share it.
func (c *checker) goroutineReleases(h handoff, k kind) bool {
	if h.fn.Blocks == nil {
		return h.param >= 0 && c.summaryOf(h.fn).release(h.param)
	}
	seed, isCell, t := goroutineSeed(h)
	if seed == nil {
		return false
	}
	if own := c.kindOf(t); own != notResource {
		k = own
	}
	fl := c.trace(seed, k, isCell)
	releases := map[ssa.Instruction]bool{}
	for instr, e := range fl.events {
		if e == released {
			releases[instr] = true
		}
	}
	gc := &funcChecker{checker: c, fn: h.fn, noReturn: c.noReturnCalls(h.fn)}
	return len(gc.search(&acquisition{value: seed, kind: k}, fl.onlyAt(releases))) == 0
}

// assignedOnce reports whether the variable through which the closure of
// h gets the resource, if it is one, is assigned once in the function
// that starts the goroutine, where it is declared: a variable set again
// later (c = fallback, target = nil, a redial in a loop) may make the
// goroutine that closes it close something else.
func assignedOnce(h handoff, fl *flow) bool {
	if h.free < 0 || h.fn.Synthetic != "" {
		return true
	}
	call, ok := h.instr.(ssa.CallInstruction)
	if !ok {
		return false
	}
	var cell *ssa.Alloc
	for _, v := range append([]ssa.Value{call.Common().Value}, call.Common().Args...) {
		if mc, ok := v.(*ssa.MakeClosure); ok && mc.Fn == h.fn && h.free < len(mc.Bindings) {
			cell, _ = mc.Bindings[h.free].(*ssa.Alloc)
		}
	}
	if cell == nil {
		return false
	}
	var stores []*ssa.Store
	for _, r := range usesOf(cell) {
		if st, ok := r.(*ssa.Store); ok && st.Addr == cell {
			stores = append(stores, st)
		}
	}
	if len(stores) == 1 && stores[0].Block() == cell.Block() {
		return true
	}
	// listener, err = net.Listen("unix", p) on one branch and
	// net.Listen("tcp", a) on the other: each path assigns it before
	// the goroutine starts, nothing assigns it after, and nothing else
	// after the resource (c := target; if fallback { c = other }).
	after := reachable(call.Block().Succs, func(b *ssa.BasicBlock) []*ssa.BasicBlock { return b.Succs })
	for _, st := range stores {
		if after[st.Block()] || (st.Block() == call.Block() && !before(st, call)) {
			return false
		}
		if !fl.aliases[st.Val] {
			continue
		}
		later := reachedFrom(st.Block())
		for _, other := range stores {
			if other != st && later[other.Block()] && (other.Block() != st.Block() || before(st, other)) {
				return false
			}
		}
	}
	return len(stores) > 0
}
