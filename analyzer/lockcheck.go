package analyzer

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/buildssa"
	"golang.org/x/tools/go/ssa"
)

// This file checks the locks a function takes. A held lock is one more
// kind of resource to the path search of paths.go: the acquisition is the
// call that locks, the flow's events are the instructions that unlock the
// same mutex (by its place, lockplaces.go) or hand the unlock off, and the
// search reports the returns that a path reaches with the lock still
// held. What differs from a Close is only how the resource is named and
// what releases it, and which conditional jumps a lock decides
// (lockBranch).

// A lockSite is what the path search knows of a lock, beside its call.
type lockSite struct {
	place string
	try   bool // TryLock: held only where it returned true
	// guards are the conditions that dominate the lock, with the value
	// they had where it was taken: after `if lock { mu.Lock() }`, a
	// later `if lock` takes the same branch.
	guards []guard
	pl     *placer
	block  *ssa.BasicBlock
	reach  map[*ssa.BasicBlock]bool // blocks reachable from the lock, on demand
}

// A guard is a condition that held the value val where a lock was taken.
type guard struct {
	key string // see condKey
	val bool
}

// checkLocks reports the locks that fn takes and may return holding, the
// locks released by the unlock of the other kind, and the mutexes
// unlocked twice on one path.
func (fc *funcChecker) checkLocks() {
	if isSyncPackage(fc.fn) {
		return
	}
	pl := newPlacer(fc.fn)
	ops := fc.lockOps(fc.fn, pl)
	if len(ops) == 0 {
		return
	}
	own := fc.lockSummaryOf(fc.fn)
	twice := map[ssa.Instruction]bool{} // second unlocks reported
	for _, op := range ops {
		call, ok := op.instr.(*ssa.Call) // not a defer, a goroutine or a closure
		if !ok || fc.ignores.covers(fc.pass.Fset.Position(call.Pos())) {
			continue
		}
		if fc.flipped = fc.dead[call.Block()]; fc.flipped && fc.neverRuns(call.Pos()) {
			continue // code that no build runs
		}
		switch op.action {
		case lockAcquire, lockTry:
			// A helper whose contract is to return holding the lock
			// leaves it to its callers (see locksummary.go); one that
			// also unlocks it is checked, and holds it for its callers
			// where they unlock it after the call (see checkLock).
			if !own.holds(op.place) || unlocksToo(pl, ops, op.place) {
				fc.checkLock(pl, ops, op, call)
			}
		case lockRelease:
			fc.checkUnlock(pl, ops, op, call, twice)
		}
	}
}

// lockedOnTheWay reports whether a lock of the mutex that op locks, other
// than op's own, may run before instr: op's call, which may then lock it
// twice, or the unlock on the other way through, which then releases
// a lock of its own way (switch cases that each lock and unlock), not
// the caller's. A setter of the lock's state does neither.
func lockedOnTheWay(pl *placer, ops []lockOp, op lockOp, instr ssa.Instruction) bool {
	return slices.ContainsFunc(ops, func(o lockOp) bool {
		return o.action.acquires() && o.instr != op.instr && pl.sameMutex(o.place, op.place) && runsAfter(o.instr, instr)
	})
}

// unlocksToo reports whether one of ops unlocks the mutex at place.
func unlocksToo(pl *placer, ops []lockOp, place string) bool {
	return slices.ContainsFunc(ops, func(o lockOp) bool { return !o.action.acquires() && pl.sameMutex(o.place, place) })
}

// newLockSite returns the lock site of op, taken by call.
func (fc *funcChecker) newLockSite(pl *placer, op lockOp, call *ssa.Call) *lockSite {
	return &lockSite{place: op.place, try: op.action == lockTry, guards: guardsOf(pl, call.Block()), pl: pl, block: call.Block()}
}

// checkLock reports the returns that the lock op reaches with the mutex
// still held, or else an unlock of the other kind that releases it.
//
// The function is not judged on a mutex whose unlock it hands off
// anywhere (return mu.Unlock, a goroutine that unlocks it), which a
// deferred unlock taken before the lock covers, or which it never unlocks
// with the unlock of this kind: then its contract is to return holding
// the lock, and its callers are responsible (see locksummary.go). A local
// mutex has no such contract.
func (fc *funcChecker) checkLock(pl *placer, ops []lockOp, op lockOp, call *ssa.Call) {
	fl := &flow{events: map[ssa.Instruction]event{}}
	var mismatches []lockOp
	afterCall := runsAfterFrom(call)
	for _, o := range ops {
		if o.action.acquires() || !pl.sameMutex(o.place, op.place) {
			continue
		}
		switch {
		case o.action == lockHandOff:
			return
		case o.action == lockRelease && before(o.instr, call) && (o.deferred || !fc.lockedBefore(pl, ops, op.place, o.instr)):
			// A deferred unlock taken before covers this lock too; an
			// unlock that every path takes first releases a lock the
			// caller holds, and this lock takes it back for the caller.
			return
		case o.action == lockRelease && o.read == op.read && !o.deferred && !afterCall(o.instr) && !runsAfter(o.instr, call) && !lockedOnTheWay(pl, ops, op, call) && !lockedOnTheWay(pl, ops, op, o.instr):
			// A setter of the lock's state, which locks on one way
			// through and unlocks on another (if b { mu.Lock() } else
			// { mu.Unlock() }): the lock is its caller's to release.
			return
		case o.action == lockRelease && o.read != op.read:
			mismatches = append(mismatches, o)
		case o.action == lockRelease:
			fl.events[o.instr] = released
		default: // lockMayRelease
			fl.events[o.instr] = handedOff
		}
	}
	local := isLocalPlace(op.place)
	if local && op.method == "" {
		return // a helper's lock of a value of this function's own
	}
	if len(fl.events) == 0 && (!local || inLoop(call.Block())) {
		// Held by contract, or, for a local in a loop, another mutex
		// each time round: for _, s := range shards { s.mu.Lock() }.
		if len(mismatches) > 0 {
			fc.checkMismatch(pl, op, call, mismatches)
		}
		return
	}
	for _, st := range flagStores(pl, op.place) {
		// rs.closemuScanHold = true: the struct records that the lock
		// is held, for the method that releases it.
		fl.events[st] = handedOff
	}
	if stores, field := stateStores(pl, call); len(stores) > 0 && fc.methodUnlocksRecv(op.place, field) {
		for _, st := range stores {
			// w.tx = tx, where the lock was taken because w.tx was nil:
			// the field records that the lock is held, for the method
			// that unlocks it where the field is set.
			fl.events[st] = handedOff
		}
	}
	for _, st := range fc.deferredFlagStores(pl, ops, op) {
		// locked = true, for the deferred closure that unlocks where
		// locked is set.
		fl.events[st] = released
	}
	a := &acquisition{call: call, lock: fc.newLockSite(pl, op, call)}
	var leaks []leak
	for _, l := range fc.search(a, fl) {
		if !local || !l.overwrite() { // another element of a table, again
			leaks = append(leaks, l)
		}
	}
	if len(leaks) == 0 || (local && fc.holdsAtEveryReturn(a, leaks) && fc.siblingUnlocks(op, call)) {
		return
	}
	if fc.returnsHolder(pl, call, op.place, op.read, leaks) {
		return
	}
	if read, ok := heldAtEveryReturn(fc.fn, pl, ops, op.place); ok && read == op.read && !local && lastIsError(fc.fn) < 0 && fc.callersRelease(op.place, true) {
		// The function locks its caller's mutex for it on every way
		// out, and every call of it in the package is followed by the
		// unlock of that lock. A wait loop that forgot its last
		// unlock has no such callers (one that locks again after it
		// deadlocks); one that can fail leaves the mutex held on
		// failure too, which succeedsHolding judges.
		return
	}
	if !fc.succeedsHolding(a, leaks) || !fc.locksForCaller(op.place) {
		fc.reportLockLeak(op, a, ops, leaks)
	}
}

