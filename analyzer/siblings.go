package analyzer

import (
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// This file recognizes the sibling release methods of a type: methods
// other than Close that release the value as Close does.

// releasesLikeClose reports whether the method fn marks its receiver
// released as the Close method of the receiver's type does (both set the
// same boolean field to true) and closes what that Close closes: a Cancel
// that closes the file and removes what was written releases the value,
// even if neither it nor Close releases on every path (a failed flush
// returns early from both).
func (c *checker) releasesLikeClose(fn *ssa.Function) bool {
	return c.releasesLikeCloseWith(fn, nil, false)
}

// releasesLikeCloseWith is releasesLikeClose for a method whose summary
// is being computed: closes is what it closes so far, when known.
func (c *checker) releasesLikeCloseWith(fn *ssa.Function, closes []string, known bool) bool {
	closeFn := c.siblingClose(fn)
	if closeFn == nil {
		return false
	}
	if c.repeatsClose(fn, closeFn, true) || (c.dropsReference(fn, closeFn) && c.repeatsClose(fn, closeFn, false)) {
		return true
	}
	// Only flags that fn sets itself count: a Scan that calls, on its
	// failing paths only, a helper that calls Close sets Close's flag on
	// those paths alone.
	flags := flagsSetDepth(fn.Params[0], nil, maxNesting)
	if !slices.ContainsFunc(flagsSet(closeFn.Params[0], fn), func(k int) bool { return slices.Contains(flags, k) }) {
		return false
	}
	if !known {
		closes = c.summaryOf(fn).closes
	}
	n := 0
	for _, p := range c.summaryOf(closeFn).closes {
		if !strings.HasPrefix(p, "p0.") || strings.HasSuffix(p, "[]") {
			continue // closing one element is not closing them all
		}
		if !slices.Contains(closes, p) {
			return false
		}
		n++
	}
	return n > 0
}

// repeatsOwnClose reports whether fn is a method that does what the
// Close of its receiver's type does (see repeatsClose), so that its
// summary, and the fact that carries it to other packages, says that it
// releases its receiver.
func (c *checker) repeatsOwnClose(fn *ssa.Function) bool {
	closeFn := c.siblingClose(fn)
	return closeFn != nil && c.repeatsClose(fn, closeFn, true)
}

// siblingClose returns the Close method, with a body, of the type of the
// receiver of fn, a method with a body other than that Close, or nil. A
// function of the package that takes such a value first stands as one of
// its methods: PrefixedBucket(b, prefix) marks b closed, as Close does,
// and hands what b holds to the bucket it returns.
func (c *checker) siblingClose(fn *ssa.Function) *ssa.Function {
	if fn.Blocks == nil || len(fn.Params) == 0 {
		return nil
	}
	if fn.Signature.Recv() == nil && (fn.Parent() != nil || fn.Pkg == nil || !isNamedPointer(fn.Params[0].Type(), fn.Pkg.Pkg)) {
		return nil
	}
	m := closeMethod(fn.Params[0].Type())
	if m == nil {
		return nil
	}
	closeFn := c.ssaFunc(m)
	if closeFn == nil || closeFn == fn || closeFn.Blocks == nil || len(closeFn.Params) == 0 {
		return nil
	}
	return closeFn
}

// repeatsClose reports whether the method fn makes every call that
// closeFn, the Close of its receiver's type, makes on the receiver's
// fields (locking aside), and at least one, without storing anything
// new into those fields: a Stop that stops the timer that Close stops.
// A Reconnect that closes the conn and dials a new one is no release.
// A Close that calls nothing but fn, of the same signature (Close() {
// return p.Finish() }), has fn do what it does. When always, fn makes
// the calls on every path that succeeds; otherwise on some path.
func (c *checker) repeatsClose(fn, closeFn *ssa.Function, always bool) bool {
	want := c.receiverCalls(closeFn, false)
	if len(want) == 0 {
		return false
	}
	have := c.receiverCalls(fn, always)
	self := receiverCall{-1, fn.String()}
	sameEnd := types.Identical(withoutRecv(fn.Signature), withoutRecv(closeFn.Signature)) || endsAlike(fn, closeFn)
	if !sameEnd || !onlyCalls(closeFn, fn) {
		self = receiverCall{} // only a Close() { return p.Finish() } is Finish
	}
	stored := map[int]bool{}
	for _, r := range usesOf(fn.Params[0]) {
		if fa, ok := r.(*ssa.FieldAddr); ok {
			for _, u := range usesOf(fa) {
				if st, ok := u.(*ssa.Store); ok && st.Addr == fa {
					stored[fa.Field] = true
				}
			}
		}
	}
	for call := range want {
		if (!have[call] && call != self) || stored[call.field] {
			return false
		}
	}
	// Close may also release what receiverCalls cannot see: a Stop that
	// only closes the channel that Close closes does not do what a Close
	// that also calls closeQuietly(s.f) does.
	return repeatsUnseenReleases(fn, closeFn, always)
}

// dropsReference reports whether the method fn gives back a reference to
// its receiver: it lowers an integer field of the receiver by one
// (c.refs--, atomic.AddInt32(&c.refs, -1), c.refs.Add(-1)) and compares
// the count. With a Close that fn repeats on some path (the one where
// the last reference went), such a TryClose or Release is how a holder
// of one reference lets go of it: the value is released by it as by
// Close.
func (c *checker) dropsReference(fn, closeFn *ssa.Function) bool {
	counts, lowered := c.loweredCounts(fn)
	if len(counts) == 0 {
		return false
	}
	return c.countDecides(fn, closeFn, counts, lowered)
}

// loweredCounts returns the integer fields of fn's receiver that fn
// lowers by one (c.refs--, atomic.AddInt32(&c.refs, -1), c.refs.Add(-1)),
// and the values that lowered them.
func (c *checker) loweredCounts(fn *ssa.Function) (map[int]bool, map[ssa.Value]int) {
	recv := fn.Params[0]
	counts := map[int]bool{}       // fields lowered by one
	lowered := map[ssa.Value]int{} // the values that lowered them
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			switch instr := instr.(type) {
			case *ssa.Store:
				fa, ok := instr.Addr.(*ssa.FieldAddr)
				sub, isSub := instr.Val.(*ssa.BinOp)
				if !ok || fa.X != recv || !isSub || sub.Op != token.SUB || !isOne(sub.Y) || loadedField(sub.X, recv) != fa.Field {
					continue
				}
				counts[fa.Field] = true
				lowered[sub] = fa.Field
			case *ssa.Call:
				args := instr.Call.Args
				if len(args) != 2 || !isMinusOne(args[1]) || !strings.Contains(c.staticName(&instr.Call), "sync/atomic.") {
					continue
				}
				if fa, ok := args[0].(*ssa.FieldAddr); ok && fa.X == recv {
					counts[fa.Field] = true
					lowered[instr] = fa.Field
				}
			}
		}
	}
	return counts, lowered
}

