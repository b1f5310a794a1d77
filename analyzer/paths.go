package analyzer

import (
	"go/constant"
	"go/token"
	"go/types"
	"maps"
	"slices"
	"strings"

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
// releases it when it fails failed ((*sql.Rows).Next returned false). An
// event counts only if the value it uses is the resource on that path: a
// φ-node entered from an edge that brings something else, or a variable
// into which something else was stored since, is not (holders.go). A
// deferred closure that closes what a variable holds ends no path: a
// return is fine if the variable still holds the resource there. A path
// that reaches a return, or the acquisition itself again, leaks.
//
// Each block is entered at most once for each state, so the search is
// linear in the size of the function.
func (fc *funcChecker) search(a *acquisition, fl *flow) []leak {
	return fc.searchFrom(a, fl, func(event) bool { return true })
}

// searchFrom is search counting only the events that ends accepts. When
// a.call is nil, the resource is a parameter: the walk starts at the entry.
//
// A block is entered once for each state with which a path reaches it,
// up to maxHoldings; past that it is entered as if every alias were the
// resource and every deferred release would release it.
func (fc *funcChecker) searchFrom(a *acquisition, fl *flow, ends func(event) bool) []leak {
	ev := errVarOf(a)
	stops := ev.mark(fl.stops(ends))
	for instr := range a.fills {
		stops.add(instr)
	}
	acqBlock, acqIndex := fc.fn.Blocks[0], -1
	if a.call != nil {
		acqBlock = a.call.Block()
		acqIndex = slices.Index(acqBlock.Instrs, ssa.Instruction(a.call))
	} else if a.from != nil {
		acqBlock = a.from.Block()
		acqIndex = slices.Index(acqBlock.Instrs, a.from)
	}
	pv := fc.pathValuesOf()
	start := state{known: pv.start(a, fc.lockDerefs)}
	if a.fills != nil {
		start.fill = unfilled
	}
	fillList := sortedInstrs(a.fills)
	if a.call != nil {
		start.held = fl.heldAt(a.call)
	}
	// The scratch of the last search, if no search running now has it
	// (this one may be run inside another).
	seen, queue := fc.searchSeen, fc.searchQueue[:0]
	fc.searchSeen, fc.searchQueue = nil, nil
	if seen == nil {
		seen = map[searchNode]bool{}
	} else {
		clear(seen)
	}
	seen[searchNode{acqBlock, start}] = true
	holdings := map[*ssa.BasicBlock]int{}
	// variants counts, by block, the states that differ from one
	// already seen only in what they know of path values; past
	// maxHoldings of them, a path enters knowing none, which covers
	// more paths, not fewer.
	variants := map[*ssa.BasicBlock]int{}
	again := false // a loop has reached the acquisition again
	var leaks []leak
	leaked := map[ssa.Instruction]bool{}
	queue = append(queue, searchItem{searchNode{acqBlock, start}, searchStep{}})
	// walk runs the instructions of b from start to end that matter,
	// and reports whether the path ends among them. A path that ends at
	// a conflict (see event) leaks there.
	asserted := fc.failureAsserted(a)
	walk := func(b *ssa.BasicBlock, start, end int, s state, via searchStep) (state, bool) {
		stop := fc.noReturn.first(b, start)
		if at := asserted.first(b, start); at >= 0 && (stop < 0 || at < stop) {
			stop = at
		}
		noReturn := stop >= 0 && stop < end
		if noReturn {
			end = stop
		}
		at := fc.walkStops(fl, stops, b, start, end, &s, ends, ev, a.fills, fillList)
		if at != nil && fl.events[at] == conflict && !leaked[at] && s.fill != unfilled {
			leaked[at] = true
			leaks = append(leaks, leak{exit: at, branch: via.from, taken: via.taken})
		}
		return s, at != nil || noReturn
	}
	enter := func(from *ssa.BasicBlock, succ *ssa.BasicBlock, s state, via searchStep) {
		s.held = fl.enter(succ, from, s.held)
		s.known = pv.enter(from, succ, s.known)
		if succ == acqBlock && a.call != nil {
			succ = nil // nil stands for the top of the acquisition's block
		}
		n := searchNode{succ, s}
		plain := n
		plain.s.known = known{}
		if !seen[n] && n != plain && (seen[plain] || variants[succ] >= maxHoldings) {
			n = plain
		}
		if !seen[n] && n == plain && holdings[succ] >= maxHoldings {
			n.s = state{held: allHeld, armed: allHeld, surelyArmed: allHeld, errLost: true}
		}
		if !seen[n] {
			seen[n] = true
			if n != plain {
				variants[succ]++
			} else {
				holdings[succ]++
			}
			queue = append(queue, searchItem{n, via})
		}
	}
	for head := 0; head < len(queue); head++ {
		it := queue[head]
		b, s := it.b, it.s
		if b == nil {
			// Back at the top of the acquisition's block: the call runs
			// again unless the path ends before it.
			if s, ended := walk(acqBlock, 0, acqIndex, s, it.via); !ended && !again && s.fill != unfilled && !fl.carried(acqBlock, s.held) && !fl.releasedOnNextTurn(a.call, s) {
				again = true
				leaks = append(leaks, leak{exit: a.call, branch: it.via.from, taken: it.via.taken})
			}
			continue
		}
		start := 0
		if b == acqBlock {
			start = acqIndex + 1
		}
		s, ended := walk(b, start, len(b.Instrs), s, it.via)
		if ended {
			continue
		}
		switch t := b.Instrs[len(b.Instrs)-1].(type) {
		case *ssa.Return:
			if s.armed&s.held != 0 {
				break // a deferred closure closes what a variable holds
			}
			if s.fill == unfilled {
				break // a new empty value, dropped before anything filled it
			}
			if !fc.exitsProcess && !leaked[t] {
				leaked[t] = true
				leaks = append(leaks, leak{exit: t, branch: it.via.from, taken: it.via.taken})
			}
		case *ssa.If:
			closed := fc.closedBranchOnPath(a, fl, t, s, ev)
			if never := fc.impossibleBranch(t); never >= 0 {
				closed = never // a branch that cannot be taken leaks nothing
				if _, constant := t.Cond.(*ssa.Const); constant && fc.flipped {
					closed = 1 - never // the other build's way
				}
			}
			if never, ok := fc.assumed[t]; ok {
				closed = never // nor one the caller's flag rules out
			}
			if never, ok := fc.argFlags[t]; ok {
				closed = never // nor one the starter's constant rules out
			}
			known := -1
			if never := pv.impossible(t, s.known); never >= 0 && closed < 0 {
				known = never // nor one this path cannot take
			}
			failedFill, pending := -1, false
			if s.fill >= fillingFirst {
				fill := fillList[s.fill-fillingFirst]
				onTrue := fc.fillsOnTrue(fill)
				failedFill = fc.errFailedBranch(&acquisition{err: errorOfCall(fill)}, t.Cond)
				// locked, err := l.TryLock(): where err is nil, the
				// value is filled only if locked is true, which the path
				// has yet to test; where it is false, nothing was.
				pending = failedFill >= 0 && onTrue
				if failedFill < 0 && onTrue {
					failedFill = falseBranch(fill, t.Cond)
				}
			}
			for i, succ := range b.Succs {
				si := s
				si.known = pv.leave(t, i, s.known)
				if failedFill >= 0 {
					si.fill = filled
					if i == failedFill {
						si.fill = unfilled // the fill failed: nothing was filled
					} else if pending {
						si.fill = s.fill
					}
				}
				switch {
				case known >= 0:
					// What the path knows decides the branch: it
					// says how the path leaks.
					if i != known {
						enter(b, succ, si, searchStep{from: t, taken: i == 0})
					}
				case closed < 0:
					enter(b, succ, si, searchStep{from: t, taken: i == 0})
				case i != closed:
					// The resource's own check, passed: it says nothing
					// about how the path leaks.
					enter(b, succ, si, it.via)
				}
			}
		default: // *ssa.Jump; *ssa.Panic has no successors
			for _, succ := range b.Succs {
				enter(b, succ, s, it.via)
			}
		}
	}
	if len(seen) <= maxScratchNodes {
		fc.searchSeen, fc.searchQueue = seen, queue[:0]
	}
	return leaks
}

// A searchNode is a block that searchFrom enters with a state (nil for the
// top of the acquisition's block).
type searchNode struct {
	b *ssa.BasicBlock
	s state
}

// A searchStep is the branch by which a path entered a block.
type searchStep struct {
	from  *ssa.If
	taken bool
}

// A searchItem is a node in searchFrom's queue, with the branch that led
// to it.
type searchItem struct {
	searchNode
	via searchStep
}

// maxScratchNodes bounds the search whose map and queue the next search
// reuses: clearing a map costs as much as its largest size, which one
// long search should not leave to each short one after it.
const maxScratchNodes = 1 << 12

// maxHoldings is how many states a block is entered with before the
// search stops telling them apart.
const maxHoldings = 8

// A state is what a path knows about the resource: which holders hold it
// (holders.go), which variables a deferred closure will close whatever
// they hold when the function returns, and of those, which ones it closes
// on every path (not only when the function fails).
type state struct {
	held, armed, surelyArmed holding
	// known: which values the path knows to be nil, or not (see
	// pathvalues.go).
	known known
	// errLost: the path has stored another value into the variable
	// that holds the acquisition's error (see errvars.go).
	errLost bool
	// fill: whether the resource is a new empty value that no call on
	// the path has filled yet (see acquisition.fills).
	fill fillState
}

// A fillState says whether a new empty value has been filled on a path:
// unfilled, filled, or filled by the call fillingFirst+k of the sorted
// fills, while the path has not yet tested the error that call returned.
// Where it failed, it filled nothing (see fillsOnSuccess): the value is as
// empty as before (m := newMux(addr); if err := m.dial(); err != nil {
// return err }).
type fillState uint8

const (
	filled       fillState = 0
	unfilled     fillState = 1
	fillingFirst fillState = 2
)

// sortedInstrs returns the instructions of set in the order of their
// blocks and of their places in them.
func sortedInstrs(set map[ssa.Instruction]bool) []ssa.Instruction {
	if len(set) == 0 {
		return nil
	}
	list := make([]ssa.Instruction, 0, len(set))
	for instr := range set {
		list = append(list, instr)
	}
	slices.SortFunc(list, func(x, y ssa.Instruction) int {
		if x.Block() != y.Block() {
			return x.Block().Index - y.Block().Index
		}
		return slices.Index(x.Block().Instrs, x) - slices.Index(y.Block().Instrs, y)
	})
	return list
}

// walkStops runs the instructions of b in [start, end) at which the flow
// has a stop, updating the state *s, and returns the one that ends the
// path, or nil. A deferred release through a variable that is a holder does
// not end it: the path is fine at a return only if the variable still
// holds the resource then, since "return nil, err" stores nil into a
// named result before the deferred closure reads it. Running the
// variable's declaration again ends it, if the variable held the resource
// and was armed by a closure that closes it on every path: the old
// variable, which no closure stores into, keeps it until then (see
// remade). A closure that closes only when the function fails
// (if retErr != nil { f.Close() }) leaves the old variable's file open on
// success.
func (fc *funcChecker) walkStops(fl *flow, stops blockMarks, b *ssa.BasicBlock, start, end int, s *state, ends func(event) bool, ev *errVar, fills map[ssa.Instruction]bool, fillList []ssa.Instruction) ssa.Instruction {
	for _, i := range stops[b] {
		if i < start || i >= end {
			continue
		}
		instr := b.Instrs[i]
		if fills[instr] {
			wasEmpty := s.fill == unfilled
			s.fill = filled // after a second fill, the first one's error says nothing of it
			if k := slices.Index(fillList, instr); wasEmpty && k >= 0 && k < 250 && fc.failsEmpty(instr, fl) {
				s.fill = fillingFirst + fillState(k)
			}
		}
		if ev != nil && ev.others[instr] {
			s.errLost = true
		}
		if bit, sealed, ok := fl.remade(instr); ok {
			if sealed && s.surelyArmed&s.held&bit != 0 {
				// The old variable keeps the resource for the deferred
				// closure that captured it: nothing can store into it
				// any more, so it closes the resource at every return.
				return instr
			}
			s.held &^= bit
			s.armed &^= bit
			s.surelyArmed &^= bit
			continue
		}
		s.held = fl.store(instr, s.held)
		e, ok := fl.events[instr]
		if !ok || !ends(e) {
			continue
		}
		if bit, ok := fl.isHolder(fl.deferred[instr]); ok && (e == released || e == mayRelease) {
			s.armed |= bit
			if e == released {
				s.surelyArmed |= bit
			}
			continue
		}
		if fl.counts(instr, s.held) {
			return instr
		}
	}
	return nil
}

// closedBranchOnPath is closedBranch on a path with state s: where the
// condition checks the variable that holds the acquisition's error, and
// the path has stored nothing else there, the check is of the error.
func (fc *funcChecker) closedBranchOnPath(a *acquisition, fl *flow, t *ssa.If, s state, ev *errVar) int {
	if ev == nil || s.errLost {
		return fc.closedBranch(a, fl, t, s.held)
	}
	b := *a
	b.errLoads = func(v ssa.Value) bool { return ev.reads(v) }
	return fc.closedBranch(&b, fl, t, s.held)
}

// closedBranch returns the successor of the conditional jump t on which
// the resource of a does not exist or is closed, on a path with holding s,
// or -1.
func (fc *funcChecker) closedBranch(a *acquisition, fl *flow, t *ssa.If, s holding) int {
	if a.lock != nil {
		return fc.lockBranch(a, t)
	}
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
		if closedSignalCase(fl, x, y) || closedSignalCase(fl, y, x) {
			// case <-w.Closed: the watcher has been closed
			branch = 1
			if cond.Op == token.EQL {
				branch = 0
			}
			break
		}
		if fc.bodiless(a, fl, x, y) || fc.bodiless(a, fl, y, x) {
			// resp.StatusCode == http.StatusNoContent: no body
			branch = 0
			if cond.Op == token.NEQ {
				branch = 1
			}
			break
		}
		if isNil(x) || fc.isErrOf(a, y) {
			x, y = y, x
		}
		if isZero(x) {
			x, y = y, x
		}
		if call, ok := x.(*ssa.Call); ok && isZero(y) && isErrnoResult(x.Type()) && fc.isErrPredicateOf(a, &call.Call) {
			// UnwrapOSError(err) != 0: a code that is zero for a nil
			// error is not zero, so err is not nil.
			branch = 0
			if cond.Op == token.EQL {
				branch = 1
			}
			break
		}
		if isZero(y) && isErrnoResult(y.Type()) && fc.isErrOf(a, x) {
			// errno != 0: an error code that is not zero failed.
			branch = 0
			if cond.Op == token.EQL {
				branch = 1
			}
			break
		}
		if !isNil(y) {
			// err == io.EOF: where it holds, err is not nil, and
			// nothing was acquired.
			if fc.isErrOf(a, x) {
				branch = 0
				if cond.Op == token.NEQ {
					branch = 1
				}
			}
			break
		}
		switch {
		case fc.isErrOf(a, x):
			branch = 0 // err != nil: nothing was acquired
		case fl.holds(x, s):
			branch = 1 // v != nil: the false branch has no resource
		case fc.emptyWhen(a, fl, x):
			branch = 0 // resp.Error != nil: the callee cleared the rest
		case fc.releasedByFailure(a, fl, x):
			branch = 0 // err != nil: the call that failed closed it
		case fc.releasedBySuccess(fl, x):
			branch = 1 // err == nil: the call that succeeded closed it
		case a.deferred && isCapturedErr(x):
			branch = 1 // err != nil: the false branch succeeded
		}
		if branch >= 0 && cond.Op == token.EQL {
			branch = 1 - branch
		}
	case *ssa.Call:
		if fc.isErrPredicateOf(a, &cond.Call) {
			branch = 0 // isConnBroken(err): err is not nil
			break
		}
		if k := fc.failedWhenFalse(&cond.Call); k >= 0 && k < len(cond.Call.Args) && fc.isErrOf(a, cond.Call.Args[k]) {
			branch = 1 // if !s.checkAcceptError(err): err is not nil
			break
		}
		if fc.releasedByFailure(a, fl, cond) {
			branch = 1 // rows.Next() returned false: the rows are closed
			break
		}
		if says, ok := fc.testsClosedOf(fl, &cond.Call); ok {
			// errors.Is(err, net.ErrClosed) where l.Accept() failed:
			// someone closed l.
			branch = 1
			if says {
				branch = 0
			}
		}
	case *ssa.UnOp:
		if releasedFlag(fl, cond) {
			branch = 0 // if s.closed { return nil }: released already
		}
	case *ssa.Phi:
		// fd, opened := f, false; if fd == nil { fd, err = os.Open(p);
		// ...; opened = true }; ...; if opened { fd.Close() }: after the
		// acquisition the flag is always true.
		if a.call == nil {
			break // a parameter: no acquisition to be after
		}
		if v, ok := flagConstant(cond, a.afterCall()); ok {
			branch = 1
			if !v {
				branch = 0
			}
		}
	case *ssa.Extract:
		if fc.releasedByFailure(a, fl, cond) {
			branch = 1 // _, ok := it.Next(): likewise
		}
		if fc.notOwned(a, cond) {
			branch = 1 // f, owned, err := open(): not the caller's
		}
		if fc.okOfUnknown(a, cond) {
			branch = 1 // c, ok := getConn(): where ok is false, no c
		}
		// ne, ok := err.(net.Error): an assertion on a nil interface
		// fails, so where ok holds err is not nil, and nothing was
		// acquired.
		if ta, isAssert := cond.Tuple.(*ssa.TypeAssert); isAssert && cond.Index == 1 && fc.isOnlyErrOf(a, ta.X) {
			branch = 0
		}
		// c, ok := x.(io.Closer) where c is the resource searched, and x
		// is not: where the assertion failed, c is nil.
		if ta, isAssert := cond.Tuple.(*ssa.TypeAssert); isAssert && cond.Index == 1 && branch < 0 && a.value != nil && !fl.aliases[ta.X] && slices.Contains(extracts(ta, 0), a.value) {
			branch = 1
		}
		// r, ok := v.(http.File) where v's own interface type has all of
		// http.File's methods fails only for a nil v: no resource.
		if ta, isAssert := cond.Tuple.(*ssa.TypeAssert); isAssert && cond.Index == 1 && fl.aliases[ta.X] && !fl.mayHoldOther(ta.X) && (failsOnlyOnNil(ta) || fc.onlyAssertedTypes(ta)) {
			branch = 1
		}
		// if _, ok := node.(Directory); ok: the node is one of the
		// types its constructor makes that are directories, whose Close
		// does nothing.
		if ta, isAssert := cond.Tuple.(*ssa.TypeAssert); isAssert && cond.Index == 1 && branch < 0 && fl.aliases[ta.X] && !fl.mayHoldOther(ta.X) && fc.assertedHoldNothing(ta) {
			branch = 0
		}
	}
	if branch >= 0 && negated == 1 {
		branch = 1 - branch
	}
	return branch
}