// returnsHolder reports whether every leak is a return that gives back,
// as a result, the value that the mutex locked by call is a field of:
// getFileRLocked's ret.lock.RLock(); return ret, nil, or, as an
// interface with a method that unlocks it, return l, nil (an Unlocker).
// The lock goes to the caller with the value, as a resource does when
// returned.
func (fc *funcChecker) returnsHolder(pl *placer, call *ssa.Call, place string, read bool, leaks []leak) bool {
	args := call.Call.Args
	if len(args) == 0 {
		return false
	}
	var holder ssa.Value
	if fa, ok := args[0].(*ssa.FieldAddr); ok {
		holder = root(fa, true) // else the mutex itself, not a field of a value
	}
	for _, l := range leaks {
		ret, ok := l.exit.(*ssa.Return)
		gives := func(r ssa.Value) bool {
			v := resultValue(ret, r)
			var iface types.Type
			if types.IsInterface(v.Type()) {
				iface = v.Type()
			}
			if w, ok := unconvert(v).(*ssa.Call); ok && fc.wrapsMutex(pl, w, place, read, iface) {
				return true
			}
			if holder == nil {
				return false
			}
			if v == holder || (isLocalCell(holder) && loadOf(v) == holder && slotKept(holder, call)) {
				return true
			}
			// As an interface, only one with a method that unlocks it.
			return unconvert(v) == holder && fc.methodUnlocksIn(holder.Type(), place, v.Type())
		}
		if !ok || !slices.ContainsFunc(ret.Results, gives) {
			return false
		}
		if n := len(ret.Results); n > 0 && types.Identical(ret.Results[n-1].Type(), errorType) && !isNil(returnedError(ret)) {
			return false // a failure: the caller will not unlock
		}
	}
	return len(leaks) > 0
}

// slotKept reports whether the local variable cell, a named result in a
// function with a defer, holds at every return what it held where call
// locked the mutex of its value: every store into it other than a return's
// copy of it back into itself runs before the call and never after it
// (round a loop), and no closure can store into it.
func slotKept(cell ssa.Value, call *ssa.Call) bool {
	for _, r := range usesOf(cell) {
		switch r := r.(type) {
		case *ssa.MakeClosure:
			return false
		case *ssa.Store:
			if r.Addr == cell && loadOf(r.Val) != cell && (!before(r, call) || runsAfter(call, r)) {
				return false
			}
		}
	}
	return true
}

// wrapsMutex reports whether call builds a value around the mutex at
// place, locked for reading where read: its callee stores the argument
// into a field of the value it returns, and a method of the result's type
// that the caller can reach (one the interface iface declares, when the
// value leaves as that interface) unlocks that field the same way.
// newWcWrapper(l, w) returns a writer whose Close unlocks l: the lock goes
// with the writer.
func (fc *funcChecker) wrapsMutex(pl *placer, call *ssa.Call, place string, read bool, iface types.Type) bool {
	callee := call.Call.StaticCallee()
	if callee == nil || callee.Blocks == nil || call.Call.Signature().Results().Len() != 1 {
		return false
	}
	for k, arg := range call.Call.Args {
		if k >= len(callee.Params) || pl.place(arg) != place {
			continue
		}
		for _, r := range usesOf(callee.Params[k]) {
			st, ok := r.(*ssa.Store)
			if !ok || st.Val != callee.Params[k] {
				continue
			}
			fa, ok := st.Addr.(*ssa.FieldAddr)
			if ok && returnsAlloc(callee, fa.X) && fc.unlocksField(call.Type(), fieldName(fa.X.Type(), fa.Field), read, iface) {
				return true
			}
		}
	}
	return false
}

// returnsAlloc reports whether every return of fn gives the local value
// v, or what v points to.
func returnsAlloc(fn *ssa.Function, v ssa.Value) bool {
	if _, ok := v.(*ssa.Alloc); !ok {
		return false
	}
	n := 0
	for _, b := range fn.Blocks {
		ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !ok {
			continue
		}
		if len(ret.Results) != 1 || (ret.Results[0] != v && loadOf(ret.Results[0]) != v) {
			return false
		}
		n++
	}
	return n > 0
}

// unlocksField reports whether a method of t (or of *t) that iface, when
// not nil, declares unlocks the mutex in field name of its receiver,
// unlocking for reading where read.
func (fc *funcChecker) unlocksField(t types.Type, name string, read bool, iface types.Type) bool {
	if fc.prog == nil {
		return false
	}
	if _, isPtr := t.Underlying().(*types.Pointer); !isPtr {
		t = types.NewPointer(t)
	}
	methods, ok := fc.methodsOf(t, iface)
	return ok && slices.ContainsFunc(methods, func(fn *ssa.Function) bool {
		return slices.ContainsFunc(fc.lockSummaryOf(fn).effects, func(e lockEffect) bool {
			return e.action == lockRelease && e.read == read && (e.place == "{p0}."+name || e.place == "{p0}."+name+"*")
		})
	})
}