// countDecides is dropsReference once the counts fn lowers are known.
func (c *checker) countDecides(fn, closeFn *ssa.Function, counts map[int]bool, lowered map[ssa.Value]int) bool {
	recv := fn.Params[0]
	countTest := func(v ssa.Value) bool {
		cmp, ok := v.(*ssa.BinOp)
		if !ok || cmp.Op < token.EQL || cmp.Op > token.GEQ {
			return false
		}
		for _, x := range []ssa.Value{cmp.X, cmp.Y} {
			if _, ok := lowered[x]; ok || counts[loadedField(x, recv)] {
				return true
			}
		}
		return false
	}
	// What decides whether fn closes is the count, and tests of fields
	// that Close leaves alone (a listener's flag): a done() that closes
	// only if Close ran before it (last := c.inflight == 0 && c.closing)
	// gives back no reference.
	closeSets := map[int]bool{}
	for _, u := range paramUses(closeFn.Params[0]) {
		if st, ok := u.(*ssa.Store); ok {
			if fa, ok := st.Addr.(*ssa.FieldAddr); ok {
				closeSets[fa.Field] = true
			}
		}
	}
	decides := func(v ssa.Value) bool {
		if u, ok := v.(*ssa.UnOp); ok && u.Op == token.NOT {
			v = u.X
		}
		if countTest(v) {
			return true
		}
		k := loadedField(v, recv)
		return k >= 0 && !closeSets[k]
	}
	tested := false
	for _, b := range fn.Blocks {
		if !callsReceiver(b, recv) {
			continue
		}
		for d := b.Idom(); d != nil; d = d.Idom() {
			t, ok := d.Instrs[len(d.Instrs)-1].(*ssa.If)
			if !ok {
				continue
			}
			if !decides(t.Cond) {
				return false
			}
			tested = tested || countTest(t.Cond)
		}
	}
	return tested
}

