package analyzer

import (
	"go/token"
	"slices"

	"golang.org/x/tools/go/ssa"
)

// This file follows, along each path of the search, the variable that
// holds an acquisition's error when the function keeps it in memory (a
// closure captures err, so it is no SSA value): on a path that stores
// something else there, a later check of the variable no longer says
// whether the acquisition failed; on a path that stores nothing else, it
// does, whatever other paths store.

// An errVar is the local variable that the acquisition's error is stored
// into, right after the call, and the other stores into it.
type errVar struct {
	cell   ssa.Value
	others map[ssa.Instruction]bool
}

// errVarOf returns the variable that holds the error of a, or nil: the
// one local variable that a.err is stored into, in the acquisition's
// block after the call, which no closure assigns and whose address goes
// nowhere else.
func errVarOf(a *acquisition) *errVar {
	if a.err == nil || a.call == nil {
		return nil
	}
	var mine *ssa.Store
	for _, r := range usesOf(a.err) {
		st, ok := r.(*ssa.Store)
		if !ok || st.Val != a.err {
			continue
		}
		if mine != nil || !isErrCell(st.Addr) {
			return nil
		}
		mine = st
	}
	if mine == nil || mine.Block() != a.call.Block() {
		return nil
	}
	ev := &errVar{cell: mine.Addr, others: map[ssa.Instruction]bool{}}
	for _, r := range usesOf(mine.Addr) {
		switch r := r.(type) {
		case *ssa.Store:
			if r != mine {
				ev.others[r] = true
			}
		case *ssa.MakeClosure:
			if i := slices.Index(r.Bindings, mine.Addr); i >= 0 && assignsFree(r.Fn.(*ssa.Function).FreeVars[i]) {
				return nil // a closure may assign the error
			}
		}
	}
	return ev
}

// isErrCell reports whether addr is a local variable that only the
// function changes before it returns: a local cell (see isLocalCell)
// whose address may also go to deferred calls (defer check(f, &err)),
// which run only once it returns.
func isErrCell(addr ssa.Value) bool { return localCell(addr, true) }

// assignsFree reports whether the closure does anything but load the
// variable that its free variable fv is the address of.
func assignsFree(fv *ssa.FreeVar) bool { return setsFree(fv, false, 0) }

// setsFree is assignsFree; where nested is set, a closure that the body
// makes over fv in turn counts by what it does with it, and debug
// references count as reads (see closureMaySet).
func setsFree(fv *ssa.FreeVar, nested bool, depth int) bool {
	if depth > maxNesting {
		return true
	}
	for _, r := range usesOf(fv) {
		switch r := r.(type) {
		case *ssa.UnOp:
		case *ssa.DebugRef:
			if !nested {
				return true
			}
		case *ssa.MakeClosure:
			if !nested || closureMaySet(r, fv, depth+1) {
				return true
			}
		default:
			return true
		}
	}
	return false
}

// mark adds the other stores into the variable to the marks of the
// search, so that a path sees them.
func (ev *errVar) mark(m blockMarks) blockMarks {
	if ev == nil || len(ev.others) == 0 {
		return m
	}
	out := blockMarks{}
	for b, pos := range m {
		out[b] = slices.Clone(pos)
	}
	for st := range ev.others {
		out.add(st)
	}
	for b, pos := range out {
		slices.Sort(pos)
		out[b] = slices.Compact(pos)
	}
	return out
}

// reads reports whether v loads the variable: then, on a path that has
// stored nothing else there, v is the acquisition's error.
func (ev *errVar) reads(v ssa.Value) bool {
	load, ok := v.(*ssa.UnOp)
	return ev != nil && ok && load.Op == token.MUL && load.X == ev.cell
}