// methodsOf returns the methods of the pointer type t, only those that
// the interface iface declares when it is not nil, each as the function
// its body is in: a method of the value type in the pointer's method set
// is that method, not the wrapper that calls it. It reports false where
// iface is no interface.
func (fc *funcChecker) methodsOf(t, iface types.Type) ([]*ssa.Function, bool) {
	var declared *types.Interface
	if iface != nil {
		it, ok := iface.Underlying().(*types.Interface)
		if !ok {
			return nil, false
		}
		declared = it
	}
	var fns []*ssa.Function
	mset := fc.prog.MethodSets.MethodSet(t)
	for i := range mset.Len() {
		if declared != nil {
			if obj, _, _ := types.LookupFieldOrMethod(declared, false, nil, mset.At(i).Obj().Name()); obj == nil {
				continue
			}
		}
		fn := fc.prog.MethodValue(mset.At(i))
		if obj, ok := mset.At(i).Obj().(*types.Func); ok && len(mset.At(i).Index()) == 1 && fn != nil && fn.Synthetic != "" {
			fn = fc.prog.FuncValue(obj)
		}
		if fn != nil {
			fns = append(fns, fn)
		}
	}
	return fns, true
}

// foundByOwnKey reports whether v is an element that a map lookup gives,
// by a key read from a field of recv (m.ma[entry.key], with or without
// the comma-ok form).
func foundByOwnKey(v, recv ssa.Value) bool {
	if x, ok := v.(*ssa.Extract); ok && x.Index == 0 {
		v = x.Tuple
	}
	l, ok := v.(*ssa.Lookup)
	if !ok {
		return false
	}
	load, ok := unconvert(l.Index).(*ssa.UnOp)
	if !ok || load.Op != token.MUL {
		return false
	}
	fa, ok := load.X.(*ssa.FieldAddr)
	return ok && fa.X == recv
}

// resultValue returns what the return ret gives back as its result r: in
// a function with a defer, r is loaded from a result slot, and the value
// is what the return statement stored there, earlier in the block.
func resultValue(ret *ssa.Return, r ssa.Value) ssa.Value {
	load, ok := r.(*ssa.UnOp)
	if !ok || load.Op != token.MUL || !isLocalCell(load.X) {
		return r
	}
	instrs := ret.Block().Instrs
	for i := slices.Index(instrs, ssa.Instruction(load)) - 1; i >= 0; i-- {
		if st, ok := instrs[i].(*ssa.Store); ok && st.Addr == load.X {
			return st.Val
		}
	}
	return r
}

// succeedsHolding reports whether the function returns holding the lock
// of a exactly where it succeeds: its last result is an error, the leaks
// are the returns after the lock that give a nil error, and every return
// that fails releases it. Such a function locks for its caller, who
// unlocks when it succeeded (bbolt's beginTx returns a transaction whose
// Rollback unlocks; acquireSenderLock's caller defers releaseSenderLock).
func (fc *funcChecker) succeedsHolding(a *acquisition, leaks []leak) bool {
	if lastIsError(fc.fn) < 0 {
		return false
	}
	held := map[ssa.Instruction]bool{}
	for _, l := range leaks {
		ret, ok := l.exit.(*ssa.Return)
		if !ok || !isNil(returnedError(ret)) {
			return false
		}
		held[ret] = true
	}
	for b := range a.lock.reachable() {
		if ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok && isNil(returnedError(ret)) && !held[ret] {
			return false // one success releases the lock, another keeps it
		}
	}
	return true
}

// locksForCaller reports whether a function that returns holding the
// mutex at place where it succeeds does so for its caller: a result other
// than the error is a mutex, or is or wraps the value that holds the
// mutex (beginTx returns a transaction whose Rollback unlocks), another
// method of the receiver's type unlocks it (see pairedUnlock), or a
// function of the package calls it and then unlocks the mutex
// (acquireSenderLock's caller defers releaseSenderLock). Else the lock is
// the forgotten unlock on the success path of a Get that checks a map.
func (fc *funcChecker) locksForCaller(place string) bool {
	res := fc.fn.Signature.Results()
	sum := fc.summaryOf(fc.fn)
	root := placeParam(place)
	for j := range res.Len() - 1 {
		if isMutexPointer(res.At(j).Type()) {
			return true
		}
		if root >= 0 && ((j < len(sum.forwards) && sum.forwards[j] == root+1) || (j < len(sum.wraps) && sum.wraps[j] == root+1)) {
			return true
		}
		if fc.methodUnlocks(res.At(j).Type(), place) || fc.returnedTypeUnlocks(j, place) {
			return true
		}
	}
	return (root == 0 && fc.pairedUnlock(place)) || fc.callersUnlock(place)
}

// pairedUnlock reports whether another method of the function's receiver
// type unlocks the mutex at place, of the receiver, on every path: a file
// mutex's Lock, which returns holding the process lock where it
// succeeds, and its Unlock.
func (fc *funcChecker) pairedUnlock(place string) bool {
	return fc.methodUnlocksRecv(place, -1)
}

// methodUnlocksRecv reports whether another method of the function's
// receiver type unlocks the mutex at place, of the receiver: on every
// path, or, where field is a field of the receiver, on some path of a
// method that reads that field (a Close that unlocks only where a
// transaction is open).
func (fc *funcChecker) methodUnlocksRecv(place string, field int) bool {
	recv := fc.fn.Signature.Recv()
	if recv == nil || fc.prog == nil {
		return false
	}
	mset := fc.prog.MethodSets.MethodSet(recv.Type())
	for i := range mset.Len() {
		m := fc.prog.MethodValue(mset.At(i))
		if m == nil || m == fc.fn || m.Blocks == nil {
			continue
		}
		for _, e := range fc.lockSummaryOf(m).effects {
			if e.place != place {
				continue
			}
			if e.action == lockRelease || (field >= 0 && e.action == lockMayRelease && len(m.Params) > 0 && readsField(m.Params[0], field)) {
				return true
			}
		}
	}
	return false
}

// readsField reports whether the function loads field f of recv.
func readsField(recv ssa.Value, f int) bool {
	for _, r := range usesOf(recv) {
		if fa, ok := r.(*ssa.FieldAddr); ok && fa.Field == f {
			for _, u := range usesOf(fa) {
				if load, ok := u.(*ssa.UnOp); ok && load.Op == token.MUL {
					return true
				}
			}
		}
	}
	return false
}

