package analyzer

import (
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ssa"
)

// This file finds the returns at which a deferred closure closes a field
// of a new struct because the function fails. A constructor builds its
// value first and closes it again when any later step fails:
//
//	func New(addr string) (_ *Client, retErr error) {
//		c := &Client{}
//		defer func() {
//			if retErr != nil {
//				c.Close() // closes c.conn when it is set
//			}
//		}()
//		conn, err := net.Dial("tcp", addr)
//		if err != nil {
//			return nil, err
//		}
//		c.conn = conn
//		if err := c.handshake(); err != nil {
//			return nil, fmt.Errorf("handshake: %w", err) // c.Close() closes conn
//		}
//		return c, nil
//	}
//
// Each return after c.conn = conn that gives an error that is not nil
// closes conn; "return nil, nil" there would not, and still leaks.

// failingReturns returns the rundefers instructions of the returns that
// come after st, the store of the resource into the field at path of the
// new struct root, and give a named error result that is not nil, where a
// closure deferred before st tests that result and, where it is not nil,
// closes the field. The field must hold what st stored until then.
func (c *checker) failingReturns(root ssa.Value, path []string, st *ssa.Store) []ssa.Instruction {
	if _, ok := root.(*ssa.Alloc); !ok {
		return nil
	}
	// The closure captures the struct itself (var c Client) or the
	// variable that holds its address and nothing else (c := &Client{}).
	vars, views := []ssa.Value{root}, []ssa.Value{root}
	for _, r := range usesOf(root) {
		if s, ok := r.(*ssa.Store); ok && s.Val == root && onlyHolds(s.Addr, root) {
			vars = append(vars, s.Addr)
			for _, u := range usesOf(s.Addr) {
				if load, ok := u.(*ssa.UnOp); ok && load.Op == token.MUL {
					views = append(views, load)
				}
			}
		}
	}
	if slices.ContainsFunc(views, func(v ssa.Value) bool { return storedAgain(v, path, st) || fieldAddrEscapes(v, path) }) {
		return nil // the field may hold another by then
	}
	for k, v := range vars {
		for _, r := range usesOf(v) {
			mc, ok := r.(*ssa.MakeClosure)
			if !ok || !slices.ContainsFunc(usesOf(mc), func(u ssa.Instruction) bool {
				d, ok := u.(*ssa.Defer)
				return ok && d.Call.Value == mc && before(d, st)
			}) {
				continue
			}
			fn := mc.Fn.(*ssa.Function)
			for j, errCell := range mc.Bindings {
				if isResultCell(errCell) && types.Identical(errCell.Type(), types.NewPointer(errorType)) &&
					!slices.ContainsFunc(usesOf(errCell), func(u ssa.Instruction) bool { other, ok := u.(*ssa.MakeClosure); return ok && other != mc }) &&
					c.closesFieldWhereSet(fn, slices.Index(mc.Bindings, v), j, path, k > 0) {
					return c.returnsOfError(st, errCell)
				}
			}
		}
	}
	return nil
}

// onlyHolds reports whether every store into the local variable cell
// stores v: what the variable holds at return is v.
func onlyHolds(cell, v ssa.Value) bool {
	if !localCell(cell, true) {
		return false
	}
	return !slices.ContainsFunc(usesOf(cell), func(r ssa.Instruction) bool {
		s, ok := r.(*ssa.Store)
		return ok && s.Addr == cell && s.Val != v
	})
}

// returnsOfError returns the rundefers instructions after st at which the
// function has just stored an error that is not nil into errCell, its
// named error result: a new error (fmt.Errorf), or one that a branch
// before found not nil (if err != nil { return nil, err }).
func (c *checker) returnsOfError(st *ssa.Store, errCell ssa.Value) []ssa.Instruction {
	var rds []ssa.Instruction
	for _, b := range st.Parent().Blocks {
		for i, instr := range b.Instrs {
			if _, ok := instr.(*ssa.RunDefers); !ok || !before(st, instr) {
				continue
			}
			for k := i - 1; k >= 0; k-- {
				if s, ok := b.Instrs[k].(*ssa.Store); ok && s.Addr == errCell {
					if c.neverNil(s.Val, nil) || behindNonNil(b, func(v ssa.Value) bool { return v == s.Val }) {
						rds = append(rds, instr)
					}
					break
				}
			}
		}
	}
	return rds
}

// behindNonNil reports whether b is reached only through the branch on
// which a value that tested accepts is not nil.
func behindNonNil(b *ssa.BasicBlock, tested func(ssa.Value) bool) bool {
	for x := b; x != nil; x = x.Idom() {
		if len(x.Preds) != 1 {
			continue
		}
		p := x.Preds[0]
		if t, ok := p.Instrs[len(p.Instrs)-1].(*ssa.If); ok {
			if v, nonNil, ok := nilTest(t); ok && p.Succs[nonNil] == x && tested(v) {
				return true
			}
		}
	}
	return false
}

// nilTest returns the value that the jump t tests against nil (x != nil,
// x == nil), and the successor on which it is not nil.
func nilTest(t *ssa.If) (ssa.Value, int, bool) {
	cond, ok := t.Cond.(*ssa.BinOp)
	if !ok || (cond.Op != token.EQL && cond.Op != token.NEQ) {
		return nil, 0, false
	}
	x := cond.X
	if isNil(x) {
		x = cond.Y
	} else if !isNil(cond.Y) {
		return nil, 0, false
	}
	if cond.Op == token.EQL {
		return x, 1, true
	}
	return x, 0, true
}

