package analyzer

import (
	"go/constant"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ssa"
)

// A leak is a place where a resource is lost on some path.
type leak struct {
	exit ssa.Instruction // the *ssa.Return reached, or the acquisition reached again
	// branch is the last conditional jump on the path found to exit, and
	// taken the successor it took; branch is nil when the path has none.
	branch *ssa.If
	taken  bool
}

// overwrite reports whether the leak is the acquisition running again
// while the previous resource is still open.
func (l leak) overwrite() bool {
	_, ok := l.exit.(*ssa.Call)
	return ok
}

// blockMarks records, for each block, the positions of the instructions
// that end a path: events of one resource, or calls that never return.
type blockMarks map[*ssa.BasicBlock][]int

func (m blockMarks) add(instr ssa.Instruction) {
	b := instr.Block()
	m[b] = append(m[b], slices.Index(b.Instrs, instr))
}

// first returns the first marked position at or after start, or -1.
func (m blockMarks) first(b *ssa.BasicBlock, start int) int {
	best := -1
	for _, i := range m[b] {
		if i >= start && (best < 0 || i < best) {
			best = i
		}
	}
	return best
}

// search walks the control-flow graph from the acquisition a and returns
// each exit that a path reaches with the resource still open.
//
// A path ends, without a leak, at an instruction that releases or hands off
// the resource (fl.events, where a defer counts as a release since it
// covers every later return), at a call that never returns, at a panic, or
// on the branch of a test proving that there is no resource: the
// acquisition's error is not nil, the resource is nil, or a call that
// releases it when it fails failed ((*sql.Rows).Next returned false). A
// path that reaches a return, or the acquisition itself again, leaks.
//
// Each block is entered at most once, so the search is linear in the size
// of the function.
func (fc *funcChecker) search(a *acquisition, fl *flow) []leak {
	return fc.searchFrom(a, fl, func(event) bool { return true })
}

// searchFrom is search counting only the events that ends accepts. When
// a.call is nil, the resource is a parameter: the walk starts at the entry.
func (fc *funcChecker) searchFrom(a *acquisition, fl *flow, ends func(event) bool) []leak {
	marks := blockMarks{}
	for instr, e := range fl.events {
		if ends(e) {
			marks.add(instr)
		}
	}
	acqBlock, acqIndex := fc.fn.Blocks[0], -1
	if a.call != nil {
		acqBlock = a.call.Block()
		acqIndex = slices.Index(acqBlock.Instrs, ssa.Instruction(a.call))
	}
	type step struct {
		from  *ssa.If
		taken bool
	}
	via := map[*ssa.BasicBlock]step{acqBlock: {}}
	var again *step // how the acquisition's block was entered again, by a loop
	var leaks []leak
	queue := []*ssa.BasicBlock{acqBlock}
	enter := func(succ *ssa.BasicBlock, s step) {
		if succ == acqBlock && a.call != nil {
			if again == nil {
				again = &s
				queue = append(queue, nil) // nil stands for the second entry
			}
			return
		}
		if _, seen := via[succ]; !seen {
			via[succ] = s
			queue = append(queue, succ)
		}
	}
	for len(queue) > 0 {
		b := queue[0]
		queue = queue[1:]
		if b == nil {
			// Back at the top of the acquisition's block: the call runs
			// again unless the path ends before it.
			stop := minMark(marks.first(acqBlock, 0), fc.noReturn.first(acqBlock, 0))
			if stop < 0 || stop > acqIndex {
				leaks = append(leaks, leak{exit: a.call, branch: again.from, taken: again.taken})
			}
			continue
		}
		start := 0
		if b == acqBlock && a.call != nil {
			start = acqIndex + 1
		}
		if minMark(marks.first(b, start), fc.noReturn.first(b, start)) >= 0 {
			continue
		}
		switch t := b.Instrs[len(b.Instrs)-1].(type) {
		case *ssa.Return:
			if !fc.exitsProcess {
				leaks = append(leaks, leak{exit: t, branch: via[b].from, taken: via[b].taken})
			}
		case *ssa.If:
			closed := fc.closedBranch(a, fl, t)
			if never := impossibleBranch(t); never >= 0 {
				closed = never // a branch that cannot be taken leaks nothing
			}
			for i, succ := range b.Succs {
				switch {
				case closed < 0:
					enter(succ, step{from: t, taken: i == 0})
				case i != closed:
					// The resource's own check, passed: it says nothing
					// about how the path leaks.
					enter(succ, via[b])
				}
			}
		default: // *ssa.Jump; *ssa.Panic has no successors
			for _, succ := range b.Succs {
				enter(succ, via[b])
			}
		}
	}
	return leaks
}