// returnedTypeUnlocks reports whether result j, an interface, is on every
// return that gives a nil error a value of a concrete type with a method
// that unlocks the mutex at place (see methodUnlocks): FieldDict returns
// &fieldDict{index: i, …} as an index.FieldDict, whose Close unlocks
// i.mutex.
func (fc *funcChecker) returnedTypeUnlocks(j int, place string) bool {
	if !types.IsInterface(fc.fn.Signature.Results().At(j).Type()) {
		return false
	}
	n := 0
	for _, b := range fc.fn.Blocks {
		ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !ok || j >= len(ret.Results) || !isNil(returnedError(ret)) {
			continue
		}
		mi, ok := resultValue(ret, ret.Results[j]).(*ssa.MakeInterface)
		if !ok || !fc.methodUnlocks(mi.X.Type(), place) {
			return false
		}
		n++
	}
	return n > 0
}

// methodUnlocks reports whether a method of the type t unlocks, on some
// path, a mutex through its receiver by the same field name as the mutex
// at place: bbolt's beginRWTx locks db.rwlock and returns a *Tx, set up by
// t.init(db), whose Rollback unlocks tx.db.rwlock.
func (fc *funcChecker) methodUnlocks(t types.Type, place string) bool {
	return fc.methodUnlocksIn(t, place, nil)
}

// methodUnlocksIn is methodUnlocks counting only the methods that the
// interface iface declares, when it is not nil.
func (fc *funcChecker) methodUnlocksIn(t types.Type, place string, iface types.Type) bool {
	dot := strings.LastIndexByte(place, '.')
	if fc.prog == nil || dot < 0 || strings.ContainsAny(place[dot:], "*[{") {
		return false
	}
	field := place[dot:]
	if _, isPtr := t.Underlying().(*types.Pointer); !isPtr {
		if _, isNamed := types.Unalias(t).(*types.Named); !isNamed {
			return false
		}
		t = types.NewPointer(t)
	}
	methods, _ := fc.methodsOf(t, iface)
	for _, fn := range methods {
		for _, e := range fc.lockSummaryOf(fn).effects {
			if !e.action.acquires() && strings.HasPrefix(e.place, "{p0}") && strings.HasSuffix(e.place, field) {
				return true
			}
		}
		if iface != nil && unlocksFieldOfType(fn, t, field[1:]) {
			return true
		}
	}
	return false
}

// unlocksFieldOfType reports whether fn unlocks the mutex in field name of
// a value of type t that it looks up in a map by a key its receiver holds:
// an entry's Unlock that finds the entry again in its table
// (e := entry.m.ma[entry.key]; e.el.Unlock()).
func unlocksFieldOfType(fn *ssa.Function, t types.Type, name string) bool {
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			call, ok := instr.(*ssa.Call)
			if !ok || len(call.Call.Args) == 0 {
				continue
			}
			callee := call.Call.StaticCallee()
			if callee == nil {
				continue
			}
			switch callee.RelString(nil) {
			case "(*sync.Mutex).Unlock", "(*sync.RWMutex).Unlock":
			default:
				continue
			}
			fa, ok := call.Call.Args[0].(*ssa.FieldAddr)
			if ok && types.Identical(fa.X.Type(), t) && fieldName(t, fa.Field) == name && foundByOwnKey(fa.X, fn.Params[0]) {
				return true
			}
		}
	}
	return false
}

// placeParam returns the parameter that place starts at, or -1.
func placeParam(place string) int {
	var n int
	end := strings.IndexByte(place, '}')
	if !strings.HasPrefix(place, "{p") || end < 0 {
		return -1
	}
	if _, err := fmt.Sscanf(place[2:end], "%d", &n); err != nil {
		return -1
	}
	return n
}

// callersUnlock reports whether a function of the package calls fc.fn
// and, after the call, unlocks the mutex at place, named in its own terms
// through the call's arguments: directly, through a helper whose lock
// summary unlocks it, or in a defer.
func (fc *funcChecker) callersUnlock(place string) bool {
	return fc.callersRelease(place, false)
}

// callersRelease is callersUnlock; when strict, every call of fc.fn in
// the package must be followed by such an unlock, with no lock of the
// mutex between the call and it: the unlock releases the lock the call
// took, not one of the caller's own later sections.
func (fc *funcChecker) callersRelease(place string, strict bool) bool {
	ssaInfo, ok := fc.pass.ResultOf[buildssa.Analyzer].(*buildssa.SSA)
	if !ok {
		return false
	}
	called := false
	for _, caller := range ssaInfo.SrcFuncs {
		var pl *placer
		var ops []lockOp
		for _, b := range caller.Blocks {
			for _, instr := range b.Instrs {
				call, ok := instr.(ssa.CallInstruction)
				if !ok || call.Common().StaticCallee() == nil || !isSameFunc(call.Common().StaticCallee(), fc.fn) {
					continue
				}
				if pl == nil {
					pl = newPlacer(caller)
					ops = fc.lockOps(caller, pl)
				}
				args := make([]string, len(call.Common().Args))
				for i, arg := range call.Common().Args {
					args[i] = pl.place(arg)
				}
				there := translate(place, args, nil)
				if there == "" {
					if strict {
						return false
					}
					continue
				}
				released := slices.ContainsFunc(ops, func(o lockOp) bool {
					if o.action.acquires() || !pl.sameMutex(o.place, there) || !runsAfter(call, o.instr) {
						return false
					}
					return !strict || !slices.ContainsFunc(ops, func(l lockOp) bool {
						return l.instr != call && l.action.acquires() && pl.sameMutex(l.place, there) && runsAfter(call, l.instr) && runsAfter(l.instr, o.instr)
					})
				})
				switch {
				case released && !strict:
					return true
				case !released && strict:
					return false
				}
				called = true
			}
		}
	}
	return strict && called
}

// isSameFunc reports whether callee is fn or an instance of it.
func isSameFunc(callee, fn *ssa.Function) bool {
	return callee == fn || (callee.Origin() != nil && callee.Origin() == fn)
}

// runsAfter reports whether some path from a reaches b.
func runsAfter(a, b ssa.Instruction) bool { return runsAfterFrom(a)(b) }

