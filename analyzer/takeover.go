package analyzer

import (
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"
)

// This file checks the parameters that a function takes over. A
// constructor documented to own the connection it is given closes it when
// it fails and keeps it when it succeeds; a third path that does neither
// leaks it, and no caller can tell. The shape is inferred from the code: a
// parameter of a resource type that the function releases on some path
// and keeps (returns, stores, sends, gives to an owner) on another is the
// function's to release. Other parameters are borrowed and never checked.

// checkTakenOver reports the parameters of fn that it takes over and then
// leaks on some path.
func (fc *funcChecker) checkTakenOver() {
	fn := fc.fn
	for i, p := range fn.Params {
		if i == 0 && fn.Signature.Recv() != nil {
			continue // a method's receiver is the object itself, not given to it
		}
		k := fc.kindOf(p.Type())
		if k == notResource || fc.ignores.covers(fc.pass.Fset.Position(p.Pos())) {
			continue
		}
		fl := fc.trace(p, k, false)
		closedAt := firstRelease(fl, fn)
		if !closedAt.IsValid() || !keeps(fl) {
			continue
		}
		a := &acquisition{value: p, kind: k, err: errorParam(fn)}
		if leaks := fc.searchFrom(a, fl, func(event) bool { return true }); len(leaks) > 0 {
			fc.reportTakenOver(p, k, closedAt, leaks)
		}
	}
}

// errorParam returns the only parameter of fn of type error, or nil. A
// function given a resource with the error of its acquisition
// (track(rows, err)) has no resource when that error is not nil.
func errorParam(fn *ssa.Function) ssa.Value {
	var errp ssa.Value
	for _, p := range fn.Params {
		if types.Identical(p.Type(), errorType) {
			if errp != nil {
				return nil
			}
			errp = p
		}
	}
	return errp
}

// firstRelease returns the position of the first instruction of fn that
// releases the resource of fl, or token.NoPos.
func firstRelease(fl *flow, fn *ssa.Function) token.Pos {
	first := token.NoPos
	for instr, e := range fl.events {
		if pos := instr.Pos(); e == released && instr.Parent() == fn && pos.IsValid() && (!first.IsValid() || pos < first) {
			first = pos
		}
	}
	return first
}

// keeps reports whether the function keeps the resource of fl on some
// path: it returns it (alone or in what it builds) or stores it where
// it outlives the call. Giving it to a callee that may keep it is not
// enough: a helper that reads a body and closes it on failure does not
// own it.
func keeps(fl *flow) bool {
	if fl.kept() {
		return true
	}
	for instr, e := range fl.events {
		if _, isReturn := instr.(*ssa.Return); isReturn && e == handedOff {
			return true
		}
	}
	return false
}

// reportTakenOver reports the leaks of the parameter p that its function
// takes over, at the parameter.
func (fc *funcChecker) reportTakenOver(p *ssa.Parameter, k kind, closedAt token.Pos, leaks []leak) {
	subj := subject{name: p.Name(), kind: k}
	first := leaks[0]
	cond, condLine := fc.condition(first.branch)
	d := analysis.Diagnostic{
		Pos:     p.Pos(),
		Message: msgTakenOver(subj, fc.fn.Name(), fc.line(closedAt), fc.exitOf(first), cond, condLine, first.taken),
	}
	for _, l := range leaks {
		d.Related = append(d.Related, analysis.RelatedInformation{Pos: fc.exitPos(l), Message: msgTakenOverExit(subj, fc.exitOf(l), fc.fn.Name())})
	}
	fc.pass.Report(d)
}