// errorOfUse reports whether v is the error that an Accept of the
// resource itself returned: a call of a method Accept (AcceptTCP, …) that
// takes no other argument, on one of fl's aliases that is the resource on
// every path (no struct that holds it, no φ-node that holds it on some
// paths only). A listener's Accept fails with net.ErrClosed only once the
// listener is closed.
func errorOfUse(fl *flow, v ssa.Value) bool {
	e, ok := v.(*ssa.Extract)
	if !ok {
		return false
	}
	call, ok := e.Tuple.(*ssa.Call)
	if !ok || e.Index != call.Call.Signature().Results().Len()-1 {
		return false
	}
	recv, name := call.Call.Value, ""
	if call.Call.IsInvoke() {
		name = call.Call.Method.Name()
		if len(call.Call.Args) != 0 {
			return false
		}
	} else {
		fn := call.Call.StaticCallee()
		if fn == nil || fn.Signature.Recv() == nil || len(call.Call.Args) != 1 {
			return false
		}
		recv, name = call.Call.Args[0], fn.Name()
	}
	if !strings.HasPrefix(name, "Accept") || !fl.aliases[recv] {
		return false
	}
	_, held := fl.structs[recv]
	_, partly := fl.holder[recv]
	return !held && !partly
}

// closedSignalCase reports whether x, the index that a select chose,
// compared with the constant y, picks a case that receives from a channel
// of the resource that says it was closed: a field named Closed, or
// closed, of the resource, of type chan struct{} (case <-w.Closed:
// return, in the goroutine that reads a watcher's events). Such a channel
// is closed, or signalled, when the resource is.
func closedSignalCase(fl *flow, x, y ssa.Value) bool {
	idx, ok := x.(*ssa.Extract)
	if !ok || idx.Index != 0 {
		return false
	}
	sel, ok := idx.Tuple.(*ssa.Select)
	k, isConst := y.(*ssa.Const)
	if !ok || !isConst || k.Value == nil || k.Value.Kind() != constant.Int || !startedByGo(sel.Parent()) {
		return false // where the resource was acquired, Closed may mean its peer left
	}
	i, exact := constant.Int64Val(k.Value)
	if !exact || i < 0 || int(i) >= len(sel.States) || sel.States[i].Dir != types.RecvOnly {
		return false
	}
	load, ok := sel.States[i].Chan.(*ssa.UnOp)
	if !ok || load.Op != token.MUL {
		return false
	}
	fa, ok := load.X.(*ssa.FieldAddr)
	if !ok || !fl.aliases[fa.X] {
		return false
	}
	ch, ok := load.Type().Underlying().(*types.Chan)
	if !ok {
		return false
	}
	if st, ok := ch.Elem().Underlying().(*types.Struct); !ok || st.NumFields() != 0 {
		return false
	}
	name := fieldName(fa.X.Type(), fa.Field)
	return name == "Closed" || name == "closed"
}