// runsAfterFrom returns runsAfter(a, ·), which works out what a reaches
// once, at its first use.
func runsAfterFrom(a ssa.Instruction) func(ssa.Instruction) bool {
	var reach map[*ssa.BasicBlock]bool
	return func(b ssa.Instruction) bool {
		if a.Block() == b.Block() && slices.Index(a.Block().Instrs, a) < slices.Index(b.Block().Instrs, b) {
			return true
		}
		if reach == nil {
			reach = reachable(a.Block().Succs, func(b *ssa.BasicBlock) []*ssa.BasicBlock { return b.Succs })
		}
		return reach[b.Block()]
	}
}

// returnedError returns the error that ret returns as its last result,
// looking through the result slot of a function with a defer: the value
// stored there last in the return's block.
func returnedError(ret *ssa.Return) ssa.Value {
	return resultValue(ret, ret.Results[len(ret.Results)-1])
}

// checkMismatch reports the unlock of the other kind than the lock op
// that releases it on every path, as the lock's only release.
func (fc *funcChecker) checkMismatch(pl *placer, op lockOp, call *ssa.Call, mismatches []lockOp) {
	fl := &flow{events: map[ssa.Instruction]event{}}
	for _, o := range mismatches {
		fl.events[o.instr] = released
	}
	a := &acquisition{call: call, lock: fc.newLockSite(pl, op, call)}
	if len(fc.search(a, fl)) > 0 {
		return // not the lock's release: an RLock and RUnlock pair of their own
	}
	for _, o := range mismatches {
		if a.lock.reachable()[o.instr.Block()] {
			fc.reportLockMismatch(pl, op, o, call)
			return
		}
	}
}

// lockedBefore reports whether some lock of the mutex at place runs
// before the instruction instr on every path.
func (fc *funcChecker) lockedBefore(pl *placer, ops []lockOp, place string, instr ssa.Instruction) bool {
	for _, o := range ops {
		if o.action.acquires() && !o.deferred && o.place == place && before(o.instr, instr) {
			return true
		}
	}
	return false
}

// flagStores returns the stores of true into a boolean field beside the
// mutex at place, in the same struct.
func flagStores(pl *placer, place string) []ssa.Instruction {
	dot := strings.LastIndexByte(place, '.')
	if dot < 0 || strings.ContainsAny(place[dot:], "*[{") {
		return nil
	}
	parent := place[:dot]
	var stores []ssa.Instruction
	for _, b := range pl.fn.Blocks {
		for _, instr := range b.Instrs {
			st, ok := instr.(*ssa.Store)
			if !ok || !isTrue(st.Val) {
				continue
			}
			if fa, ok := st.Addr.(*ssa.FieldAddr); ok && pl.place(fa.X) == parent {
				stores = append(stores, st)
			}
		}
	}
	return stores
}

// stateStores returns, for a lock taken only where a field of a value was
// nil (if w.tx == nil { w.qs.writer.Lock(); ... w.tx = tx }), the stores
// of a value that is not nil into that field, and the field's index:
// while it is set, the value holds the lock, and the method of its type
// that unlocks (Close) sees it. A store of what a call gives beside an
// error counts only past the check that the call succeeded; and where the
// function also clears the field (w.tx = nil on a rollback), the field
// says nothing of the lock.
func stateStores(pl *placer, call *ssa.Call) ([]ssa.Instruction, int) {
	for b := call.Block(); b != nil; b = b.Idom() {
		t, ok := b.Instrs[len(b.Instrs)-1].(*ssa.If)
		if !ok || b == call.Block() {
			continue
		}
		cmp, ok := t.Cond.(*ssa.BinOp)
		if !ok || cmp.Op != token.EQL || !isNil(cmp.Y) || !b.Succs[0].Dominates(call.Block()) {
			continue
		}
		load, ok := cmp.X.(*ssa.UnOp)
		if !ok || load.Op != token.MUL {
			continue
		}
		fa, ok := load.X.(*ssa.FieldAddr)
		if !ok {
			continue
		}
		holder := pl.place(fa.X)
		if holder == "" {
			continue
		}
		var stores []ssa.Instruction
		for _, sb := range pl.fn.Blocks {
			for _, instr := range sb.Instrs {
				st, ok := instr.(*ssa.Store)
				if !ok {
					continue
				}
				sa, ok := st.Addr.(*ssa.FieldAddr)
				if !ok || sa.Field != fa.Field || pl.place(sa.X) != holder {
					continue
				}
				if isNil(st.Val) {
					return nil, -1 // cleared: the field does not record the lock
				}
				if storedPastSuccess(st) {
					stores = append(stores, st)
				}
			}
		}
		return stores, fa.Field
	}
	return nil, -1
}

// storedPastSuccess reports whether st stores a value that is not nil for
// all the function knows: not a result that a call gives beside an error,
// unless a check that the error is nil comes first (tx, err := Begin();
// if err != nil { ... }; w.tx = tx, but not w.tx, err = Begin()).
func storedPastSuccess(st *ssa.Store) bool {
	x, ok := st.Val.(*ssa.Extract)
	if !ok {
		return true
	}
	tuple, ok := x.Tuple.(ssa.Instruction)
	if !ok {
		return false
	}
	err := errorOfCall(tuple)
	if err == nil || err == ssa.Value(x) {
		return true
	}
	for b := st.Block().Idom(); b != nil; b = b.Idom() {
		t, ok := b.Instrs[len(b.Instrs)-1].(*ssa.If)
		if !ok {
			continue
		}
		cmp, ok := t.Cond.(*ssa.BinOp)
		if !ok || (cmp.Op != token.NEQ && cmp.Op != token.EQL) || !isNilTestOf(cmp, err) {
			continue
		}
		ok0 := 1 // err != nil: the else is where it succeeded
		if cmp.Op == token.EQL {
			ok0 = 0
		}
		if b.Succs[ok0].Dominates(st.Block()) {
			return true
		}
	}
	return false
}

// sameMutex reports whether the unlock of the mutex at place u may
// release the lock of the one at place l: the places are the same, or u
// starts at a φ-node one of whose values starts l, as in hand-over-hand
// locking up a tree (i.mu.Lock(); for ... { i = i.parent }; i.mu.Unlock()).
func (p *placer) sameMutex(u, l string) bool {
	return p.sameMutexDepth(u, l, 0)
}

