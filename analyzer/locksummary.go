package analyzer

import (
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// A lock summary is what a function does to the mutexes its caller can
// name (fields of its parameters, globals, and, for a closure, what it
// captures), in the caller's favour or at its expense:
//
//	func (s *S) lock() { s.mu.Lock() }     // locks p0.mu: the caller must unlock
//	func (s *S) unlock() { s.mu.Unlock() } // unlocks p0.mu: the caller's lock is released
//
// A function that both locks and unlocks a mutex leaves it as it found
// it (sync.Cond.Wait unlocks and locks again), and has no effect on it.
// Summaries of other packages' functions come from the Locks field of
// their Summary fact.

// A lockEffect is what a function does to the mutex at place, in the
// terms of its parameters ({pN}), free variables ({vN}) and globals.
type lockEffect struct {
	place  string
	action lockAction // lockAcquire, lockMayAcquire, lockRelease or lockMayRelease
	read   bool
}

// A lockSummary lists the effects of a function on mutexes, sorted.
type lockSummary struct {
	effects []lockEffect
}

func (s *lockSummary) empty() bool { return len(s.effects) == 0 }

// holds reports whether the function returns holding the mutex at place
// on some path, by contract: it locks it and never unlocks it.
func (s *lockSummary) holds(place string) bool {
	for _, e := range s.effects {
		if e.place == place && e.action.acquires() {
			return true
		}
	}
	return false
}

// noLocks is the summary of a function that leaves every mutex as it was.
var noLocks = &lockSummary{}

// lockSummaryOf returns the lock summary of fn.
func (c *checker) lockSummaryOf(fn *ssa.Function) *lockSummary {
	if s, ok := c.lockSummaries[fn]; ok {
		return s
	}
	if o := fn.Origin(); o != nil {
		return c.lockSummaryOf(o)
	}
	if fn.Blocks == nil {
		s := c.importedLockSummary(fn)
		c.lockSummaries[fn] = s
		return s
	}
	c.lockSummaries[fn] = noLocks // what a recursive call sees
	s := c.computeLockSummary(fn)
	c.lockSummaries[fn] = s
	return s
}

// computeLockSummary works out the lock summary of fn from its body: for
// each mutex its caller can name, fn locks it on every path (and unlocks
// it on none), on some paths, or unlocks it on every path or some (and
// locks it on none).
func (c *checker) computeLockSummary(fn *ssa.Function) *lockSummary {
	if isSyncPackage(fn) {
		return noLocks
	}
	pl := newPlacer(fn)
	ops := c.lockOps(fn, pl)
	if len(ops) == 0 {
		return noLocks
	}
	s := &lockSummary{}
	for _, place := range placesOf(ops) {
		if isLocalPlace(place) || strings.HasPrefix(place, "{f") {
			// A local, or a mutex that a call returns, which the
			// caller can name only by making the same call.
			continue
		}
		var locks, unlocks []lockOp
		for _, op := range ops {
			switch {
			case op.action.acquires() && op.place == place:
				locks = append(locks, op)
			case !op.action.acquires() && pl.sameMutex(op.place, place):
				unlocks = append(unlocks, op)
			}
		}
		e := lockEffect{place: place}
		switch {
		case len(locks) > 0 && len(unlocks) == 0:
			e.action, e.read = lockMayAcquire, true
			for _, op := range locks {
				e.read = e.read && op.read
			}
			if c.everyPathThrough(fn, locks, func(op lockOp) bool { return op.action == lockAcquire && !op.deferred }) {
				e.action = lockAcquire
			}
		case len(unlocks) > 0 && len(locks) == 0:
			e.action, e.read = lockMayRelease, true
			mixed := false
			for _, op := range unlocks {
				e.read = e.read && op.read
				mixed = mixed || op.read != unlocks[0].read
			}
			// An unlock of either kind, as a flag says (if w {
			// mu.Unlock() } else { mu.RUnlock() }), releases the lock
			// of the kind its caller took where the flag says so:
			// which one, the caller's branches tell, not this summary.
			if !mixed && c.everyPathThrough(fn, unlocks, func(op lockOp) bool { return op.action == lockRelease }) {
				e.action = lockRelease
			}
		default:
			if read, ok := heldAtEveryReturn(fn, pl, ops, place); ok {
				// It locks, may unlock to wait and lock again, and
				// returns holding the mutex on every path.
				e.action, e.read = lockAcquire, read
				break
			}
			// Both: what the function does first on every path, where
			// it only undoes that for a section that it closes again
			// (a deferred closure that read-unlocks and then, on one
			// branch, takes the write lock for one step).
			action, read, ok := netLockEffect(fn, locks, unlocks)
			if !ok || slices.ContainsFunc(unlocks, func(op lockOp) bool { return op.deferred && op.place != place }) {
				// A deferred unlock of a mutex chosen at run time (m :=
				// &p.mu; if other { m = &q.mu }) may leave this one held.
				continue
			}
			e.action, e.read = action, read
		}
		s.effects = append(s.effects, e)
	}
	slices.SortFunc(s.effects, func(a, b lockEffect) int { return strings.Compare(a.place, b.place) })
	if len(s.effects) == 0 {
		return noLocks
	}
	return s
}

// everyPathThrough reports whether every path from the entry of fn to a
// return passes one of the operations of ops that counts: the path search
// from the entry, with those as the events that end a path, finds no
// return.
func (c *checker) everyPathThrough(fn *ssa.Function, ops []lockOp, counts func(lockOp) bool) bool {
	fl := &flow{events: map[ssa.Instruction]event{}}
	for _, op := range ops {
		if counts(op) {
			fl.events[op.instr] = released
		}
	}
	if len(fl.events) == 0 {
		return false
	}
	fc := &funcChecker{checker: c, fn: fn, noReturn: c.noReturnCalls(fn)}
	return len(fc.search(&acquisition{lock: &lockSite{}}, fl)) == 0
}

// The verbs of the entries of Summary.Locks.
var lockVerbs = map[lockAction][2]string{ // write, read
	lockAcquire:    {"locks", "rlocks"},
	lockMayAcquire: {"may lock", "may rlock"},
	lockRelease:    {"unlocks", "runlocks"},
	lockMayRelease: {"may unlock", "may runlock"},
}

// lockFact returns the entries of Summary.Locks for s: "locks {p0}.mu",
// "may runlock {gexample.com/cache.mu}".
func (s *lockSummary) lockFact() []string {
	var entries []string
	for _, e := range s.effects {
		if strings.Contains(e.place, "{v") {
			continue // a closure's captures mean nothing to another package
		}
		verb := lockVerbs[e.action][0]
		if e.read {
			verb = lockVerbs[e.action][1]
		}
		entries = append(entries, verb+" "+e.place)
	}
	return entries
}

// importedLockSummary returns the lock summary of a function of another
// package, from its fact.
func (c *checker) importedLockSummary(fn *ssa.Function) *lockSummary {
	obj, ok := fn.Object().(*types.Func)
	if !ok || obj.Pkg() == nil || obj.Pkg() == c.pass.Pkg {
		return noLocks
	}
	var fact Summary
	if !c.pass.ImportObjectFact(obj.Origin(), &fact) || len(fact.Locks) == 0 {
		return noLocks
	}
	s := &lockSummary{}
	for _, entry := range fact.Locks {
		i := strings.Index(entry, " {")
		if i < 0 {
			continue
		}
		verb, place := entry[:i], entry[i+1:]
		for action, verbs := range lockVerbs {
			if verb == verbs[0] || verb == verbs[1] {
				s.effects = append(s.effects, lockEffect{place: place, action: action, read: verb == verbs[1]})
			}
		}
	}
	return s
}

// netLockEffect returns what a function that both locks and unlocks a
// mutex leaves it as, where that is plain: every path from the entry
// unlocks it first, and every lock that follows is undone by an unlock on
// every path again. A helper that unlocks and then locks again for a
// step (sync.Cond.Wait in reverse) unlocks. The other way round is no
// contract: a loop that locks, unlocks to work, and returns from inside
// with the lock held (a goroutine's run loop) is reported where it
// locks, not made a locking helper. A deferred unlock that follows a
// lock again (mu.Unlock(); wait; mu.Lock(); defer mu.Unlock()) undoes it
// at every return after it; other deferred operations, helpers that may
// lock or unlock, and TryLock leave the order unknown.
func netLockEffect(fn *ssa.Function, locks, unlocks []lockOp) (lockAction, bool, bool) {
	definite := func(ops []lockOp, action lockAction, deferred bool) bool {
		for _, op := range ops {
			if (op.deferred && !deferred) || op.action != action {
				return false
			}
		}
		return true
	}
	deferredUnlocks := map[ssa.Instruction]bool{}
	for _, op := range unlocks {
		if op.deferred {
			deferredUnlocks[op.instr] = true
		}
	}
	returns := slices.ContainsFunc(fn.Blocks, func(b *ssa.BasicBlock) bool {
		_, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		return ok
	})
	if !returns || !definite(locks, lockAcquire, false) || !definite(unlocks, lockRelease, true) {
		return 0, false, false // FailNow leaves by runtime.Goexit only
	}
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			if _, ok := instr.(*ssa.Defer); ok && !deferredUnlocks[instr] {
				// A deferred recover makes a panic a return, which
				// metBefore takes for a path that meets nothing.
				return 0, false, false
			}
		}
	}
	instrs := func(ops []lockOp) map[ssa.Instruction]bool {
		m := map[ssa.Instruction]bool{}
		for _, op := range ops {
			m[op.instr] = true
		}
		return m
	}
	first, then := instrs(unlocks), instrs(locks)
	met := map[ssa.Instruction]bool{}
	if !metBefore(fn.Blocks[0], 0, first, then, met) {
		return 0, false, false
	}
	for instr := range met {
		if deferredUnlocks[instr] {
			return 0, false, false // it locks first, and unlocks at return
		}
	}
	for _, op := range locks {
		b := op.instr.Block()
		if !metBefore(b, slices.Index(b.Instrs, op.instr)+1, first, then, nil) {
			return 0, false, false
		}
	}
	read := true
	for _, op := range unlocks {
		read = read && (op.read || !met[op.instr])
	}
	return lockRelease, read, true
}