// startedByGo reports whether fn is a closure that the function enclosing
// it starts as a goroutine (go func() { ... }()).
func startedByGo(fn *ssa.Function) bool {
	outer := fn.Parent()
	if outer == nil {
		return false
	}
	for _, b := range outer.Blocks {
		for _, instr := range b.Instrs {
			g, ok := instr.(*ssa.Go)
			if !ok {
				continue
			}
			if mc, ok := g.Call.Value.(*ssa.MakeClosure); ok && mc.Fn == fn {
				return true
			}
			if g.Call.Value == fn {
				return true
			}
		}
	}
	return false
}

// releasedBySuccess reports whether v is the error result of a call that
// releases the resource, passed to it, where it succeeds (see
// successReleases).
func (fc *funcChecker) releasedBySuccess(fl *flow, v ssa.Value) bool {
	call := lastResultOf(v)
	if call == nil || !isErrorResult(v.Type()) {
		return false
	}
	fn := call.Call.StaticCallee()
	if fn == nil {
		return false
	}
	obj, _ := fn.Object().(*types.Func)
	if obj == nil {
		return false
	}
	i, ok := successReleases[fc.funcName(obj)]
	return ok && i < len(call.Call.Args) && fl.aliases[call.Call.Args[i]]
}

// lastResultOf returns the call whose last result v is (its only one, or
// the last of a tuple), also where v loads a variable that the call's
// result was last stored into (err, a named result that a deferred
// closure reads), or nil.
func lastResultOf(v ssa.Value) *ssa.Call {
	if load, ok := v.(*ssa.UnOp); ok {
		if st := lastStoreBefore(load); st != nil {
			v = st.Val
		}
	}
	switch v := v.(type) {
	case *ssa.Call:
		return v
	case *ssa.Extract:
		call, _ := v.Tuple.(*ssa.Call)
		if call == nil || v.Index != call.Call.Signature().Results().Len()-1 {
			return nil
		}
		return call
	}
	return nil
}