// callsReceiver reports whether the block b calls a method of recv or of
// one of its fields, other than those of sync's locks.
func callsReceiver(b *ssa.BasicBlock, recv ssa.Value) bool {
	return slices.ContainsFunc(b.Instrs, func(instr ssa.Instruction) bool {
		_, ok := receiverCallOf(instr, recv)
		return ok
	})
}

// loadedField returns the field of the struct that recv points to that v
// loads (*&recv.f), or -1.
func loadedField(v ssa.Value, recv ssa.Value) int {
	if load, ok := v.(*ssa.UnOp); ok && load.Op == token.MUL {
		if fa, ok := load.X.(*ssa.FieldAddr); ok && fa.X == recv {
			return fa.Field
		}
	}
	return -1
}

// isOne and isMinusOne report whether v is the integer constant 1 or -1.
func isOne(v ssa.Value) bool      { return isIntConst(v, 1) }
func isMinusOne(v ssa.Value) bool { return isIntConst(v, -1) }

func isIntConst(v ssa.Value, n int64) bool {
	c, ok := v.(*ssa.Const)
	if !ok || c.Value == nil || c.Value.Kind() != constant.Int {
		return false
	}
	x, exact := constant.Int64Val(c.Value)
	return exact && x == n
}

// onlyCalls reports whether the only call that closeFn makes, locking of
// its own mutexes aside, is one of fn: Close() { return p.Finish() }, not
// Close() { p.Flush(); return syscall.Close(p.fd) }.
// endsAlike reports whether fn, a method without parameters or results,
// and closeFn, a Close without parameters that returns only constants
// (Close() error { r.End(); return nil }), differ only in that result.
func endsAlike(fn, closeFn *ssa.Function) bool {
	if fn.Signature.Params().Len() != 0 || fn.Signature.Results().Len() != 0 || closeFn.Signature.Params().Len() != 0 {
		return false
	}
	for _, b := range closeFn.Blocks {
		if ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok {
			for _, r := range ret.Results {
				if _, ok := r.(*ssa.Const); !ok {
					return false
				}
			}
		}
	}
	return true
}

func onlyCalls(closeFn, fn *ssa.Function) bool {
	found := false
	for _, b := range closeFn.Blocks {
		for _, instr := range b.Instrs {
			call, ok := instr.(ssa.CallInstruction)
			if !ok {
				continue
			}
			callee := call.Common().StaticCallee()
			switch {
			case callee == fn:
				found = true
			case callee != nil && strings.HasPrefix(callee.String(), "(*sync."):
			default:
				return false
			}
		}
	}
	return found
}

