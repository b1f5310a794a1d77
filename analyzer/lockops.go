package analyzer

import (
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// This file says what an instruction does to a mutex: what locks and
// unlocks one, directly (the methods of sync.Mutex, sync.RWMutex and
// sync.Locker) or through a helper whose lock summary says so.

// A lockAction is what an instruction does to a mutex.
type lockAction uint8

const (
	lockAcquire    lockAction = iota + 1 // Lock, RLock, or a helper that returns holding it
	lockTry                              // TryLock, TryRLock: held where it returned true
	lockMayAcquire                       // a helper that returns holding it on some paths
	lockRelease                          // Unlock, RUnlock, or a helper that unlocks it on every path
	lockMayRelease                       // a helper that unlocks it on some paths
	lockHandOff                          // a closure that unlocks it escapes, or a goroutine unlocks it
)

// acquires reports whether the action may leave the mutex held.
func (a lockAction) acquires() bool {
	return a == lockAcquire || a == lockTry || a == lockMayAcquire
}

// A lockOp is one action of an instruction on the mutex at a place.
type lockOp struct {
	instr    ssa.Instruction
	place    string
	action   lockAction
	read     bool   // RLock, TryRLock, RUnlock, or a helper's read lock
	deferred bool   // the instruction is a defer: the action runs at return
	method   string // the sync method called directly ("Lock"), or "" for a helper
}

// mutexMethods are the methods of the sync package that lock or unlock
// their receiver, and those of their drop-in twins in leakvet's runtime
// package: known directly, the twins' locks are named after the mutex
// the user declared ("c.mu"), not after the sync.Mutex inside it, an
// unexported field that a suggested `defer c.mu.mu.Unlock()` could not
// reach.
var mutexMethods = map[string]mutexMethod{
	"(*sync.Mutex).Lock":       {lockAcquire, false},
	"(*sync.Mutex).TryLock":    {lockTry, false},
	"(*sync.Mutex).Unlock":     {lockRelease, false},
	"(*sync.RWMutex).Lock":     {lockAcquire, false},
	"(*sync.RWMutex).TryLock":  {lockTry, false},
	"(*sync.RWMutex).Unlock":   {lockRelease, false},
	"(*sync.RWMutex).RLock":    {lockAcquire, true},
	"(*sync.RWMutex).TryRLock": {lockTry, true},
	"(*sync.RWMutex).RUnlock":  {lockRelease, true},

	"(*github.com/leakvet/leakvet/runtime.Mutex).Lock":       {lockAcquire, false},
	"(*github.com/leakvet/leakvet/runtime.Mutex).TryLock":    {lockTry, false},
	"(*github.com/leakvet/leakvet/runtime.Mutex).Unlock":     {lockRelease, false},
	"(*github.com/leakvet/leakvet/runtime.RWMutex).Lock":     {lockAcquire, false},
	"(*github.com/leakvet/leakvet/runtime.RWMutex).TryLock":  {lockTry, false},
	"(*github.com/leakvet/leakvet/runtime.RWMutex).Unlock":   {lockRelease, false},
	"(*github.com/leakvet/leakvet/runtime.RWMutex).RLock":    {lockAcquire, true},
	"(*github.com/leakvet/leakvet/runtime.RWMutex).TryRLock": {lockTry, true},
	"(*github.com/leakvet/leakvet/runtime.RWMutex).RUnlock":  {lockRelease, true},
}

// A mutexMethod is what a method of a sync mutex does to its receiver.
type mutexMethod struct {
	action lockAction
	read   bool
}

// lockerMethods are the methods of an interface that has Lock and Unlock
// (sync.Locker, or an interface of the user's) that lock or unlock the
// value.
var lockerMethods = map[string]lockAction{"Lock": lockAcquire, "Unlock": lockRelease}

// lockOps returns the actions on mutexes of the instructions of fn, in
// instruction order, with places computed by pl.
func (c *checker) lockOps(fn *ssa.Function, pl *placer) []lockOp {
	var ops []lockOp
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			switch instr := instr.(type) {
			case ssa.CallInstruction:
				ops = append(ops, c.callLockOps(instr, pl)...)
			case *ssa.MakeClosure:
				ops = append(ops, c.escapingUnlocks(instr, pl)...)
			case *ssa.Store:
				if isKeptBy(instr.Addr) || isResultCell(instr.Addr) {
					ops = append(ops, escapingMutexes(instr, pl, instr.Val)...)
				}
			case *ssa.Return:
				ops = append(ops, escapingMutexes(instr, pl, instr.Results...)...)
			}
		}
	}
	return ops
}