func (p *placer) sameMutexDepth(u, l string, depth int) bool {
	if u == l {
		return true
	}
	if depth > 3 || !strings.HasPrefix(u, "{l") {
		return false
	}
	end := strings.IndexByte(u, '}')
	var n int
	if _, err := fmt.Sscanf(u[2:end], "%d", &n); err != nil || n >= len(p.locals) {
		return false
	}
	phi, ok := p.locals[n].(*ssa.Phi)
	if !ok {
		return false
	}
	for _, e := range phi.Edges {
		if base := p.place(e); base != "" && p.sameMutexDepth(base+u[end+1:], l, depth+1) {
			return true
		}
	}
	return false
}

// checkUnlock reports the unlocks of the same mutex that a path from the
// unlock op reaches without locking it again. The search starts at the
// unlock, the locks are its events, and the other unlocks are conflicts:
// a path that reaches one ends there, as a leak.
//
// Read unlocks are left alone: a goroutine may hold several read locks
// (two RLocks, then two RUnlocks).
func (fc *funcChecker) checkUnlock(pl *placer, ops []lockOp, op lockOp, call *ssa.Call, twice map[ssa.Instruction]bool) {
	if op.read {
		return
	}
	fl := &flow{events: map[ssa.Instruction]event{}}
	conflicts := false
	for _, o := range opsAt(ops, op.place) {
		switch {
		case o.instr == ssa.Instruction(call) || o.deferred:
		case o.action.acquires():
			fl.events[o.instr] = released
		case o.action == lockRelease && !o.read:
			if _, isCall := o.instr.(*ssa.Call); isCall {
				if _, seen := fl.events[o.instr]; !seen {
					fl.events[o.instr], conflicts = conflict, true
				}
			}
		}
	}
	if !conflicts {
		return
	}
	a := &acquisition{call: call, lock: fc.newLockSite(pl, op, call)}
	for _, l := range fc.search(a, fl) {
		if fl.events[l.exit] == conflict && !twice[l.exit] && !fc.ignores.covers(fc.pass.Fset.Position(l.exit.Pos())) {
			twice[l.exit] = true
			fc.reportDoubleUnlock(pl, op, call, l.exit)
			return
		}
	}
}

// lockBranch returns the successor of the conditional jump t that a path
// from the lock of a cannot take, or on which the lock is not held, or -1:
// the branch on which TryLock failed, a branch that contradicts a guard
// of the lock, or the false branch of a flag set where the lock was
// taken (locked := false; if c { mu.Lock(); locked = true }; ...; if
// locked { mu.Unlock() }).
func (fc *funcChecker) lockBranch(a *acquisition, t *ssa.If) int {
	lk := a.lock
	cond, neg := t.Cond, false
	if u, ok := cond.(*ssa.UnOp); ok && u.Op == token.NOT {
		cond, neg = u.X, true
	}
	if lk.try && cond == ssa.Value(a.call) {
		return takenWhen(false, neg)
	}
	if lk.pl == nil {
		return -1 // a search from the entry, for a summary
	}
	if len(lk.guards) > 0 {
		key := lk.condKey(cond)
		for _, g := range lk.guards {
			if g.key == key {
				return takenWhen(!g.val, neg)
			}
		}
	}
	if phi, ok := cond.(*ssa.Phi); ok {
		if val, ok := flagConstant(phi, lk.reachable()); ok {
			return takenWhen(!val, neg)
		}
	}
	if cmp, ok := cond.(*ssa.BinOp); ok && (cmp.Op == token.EQL || cmp.Op == token.NEQ) {
		x, y := cmp.X, cmp.Y
		if isNil(x) {
			x, y = y, x
		}
		if isNil(y) && lockedThrough(a.call, x) {
			// Lock would have panicked on a nil x: where the lock is
			// held, x is not nil.
			return takenWhen(cmp.Op == token.EQL, neg)
		}
	}
	return -1
}

// lockedThrough reports whether the lock call locked a mutex reached
// through the value x itself: x.Lock() on an interface, or x.mu.Lock()
// and x.Lock() promoted from a mutex x embeds. Another value of the same
// place (a later load of the field that held x, which a call may have
// cleared; the result of an assertion of x, nil where it failed) may be
// nil where the lock is held.
func lockedThrough(call *ssa.Call, x ssa.Value) bool {
	if call == nil {
		return false
	}
	common := call.Common()
	v := common.Value
	if !common.IsInvoke() {
		if len(common.Args) == 0 {
			return false
		}
		v = common.Args[0]
		for {
			fa, ok := v.(*ssa.FieldAddr)
			if !ok {
				break
			}
			v = fa.X
		}
	}
	return unconvert(v) == unconvert(x)
}

// takenWhen returns the successor of a conditional jump on cond (or on
// !cond, when neg) that runs when cond is val.
func takenWhen(val, neg bool) int {
	if val != neg {
		return 0
	}
	return 1
}

// guardsOf returns the conditions that decide whether b runs: those of the
// conditional jumps that dominate b through one successor only.
func guardsOf(pl *placer, b *ssa.BasicBlock) []guard {
	var gs []guard
	for d := b.Idom(); d != nil && len(gs) < 16; d = d.Idom() {
		t, ok := d.Instrs[len(d.Instrs)-1].(*ssa.If)
		if !ok {
			continue
		}
		s0, s1 := d.Succs[0].Dominates(b), d.Succs[1].Dominates(b)
		if s0 == s1 {
			continue
		}
		cond, neg := t.Cond, false
		if u, ok := cond.(*ssa.UnOp); ok && u.Op == token.NOT {
			cond, neg = u.X, true
		}
		lk := lockSite{pl: pl}
		gs = append(gs, guard{key: lk.condKey(cond), val: s0 != neg})
	}
	return gs
}

// condKey names a condition so that two evaluations of the same one have
// the same name: a parameter, a field, or a comparison of such.
func (lk *lockSite) condKey(v ssa.Value) string {
	if b, ok := v.(*ssa.BinOp); ok {
		return "(" + lk.pl.key(b.X, 0) + b.Op.String() + lk.pl.key(b.Y, 0) + ")"
	}
	return lk.pl.key(v, 0)
}

// reachable returns the blocks that paths from the lock reach, its own
// included.
func (lk *lockSite) reachable() map[*ssa.BasicBlock]bool {
	if lk.reach == nil {
		lk.reach = reachedFrom(lk.block)
	}
	return lk.reach
}

// inLoop reports whether b can run again after itself.
func inLoop(b *ssa.BasicBlock) bool {
	return reachable(b.Succs, func(b *ssa.BasicBlock) []*ssa.BasicBlock { return b.Succs })[b]
}