// callsBefore reports whether a path to the block b, b included, may call
// a function other than a builtin.
func callsBefore(b *ssa.BasicBlock) bool {
	seen := map[*ssa.BasicBlock]bool{}
	work := []*ssa.BasicBlock{b}
	for len(work) > 0 {
		x := work[len(work)-1]
		work = work[:len(work)-1]
		if seen[x] {
			continue
		}
		seen[x] = true
		for _, instr := range x.Instrs {
			if call, ok := instr.(ssa.CallInstruction); ok {
				if _, builtin := call.Common().Value.(*ssa.Builtin); !builtin {
					return true
				}
			}
		}
		work = append(work, x.Preds...)
	}
	return false
}

// succeeds reports whether the return ret succeeds: its function has no
// error result last, or ret returns a nil error there.
func succeeds(ret *ssa.Return) bool {
	n := len(ret.Results)
	if n == 0 || !types.Identical(ret.Results[n-1].Type(), errorType) {
		return true
	}
	return isNil(returnedError(ret))
}

// A callsKey names what receiverCalls found in a function.
type callsKey struct {
	fn     *ssa.Function
	always bool
}

// A receiverCall is a method called on a field of a method's receiver,
// or on the receiver itself (field -1).
type receiverCall struct {
	field  int
	method string
}

// receiverCalls returns the methods that fn calls on its receiver and on
// the fields of its receiver (s.timer.Stop()), other than those of sync's
// locks; when always, only those it calls on every path that returns
// and succeeds (see succeeds): a File method that moves the descriptor
// that Close would close into an *os.File, but first fails if there is
// none, does on success what Close does.
func (c *checker) receiverCalls(fn *ssa.Function, always bool) map[receiverCall]bool {
	key := callsKey{fn, always}
	if calls, ok := c.recvCalls[key]; ok {
		return calls
	}
	calls := map[receiverCall]bool{}
	c.recvCalls[key] = calls
	for _, b := range judgedBlocks(fn, always) {
		for _, instr := range b.Instrs {
			if rc, ok := receiverCallOf(instr, fn.Params[0]); ok {
				calls[rc] = true
			}
		}
	}
	return calls
}

// judgedBlocks returns the blocks of fn whose calls receiverCalls
// counts: all of them, or, when always, those on every path that returns
// and succeeds (none if some path fails after a call).
func judgedBlocks(fn *ssa.Function, always bool) []*ssa.BasicBlock {
	var returns []*ssa.BasicBlock
	for _, b := range fn.Blocks {
		ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		switch {
		case !ok || b == fn.Recover:
			// The block that a recovered panic resumes at is no path
			// that returns normally (a Stop with defer s.mu.Unlock()).
		case succeeds(ret):
			returns = append(returns, b)
		case always && callsBefore(b):
			// A failure after a call (a Commit whose Sync failed) may
			// leave the receiver open: only a guard that fails before
			// doing anything (no descriptor left) is no path to judge.
			return nil
		}
	}
	if !always {
		return fn.Blocks
	}
	var blocks []*ssa.BasicBlock
	for _, b := range fn.Blocks {
		if len(returns) > 0 && !slices.ContainsFunc(returns, func(r *ssa.BasicBlock) bool { return !b.Dominates(r) }) {
			blocks = append(blocks, b)
		}
	}
	return blocks
}

// receiverCallOf returns the method that instr calls on recv (field -1:
// s.shutdown()) or on one of its fields (s.timer.Stop()), other than
// those of sync's locks, or "close" where it closes a channel that a
// field holds, and whether it calls one.
func receiverCallOf(instr ssa.Instruction, recv ssa.Value) (receiverCall, bool) {
	call, ok := instr.(ssa.CallInstruction)
	if !ok {
		return receiverCall{}, false
	}
	common := call.Common()
	v, name := common.Value, ""
	if b, ok := common.Value.(*ssa.Builtin); ok && b.Name() == "close" && len(common.Args) == 1 {
		// close(s.shouldStop): a Stop that closes the channel that
		// Close closes signals the same workers to end.
		v, name = common.Args[0], "close"
	} else if common.IsInvoke() {
		name = common.Method.Name()
	} else if callee := common.StaticCallee(); callee != nil && callee.Signature.Recv() != nil && len(common.Args) > 0 {
		v, name = common.Args[0], callee.String()
	} else {
		return receiverCall{}, false
	}
	if strings.HasPrefix(name, "(*sync.") {
		return receiverCall{}, false
	}
	if load, ok := v.(*ssa.UnOp); ok && load.Op == token.MUL {
		v = load.X
	}
	if v == recv {
		return receiverCall{-1, name}, true
	}
	if fa, ok := v.(*ssa.FieldAddr); ok && fa.X == recv {
		return receiverCall{fa.Field, name}, true
	}
	return receiverCall{}, false
}

