package analyzer

import (
	"go/constant"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ssa"
)

// Path values: what a path knows about whether a few values are nil.
//
// A φ-node is the value of the edge a path came in by, so on a path that
// came in by an edge carrying nil the φ-node is nil, even where another
// edge carries an error:
//
//	switch {
//	case zip: root, err = newZip(name)
//	case tar: f, err := os.Open(name); ...; root = &tarRoot{f} // outer err stays nil
//	}
//	if err != nil { return nil, err } // not taken after the tar case
//
// And the value of a comma-ok type assertion is known on each side of
// its ok check: nil where it failed, not nil where an assertion to an
// interface type held, or one to a pointer type of a value that is not
// nil (one that a lock was taken through: the Lock would have panicked).
//
//	next.Lock()
//	if expected, ok = next.(*closeExp); ok { break } // expected != nil
//	...
//	if expected == nil { return err } // not with next locked
//
// The search (paths.go) carries these bits in its state; a conditional
// jump that compares a known value with nil takes one successor only.
// Only values that such a comparison reads (through φ-nodes) are
// tracked, and a bit is kept only in blocks from which its reader can
// be reached, so paths that differ in nothing else still merge.
type pathValues struct {
	index map[ssa.Value]int
	vals  []ssa.Value
	// live holds, by block index, the values that a reader reachable
	// from the block reads: bit i for vals[i].
	live []uint16
	// defined holds, by block, the tracked values that the block
	// defines: a path that enters the block forgets what it knew of them.
	defined map[*ssa.BasicBlock][]int
	// loads maps a load of a tracked local variable, compared with nil
	// in its block after the last store there, to the variable; stored
	// holds, by block, the last store into each tracked variable (see
	// localCell).
	loads  map[ssa.Value]ssa.Value
	stored map[*ssa.BasicBlock][]*ssa.Store
}

// maxPathValues bounds how many values a function tracks (the bits of a
// known).
const maxPathValues = 16

// A known holds, for each tracked value, whether the path knows it is nil
// (false, for a condition) or knows it is not, and whether it knows that
// what the value points to, or holds as an interface, is not nil (deref:
// a lock was taken through it). An interface that holds a nil pointer is
// not nil, so only deref says that an assertion of it to a pointer type
// gives a pointer that is not nil.
type known struct {
	zero, nonZero, deref uint16
}

func (k known) forget(i int) known {
	k.zero &^= 1 << i
	k.nonZero &^= 1 << i
	k.deref &^= 1 << i
	return k
}

func (k known) set(i int, zero bool) known {
	k = k.forget(i)
	if zero {
		k.zero |= 1 << i
	} else {
		k.nonZero |= 1 << i
	}
	return k
}

// pathValuesOf returns the values of fc.fn that paths track, or nil when
// there is none.
func (fc *funcChecker) pathValuesOf() *pathValues {
	if fc.pathVals == nil {
		return fc.trackedValues()
	}
	pv, done := fc.pathVals[fc.fn]
	if !done {
		pv = fc.trackedValues()
		fc.pathVals[fc.fn] = pv
	}
	return pv
}