// entryNilTest returns the successors of the entry block of the closure
// fn on which its free variable j is nil and not nil, when fn tests it
// before it does anything else.
func entryNilTest(fn *ssa.Function, j int) (nilSide, setSide *ssa.BasicBlock, ok bool) {
	if len(fn.Blocks) == 0 || j >= len(fn.FreeVars) {
		return nil, nil, false
	}
	entry := fn.Blocks[0]
	t, ok := entry.Instrs[len(entry.Instrs)-1].(*ssa.If)
	if !ok || slices.ContainsFunc(entry.Instrs, func(instr ssa.Instruction) bool {
		switch instr.(type) {
		case ssa.CallInstruction, *ssa.Store:
			return true
		}
		return false
	}) {
		return nil, nil, false
	}
	x, set, ok := nilTest(t)
	if !ok || loadOf(x) != fn.FreeVars[j] {
		return nil, nil, false
	}
	return entry.Succs[1-set], entry.Succs[set], true
}

// closesFieldWhereSet reports whether the closure fn tests its free
// variable j against nil first and, where it is not nil, closes the field
// at path of the struct that free variable i is (or, when cell, holds the
// address of) on every path: by Close on the field, or by a call that
// closes it (c.Close()). A branch on which the field is nil has nothing
// to close.
func (c *checker) closesFieldWhereSet(fn *ssa.Function, i, j int, path []string, cell bool) bool {
	_, setSide, ok := entryNilTest(fn, j)
	if !ok || i < 0 || i >= len(fn.FreeVars) {
		return false
	}
	fv := fn.FreeVars[i]
	isStruct := func(v ssa.Value) bool { return v == fv || (cell && loadOf(v) == fv) }
	isField := func(v ssa.Value) bool {
		base, p := fieldPath(loadOf(unconvert(v)))
		return base != nil && isStruct(base) && slices.Equal(p, path)
	}
	closes := func(instr ssa.Instruction) bool {
		if recv := closedBy(instr); recv != nil && isField(recv) {
			return true
		}
		call, ok := instr.(ssa.CallInstruction)
		if !ok || call.Common().StaticCallee() == nil {
			return false
		}
		for k, a := range call.Common().Args {
			if isStruct(a) && closesParamField(call.Common().StaticCallee(), fn.Pkg, k, path, 0) {
				return true
			}
		}
		return false
	}
	return !returnsWithout(setSide, closes, func(t *ssa.If) int {
		if x, set, ok := nilTest(t); ok && isField(x) {
			return set // the side where the field is set: where it is nil, nothing is open
		}
		return -1
	})
}

// fieldAddrEscapes reports whether the address of the field at path of
// the struct v, or of a field on the way to it, is used for anything but
// a plain load, or a plain store into the field itself: passed to a call
// (emptyConn(&ret.cc)), stored or captured, it lets other code empty the
// field where storedAgain cannot see it.
func fieldAddrEscapes(v ssa.Value, path []string) bool {
	if len(path) == 0 {
		return false
	}
	for _, r := range usesOf(v) {
		fa, ok := r.(*ssa.FieldAddr)
		if !ok || fieldName(fa.X.Type(), fa.Field) != path[0] {
			continue
		}
		for _, u := range usesOf(fa) {
			switch u := u.(type) {
			case *ssa.FieldAddr, *ssa.DebugRef:
				continue // a deeper field: the recursion below follows it
			case *ssa.UnOp:
				if u.Op == token.MUL {
					continue
				}
			case *ssa.Store:
				// ret.a = a replaces ret.a.cc unseen; ret.cc = x is
				// for storedAgain to judge.
				if u.Addr == fa && len(path) == 1 {
					continue
				}
			}
			return true
		}
		if fieldAddrEscapes(fa, path[1:]) {
			return true
		}
	}
	return false
}

// closesParamField reports whether fn, a function of pkg, closes the
// field at path of its parameter k on every path from entry to return,
// except those behind a test that finds the field (or the parameter)
// nil: directly (if t.cc != nil { t.cc.Close() }) or by a call of
// another such function. A summary's "closes p0.cc" means on some path
// only: Close() { if t.started && t.cc != nil { t.cc.Close() } } leaves
// cc open while started is false.
func closesParamField(fn *ssa.Function, pkg *ssa.Package, k int, path []string, depth int) bool {
	if fn == nil || fn.Pkg != pkg || pkg == nil || len(fn.Blocks) == 0 || k >= len(fn.Params) || depth > 3 {
		return false
	}
	param := fn.Params[k]
	isField := func(v ssa.Value) bool {
		base, p := fieldPath(loadOf(unconvert(v)))
		return base == param && slices.Equal(p, path)
	}
	closes := func(instr ssa.Instruction) bool {
		if recv := closedBy(instr); recv != nil && isField(recv) {
			return true
		}
		call, ok := instr.(ssa.CallInstruction)
		if !ok || call.Common().IsInvoke() {
			return false
		}
		for j, a := range call.Common().Args {
			if a == param && closesParamField(call.Common().StaticCallee(), pkg, j, path, depth+1) {
				return true
			}
		}
		return false
	}
	return !returnsWithout(fn.Blocks[0], closes, func(t *ssa.If) int {
		if x, set, ok := nilTest(t); ok && (x == param || isField(x)) {
			return set // where it is nil, nothing is open
		}
		return -1
	})
}