func minMark(a, b int) int {
	if a < 0 || (b >= 0 && b < a) {
		return b
	}
	return a
}

// closedBranch returns the successor of the conditional jump t on which
// the resource of a does not exist or is closed, or -1.
func (fc *funcChecker) closedBranch(a *acquisition, fl *flow, t *ssa.If) int {
	cond, negated := t.Cond, 0
	if u, ok := cond.(*ssa.UnOp); ok && u.Op == token.NOT {
		cond, negated = u.X, 1
	}
	branch := -1
	switch cond := cond.(type) {
	case *ssa.BinOp:
		if cond.Op != token.EQL && cond.Op != token.NEQ {
			break
		}
		x, y := cond.X, cond.Y
		if isNil(x) || fc.isErrOf(a, y) {
			x, y = y, x
		}
		if !isNil(y) {
			// err == io.EOF: where it holds, err is not nil, and
			// nothing was acquired.
			if cond.Op == token.EQL && fc.isErrOf(a, x) {
				branch = 0
			}
			break
		}
		switch {
		case fc.isErrOf(a, x):
			branch = 0 // err != nil: nothing was acquired
		case fl.aliases[x]:
			branch = 1 // v != nil: the false branch has no resource
		case fc.releasedByFailure(fl, x):
			branch = 0 // err != nil: the call that failed closed it
		}
		if branch >= 0 && cond.Op == token.EQL {
			branch = 1 - branch
		}
	case *ssa.Call:
		if fn := cond.Call.StaticCallee(); fn != nil {
			callee, _ := fn.Object().(*types.Func)
			if callee != nil && errorPredicates[fc.funcName(callee)] && len(cond.Call.Args) > 0 && fc.isErrOf(a, cond.Call.Args[0]) {
				branch = 0
				break
			}
		}
		if fc.releasedByFailure(fl, cond) {
			branch = 1 // rows.Next() returned false: the rows are closed
		}
	case *ssa.Extract:
		if fc.releasedByFailure(fl, cond) {
			branch = 1 // _, ok := it.Next(): likewise
		}
		// r, ok := v.(http.File) where v's own interface type has all of
		// http.File's methods fails only for a nil v: no resource.
		if ta, isAssert := cond.Tuple.(*ssa.TypeAssert); isAssert && cond.Index == 1 && fl.aliases[ta.X] && failsOnlyOnNil(ta) {
			branch = 1
		}
	}
	if branch >= 0 && negated == 1 {
		branch = 1 - branch
	}
	return branch
}

// releasedByFailure reports whether v is the last result of a call that
// releases the resource, passed to it, when it fails (returns false or a
// non-nil error).
func (fc *funcChecker) releasedByFailure(fl *flow, v ssa.Value) bool {
	var call *ssa.Call
	switch v := v.(type) {
	case *ssa.Call:
		call = v
	case *ssa.Extract:
		call, _ = v.Tuple.(*ssa.Call)
		if call == nil || v.Index != call.Call.Signature().Results().Len()-1 {
			return false
		}
	}
	if call == nil {
		return false
	}
	fn := call.Call.StaticCallee()
	if fn == nil {
		return false
	}
	sum := fc.summaryOf(fn)
	for i, arg := range call.Call.Args {
		if fl.aliases[arg] && sum.releaseOnFailure(i) {
			return true
		}
	}
	return false
}