// releasedByFailure reports whether v is the last result of a call that
// releases the resource, passed to it, when it fails (returns false or a
// non-nil error).
func (fc *funcChecker) releasedByFailure(a *acquisition, fl *flow, v ssa.Value) bool {
	call := lastResultOf(v)
	if call == nil {
		return false
	}
	if call.Call.IsInvoke() {
		// Through an interface: where the methods that can run are
		// known, and each releases the argument when it fails.
		if k, _, ok := fc.wrapperResult(&call.Call); ok && isErrorResult(call.Call.Signature().Results().At(call.Call.Signature().Results().Len()-1).Type()) && fl.aliases[call.Call.Args[k]] {
			// tr.Handshake(ctx, conn) that failed: what became of conn
			// is the implementation's to say, as of an argument given
			// to one that is not known (see wrapperResult).
			return true
		}
		sum, ok := fc.invokeSummaryOf(&call.Call)
		if !ok {
			return false
		}
		if fl.aliases[call.Call.Value] && sum.releaseOnFailure(0) {
			return true
		}
		for i, arg := range call.Call.Args {
			if fl.aliases[arg] && sum.releaseOnFailure(i+1) {
				return true
			}
		}
		return false
	}
	fn := call.Call.StaticCallee()
	if fn == nil {
		return false
	}
	if obj, _ := fn.Object().(*types.Func); obj != nil && fl.kind == response {
		if i, ok := bodyReadFailures[fc.funcName(obj)]; ok && (i == 0 || discards(call.Call.Args[0])) && fc.surelyBody(a, fl, unconvert(call.Call.Args[i])) {
			return true // a failed read of a response body (see bodyReadFailures)
		}
	}
	sum := fc.summaryOf(fn)
	for i, arg := range call.Call.Args {
		if fl.aliases[arg] && sum.releaseOnFailure(i) {
			return true
		}
	}
	return false
}

// withCancels returns fl, for a response of a, with the calls of a cancel
// function of the request's context (see requestCancels) marked as
// releasing it: requestCtx, cancel := context.WithCancel(ctx); resp, err
// := c.Do(req.WithContext(requestCtx)); ...; cancel() tears the request
// down, and net/http's transport closes the connection under the body.
func (fc *funcChecker) withCancels(a *acquisition, fl *flow) *flow {
	if fl.kind != response || a.call == nil {
		return fl
	}
	var calls []*ssa.Call
	for _, made := range fc.requestCancels(a.call) {
		for _, cancel := range extracts(made, 1) {
			for _, r := range usesOf(cancel) {
				if call, ok := r.(*ssa.Call); ok && call.Call.Value == cancel {
					calls = append(calls, call)
				}
			}
		}
	}
	return withReleases(fl, calls)
}

// withReleases returns fl with the calls that have no event of it marked
// as releasing the resource, a copy where there is one.
func withReleases(fl *flow, calls []*ssa.Call) *flow {
	var out *flow
	for _, call := range calls {
		if _, seen := fl.events[call]; seen {
			continue
		}
		if out == nil {
			cp := *fl
			cp.events = maps.Clone(fl.events)
			out = &cp
		}
		out.events[call] = released
	}
	if out == nil {
		return fl
	}
	return out
}

// withDrainedBodies returns fl, for a response of a, with the calls that
// read its body to the end (see bodyReadFailures) marked as releasing it:
// where the read succeeds, the body reached EOF, and net/http's transport
// put the connection back in its pool (or closed it) then, as it does
// where the read fails; the response holds nothing more.
func (fc *funcChecker) withDrainedBodies(a *acquisition, fl *flow) *flow {
	if fl.kind != response {
		return fl
	}
	if _, stores := fc.bodyStores(fl, func(ssa.Value) bool { return true }); len(stores) > 0 {
		return fl // a body put in place of the transport's is not its to release
	}
	var drains []*ssa.Call
	for _, b := range fc.fn.Blocks {
		for _, instr := range b.Instrs {
			call, ok := instr.(*ssa.Call)
			if !ok {
				continue
			}
			if _, seen := fl.events[call]; seen {
				continue
			}
			fn := call.Call.StaticCallee()
			if fn == nil {
				continue
			}
			obj, _ := fn.Object().(*types.Func)
			if obj == nil {
				continue
			}
			i, ok := bodyReadFailures[fc.funcName(obj)]
			if !ok || i >= len(call.Call.Args) || (i > 0 && !discards(call.Call.Args[0])) || !fc.surelyBody(a, fl, unconvert(call.Call.Args[i])) {
				continue
			}
			if load := unconvert(call.Call.Args[i]).(*ssa.UnOp); fieldName(load.X.(*ssa.FieldAddr).X.Type(), load.X.(*ssa.FieldAddr).Field) != "Body" {
				continue
			}
			drains = append(drains, call)
		}
	}
	return withReleases(fl, drains)
}

// okOfUnknown reports whether cond is the second result, a bool, of the
// call that acquired the resource of a as its first result, when that
// call runs a function value (a parameter, a captured variable, a field)
// and no function of the package with that signature gives a value
// beside a bool that may be false: c, ok := getConn(). By the comma-ok
// convention of Go, where ok is false c is the zero value, nothing to
// release; a function of the package that the value may be says by its
// body whether it keeps to it (tryDial returning its connection with
// c.RemoteAddr() != nil does not; get() (c, reused bool) may not).
func (fc *funcChecker) okOfUnknown(a *acquisition, cond *ssa.Extract) bool {
	if a.call == nil || a.index != 0 || cond.Index != 1 || cond.Tuple != ssa.Value(a.call) || a.call.Call.IsInvoke() {
		return false
	}
	sig := a.call.Call.Signature()
	res := sig.Results()
	if res.Len() != 2 {
		return false
	}
	if b, ok := res.At(1).Type().Underlying().(*types.Basic); !ok || b.Kind() != types.Bool {
		return false
	}
	switch v := a.call.Call.Value.(type) {
	case *ssa.Parameter, *ssa.FreeVar:
	case *ssa.UnOp:
		if _, field := v.X.(*ssa.FieldAddr); !field {
			return false
		}
	default:
		return false
	}
	for _, fn := range fc.pkgFuncs() {
		if !types.Identical(withoutRecv(fn.Signature), withoutRecv(sig)) {
			continue
		}
		for _, b := range fn.Blocks {
			ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
			if !ok || len(ret.Results) != 2 || isNil(ret.Results[0]) || isTrue(ret.Results[1]) {
				continue
			}
			return false // a value beside a bool that may be false
		}
	}
	return true
}

// discards reports whether w is io.Discard, a writer whose writes never
// fail.
func discards(w ssa.Value) bool {
	load, ok := w.(*ssa.UnOp)
	if !ok || load.Op != token.MUL {
		return false
	}
	g, ok := load.X.(*ssa.Global)
	return ok && g.Pkg != nil && g.Pkg.Pkg.Path() == "io" && g.Name() == "Discard"
}

// isCapturedErr reports whether v is the value of an error variable that
// a closure captured.
func isCapturedErr(v ssa.Value) bool {
	load, ok := v.(*ssa.UnOp)
	if !ok || load.Op != token.MUL {
		return false
	}
	_, ok = load.X.(*ssa.FreeVar)
	return ok && types.Identical(load.Type(), errorType)
}