// trackedValues works out pathValuesOf.
func (fc *funcChecker) trackedValues() *pathValues {
	pv := &pathValues{index: map[ssa.Value]int{}, defined: map[*ssa.BasicBlock][]int{}, loads: map[ssa.Value]ssa.Value{}, stored: map[*ssa.BasicBlock][]*ssa.Store{}}
	uses := map[ssa.Value][]*ssa.BasicBlock{}
	add := func(v ssa.Value) bool {
		if _, ok := pv.index[v]; !ok {
			if len(pv.vals) == maxPathValues {
				return false
			}
			pv.index[v] = len(pv.vals)
			pv.vals = append(pv.vals, v)
		}
		return true
	}
	var track func(v ssa.Value, use *ssa.BasicBlock, viaPhi bool)
	track = func(v ssa.Value, use *ssa.BasicBlock, viaPhi bool) {
		switch v := v.(type) {
		case *ssa.Phi:
		case *ssa.Extract:
			// The value of a comma-ok assertion, or a call's error
			// that a φ-node merges (_, err = f.Write(b); if err ==
			// nil { err = f.Close() }; if err != nil {...}): what a
			// check of it said decides the φ-node on that edge.
			if (v.Index != 0 || okCheck(v) == nil) && (!viaPhi || !isErrorResult(v.Type())) {
				return
			}
		default:
			return
		}
		if !add(v) {
			return
		}
		if ub := uses[v]; len(ub) > 0 && ub[len(ub)-1] == use {
			return
		}
		seen := len(uses[v]) > 0
		uses[v] = append(uses[v], use)
		if seen {
			return
		}
		switch v := v.(type) {
		case *ssa.Phi:
			for j, e := range v.Edges {
				track(e, v.Block().Preds[j], true)
			}
		case *ssa.Extract:
			// The asserted value: whether it is nil decides the
			// assertion's value where it held.
			ta, ok := v.Tuple.(*ssa.TypeAssert)
			if !ok {
				return // a call's error
			}
			if _, isPtr := ta.AssertedType.Underlying().(*types.Pointer); !isPtr {
				return
			}
			if add(ta.X) {
				for _, t := range okCheck(v) {
					uses[ta.X] = append(uses[ta.X], t.Block())
				}
			}
		}
	}
	// The conditions that two jumps test (if v6 { open }; ...; if v6
	// { use }), and the flags that φ-nodes merge from constants.
	for _, b := range fc.fn.Blocks {
		t, ok := b.Instrs[len(b.Instrs)-1].(*ssa.If)
		if !ok {
			continue
		}
		if v, _, ok := nilComparison(t); ok {
			track(v, b, false)
			if cell := loadedCell(v, t); cell != nil && add(cell) {
				// err = nil on one path, err = f() on another, and
				// then if err != nil: the variable holds what the
				// path stored last.
				pv.loads[v] = cell
				uses[cell] = append(uses[cell], b)
			}
		}
		v, _ := condition(t)
		if _, isPhi := v.(*ssa.Phi); isPhi {
			track(v, b, false)
			continue
		}
		if pv.tracks(v) {
			continue
		}
		if jumpsOn(v, nil) > 1 && add(v) {
			jumpsOn(v, func(j *ssa.If) { uses[v] = append(uses[v], j.Block()) })
		}
	}
	if len(pv.vals) == 0 {
		return nil
	}
	pv.live = make([]uint16, len(fc.fn.Blocks))
	for i, v := range pv.vals {
		markReaching(pv.live, uses[v], 1<<i)
		if b := definingBlock(v); b != nil {
			pv.defined[b] = append(pv.defined[b], i)
		}
	}
	// The last store of each block into each variable that a check
	// loads, in the order they run there: err = x after e2 = check()
	// reads what the block stored in e2.
	last := map[*ssa.BasicBlock]map[ssa.Value]*ssa.Store{}
	for _, cell := range pv.loads {
		for _, r := range usesOf(cell) {
			st, ok := r.(*ssa.Store)
			if !ok || st.Addr != cell {
				continue
			}
			b := st.Block()
			if last[b] == nil {
				last[b] = map[ssa.Value]*ssa.Store{}
			}
			if prev := last[b][cell]; prev == nil || instrIndex(prev) < instrIndex(st) {
				last[b][cell] = st
			}
		}
	}
	for b, sts := range last {
		for _, st := range sts {
			pv.stored[b] = append(pv.stored[b], st)
		}
		slices.SortFunc(pv.stored[b], func(x, y *ssa.Store) int { return instrIndex(x) - instrIndex(y) })
	}
	return pv
}

// instrIndex returns the position of instr in its block.
func instrIndex(instr ssa.Instruction) int {
	return slices.Index(instr.Block().Instrs, instr)
}