// impossibleBranch returns the successor of t that a constant condition
// never takes, or -1. SSA turns a variable that is never assigned into a
// constant, so "if err != nil" on such an err compares two nils. The ok
// of a type assertion on a value just converted to an interface is a
// constant too: var r io.Reader = f; r.(io.Closer) cannot fail.
func impossibleBranch(t *ssa.If) int {
	cond, negated := t.Cond, 0
	if u, ok := cond.(*ssa.UnOp); ok && u.Op == token.NOT {
		cond, negated = u.X, 1
	}
	if e, ok := cond.(*ssa.Extract); ok && e.Index == 1 {
		if ta, ok := e.Tuple.(*ssa.TypeAssert); ok && cannotFail(ta) {
			return 1 - negated
		}
	}
	switch cond := t.Cond.(type) {
	case *ssa.Const:
		if cond.Value != nil && cond.Value.Kind() == constant.Bool {
			if constant.BoolVal(cond.Value) {
				return 1
			}
			return 0
		}
	case *ssa.BinOp:
		if (cond.Op == token.EQL || cond.Op == token.NEQ) && isNil(cond.X) && isNil(cond.Y) {
			if cond.Op == token.EQL {
				return 1
			}
			return 0
		}
	}
	return -1
}

// cannotFail reports whether the type assertion ta always succeeds: its
// operand is a value of a concrete type, converted to an interface (even
// a nil pointer has a type), that has the asserted type or implements it.
func cannotFail(ta *ssa.TypeAssert) bool {
	mi, ok := ta.X.(*ssa.MakeInterface)
	if !ok {
		return false
	}
	t := mi.X.Type()
	if _, isParam := types.Unalias(t).(*types.TypeParam); isParam {
		return false // instances have different types
	}
	if iface, ok := ta.AssertedType.Underlying().(*types.Interface); ok {
		return types.Implements(t, iface)
	}
	return types.Identical(t, ta.AssertedType)
}

// failsOnlyOnNil reports whether the type assertion ta of an interface
// value to an interface type fails only when the value is nil: the
// value's static type already has every method of the asserted type.
func failsOnlyOnNil(ta *ssa.TypeAssert) bool {
	iface, ok := ta.AssertedType.Underlying().(*types.Interface)
	return ok && types.IsInterface(ta.X.Type()) && types.Implements(ta.X.Type(), iface)
}

func isNil(v ssa.Value) bool {
	c, ok := v.(*ssa.Const)
	return ok && c.IsNil()
}

func isTrue(v ssa.Value) bool {
	c, ok := v.(*ssa.Const)
	return ok && c.Value != nil && c.Value.Kind() == constant.Bool && constant.BoolVal(c.Value)
}

// isErrOf reports whether v is the error result of the acquisition a: the
// value itself, or a load of a variable whose last store before the load,
// in the same block or a chain of single predecessors, stored it.
func (fc *funcChecker) isErrOf(a *acquisition, v ssa.Value) bool {
	return fc.isErrOfDepth(a, v, 0)
}

// isErrOfDepth is isErrOf looking through at most 8 φ-nodes: an error
// assigned on several branches (err from one of several Dial calls) is
// checked once where they join.
func (fc *funcChecker) isErrOfDepth(a *acquisition, v ssa.Value, depth int) bool {
	if a.err == nil {
		return false
	}
	if v == a.err {
		return true
	}
	if phi, ok := v.(*ssa.Phi); ok && depth < 8 {
		for _, e := range phi.Edges {
			if fc.isErrOfDepth(a, e, depth+1) {
				return true
			}
		}
		return false
	}
	// The variable may be local or captured (a closure's free variable):
	// what matters is the store that the load sees.
	load, ok := v.(*ssa.UnOp)
	if !ok || load.Op != token.MUL {
		return false
	}
	b, i := load.Block(), slices.Index(load.Block().Instrs, ssa.Instruction(load))
	for steps := 0; b != nil && steps < 64; steps++ {
		for j := i - 1; j >= 0; j-- {
			if st, ok := b.Instrs[j].(*ssa.Store); ok && st.Addr == load.X {
				return st.Val == a.err
			}
		}
		if len(b.Preds) != 1 {
			return false
		}
		b = b.Preds[0]
		i = len(b.Instrs)
	}
	return false
}
