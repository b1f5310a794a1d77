package analyzer

import (
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
	var seed ssa.Value
	isCell := false
	switch {
	case h.param >= 0 && h.param < len(h.fn.Params):
		seed = h.fn.Params[h.param]
	case h.free >= 0 && h.free < len(h.fn.FreeVars):
		seed = h.fn.FreeVars[h.free]
		isCell = h.fn.Synthetic == "" // closures capture variables by address
	default:
		return nil, nil
	}
	t := seed.Type()
	if p, ok := t.(*types.Pointer); ok && isCell {
		t = p.Elem()
	}
	if own := c.kindOf(t); own != notResource {
		k = own // the goroutine may get a part, such as a response's body
	}
	gc := &funcChecker{checker: c, fn: h.fn, noReturn: c.noReturnCalls(h.fn)}
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
			if !ok {
				continue
			}
			fl := c.traceFrom(seed, closer, false, &structHolding{path: strings.Split(rest, "."), owns: true})
			if len(gc.search(a, fl)) == 0 {
				return gc, nil
			}
		}
	}
	return gc, leaks
}

// checkGoroutines reports the first goroutine started with the resource
// of a, traced as fl, that leaks it. A goroutine owns the resource only
// when starting it is all the function does with it: a function that
// also closes it (defer w.Close() after go watch(w)) or hands it to
// someone else only lends it to the goroutine. Neither do goroutines own
// it when, on every path of the function, one of the goroutines it starts
// releases it on all of its own paths and the others only read it: they
// share it with that one (a tunnel's two copies, one of which closes the
// target when its copy ends), and the resource is released whatever they
// do.
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
	releases := map[ssa.Instruction]bool{}
	for _, f := range byGo {
		if f.closes {
			releases[f.h.instr] = true
		}
	}
	if fc.sharedRelease(a, fl, releases) {
		return
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
// of its own paths (the instructions in releases) is started, and the
// others only read it.
func (fc *funcChecker) sharedRelease(a *acquisition, fl *flow, releases map[ssa.Instruction]bool) bool {
	if len(releases) == 0 {
		return false
	}
	for _, h := range fl.goroutines {
		if !releases[h.instr] && !onlyReads(h) {
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
	for _, r := range *h.fn.FreeVars[h.free].Referrers() {
		switch r := r.(type) {
		case *ssa.UnOp:
			if r.Op != token.MUL {
				return false
			}
		case *ssa.DebugRef:
		default:
			return false
		}
	}
	return true
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