// metBefore reports whether every path from instruction i of block b
// meets an instruction of want before one of bad and before it returns,
// and adds those it meets first to met, if not nil. A path that panics
// meets nothing and fails no one.
func metBefore(b *ssa.BasicBlock, i int, want, bad, met map[ssa.Instruction]bool) bool {
	type point struct {
		b *ssa.BasicBlock
		i int
	}
	seen := map[*ssa.BasicBlock]bool{}
	work := []point{{b, i}}
	for len(work) > 0 {
		p := work[len(work)-1]
		work = work[:len(work)-1]
		found := false
		for _, instr := range p.b.Instrs[p.i:] {
			if want[instr] {
				found = true
				if met != nil {
					met[instr] = true
				}
				break
			}
			if bad[instr] {
				return false
			}
			if _, ok := instr.(*ssa.Return); ok {
				return false
			}
		}
		if found {
			continue
		}
		for _, succ := range p.b.Succs {
			if !seen[succ] {
				seen[succ] = true
				work = append(work, point{succ, 0})
			}
		}
	}
	return true
}

// heldAtEveryReturn reports whether every path from the entry of fn to a
// return leaves the mutex at place locked, and in which mode: the last of
// ops that touches it on each path is a lock. waitForConsistent locks,
// checks, unlocks to wait and locks again before each return, for its
// caller to unlock. A deferred, conditional or maybe action, a mix of read
// and write locks, or an unlock of the caller's lock answers false.
func heldAtEveryReturn(fn *ssa.Function, pl *placer, ops []lockOp, place string) (read, ok bool) {
	if len(fn.Blocks) == 0 {
		return false, false
	}
	acts := map[ssa.Instruction]bool{} // true locks, false unlocks
	for _, op := range ops {
		if !pl.sameMutex(op.place, place) {
			continue
		}
		switch {
		case op.deferred:
			return false, false
		case op.action == lockAcquire:
			if ok && read != op.read {
				return false, false
			}
			read, ok = op.read, true
			acts[op.instr] = true
		case op.action == lockRelease:
			acts[op.instr] = false
		default:
			return false, false
		}
	}
	if !ok {
		return false, false
	}
	reach := reachedFrom(fn.Blocks[0])
	// fresh[b]: some path from the entry reaches the end of b without
	// touching the mutex. An unlock that such a path meets releases the
	// caller's lock: the function gives it back at return, it does not
	// take it (unlock, call out, lock again).
	fresh := map[*ssa.BasicBlock]bool{}
	for changed := true; changed; {
		changed = false
		for _, b := range fn.Blocks {
			if !reach[b] {
				continue
			}
			f := b == fn.Blocks[0]
			for _, p := range b.Preds {
				f = f || fresh[p]
			}
			for _, instr := range b.Instrs {
				if a, found := acts[instr]; found {
					if !a && f {
						return false, false
					}
					f = false
				}
			}
			if f != fresh[b] {
				fresh[b], changed = f, true
			}
		}
	}
	// held[b]: locked at the end of b on every path from the entry; from
	// all true down to the greatest solution.
	held := map[*ssa.BasicBlock]bool{}
	for b := range reach {
		held[b] = true
	}
	for changed := true; changed; {
		changed = false
		for _, b := range fn.Blocks {
			if !reach[b] {
				continue
			}
			h := b != fn.Blocks[0]
			for _, p := range b.Preds {
				h = h && (!reach[p] || held[p])
			}
			for _, instr := range b.Instrs {
				if a, found := acts[instr]; found {
					h = a
				}
			}
			if h != held[b] {
				held[b], changed = h, true
			}
		}
	}
	returns := 0
	for _, b := range fn.Blocks {
		if _, isRet := b.Instrs[len(b.Instrs)-1].(*ssa.Return); isRet && reach[b] {
			if !held[b] {
				return false, false
			}
			returns++
		}
	}
	return read, returns > 0
}