// callLockOps returns what the call instr does to mutexes.
func (c *checker) callLockOps(instr ssa.CallInstruction, pl *placer) []lockOp {
	common := instr.Common()
	var ops []lockOp
	if common.IsInvoke() {
		action, ok := lockerMethods[common.Method.Name()]
		if ok && isLocker(common.Value.Type()) {
			ops = append(ops, lockOp{instr: instr, place: pl.place(common.Value), action: action, method: common.Method.Name()})
		} else if !ok {
			ops = c.invokeLockOps(instr, pl)
		}
	} else if callee := common.StaticCallee(); callee != nil {
		obj, _ := callee.Object().(*types.Func)
		var m mutexMethod
		known := false
		if obj != nil && callee.Signature.Recv() != nil {
			m, known = mutexMethods[c.funcName(obj)]
		}
		if known && len(common.Args) > 0 {
			ops = append(ops, lockOp{instr: instr, place: pl.place(common.Args[0]), action: m.action, read: m.read, method: obj.Name()})
		} else if !known {
			ops = c.helperOps(instr, callee, pl, nil)
			ops = append(ops, c.calledClosureOps(instr, callee, pl)...)
		}
	} else if callee, bindings := capturedClosure(common.Value, pl); callee != nil {
		ops = c.helperOps(instr, callee, pl, bindings)
	} else if made, ok := common.Value.(*ssa.Call); ok && returnsFunc(made) {
		ops = madeUnlocks(instr, c.callLockOps(made, pl))
	}
	_, isDefer := instr.(*ssa.Defer)
	_, isGo := instr.(*ssa.Go)
	kept := ops[:0]
	for _, op := range ops {
		if op.place == "" {
			continue
		}
		op.deferred = isDefer
		if isGo {
			// The goroutine's locks are its own; what it unlocks, it
			// unlocks for the function that started it.
			if op.action.acquires() {
				continue
			}
			op.action = lockHandOff
		}
		kept = append(kept, op)
	}
	return kept
}

// invokeLockOps returns what the interface method call instr does to the
// mutexes it is given, by the implementations that the program has (see
// implementingMethods): an effect that every one of them has. A cache's
// New that is called with the cache's lock held and unlocks it is such
// a call.
func (c *checker) invokeLockOps(instr ssa.CallInstruction, pl *placer) []lockOp {
	var common []lockEffect
	n := 0
	for _, fn := range c.implementingMethods(instr) {
		effects := c.lockSummaryOf(fn).effects
		if n == 0 {
			common = slices.Clone(effects)
		} else {
			common = slices.DeleteFunc(common, func(e lockEffect) bool { return !slices.Contains(effects, e) })
		}
		n++
		if len(common) == 0 {
			return nil
		}
	}
	call := instr.Common()
	args := []string{pl.place(call.Value)}
	for _, a := range call.Args {
		args = append(args, pl.place(a))
	}
	if !c.allImplementersKnown(call.Value.Type()) {
		// Another package may implement the interface: only a mutex
		// given itself (cache.New(key, &db.mu)) is taken as handed to
		// the call, not one reached through a value it is given.
		common = slices.DeleteFunc(common, func(e lockEffect) bool { return strings.Contains(e.place, ".") })
	}
	var ops []lockOp
	for _, e := range common {
		if place := translate(e.place, args, nil); place != "" {
			ops = append(ops, lockOp{instr: instr, place: place, action: e.action, read: e.read})
		}
	}
	return ops
}