// loadedCell returns the local variable that v, compared with nil by t,
// loads, when v is loaded in t's block after the last store there and
// the variable changes only by stores in the function: its address goes
// to loads, stores, deferred calls (defer check(f, &err)), and closures
// that only read it or that run only deferred.
func loadedCell(v ssa.Value, t *ssa.If) ssa.Value {
	load, ok := v.(*ssa.UnOp)
	if !ok || load.Op != token.MUL || load.Block() != t.Block() {
		return nil
	}
	cell, ok := load.X.(*ssa.Alloc)
	if !ok || !isNillable(cell.Type().(*types.Pointer).Elem()) {
		return nil
	}
	for _, r := range usesOf(cell) {
		if st, ok := r.(*ssa.Store); ok && st.Block() == load.Block() && instrIndex(st) > instrIndex(load) {
			return nil // the check may read a later store
		}
	}
	for _, r := range usesOf(cell) {
		switch r := r.(type) {
		case *ssa.Store:
			if r.Addr != ssa.Value(cell) {
				return nil // its address stored
			}
		case *ssa.UnOp, *ssa.DebugRef, *ssa.Defer:
		case *ssa.MakeClosure:
			i := slices.Index(r.Bindings, ssa.Value(cell))
			if assignsFree(r.Fn.(*ssa.Function).FreeVars[i]) && !onlyDeferred(r) {
				return nil
			}
		default:
			return nil
		}
	}
	return cell
}

// onlyDeferred reports whether the closure mc is only called by defer.
func onlyDeferred(mc *ssa.MakeClosure) bool {
	for _, r := range usesOf(mc) {
		if d, ok := r.(*ssa.Defer); !ok || d.Call.Value != ssa.Value(mc) {
			return false
		}
	}
	return true
}

// definingBlock returns the block whose run defines v, or nil for a
// parameter, a free variable or a constant.
func definingBlock(v ssa.Value) *ssa.BasicBlock {
	if instr, ok := v.(ssa.Instruction); ok {
		return instr.Block()
	}
	return nil
}

// markReaching sets bit in live[b.Index] for each block b from which one
// of uses can be reached, uses included.
func markReaching(live []uint16, uses []*ssa.BasicBlock, bit uint16) {
	stack := slices.Clone(uses)
	for len(stack) > 0 {
		b := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if live[b.Index]&bit != 0 {
			continue
		}
		live[b.Index] |= bit
		stack = append(stack, b.Preds...)
	}
}

// okCheck returns the conditional jumps on the ok of the comma-ok type
// assertion whose value v is, or nil.
func okCheck(v *ssa.Extract) []*ssa.If {
	ta, ok := v.Tuple.(*ssa.TypeAssert)
	if !ok || !ta.CommaOk || !isNillable(ta.AssertedType) {
		return nil
	}
	var ifs []*ssa.If
	for _, ok := range extracts(ta, 1) {
		jumpsOn(ok, func(t *ssa.If) { ifs = append(ifs, t) })
	}
	return ifs
}

// jumpsOn counts the conditional jumps on v or on its negation, and calls
// each, when it is not nil, with each of them.
func jumpsOn(v ssa.Value, each func(*ssa.If)) int {
	refs := v.Referrers()
	if refs == nil {
		return 0
	}
	n := 0
	visit := func(instr ssa.Instruction) {
		if t, ok := instr.(*ssa.If); ok {
			n++
			if each != nil {
				each(t)
			}
		}
	}
	for _, r := range *refs {
		visit(r)
		if u, ok := r.(*ssa.UnOp); ok && u.Op == token.NOT {
			for _, w := range usesOf(u) {
				visit(w)
			}
		}
	}
	return n
}

// isNillable reports whether nil is a value of type t. A type parameter
// is left out: what its instances' values are differs.
func isNillable(t types.Type) bool {
	if _, isParam := types.Unalias(t).(*types.TypeParam); isParam {
		return false
	}
	switch t.Underlying().(type) {
	case *types.Pointer, *types.Interface, *types.Map, *types.Chan, *types.Signature, *types.Slice:
		return true
	}
	return false
}

// condition returns the condition of t, and whether t jumps on its
// negation.
func condition(t *ssa.If) (ssa.Value, bool) {
	if u, ok := t.Cond.(*ssa.UnOp); ok && u.Op == token.NOT {
		return u.X, true
	}
	return t.Cond, false
}

