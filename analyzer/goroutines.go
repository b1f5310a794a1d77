package analyzer

import (
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
// someone else only lends it to the goroutine.
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
	for _, f := range byGo {
		if !f.closes && len(f.leaks) > 0 {
			fc.reportGoroutineLeaks(a, f.h, f.gc, f.leaks)
			return
		}
	}
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