// madeUnlocks returns the unlocks of a call of a function value that a
// helper made and returned, given the helper's own ops: what the helper
// may unlock later, through the function it returns, its result unlocks
// (unlock := unlockOnce(&srv.lock); srv.lock.Lock(); defer unlock()).
func madeUnlocks(instr ssa.CallInstruction, made []lockOp) []lockOp {
	var ops []lockOp
	for _, op := range made {
		if op.action == lockMayRelease || op.action == lockHandOff {
			ops = append(ops, lockOp{instr: instr, place: op.place, action: lockRelease, read: op.read})
		}
	}
	return ops
}

// returnsFunc reports whether the call's only result is a function: what
// a helper may unlock later, it unlocks through that function.
func returnsFunc(call *ssa.Call) bool {
	res := call.Call.Signature().Results()
	if res.Len() != 1 {
		return false
	}
	_, ok := res.At(0).Type().Underlying().(*types.Signature)
	return ok
}

// helperOps returns what a call of callee, a function whose lock summary
// may say that it locks or unlocks what it is given, does to mutexes.
// A closure called through a variable that the function captures
// (doErr := func() { ...; mu.Unlock() }; go func() { mu.Lock(); doErr() }())
// comes with bindings, the places of what it captures in the function's
// own terms.
func (c *checker) helperOps(instr ssa.CallInstruction, callee *ssa.Function, pl *placer, bindings []string) []lockOp {
	if c.lockSummaryOf(callee).empty() {
		return nil // no places to work out
	}
	common := instr.Common()
	args := make([]string, len(common.Args))
	for i, a := range common.Args {
		args[i] = pl.place(a)
	}
	if mc, ok := common.Value.(*ssa.MakeClosure); ok {
		for _, b := range mc.Bindings {
			bindings = append(bindings, pl.place(b))
		}
	}
	return c.effectOps(instr, callee, args, bindings)
}

// effectOps returns the lock effects of fn, called by instr, in the terms
// of the caller: args and bindings are the places of fn's parameters and
// free variables there.
func (c *checker) effectOps(instr ssa.CallInstruction, fn *ssa.Function, args, bindings []string) []lockOp {
	var ops []lockOp
	for _, e := range c.lockSummaryOf(fn).effects {
		if place := translate(e.place, args, bindings); place != "" {
			ops = append(ops, lockOp{instr: instr, place: place, action: e.action, read: e.read})
		}
	}
	return ops
}

// calledClosureOps returns what the closures that the call instr gives
// to callee do to mutexes, where callee calls them on every path (see
// callsOnEveryPath): withBlocked(func() { m.inner.Lock() }) locks
// m.inner.
func (c *checker) calledClosureOps(instr ssa.CallInstruction, callee *ssa.Function, pl *placer) []lockOp {
	common := instr.Common()
	var ops []lockOp
	for i, a := range common.Args {
		mc, ok := a.(*ssa.MakeClosure)
		if !ok || i >= len(callee.Params) || !c.summaryOf(callee).release(i) {
			continue
		}
		fn, ok := mc.Fn.(*ssa.Function)
		if !ok {
			continue
		}
		if c.lockSummaryOf(fn).empty() {
			continue
		}
		bindings := make([]string, len(mc.Bindings))
		for k, b := range mc.Bindings {
			bindings[k] = pl.place(b)
		}
		ops = append(ops, c.effectOps(instr, fn, nil, bindings)...)
	}
	return ops
}