// lockCall returns the syntax of a lock or unlock call, or nil.
func (fc *funcChecker) lockCall(call ssa.Instruction) *ast.CallExpr {
	ce, _ := fc.lockCallCursor(call)
	return ce
}

// lockCallCursor returns the syntax of a lock or unlock call and its
// place in the file, or nil.
func (fc *funcChecker) lockCallCursor(call ssa.Instruction) (*ast.CallExpr, cursor) {
	cur, ok := fc.syntax().at(call.Pos())
	if !ok {
		return nil, cursor{}
	}
	ce, _ := cur.Node().(*ast.CallExpr)
	return ce, cur
}

// reportLockLeak reports the returns that the lock op reaches with the
// mutex held: the first in the message, all as related information, with
// a fix that defers the unlock where that is safe.
func (fc *funcChecker) reportLockLeak(op lockOp, a *acquisition, ops []lockOp, leaks []leak) {
	name := a.lock.pl.render(op.place)
	lockLine := fc.line(a.call.Pos())
	ce, cur := fc.lockCallCursor(a.call)
	d := analysis.Diagnostic{Pos: a.call.Pos()}
	if ce != nil {
		d.Pos = ce.Pos()
	}
	first := leaks[0]
	if first.overwrite() {
		d.Message = msgRelock(name, op.read, lockLine)
	} else {
		cond, condLine := fc.condition(first.branch)
		d.Message = msgLockHeld(name, op.read, lockLine, fc.exitOf(first), cond, condLine, first.taken)
	}
	for _, l := range leaks {
		if l.overwrite() {
			continue
		}
		d.Related = append(d.Related, analysis.RelatedInformation{Pos: fc.exitPos(l), Message: msgLockExit(name, fc.exitOf(l), lockLine)})
	}
	if !slices.ContainsFunc(leaks, leak.overwrite) {
		d.SuggestedFixes = fc.unlockFix(op, a, ops, ce, cur)
	}
	fc.pass.Report(d)
}

// unlockFix returns a fix that defers the unlock right after a lock
// written as a statement of its own, `s.mu.Lock()`, and deletes the
// unlocks that released it, when that changes nothing but the leaking
// paths: the lock is the only one of its mutex in the function and not in
// a loop, and each unlock is a statement right before a return whose
// results call nothing (or ends the function), so that the mutex is held
// no longer than it was.
func (fc *funcChecker) unlockFix(op lockOp, a *acquisition, ops []lockOp, ce *ast.CallExpr, cur cursor) []analysis.SuggestedFix {
	if ce == nil || (op.method != "Lock" && op.method != "RLock") || inLoop(a.call.Block()) {
		return nil
	}
	sel, ok := ast.Unparen(ce.Fun).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	stmt, ok := cur.Parent().Node().(*ast.ExprStmt)
	if !ok || !inStmtList(cur.Parent()) || !fc.aloneOnLine(cur.Parent()) {
		// `if c { s.mu.Lock() }` on one line: the defer would go after
		// the brace that ends the if.
		return nil
	}
	var edits []analysis.TextEdit
	for _, o := range ops {
		if o.instr == ssa.Instruction(a.call) || !a.lock.pl.sameMutex(o.place, op.place) {
			continue
		}
		del, ok := fc.unlockBeforeReturn(o)
		if !ok {
			return nil
		}
		edits = append(edits, del)
	}
	text := unlockStmt(types.ExprString(sel.X), op.read)
	indent := strings.Repeat("\t", fc.pass.Fset.Position(stmt.Pos()).Column-1)
	at := lineEnd(fc.pass.Fset.File(stmt.End()), stmt.End())
	edits = append([]analysis.TextEdit{{Pos: at, End: at, NewText: []byte("\n" + indent + text)}}, edits...)
	return []analysis.SuggestedFix{{Message: fixTitle(text), TextEdits: edits}}
}

// unlockBeforeReturn returns the edit that deletes the line of the unlock
// o, if it is a plain unlock statement right before a return whose
// results call nothing, or at the end of the function.
func (fc *funcChecker) unlockBeforeReturn(o lockOp) (analysis.TextEdit, bool) {
	if o.method == "" || o.deferred || o.action != lockRelease {
		return analysis.TextEdit{}, false
	}
	ce, cur := fc.lockCallCursor(o.instr)
	if ce == nil {
		return analysis.TextEdit{}, false
	}
	stmt, ok := cur.Parent().Node().(*ast.ExprStmt)
	if !ok {
		return analysis.TextEdit{}, false
	}
	block, ok := cur.Parent().Parent().Node().(*ast.BlockStmt)
	if !ok {
		return analysis.TextEdit{}, false
	}
	next := nextStmt(block.List, stmt)
	switch next := next.(type) {
	case nil:
		if _, isBody := cur.Parent().Parent().Parent().Node().(*ast.FuncDecl); !isBody || block.List[len(block.List)-1] != ast.Stmt(stmt) {
			return analysis.TextEdit{}, false
		}
	case *ast.ReturnStmt:
		calls := false
		ast.Inspect(next, func(n ast.Node) bool {
			_, isCall := n.(*ast.CallExpr)
			calls = calls || isCall
			return !calls
		})
		if calls {
			return analysis.TextEdit{}, false
		}
	default:
		return analysis.TextEdit{}, false
	}
	f := fc.pass.Fset.File(stmt.Pos())
	line := f.Line(stmt.Pos())
	if f.Line(stmt.End()) != line || line >= f.LineCount() || !fc.aloneOnLine(cur.Parent()) {
		// Deleting the line of `if err != nil { s.mu.Unlock(); return err }`
		// would delete the if.
		return analysis.TextEdit{}, false
	}
	return analysis.TextEdit{Pos: f.LineStart(line), End: f.LineStart(line + 1)}, true
}

// aloneOnLine reports whether the statement at stmt, in a list of
// statements, is the only code on its line: what comes before it (the
// statement before, or the brace or colon that opens the list) ends on an
// earlier line, and what comes after (the next statement, or what closes
// the list) starts on a later one.
func (fc *funcChecker) aloneOnLine(stmt cursor) bool {
	s, ok := stmt.Node().(ast.Stmt)
	if !ok {
		return false
	}
	var list []ast.Stmt
	var start, end token.Pos
	switch p := stmt.Parent().Node().(type) {
	case *ast.BlockStmt:
		list, start, end = p.List, p.Lbrace, p.Rbrace
	case *ast.CaseClause:
		list, start, end = p.Body, p.Colon, clauseEnd(stmt.Parent())
	case *ast.CommClause:
		list, start, end = p.Body, p.Colon, clauseEnd(stmt.Parent())
	default:
		return false
	}
	i := slices.Index(list, s)
	if i < 0 || !start.IsValid() || !end.IsValid() {
		return false
	}
	before, after := start, end
	if i > 0 {
		before = list[i-1].End()
	}
	if i+1 < len(list) {
		after = list[i+1].Pos()
	}
	f := fc.pass.Fset.File(s.Pos())
	return f.Line(before) < f.Line(s.Pos()) && f.Line(s.End()) < f.Line(after)
}