// impossibleBranch returns the successor of t that a constant condition,
// or a check of an error that is always nil (see impossibleNilCheck),
// never takes, or -1. SSA turns a variable that is never assigned into a
// constant, so "if err != nil" on such an err compares two nils. The ok
// of a type assertion on a value just converted to an interface is a
// constant too: var r io.Reader = f; r.(io.Closer) cannot fail.
func (c *checker) impossibleBranch(t *ssa.If) int {
	if never := c.impossibleNilCheck(t); never >= 0 {
		return never
	}
	if never := storedBranch(t); never >= 0 {
		return never
	}
	if never := shortWriteBranch(t); never >= 0 {
		return never
	}
	if never := unreadBranch(t); never >= 0 {
		return never
	}
	cond, negated := t.Cond, 0
	if u, ok := cond.(*ssa.UnOp); ok && u.Op == token.NOT {
		cond, negated = u.X, 1
	}
	if e, ok := cond.(*ssa.Extract); ok && e.Index == 1 {
		if ta, ok := e.Tuple.(*ssa.TypeAssert); ok && cannotFail(ta) {
			return 1 - negated
		}
		if recv, ok := e.Tuple.(*ssa.UnOp); ok && recv.Op == token.ARROW && c.neverClosed(recv.X) {
			return 1 - negated // "for range ticker.C" never runs out
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

// shortWriteBranch returns the successor of t that a test for a short
// write never takes where the write's error was found nil, or -1: a
// Write (or WriteAt) returns a non-nil error whenever it writes fewer
// bytes than it was given (io.Writer's contract), so after n, err :=
// f.Write(b) and err == nil, n < len(b) and n != len(b) are false.
func shortWriteBranch(t *ssa.If) int {
	cond, ok := t.Cond.(*ssa.BinOp)
	if !ok {
		return -1
	}
	x, y, op := cond.X, cond.Y, cond.Op
	if _, ok := x.(*ssa.Call); ok {
		x, y = y, x // len(b) > n
		switch op {
		case token.GTR:
			op = token.LSS
		case token.LEQ:
			op = token.GEQ
		}
	}
	n, ok := x.(*ssa.Extract)
	if !ok || n.Index != 0 {
		return -1
	}
	call, ok := n.Tuple.(*ssa.Call)
	if !ok || !writesAll(&call.Call) {
		return -1
	}
	length, ok := y.(*ssa.Call)
	if !ok {
		return -1
	}
	p := 0
	if !call.Call.IsInvoke() {
		p = 1 // after the receiver
	}
	if bi, ok := length.Call.Value.(*ssa.Builtin); !ok || bi.Name() != "len" || length.Call.Args[0] != call.Call.Args[p] {
		return -1
	}
	if !errFoundNil(call, t.Block()) {
		return -1
	}
	switch op {
	case token.LSS, token.NEQ:
		return 0
	case token.GEQ, token.EQL:
		return 1
	}
	return -1
}

// unreadBranch returns the successor of t that a test of the error of
// (*bufio.Reader).UnreadByte never takes, or -1: right after a ReadByte on
// the same reader whose error was found nil, with no other use of the
// reader on the way, UnreadByte cannot fail (it fails only where "the
// most recent method called on the Reader was not a read operation").
func unreadBranch(t *ssa.If) int {
	v, nilSucc := nilOutcome(t)
	unread, ok := v.(*ssa.Call)
	if !ok || staticName(&unread.Call) != "(*bufio.Reader).UnreadByte" {
		return -1
	}
	r := unread.Call.Args[0]
	var read *ssa.Call
	for _, u := range usesOf(r) {
		if c, ok := u.(*ssa.Call); ok && staticName(&c.Call) == "(*bufio.Reader).ReadByte" && c.Call.Args[0] == r && before(c, unread) && errFoundNil(c, unread.Block()) {
			read = c
		}
	}
	if read == nil {
		return -1
	}
	for _, u := range usesOf(r) {
		if u != ssa.Instruction(read) && u != ssa.Instruction(unread) && runsAfter(read, u) && runsAfter(u, unread) {
			return -1
		}
	}
	if nilSucc == t.Block().Succs[0] {
		return 1
	}
	return 0
}

// writesAll reports whether call is of a method Write(p []byte) (int,
// error) or WriteAt(p []byte, off int64) (int, error): one that returns
// an error where it writes less than p.
func writesAll(call *ssa.CallCommon) bool {
	var name string
	var sig *types.Signature
	switch {
	case call.IsInvoke():
		name, sig = call.Method.Name(), call.Method.Type().(*types.Signature)
	case call.StaticCallee() != nil && call.StaticCallee().Signature.Recv() != nil:
		name, sig = call.StaticCallee().Name(), call.StaticCallee().Signature
	default:
		return false
	}
	params, results := sig.Params(), sig.Results()
	if results.Len() != 2 || !types.Identical(results.At(0).Type(), types.Typ[types.Int]) || !types.Identical(results.At(1).Type(), errorType) {
		return false
	}
	if params.Len() == 0 || !types.Identical(params.At(0).Type(), types.NewSlice(types.Typ[types.Byte])) {
		return false
	}
	switch name {
	case "Write":
		return params.Len() == 1
	case "WriteAt":
		return params.Len() == 2 && types.Identical(params.At(1).Type(), types.Typ[types.Int64])
	}
	return false
}

// errFoundNil reports whether b is reached only where a test found the
// error result of call nil: it is dominated by the nil side of a
// comparison of that result with nil.
func errFoundNil(call *ssa.Call, b *ssa.BasicBlock) bool {
	for d := b.Idom(); d != nil; d = d.Idom() {
		t, ok := d.Instrs[len(d.Instrs)-1].(*ssa.If)
		if !ok {
			continue
		}
		v, nilSucc := nilOutcome(t)
		if e, ok := v.(*ssa.Extract); ok && e.Tuple == ssa.Value(call) && e.Index == 1 && len(nilSucc.Preds) == 1 && nilSucc.Dominates(b) {
			return true
		}
	}
	return false
}

// neverClosed reports whether ch is a channel that nothing closes (see
// neverClosedChannels): what a function such as time.Tick returns, or a
// field such as C of what time.NewTicker returns.
func (c *checker) neverClosed(ch ssa.Value) bool {
	field := ""
	if load, ok := ch.(*ssa.UnOp); ok && load.Op == token.MUL {
		if fa, ok := load.X.(*ssa.FieldAddr); ok {
			field, ch = fieldName(fa.X.Type(), fa.Field), fa.X
		}
	}
	call, ok := ch.(*ssa.Call)
	if !ok {
		return false
	}
	f, ok := neverClosedChannels[c.staticName(&call.Call)]
	return ok && f == field
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

// assertedHoldNothing reports whether every concrete type that the value
// asserted by ta may hold (see dynamicTypes) and that passes the
// assertion has a Close that releases nothing, and one at least does:
// where the assertion holds, the value holds nothing.
func (c *checker) assertedHoldNothing(ta *ssa.TypeAssert) bool {
	ts, ok := c.dynamicTypes(ta.X, map[ssa.Value]bool{}, 0)
	if !ok || len(ts) == 0 {
		return false
	}
	passing := 0
	for _, t := range ts {
		if iface, ok := ta.AssertedType.Underlying().(*types.Interface); ok {
			if !types.Implements(t, iface) {
				continue
			}
		} else if !types.Identical(t, ta.AssertedType) {
			continue
		}
		m := closeMethod(t)
		if m == nil {
			return false
		}
		fn := c.ssaFunc(m)
		if fn == nil || !c.summaryOf(fn).noOp {
			return false
		}
		passing++
	}
	return passing > 0
}

// onlyAssertedTypes reports whether every concrete type that the value
// asserted by ta may hold (see dynamicTypes) passes the assertion: the
// value that a Dial of the package's own returns as an interface is
// always its *sender, so sc.(*sender) fails only when sc is nil.
func (c *checker) onlyAssertedTypes(ta *ssa.TypeAssert) bool {
	ts, ok := c.dynamicTypes(ta.X, map[ssa.Value]bool{}, 0)
	if !ok || len(ts) == 0 {
		return false
	}
	for _, t := range ts {
		if iface, ok := ta.AssertedType.Underlying().(*types.Interface); ok {
			if !types.Implements(t, iface) {
				return false
			}
		} else if !types.Identical(t, ta.AssertedType) {
			return false
		}
	}
	return true
}

func isNil(v ssa.Value) bool {
	c, ok := v.(*ssa.Const)
	return ok && c.IsNil()
}

func isTrue(v ssa.Value) bool {
	c, ok := v.(*ssa.Const)
	return ok && c.Value != nil && c.Value.Kind() == constant.Bool && constant.BoolVal(c.Value)
}

// successReturns reports whether a path on which the acquisition a
// succeeded can return, or reach a again, without passing a call that
// never returns there, or whether no such path ends at such a call at all. A test that opens a file it expects to be missing,
// drops it and ends with t.Fatal, or require.Error(t, err), when the open
// succeeds has nothing to leak.
func (fc *funcChecker) successReturns(a *acquisition) bool {
	asserted := fc.failureAsserted(a)
	type at struct {
		b     *ssa.BasicBlock
		start int
	}
	acq := a.call.Block()
	work := []at{{acq, slices.Index(acq.Instrs, ssa.Instruction(a.call)) + 1}}
	seen := map[*ssa.BasicBlock]bool{}
	stopped := false // some path ends at a call that never returns
	for len(work) > 0 {
		p := work[len(work)-1]
		work = work[:len(work)-1]
		if fc.noReturn.first(p.b, p.start) >= 0 || asserted.first(p.b, p.start) >= 0 {
			stopped = true
			continue
		}
		succs := p.b.Succs
		switch last := p.b.Instrs[len(p.b.Instrs)-1].(type) {
		case *ssa.Panic:
			stopped = true
		case *ssa.Return:
			return true
		case *ssa.If:
			if failed := fc.errFailedBranch(a, last.Cond); failed >= 0 {
				succs = succs[1-failed : 2-failed]
			} else if call, ok := last.Cond.(*ssa.Call); ok && fc.isErrPredicateOf(a, &call.Call) {
				succs = succs[1:]
			}
		}
		for _, s := range succs {
			if s == acq {
				return true // a loop acquires again
			}
			if !seen[s] {
				seen[s] = true
				work = append(work, at{s, 0})
			}
		}
	}
	// Paths that neither return nor stop run for ever (a serve loop),
	// with the value dropped: that is the leak it was.
	return !stopped
}

// errorOfCall returns the error that instr, a call, returns as its last
// result, or nil.
func errorOfCall(instr ssa.Instruction) ssa.Value {
	call, ok := instr.(*ssa.Call)
	if !ok {
		return nil
	}
	results := call.Call.Signature().Results()
	if results.Len() == 0 || !types.Identical(results.At(results.Len()-1).Type(), errorType) {
		return nil
	}
	if results.Len() == 1 {
		return call
	}
	for _, r := range usesOf(call) {
		if x, ok := r.(*ssa.Extract); ok && x.Index == results.Len()-1 {
			return x
		}
	}
	return nil
}

// failureAsserted marks the calls of fc.fn that return only where the
// error of a is not nil (require.Error(t, err); see onlyOnError): a path
// on which a succeeded ends at them.
func (fc *funcChecker) failureAsserted(a *acquisition) blockMarks {
	if a.err == nil {
		return nil
	}
	var marks blockMarks
	for _, call := range fc.assertionCalls() {
		if fc.assertsFailure(a, &call.Call) {
			if marks == nil {
				marks = blockMarks{}
			}
			marks.add(call)
		}
	}
	return marks
}

// assertionCalls returns, once for fc.fn, its calls of functions that
// return only for a non-nil error (see onlyOnError).
func (fc *funcChecker) assertionCalls() []*ssa.Call {
	if fc.assertions != nil {
		return *fc.assertions
	}
	calls := []*ssa.Call{}
	for _, b := range fc.fn.Blocks {
		for _, instr := range b.Instrs {
			if call, ok := instr.(*ssa.Call); ok {
				if fn := call.Call.StaticCallee(); fn != nil && fc.summaryOf(fn).onlyOnError > 0 {
					calls = append(calls, call)
				}
			}
		}
	}
	fc.assertions = &calls
	return calls
}

// assertsFailure reports whether call returns only where the error of a
// is not nil: its callee's summary says so for the argument that is that
// error, and any target it gives errors.Is is never nil (see
// nonNilTarget), as os.ErrNotExist.
func (fc *funcChecker) assertsFailure(a *acquisition, call *ssa.CallCommon) bool {
	fn := call.StaticCallee()
	if fn == nil {
		return false
	}
	sum := fc.summaryOf(fn)
	e, k := sum.onlyOnError-1, sum.onlyOnErrorTarget-1
	if e < 0 || e >= len(call.Args) || !fc.isErrOf(a, call.Args[e]) {
		return false
	}
	return k < 0 || (k < len(call.Args) && fc.nonNilTarget(call.Args[k]))
}

// isErrPredicateOf reports whether call is one of an error predicate (see
// isErrorPredicateCall) given the error of the acquisition a.
func (fc *funcChecker) isErrPredicateOf(a *acquisition, call *ssa.CallCommon) bool {
	k := fc.predicateArg(call)
	return k >= 0 && fc.isErrOf(a, call.Args[k]) && !fc.checkedAfterSuccess(a, call.Args[k]) && fc.isErrorPredicateCall(call, nil)
}

// checkedAfterSuccess reports whether v, a φ-node of the acquisition's
// error, has an edge from a path where the acquisition may have succeeded
// that brings the error of a check (a call whose only result is an error,
// err = os.Chmod(p) under err == nil).
func (fc *funcChecker) checkedAfterSuccess(a *acquisition, v ssa.Value) bool {
	phi, ok := v.(*ssa.Phi)
	if !ok || a.call == nil {
		return false
	}
	for j, e := range phi.Edges {
		call, ok := e.(*ssa.Call)
		if !ok || call.Call.Signature().Results().Len() != 1 || !types.Identical(call.Type(), errorType) {
			continue
		}
		if fc.afterSuccess(a)[phi.Block().Preds[j]] {
			return true
		}
	}
	return false
}

// isErrOf reports whether v is the error result of the acquisition a: the
// value itself, or a load of a variable whose last store before the load,
// in the same block or a chain of single predecessors, stored it.
func (fc *funcChecker) isErrOf(a *acquisition, v ssa.Value) bool {
	return fc.isErrOfDepth(a, v, 0, false)
}

// isOnlyErrOf is isErrOf where a φ-node counts only if none of its other
// values can reach it on a path where the acquisition succeeded:
// if err == nil { err = check(f) } joins a new error to the first.
func (fc *funcChecker) isOnlyErrOf(a *acquisition, v ssa.Value) bool {
	return fc.isErrOfDepth(a, v, 0, true)
}

// isErrOfDepth is isErrOf looking through at most 8 φ-nodes: an error
// assigned on several branches (err from one of several Dial calls) is
// checked once where they join. When strict, see isOnlyErrOf.
func (fc *funcChecker) isErrOfDepth(a *acquisition, v ssa.Value, depth int, strict bool) bool {
	if a.err == nil {
		return false
	}
	if v == a.err || (a.errLoads != nil && a.errLoads(v)) {
		return true
	}
	if call, ok := v.(*ssa.Call); ok && depth < 8 {
		// CheckError(err): a function that gives nil for a nil error
		// gives something else only for an error.
		k := fc.nilPreserved(&call.Call)
		return k >= 0 && fc.isErrOfDepth(a, call.Call.Args[k], depth+1, strict)
	}
	if phi, ok := v.(*ssa.Phi); ok && depth < 8 {
		found := false
		for j, e := range phi.Edges {
			switch {
			case fc.isErrOfDepth(a, e, depth+1, strict):
				found = true
			case strict && a.call != nil && !isNil(e) && fc.afterSuccess(a)[phi.Block().Preds[j]]:
				// err = check(f) after the acquisition succeeded: on
				// that edge the error is no longer the acquisition's.
				return false
			}
		}
		return found
	}
	// The variable may be local or captured (a closure's free variable):
	// what matters is the store that the load sees.
	load, ok := v.(*ssa.UnOp)
	if !ok || load.Op != token.MUL {
		return false
	}
	b, i := load.Block(), slices.Index(load.Block().Instrs, ssa.Instruction(load))
	called := false
	for steps := 0; b != nil && steps < 64; steps++ {
		for j := i - 1; j >= 0; j-- {
			switch instr := b.Instrs[j].(type) {
			case *ssa.Store:
				if instr.Addr == load.X {
					if call, ok := instr.Val.(*ssa.Call); ok && depth < 8 {
						return fc.isErrOfDepth(a, call, depth+1, strict) // err = CheckError(err)
					}
					return instr.Val == a.err
				}
				if !called && sameField(instr.Addr, load.X) {
					// v, x.err = f(); if x.err != nil: no call
					// between may have set the field again.
					return instr.Val == a.err
				}
				if fa, ok := load.X.(*ssa.FieldAddr); ok && (loadOf(fa.X) == instr.Addr || mayAlias(instr.Addr, fa)) {
					called = true // x itself changed, or the field through another pointer
				}
			case ssa.CallInstruction, *ssa.Select:
				called = true
			case *ssa.UnOp:
				if instr.Op == token.ARROW {
					called = true // another goroutine may have set it
				}
			}
		}
		if len(b.Preds) != 1 {
			return fc.errStoredOnly(a, load)
		}
		b = b.Preds[0]
		i = len(b.Instrs)
	}
	return false
}

// nilPreserved returns the index of the argument for which call gives a
// nil error where that argument is a nil error (the summary's nilForNil),
// of a static callee or of a function that a package variable holds
// (errorutils.CheckError), or -1.
func (fc *funcChecker) nilPreserved(call *ssa.CallCommon) int {
	var sum *summary
	if fn := call.StaticCallee(); fn != nil {
		sum = fc.summaryOf(fn)
	} else if s, ok := fc.aliasSummary(call); ok {
		sum = s
	} else if load, ok := call.Value.(*ssa.UnOp); ok && load.Op == token.MUL {
		if g, ok := load.X.(*ssa.Global); ok {
			if fn := fc.initFunc(g); fn != nil {
				sum = fc.summaryOf(fn)
			}
		}
	}
	if sum == nil {
		return -1
	}
	if k := sum.nilForNil - 1; k >= 0 && k < len(call.Args) {
		return k
	}
	return -1
}

// sameField reports whether x and y are addresses of the same field of
// the same struct pointer (two evaluations of &a.err), where no store
// between them changes the pointer.
func sameField(x, y ssa.Value) bool {
	fx, ok := x.(*ssa.FieldAddr)
	if !ok {
		return false
	}
	fy, ok := y.(*ssa.FieldAddr)
	if !ok || fx.Field != fy.Field {
		return false
	}
	// The same pointer, or two loads of the variable that holds it (a
	// receiver that a closure captures).
	return fx.X == fy.X || loadOf(fx.X) != nil && loadOf(fx.X) == loadOf(fy.X)
}

// mayAlias reports whether a store into addr may change the field that fa
// addresses through another way to the same struct: the same field of
// another pointer to a struct of that type (other.err, all[0].err), or the
// whole struct (*j = job{}).
func mayAlias(addr ssa.Value, fa *ssa.FieldAddr) bool {
	if other, ok := addr.(*ssa.FieldAddr); ok && other.Field == fa.Field && types.Identical(other.X.Type(), fa.X.Type()) {
		return true
	}
	return types.Identical(addr.Type(), fa.X.Type())
}

// loadOf returns the address that v is loaded from, or nil.
func loadOf(v ssa.Value) ssa.Value {
	if u, ok := v.(*ssa.UnOp); ok && u.Op == token.MUL {
		return u.X
	}
	return nil
}

// afterSuccess returns the blocks whose end a path from the call of a
// can reach while the call's error may be nil: its own block, and those
// reachable from it other than through the branch where a check of the
// error itself (err != nil, os.IsNotExist(err)) found it non-nil.
// f, err := Open(p); if os.IsNotExist(err) { f, err = Create(p) } joins
// two errors, but the second is never that of a path holding the first
// file.
func (fc *funcChecker) afterSuccess(a *acquisition) map[*ssa.BasicBlock]bool {
	if a.succeeded != nil {
		return a.succeeded
	}
	a.settling = true
	defer func() { a.settling = false }()
	after := map[*ssa.BasicBlock]bool{}
	work := []*ssa.BasicBlock{a.call.Block()}
	for len(work) > 0 {
		b := work[len(work)-1]
		work = work[:len(work)-1]
		if after[b] {
			continue
		}
		after[b] = true
		succs := b.Succs
		if t, ok := b.Instrs[len(b.Instrs)-1].(*ssa.If); ok {
			if failed := fc.errFailedBranch(a, t.Cond); failed >= 0 {
				succs = []*ssa.BasicBlock{b.Succs[1-failed]}
			}
		}
		work = append(work, succs...)
	}
	a.succeeded = after
	return after
}

// fillsOnTrue reports whether instr, a call that fills a new empty
// value, fills it only where its first result, a bool, is true too (see
// FillsOnTrue).
func (fc *funcChecker) fillsOnTrue(instr ssa.Instruction) bool {
	call, ok := instr.(*ssa.Call)
	if !ok {
		return false
	}
	fn := call.Call.StaticCallee()
	return fn != nil && fc.summaryOf(fn).fillsOnTrue
}

// falseBranch returns the branch (0 for true) of an if on cond that runs
// only when the first result of call, a bool, is false, or -1.
func falseBranch(call ssa.Instruction, cond ssa.Value) int {
	negated := 0
	if not, ok := cond.(*ssa.UnOp); ok && not.Op == token.NOT {
		cond, negated = not.X, 1
	}
	if x, ok := cond.(*ssa.Extract); ok && x.Index == 0 && x.Tuple == call.(ssa.Value) {
		return 1 - negated
	}
	return -1
}

// errFailedBranch returns the branch (0 for true) of an if on cond that
// runs only when the error of a, read directly rather than through a
// φ-node, is not nil, or -1.
func (fc *funcChecker) errFailedBranch(a *acquisition, cond ssa.Value) int {
	direct := func(v ssa.Value) bool { return fc.isErrOfDepth(a, v, 8, false) }
	switch cond := cond.(type) {
	case *ssa.BinOp:
		if (cond.Op == token.NEQ || cond.Op == token.EQL) && (isNil(cond.Y) && direct(cond.X) || isNil(cond.X) && direct(cond.Y)) {
			if cond.Op == token.NEQ {
				return 0
			}
			return 1
		}
	case *ssa.Call:
		if fn := cond.Call.StaticCallee(); fn != nil {
			callee, _ := fn.Object().(*types.Func)
			if callee != nil && errorPredicates[fc.funcName(callee)] && len(cond.Call.Args) > 0 && direct(cond.Call.Args[0]) &&
				(fc.funcName(callee) != "errors.Is" || (len(cond.Call.Args) == 2 && fc.nonNilTarget(cond.Call.Args[1]))) {
				return 0
			}
			// A predicate of the program, a function or a method (see
			// falseOnNil).
			if callee != nil && !errorPredicates[fc.funcName(callee)] && fc.summaryOf(fn).falseOnNil {
				if k := fc.predicateArg(&cond.Call); k >= 0 && direct(cond.Call.Args[k]) && fc.isErrorPredicateCall(&cond.Call, nil) {
					return 0
				}
			}
		}
	}
	return -1
}

// nonNilTarget reports whether v, the target of errors.Is, is never nil,
// so that errors.Is(err, v) is false for a nil err: a sentinel of another
// package (os.ErrNotExist), or a variable of this one that its
// initialization sets to values that are not nil and nothing assigns
// again, or any value of a concrete type put into an interface
// (syscall.ECONNREFUSED). A nil constant, a parameter or a variable left
// zero may be nil, and errors.Is(nil, nil) holds.
func (c *checker) nonNilTarget(v ssa.Value) bool {
	for {
		ci, ok := v.(*ssa.ChangeInterface)
		if !ok {
			break
		}
		v = ci.X
	}
	if _, ok := v.(*ssa.MakeInterface); ok {
		return true // a value put into an interface, never a nil one: syscall.ECONNREFUSED
	}
	load, ok := unconvert(v).(*ssa.UnOp)
	if !ok || load.Op != token.MUL {
		return false
	}
	g, ok := load.X.(*ssa.Global)
	if !ok {
		return false
	}
	obj, ok := g.Object().(*types.Var)
	if !ok || obj.Pkg() == nil {
		return false
	}
	if obj.Pkg() != c.pass.Pkg {
		return true
	}
	stored := c.initStores()[g]
	return len(stored) > 0 && !c.partlyInit[g] && !c.globalAssigned()[obj] && !slices.ContainsFunc(stored, isNil)
}

// errStoredOnly reports whether the variable that load reads holds the
// error of a wherever the search from a can read it: a stored it there, and
// no other store into the variable lies on a path from that store to the
// load (the other stores are in other branches of a switch that assigns
// "c, err = dialX()", or after the check).
func (fc *funcChecker) errStoredOnly(a *acquisition, load *ssa.UnOp) bool {
	refs := load.X.Referrers()
	if refs == nil {
		return false // a global: anyone may store into it
	}
	var mine *ssa.Store
	var others []*ssa.Store
	for _, r := range *refs {
		if st, ok := r.(*ssa.Store); ok && st.Addr == load.X {
			if st.Val == a.err {
				mine = st
			} else {
				others = append(others, st)
			}
		}
	}
	if mine == nil {
		return false
	}
	// A store that only a path where the acquisition failed reaches
	// (a retry under os.IsNotExist(err)) sets the variable where the
	// acquisition holds nothing anyway. While those paths are being
	// worked out, every store counts.
	var after map[*ssa.BasicBlock]bool
	if a.call != nil && !a.settling {
		after = fc.afterSuccess(a)
	}
	return !slices.ContainsFunc(others, func(st *ssa.Store) bool {
		return between(st, mine, load) && (after == nil || after[st.Block()])
	})
}

// between reports whether instr lies on some path from the instruction
// from to the instruction to.
func between(instr, from, to ssa.Instruction) bool {
	after := reachable(from.Block().Succs, func(b *ssa.BasicBlock) []*ssa.BasicBlock { return b.Succs })
	before := reachable(to.Block().Preds, func(b *ssa.BasicBlock) []*ssa.BasicBlock { return b.Preds })
	b, i := instr.Block(), slices.Index(instr.Block().Instrs, instr)
	fromFrom := after[b] || (b == from.Block() && i > slices.Index(b.Instrs, from))
	toTo := before[b] || (b == to.Block() && i < slices.Index(b.Instrs, to))
	return fromFrom && toTo
}

// reachable returns the blocks reachable from start by next.
func reachable(start []*ssa.BasicBlock, next func(*ssa.BasicBlock) []*ssa.BasicBlock) map[*ssa.BasicBlock]bool {
	seen := map[*ssa.BasicBlock]bool{}
	work := slices.Clone(start)
	for len(work) > 0 {
		b := work[len(work)-1]
		work = work[:len(work)-1]
		if !seen[b] {
			seen[b] = true
			work = append(work, next(b)...)
		}
	}
	return seen
}

// flagConstant returns the value that the boolean φ-node flag has on
// every path through the blocks reach: each of its edges that comes in
// from one of them is the same constant. A flag set beside a lock or an
// acquisition (locked = true, opened = true) has one after it.
func flagConstant(flag *ssa.Phi, reach map[*ssa.BasicBlock]bool) (value, ok bool) {
	for i, e := range flag.Edges {
		if !reach[flag.Block().Preds[i]] {
			continue
		}
		c, isConst := e.(*ssa.Const)
		if !isConst || c.Value == nil || c.Value.Kind() != constant.Bool {
			return false, false
		}
		v := constant.BoolVal(c.Value)
		if ok && v != value {
			return false, false
		}
		value, ok = v, true
	}
	return value, ok
}

// reachedFrom returns b and the blocks that a path from b enters.
func reachedFrom(b *ssa.BasicBlock) map[*ssa.BasicBlock]bool {
	reach := reachable(b.Succs, func(b *ssa.BasicBlock) []*ssa.BasicBlock { return b.Succs })
	reach[b] = true
	return reach
}

// releasedFlag reports whether cond loads a boolean field of the resource
// that the function itself sets to true: the guard of a Close or a Cancel
// that does its work once, `if s.closed { return nil }; s.closed = true`.
// Where the flag is set, the resource was released already.
func releasedFlag(fl *flow, cond *ssa.UnOp) bool {
	fa, ok := cond.X.(*ssa.FieldAddr)
	if cond.Op != token.MUL || !ok || !fl.aliases[fa.X] {
		return false
	}
	for _, r := range usesOf(fa.X) {
		other, ok := r.(*ssa.FieldAddr)
		if !ok || other.Field != fa.Field {
			continue
		}
		for _, u := range usesOf(other) {
			if st, ok := u.(*ssa.Store); ok && st.Addr == other && isTrue(st.Val) {
				return true
			}
		}
	}
	return false
}

// bodiless reports whether x == y, in the flow fl of the response of a,
// says that the response has no body: x reads the response's StatusCode
// and y is 204 (No Content) or 304 (Not Modified), or x reads its
// ContentLength and y is 0. net/http then gives http.NoBody and puts the
// connection back at once: there is nothing to close. The response must
// be the one a gave on every path (not a φ-node of two), and one that
// net/http's transport made (see fromTransport).
func (fc *funcChecker) bodiless(a *acquisition, fl *flow, x, y ssa.Value) bool {
	if fl.kind != response {
		return false
	}
	load, ok := x.(*ssa.UnOp)
	if !ok || load.Op != token.MUL {
		return false
	}
	fa, ok := load.X.(*ssa.FieldAddr)
	if !ok || !fl.surely(fa.X) {
		return false
	}
	k, ok := y.(*ssa.Const)
	if !ok || k.Value == nil || k.Value.Kind() != constant.Int {
		return false
	}
	n, exact := constant.Int64Val(k.Value)
	switch fieldName(fa.X.Type(), fa.Field) {
	case "StatusCode":
		return exact && (n == 204 || n == 304) && fc.fromTransport(a)
	case "ContentLength":
		return exact && n == 0 && fc.fromTransport(a)
	}
	return false
}

// surelyBody reports whether v, an argument, is the body of the response
// of a on every path: a load of its Body field through the response
// itself (see surely), from a response net/http's transport made.
func (fc *funcChecker) surelyBody(a *acquisition, fl *flow, v ssa.Value) bool {
	load, ok := v.(*ssa.UnOp)
	if !ok || load.Op != token.MUL || !fl.derived[v] {
		return false
	}
	fa, ok := load.X.(*ssa.FieldAddr)
	return ok && fl.surely(fa.X) && fc.fromTransport(a)
}

// surely reports whether v, an alias of the resource, is the resource on
// every path: not a φ-node, nor a variable, that may hold another value
// on some paths (see holders.go).
func (f *flow) surely(v ssa.Value) bool {
	if !f.aliases[v] {
		return false
	}
	if _, isPhi := v.(*ssa.Phi); isPhi {
		return false
	}
	if _, held := f.holder[v]; held {
		return false
	}
	if load, ok := v.(*ssa.UnOp); ok && load.Op == token.MUL {
		return false // read from a variable that may be set again
	}
	return true
}

// fromTransport reports whether the response of a is one that net/http's
// transport, or an HTTP client of another package, made: a function or an
// implementation of this package may build a response around a body of
// its own (a cache that answers from a file), whose Close matters
// whatever the status.
func (fc *funcChecker) fromTransport(a *acquisition) bool {
	if a.call == nil {
		// A response a caller gives (checkError(req, resp)) is the
		// transport's where the package builds none with a body of
		// its own.
		_, isParam := a.value.(*ssa.Parameter)
		return isParam && !fc.buildsBodies()
	}
	common := a.call.Common()
	if common.IsInvoke() {
		return fc.onlyHTTPClientDoes(common.Value.Type())
	}
	fn := common.StaticCallee()
	if fn == nil {
		return true
	}
	return !fc.buildsResponse(fn, 0)
}

// buildsBodies reports whether a function of the package builds an
// http.Response that may have a body of its own: one it allocates and
// does not leave bodiless (see bornBodiless).
func (c *checker) buildsBodies() bool {
	if c.bodyBuilder == nil {
		builds := slices.ContainsFunc(c.pkgFuncs(), func(fn *ssa.Function) bool {
			return slices.ContainsFunc(responseAllocs(fn), func(v ssa.Value) bool { return !bornBodiless(v) })
		})
		c.bodyBuilder = &builds
	}
	return *c.bodyBuilder
}

// responseAllocs returns the http.Responses that fn allocates.
func responseAllocs(fn *ssa.Function) []ssa.Value {
	var out []ssa.Value
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			if alloc, ok := instr.(*ssa.Alloc); ok && typeName(alloc.Type()) == httpResponse {
				out = append(out, alloc)
			}
		}
	}
	return out
}

// buildsResponse reports whether fn, or a function of its package that it
// calls, builds an http.Response of its own. Answers at depth 0 are kept.
func (c *checker) buildsResponse(fn *ssa.Function, depth int) bool {
	if fn.Blocks == nil || depth > 3 || fn.Package() == nil || fn.Package().Pkg != c.pass.Pkg {
		return false
	}
	if depth == 0 {
		if builds, ok := c.responseBuilders[fn]; ok {
			return builds
		}
		if c.responseBuilders == nil {
			c.responseBuilders = map[*ssa.Function]bool{}
		}
		builds := c.buildsResponseBody(fn, depth)
		c.responseBuilders[fn] = builds
		return builds
	}
	return c.buildsResponseBody(fn, depth)
}

// buildsResponseBody is buildsResponse on fn's body.
func (c *checker) buildsResponseBody(fn *ssa.Function, depth int) bool {
	for _, f := range append([]*ssa.Function{fn}, fn.AnonFuncs...) {
		for _, b := range f.Blocks {
			for _, instr := range b.Instrs {
				switch instr := instr.(type) {
				case *ssa.Alloc:
					if typeName(instr.Type()) == httpResponse {
						return true
					}
				case ssa.CallInstruction:
					if callee := instr.Common().StaticCallee(); callee != nil && callee != fn && c.buildsResponse(callee, depth+1) {
						return true
					}
				}
			}
		}
	}
	return false
}