// capturedClosure returns the closure that v, a free variable of a
// closure or a load of one, holds, when the enclosing function made it,
// and the places of what that closure captures as v's function names
// them ("" for what it does not capture too).
func capturedClosure(v ssa.Value, pl *placer) (*ssa.Function, []string) {
	byRef := false
	if load, ok := v.(*ssa.UnOp); ok && load.Op == token.MUL {
		v, byRef = load.X, true
	}
	fv, ok := v.(*ssa.FreeVar)
	if !ok {
		return nil, nil
	}
	fn := fv.Parent()
	i := slices.Index(fn.FreeVars, fv)
	outer := enclosingClosure(fn)
	if outer == nil || i < 0 {
		return nil, nil
	}
	held := outer.Bindings[i]
	if byRef {
		held = storedOnce(held)
	}
	inner, ok := held.(*ssa.MakeClosure)
	if !ok {
		return nil, nil
	}
	callee, ok := inner.Fn.(*ssa.Function)
	if !ok {
		return nil, nil
	}
	bindings := make([]string, len(inner.Bindings))
	for k, b := range inner.Bindings {
		if j := slices.Index(outer.Bindings, b); j >= 0 {
			bindings[k] = pl.place(fn.FreeVars[j])
		}
	}
	return callee, bindings
}

// storedOnce returns the value stored in the local variable cell, when it
// is stored there once, or nil.
func storedOnce(cell ssa.Value) ssa.Value {
	var val ssa.Value
	for _, r := range usesOf(cell) {
		if st, ok := r.(*ssa.Store); ok && st.Addr == cell {
			if val != nil {
				return nil
			}
			val = st.Val
		}
	}
	return val
}

// enclosingClosure returns the instruction that makes the closure fn in
// its enclosing function, if there is one only.
func enclosingClosure(fn *ssa.Function) *ssa.MakeClosure {
	parent := fn.Parent()
	if parent == nil {
		return nil
	}
	var found *ssa.MakeClosure
	for _, b := range parent.Blocks {
		for _, instr := range b.Instrs {
			if mc, ok := instr.(*ssa.MakeClosure); ok && mc.Fn == fn {
				if found != nil {
					return nil
				}
				found = mc
			}
		}
	}
	return found
}

// escapingUnlocks returns, for a closure that unlocks mutexes it captures
// and is not only called or deferred (it is returned, stored or passed:
// `return mu.Unlock`, `return func() { mu.Unlock() }`), the hand-off of
// those mutexes to whoever receives it.
func (c *checker) escapingUnlocks(mc *ssa.MakeClosure, pl *placer) []lockOp {
	escapes := false
	for _, r := range usesOf(mc) {
		if call, ok := r.(ssa.CallInstruction); ok && call.Common().Value == mc && !isArg(call, mc) {
			continue
		}
		if _, ok := r.(*ssa.DebugRef); ok {
			continue
		}
		escapes = true
	}
	fn, ok := mc.Fn.(*ssa.Function)
	if !escapes || !ok {
		return nil
	}
	sum := c.lockSummaryOf(fn)
	var bindings []string
	for _, b := range mc.Bindings {
		bindings = append(bindings, pl.place(b))
	}
	var ops []lockOp
	for _, e := range sum.effects {
		if e.action != lockRelease && e.action != lockMayRelease {
			continue
		}
		if place := translate(e.place, nil, bindings); place != "" {
			ops = append(ops, lockOp{instr: mc, place: place, action: lockHandOff, read: e.read})
		}
	}
	return ops
}

// escapingMutexes returns the hand-offs of the mutexes among vs, which
// instr stores or returns: a function that gives its caller the mutex it
// holds (lock = &c.rlock, "to yield ownership to the caller") leaves the
// unlock to whoever gets it. A store counts only where it outlives the
// call, in a named result or through a parameter (s.l = &s.mu): a
// pointer to the mutex in a struct of the function's own
// (g := &guard{mu: &s.mu}) is gone when it returns, and unlocks nothing.
func escapingMutexes(instr ssa.Instruction, pl *placer, vs ...ssa.Value) []lockOp {
	var ops []lockOp
	for _, v := range vs {
		if !isMutexPointer(v.Type()) && !isUnlocker(v.Type()) {
			continue
		}
		if place := pl.place(v); place != "" {
			ops = append(ops, lockOp{instr: instr, place: place, action: lockHandOff})
		}
	}
	return ops
}