// clauseEnd returns where the case or select clause at clause ends: at
// the next clause of its switch or select, or at the brace that closes
// it.
func clauseEnd(clause cursor) token.Pos {
	body, ok := clause.Parent().Node().(*ast.BlockStmt)
	if !ok {
		return token.NoPos
	}
	if i := slices.Index(body.List, clause.Node().(ast.Stmt)); i >= 0 && i+1 < len(body.List) {
		return body.List[i+1].Pos()
	}
	return body.Rbrace
}

// inStmtList reports whether the statement at stmt is directly in a list
// of statements.
func inStmtList(stmt cursor) bool {
	switch stmt.Parent().Node().(type) {
	case *ast.BlockStmt, *ast.CaseClause, *ast.CommClause:
		return true
	}
	return false
}

// reportLockMismatch reports the unlock o, of the other kind, that
// releases the lock op taken by call.
func (fc *funcChecker) reportLockMismatch(pl *placer, op, o lockOp, call *ssa.Call) {
	pos := o.instr.Pos()
	if ce := fc.lockCall(o.instr); ce != nil {
		pos = ce.Pos()
	}
	if fc.ignores.covers(fc.pass.Fset.Position(pos)) {
		return
	}
	fc.pass.Report(analysis.Diagnostic{Pos: pos, Message: msgLockMismatch(pl.render(op.place), op.read, fc.line(call.Pos()))})
}

// reportDoubleUnlock reports the unlock second, which a path reaches
// from the unlock first with the mutex not locked again.
func (fc *funcChecker) reportDoubleUnlock(pl *placer, op lockOp, first *ssa.Call, second ssa.Instruction) {
	pos := second.Pos()
	if ce := fc.lockCall(second); ce != nil {
		pos = ce.Pos()
	}
	fc.pass.Report(analysis.Diagnostic{Pos: pos, Message: msgDoubleUnlock(pl.render(op.place), fc.line(first.Pos()))})
}

// deferredFlagStores returns the stores of true into a boolean variable
// that a deferred closure, which may unlock the mutex at place, reads to
// decide to unlock it: from such a store on, the closure unlocks it at
// return.
//
//	locked := false
//	defer func() {
//		if locked {
//			mu.Unlock()
//		}
//	}()
//	mu.Lock()
//	locked = true
//
// A store counts only after the defer statement on every path, where
// every path of the closure's branch on the variable unlocks the mutex
// with the unlock of the lock's kind, and where the function sets the
// variable to anything else only right after an unlock of the mutex (or
// before the defer).
func (fc *funcChecker) deferredFlagStores(pl *placer, ops []lockOp, op lockOp) []ssa.Instruction {
	var stores []ssa.Instruction
	for _, o := range ops {
		d, ok := o.instr.(*ssa.Defer)
		if !ok || o.action != lockMayRelease || !pl.sameMutex(o.place, op.place) {
			continue
		}
		mc, ok := d.Call.Value.(*ssa.MakeClosure)
		if !ok {
			continue
		}
		closure := mc.Fn.(*ssa.Function)
		var bindings []string
		for _, b := range mc.Bindings {
			bindings = append(bindings, pl.place(b))
		}
		unlocks := map[ssa.Instruction]bool{}
		for _, co := range fc.lockOps(closure, newPlacer(closure)) {
			if co.action == lockRelease && !co.deferred && co.read == op.read && pl.sameMutex(translate(co.place, nil, bindings), op.place) {
				unlocks[co.instr] = true
			}
		}
		for _, k := range unlockFlags(closure, unlocks) {
			cell, ok := mc.Bindings[k].(*ssa.Alloc)
			if !ok || !clearedOnlyWhenUnlocked(cell, d, pl, ops, op.place) {
				continue
			}
			for _, r := range usesOf(cell) {
				if st, ok := r.(*ssa.Store); ok && st.Addr == ssa.Value(cell) && isTrue(st.Val) && before(d, st) {
					stores = append(stores, st)
				}
			}
		}
	}
	return stores
}

// unlockFlags returns the indexes of the free variables of closure,
// booleans it captures by reference, on whose truth it unlocks: an if on
// the variable whose true branch meets one of unlocks on every path.
func unlockFlags(closure *ssa.Function, unlocks map[ssa.Instruction]bool) []int {
	var flags []int
	if len(unlocks) == 0 {
		return nil
	}
	for _, b := range closure.Blocks {
		t, ok := b.Instrs[len(b.Instrs)-1].(*ssa.If)
		if !ok {
			continue
		}
		load, ok := t.Cond.(*ssa.UnOp)
		if !ok || load.Op != token.MUL {
			continue
		}
		fv, ok := load.X.(*ssa.FreeVar)
		if !ok {
			continue
		}
		k := slices.Index(closure.FreeVars, fv)
		if k >= 0 && metBefore(b.Succs[0], 0, unlocks, nil, nil) && !slices.Contains(flags, k) {
			flags = append(flags, k)
		}
	}
	return flags
}

// clearedOnlyWhenUnlocked reports whether every store into the flag
// variable cell other than of true runs before the defer d, or follows,
// in its block, an unlock of the mutex at place: locked = false without
// the unlock would leave the lock to no one.
func clearedOnlyWhenUnlocked(cell *ssa.Alloc, d *ssa.Defer, pl *placer, ops []lockOp, place string) bool {
	for _, r := range usesOf(cell) {
		st, ok := r.(*ssa.Store)
		if !ok || st.Addr != ssa.Value(cell) || isTrue(st.Val) || before(st, d) {
			continue
		}
		unlocked := slices.ContainsFunc(ops, func(o lockOp) bool {
			return o.action == lockRelease && !o.deferred && pl.sameMutex(o.place, place) && o.instr.Block() == st.Block() && before(o.instr, st)
		})
		if !unlocked {
			return false
		}
	}
	return true
}