// flagsSet returns the fields of the struct that p points to into which
// the function stores true: s.closed = true.
//
// Flags that a method of the receiver sets count for the method that
// calls it, unless other, the method compared with, calls it too: a
// flush helper that both Close and Rotate call marks nothing as closed.
func flagsSet(p *ssa.Parameter, other *ssa.Function) []int {
	var shared []*ssa.Function
	if other != nil {
		for _, b := range other.Blocks {
			for _, instr := range b.Instrs {
				if call, ok := instr.(*ssa.Call); ok && call.Call.StaticCallee() != nil {
					shared = append(shared, call.Call.StaticCallee())
				}
			}
		}
	}
	return flagsSetDepth(p, shared, 0)
}

// paramUses returns the instructions that use p, and, where the
// function copies p into a variable of its own that a closure captures
// (a Close with a deferred func() that reads its receiver), those that
// use the loads of that variable.
func paramUses(p *ssa.Parameter) []ssa.Instruction {
	uses := usesOf(p)
	copied := false
	for _, r := range usesOf(p) {
		st, ok := r.(*ssa.Store)
		if !ok || st.Val != p {
			continue
		}
		if _, ok := st.Addr.(*ssa.Alloc); !ok {
			// Stored into a package variable or through a pointer: no
			// variable of the function's own.
			continue
		}
		if !copied {
			uses, copied = slices.Clone(uses), true
		}
		for _, u := range usesOf(st.Addr) {
			if load, ok := u.(*ssa.UnOp); ok && cellParam(load) == p {
				uses = append(uses, usesOf(load)...)
			}
		}
	}
	return uses
}

// flagsSetDepth is flagsSet, counting as the method's own the flags that
// the methods it calls on the same receiver set (a Close that commits
// through a method that marks the value closed), up to maxNesting calls
// deep.
func flagsSetDepth(p *ssa.Parameter, shared []*ssa.Function, depth int) []int {
	var fields []int
	for _, r := range paramUses(p) {
		switch r := r.(type) {
		case *ssa.FieldAddr:
			for _, u := range usesOf(r) {
				if st, ok := u.(*ssa.Store); ok && st.Addr == r && isTrue(st.Val) {
					fields = append(fields, r.Field)
				}
			}
		case *ssa.Call:
			callee := r.Call.StaticCallee()
			if depth >= maxNesting || callee == nil || callee.Blocks == nil || callee.Signature.Recv() == nil || slices.Contains(shared, callee) ||
				len(r.Call.Args) == 0 || r.Call.Args[0] != p || len(callee.Params) == 0 ||
				!types.Identical(callee.Params[0].Type(), p.Type()) {
				continue
			}
			fields = append(fields, flagsSetDepth(callee.Params[0], shared, depth+1)...)
		}
	}
	return fields
}

// isNamedPointer reports whether t is a pointer to a named type of pkg.
func isNamedPointer(t types.Type, pkg *types.Package) bool {
	ptr, ok := types.Unalias(t).(*types.Pointer)
	if !ok {
		return false
	}
	named, ok := types.Unalias(ptr.Elem()).(*types.Named)
	return ok && named.Obj().Pkg() == pkg
}