// isResultCell reports whether the local variable cell is returned: a
// named result.
func isResultCell(cell ssa.Value) bool {
	refs := cell.Referrers()
	if refs == nil {
		return false // a constant: *(*T)(nil) = v
	}
	for _, r := range *refs {
		if load, ok := r.(*ssa.UnOp); ok {
			for _, use := range usesOf(load) {
				if _, ok := use.(*ssa.Return); ok {
					return true
				}
			}
		}
	}
	return false
}

// isMutexPointer reports whether t is a pointer to a mutex whose methods
// mutexMethods knows (sync.Mutex, sync.RWMutex and their drop-in twins),
// or a sync.Locker.
func isMutexPointer(t types.Type) bool {
	if isLocker(t) {
		return true
	}
	p, ok := t.Underlying().(*types.Pointer)
	if !ok {
		return false
	}
	named, ok := types.Unalias(p.Elem()).(*types.Named)
	if !ok || named.Obj().Pkg() == nil {
		return false
	}
	prefix := "(*" + named.Obj().Pkg().Path() + "." + named.Obj().Name() + ")."
	for name := range mutexMethods {
		if strings.HasPrefix(name, prefix) {
			return true
		}
	}
	return false
}

// isArg reports whether v is also an argument of call.
func isArg(call ssa.CallInstruction, v ssa.Value) bool {
	for _, a := range call.Common().Args {
		if a == v {
			return true
		}
	}
	return false
}

// isLocker reports whether t is an interface with the methods Lock() and
// Unlock() of sync.Locker.
// isUnlocker reports whether t is an interface whose methods include
// Unlock() (an unlocker that a lock helper returns for its caller to
// defer): a mutex given out as one goes with its lock.
func isUnlocker(t types.Type) bool {
	iface, ok := t.Underlying().(*types.Interface)
	if !ok {
		return false
	}
	obj, _, _ := types.LookupFieldOrMethod(iface, false, nil, "Unlock")
	fn, ok := obj.(*types.Func)
	return ok && fn.Signature().Params().Len() == 0 && fn.Signature().Results().Len() == 0
}

func isLocker(t types.Type) bool {
	iface, ok := t.Underlying().(*types.Interface)
	if !ok {
		return false
	}
	for _, name := range []string{"Lock", "Unlock"} {
		obj, _, _ := types.LookupFieldOrMethod(iface, false, nil, name)
		fn, ok := obj.(*types.Func)
		if !ok {
			return false
		}
		sig := fn.Signature()
		if sig.Params().Len() != 0 || sig.Results().Len() != 0 {
			return false
		}
	}
	return true
}

// opsAt returns the operations of ops on the mutex at place.
func opsAt(ops []lockOp, place string) []lockOp {
	var at []lockOp
	for _, op := range ops {
		if op.place == place {
			at = append(at, op)
		}
	}
	return at
}

// placesOf returns the places that ops act on, in order of first action.
func placesOf(ops []lockOp) []string {
	seen := map[string]bool{}
	var places []string
	for _, op := range ops {
		if !seen[op.place] {
			seen[op.place] = true
			places = append(places, op.place)
		}
	}
	return places
}

// isSyncPackage reports whether fn belongs to package sync, whose mutexes
// are the primitives the check builds on.
func isSyncPackage(fn *ssa.Function) bool {
	return fn.Pkg != nil && (fn.Pkg.Pkg.Path() == "sync" || strings.HasPrefix(fn.Pkg.Pkg.Path(), "internal/sync"))
}