// nilComparison returns the value that the condition of t compares with
// nil, and whether t's first successor runs where that value is nil.
func nilComparison(t *ssa.If) (ssa.Value, bool, bool) {
	cond, neg := condition(t)
	cmp, ok := cond.(*ssa.BinOp)
	if !ok || (cmp.Op != token.EQL && cmp.Op != token.NEQ) {
		return nil, false, false
	}
	x, y := cmp.X, cmp.Y
	if isNil(x) {
		x, y = y, x
	}
	if !isNil(y) || isNil(x) {
		return nil, false, false
	}
	return x, (cmp.Op == token.EQL) != neg, true
}

// start returns what a path knows right after the acquisition a: what
// the jumps that guard it decide (a file opened under if verbose is open
// where verbose holds), and that the value a lock was taken through is not
// nil.
func (pv *pathValues) start(a *acquisition, derefs func(*ssa.Call) bool) known {
	var k known
	if pv == nil || a.call == nil {
		return k
	}
	// A successor with no other predecessor that dominates the
	// acquisition is one that every path to it took, after the last
	// run of the block that defines the condition.
	b := a.call.Block()
	var guards []*ssa.BasicBlock
	for d := b.Idom(); d != nil; d = d.Idom() {
		guards = append(guards, d)
	}
	for _, d := range slices.Backward(guards) {
		t, ok := d.Instrs[len(d.Instrs)-1].(*ssa.If)
		if !ok {
			continue
		}
		for i, succ := range d.Succs {
			if len(succ.Preds) == 1 && succ.Dominates(b) {
				k = pv.leave(t, i, k)
			}
		}
	}
	var after []*ssa.Store
	for _, st := range pv.stored[b] {
		if slices.Index(b.Instrs, ssa.Instruction(st)) > slices.Index(b.Instrs, ssa.Instruction(a.call)) {
			after = append(after, st)
		}
	}
	k = pv.store(after, k)
	if a.lock == nil || !derefs(a.call) {
		return k
	}
	for i, v := range pv.vals {
		if lockedThrough(a.call, v) {
			k.deref |= 1 << i
		}
	}
	return k
}

// lockDerefs reports whether the lock call would have panicked on a nil
// pointer under the value it was taken through: a method of package sync
// on a mutex, or on a mutex field (x.mu.Lock()), or an interface method
// whose every implementation, as far as the program has them all (the
// interface is sealed, or the function made the value), is promoted from
// an embedded field, which the method reaches through its receiver. A
// Lock declared on a pointer type of the program need not touch what it
// points to.
func (fc *funcChecker) lockDerefs(call *ssa.Call) bool {
	common := call.Common()
	if !common.IsInvoke() {
		if len(common.Args) > 0 {
			if _, ok := common.Args[0].(*ssa.FieldAddr); ok {
				return true
			}
		}
		callee := common.StaticCallee()
		return callee != nil && callee.Pkg != nil && callee.Pkg.Pkg.Path() == "sync"
	}
	iface, ok := common.Value.Type().Underlying().(*types.Interface)
	if !ok || common.Method == nil {
		return false
	}
	impls, known := fc.dynamicTypes(common.Value, map[ssa.Value]bool{}, 0)
	if !known {
		named, ok := types.Unalias(common.Value.Type()).(*types.Named)
		if !ok || !sealed(named) {
			return false
		}
		impls = fc.implementers(iface)
	}
	for _, t := range impls {
		_, index, _ := types.LookupFieldOrMethod(t, false, common.Method.Pkg(), common.Method.Name())
		if len(index) < 2 {
			return false
		}
	}
	return len(impls) > 0
}

// enter returns what a path with k knows once it has entered succ from
// from: the values of succ's φ-nodes are those of the edge from from,
// the values succ defines are not known yet, and nothing is kept of the
// values whose readers succ cannot reach.
func (pv *pathValues) enter(from, succ *ssa.BasicBlock, k known) known {
	if pv == nil {
		return k
	}
	edge := -1
	for j, p := range succ.Preds {
		if p == from {
			edge = j
			break
		}
	}
	next := k
	for _, i := range pv.defined[succ] {
		next = next.forget(i)
		phi, ok := pv.vals[i].(*ssa.Phi)
		if !ok || edge < 0 {
			continue
		}
		if isNil, ok := pv.edgeValue(phi.Edges[edge], k); ok {
			next = next.set(i, isNil)
		}
	}
	next = pv.store(pv.stored[succ], next)
	next.zero &= pv.live[succ.Index]
	next.nonZero &= pv.live[succ.Index]
	next.deref &= pv.live[succ.Index]
	return next
}

// store returns what a path with k knows after the stores sts into
// tracked variables: each holds the value stored, nil or not as far as
// the path knows it.
func (pv *pathValues) store(sts []*ssa.Store, k known) known {
	for _, st := range sts {
		i := pv.index[st.Addr]
		if isNil, ok := pv.edgeValue(st.Val, k); ok {
			k = k.set(i, isNil)
		} else {
			k = k.forget(i)
		}
	}
	return k
}

// edgeValue reports whether v is nil, for a path that knows k, and
// whether that is known.
func (pv *pathValues) edgeValue(v ssa.Value, k known) (null, ok bool) {
	if isNil(v) {
		return true, true
	}
	if c, isConst := v.(*ssa.Const); isConst && c.Value != nil && c.Value.Kind() == constant.Bool {
		return !constant.BoolVal(c.Value), true
	}
	switch v.(type) {
	case *ssa.Alloc, *ssa.MakeInterface, *ssa.MakeClosure, *ssa.MakeMap, *ssa.MakeChan:
		return false, true
	}
	if cell, ok := pv.loads[v]; ok {
		v = cell
	}
	if i, tracked := pv.index[v]; tracked {
		switch {
		case k.zero&(1<<i) != 0:
			return true, true
		case k.nonZero&(1<<i) != 0:
			return false, true
		}
	}
	return false, false
}

// leave returns what a path with k knows on the successor succ of the
// conditional jump t: on either side of an ok check, whether the
// assertion's value is nil.
func (pv *pathValues) leave(t *ssa.If, succ int, k known) known {
	if pv == nil {
		return k
	}
	cond, neg := condition(t)
	if i, tracked := pv.index[cond]; tracked {
		k = k.set(i, succ != takenWhen(true, neg)) // the condition itself
	}
	if v, firstIfNil, isCmp := nilComparison(t); isCmp {
		if i, tracked := pv.index[v]; tracked {
			// A call's error that a φ-node merges, or such a φ-node
			// merged in turn, compared with nil: if err == nil { err
			// = f.Sync() }; if err == nil { err = f.Close() }.
			switch v.(type) {
			case *ssa.Extract, *ssa.Phi:
				k = k.set(i, (succ == 0) == firstIfNil)
			}
		}
	}
	ok, isExtract := cond.(*ssa.Extract)
	if !isExtract || ok.Index != 1 {
		return k
	}
	ta, isAssert := ok.Tuple.(*ssa.TypeAssert)
	if !isAssert {
		return k
	}
	for _, v := range extracts(ta, 0) {
		i, tracked := pv.index[v]
		if !tracked {
			continue
		}
		if succ != takenWhen(true, neg) {
			k = k.set(i, true) // a failed assertion gives the zero value
			continue
		}
		if types.IsInterface(ta.AssertedType) {
			k = k.set(i, false) // a nil interface fails any assertion
			continue
		}
		if j, tracked := pv.index[ta.X]; tracked && k.deref&(1<<j) != 0 {
			k = k.set(i, false) // the pointer a lock was taken through
		}
	}
	return k
}

// impossible returns the successor of t that a path with k cannot take, or
// -1: the one that needs a value known not to be nil to be nil, or the
// other way round.
func (pv *pathValues) impossible(t *ssa.If, k known) int {
	if pv == nil {
		return -1
	}
	if cond, neg := condition(t); pv.tracks(cond) {
		if zero, ok := pv.edgeValue(cond, k); ok {
			// A condition known true cannot take the successor
			// for false, and the other way round.
			return takenWhen(zero, neg)
		}
	}
	v, firstIfNil, ok := nilComparison(t)
	if !ok {
		return -1
	}
	isNil, ok := pv.edgeValue(v, k)
	if _, loaded := pv.loads[v]; !ok || (!pv.tracks(v) && !loaded) {
		return -1
	}
	if isNil == firstIfNil {
		return 1
	}
	return 0
}

// tracks reports whether paths track v.
func (pv *pathValues) tracks(v ssa.Value) bool {
	_, ok := pv.index[v]
	return ok
}
