package analyzer

import (
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// This file recognizes new values that hold nothing yet: a struct whose
// Close closes fields that its constructor leaves for later code to fill
// (a data channel opened later, a registry whose file is opened later).
// Its caller acquires nothing; whatever fills it makes it a resource.

// bornEmpty reports whether v is a new struct that holds nothing yet:
// its function leaves unset every field that its Close closes, and does
// nothing with it but set other fields and return it. A data channel
// whose Close closes the channel it opens later, or a registry whose
// Close closes the file it may open later, is no resource until then;
// whatever later fills the field owns what it fills it with until then.
//
// The channels it makes for v alone, which it never reads back and
// gives to no goroutine, are plain memory: nothing waits on them yet.
// But a function of the package given v may start one on them.
func (c *checker) bornEmpty(v ssa.Value) bool {
	if alloc, ok := v.(*ssa.Alloc); !ok || !alloc.Heap {
		if call, j := resultOf(v); call == nil || !c.emptyResult(call, j) {
			return false // neither new here nor new and empty in a callee
		}
	}
	m := closeMethod(v.Type())
	if m == nil || !types.Identical(m.Signature().Recv().Type(), v.Type()) {
		return false // a Close promoted from a field, which holds it
	}
	closeFn := c.ssaFunc(m)
	if closeFn == nil {
		return false
	}
	closed := c.closedFields(closeFn)
	if len(closed) == 0 {
		return false // its Close releases something leakvet cannot name
	}
	chans, given := false, false
	for _, r := range *v.Referrers() {
		switch r := r.(type) {
		case *ssa.FieldAddr:
			name := fieldName(v.Type(), r.Field)
			if closed[name] && !onlyCleared(r) {
				return false
			}
			if !closed[name] {
				data, idle := c.holdsData(v, r)
				if !data {
					return false
				}
				chans = chans || idle
			}
		case *ssa.Return, *ssa.DebugRef:
		case *ssa.Call:
			if !setsOtherFields(r, v, closed) {
				return false // given to code that may fill it or start on it
			}
			given = true
		default:
			return false // given to code that may fill it or start on it
		}
	}
	return !chans || !given
}

// closedFields returns the fields of its receiver that closeFn, a Close
// method, may release: those that its summary says it closes, or, when it
// names none, those it reaches, if it works on nothing else (see
// reachedFields).
func (c *checker) closedFields(closeFn *ssa.Function) map[string]bool {
	closed := map[string]bool{}
	for _, p := range c.summaryOf(closeFn).closes {
		if name, ok := strings.CutPrefix(p, "p0."); ok {
			name, _, _ = strings.Cut(name, ".")
			closed[name] = true
		}
	}
	if len(closed) == 0 {
		return reachedFields(closeFn)
	}
	return closed
}

// reachedFields returns the fields of fn's receiver that fn reaches, when
// it works on those alone: it uses its receiver only to reach its fields,
// every call it makes is given something that one of them holds or is
// (c.conn.CloseRead(), atomic.StoreInt32(&c.closing, 1)), and neither it
// nor a function of its package that it calls names a global (a
// semaphore whose slot Close gives back). Such a Close, even one whose
// calls leakvet cannot tell for releases (a CloseRead that makes the
// connection's reader close it), can release only what those fields
// hold. Otherwise, or for a function without a body, it returns nil.
func reachedFields(fn *ssa.Function) map[string]bool {
	if fn.Blocks == nil || len(fn.Params) == 0 {
		return nil
	}
	recv := fn.Params[0]
	fields := map[string]bool{}
	for _, r := range *recv.Referrers() {
		switch r := r.(type) {
		case *ssa.FieldAddr:
			fields[fieldName(recv.Type(), r.Field)] = true
		case *ssa.Field:
			fields[structFieldName(recv.Type(), r.Field)] = true
		case *ssa.DebugRef:
		default:
			return nil // passed on whole, stored or captured
		}
	}
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			if call, ok := instr.(ssa.CallInstruction); ok && !givenPartOf(call.Common(), recv) {
				return nil
			}
		}
	}
	if namesGlobal(fn, fn.Pkg, map[*ssa.Function]bool{}) {
		return nil
	}
	return fields
}

// namesGlobal reports whether fn, or a function of pkg that it calls or
// makes a closure of, names a global.
func namesGlobal(fn *ssa.Function, pkg *ssa.Package, seen map[*ssa.Function]bool) bool {
	if seen[fn] {
		return false
	}
	seen[fn] = true
	var ops []*ssa.Value
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			ops = instr.Operands(ops[:0])
			for _, op := range ops {
				switch x := (*op).(type) {
				case *ssa.Global:
					return true
				case *ssa.Function:
					if x.Pkg == pkg && namesGlobal(x, pkg, seen) {
						return true
					}
				}
			}
		}
	}
	return false
}

// givenPartOf reports whether the call common is given, as an argument
// or as the interface whose method it calls, a field of recv, an element
// of one, or what one holds.
func givenPartOf(common *ssa.CallCommon, recv ssa.Value) bool {
	vals := common.Args
	if common.IsInvoke() {
		vals = append([]ssa.Value{common.Value}, vals...)
	}
	for _, v := range vals {
		if v != recv && partRoot(v) == recv {
			return true
		}
	}
	return false
}

// partRoot walks v down fields, elements, loads and conversions to the
// value they are parts of.
func partRoot(v ssa.Value) ssa.Value {
	for range 2 * maxFieldDepth {
		switch x := unconvert(v).(type) {
		case *ssa.FieldAddr:
			v = x.X
		case *ssa.Field:
			v = x.X
		case *ssa.IndexAddr:
			v = x.X
		case *ssa.UnOp:
			if x.Op != token.MUL {
				return x
			}
			v = x.X
		default:
			return x
		}
	}
	return v
}

// emptyHolder returns the new value, and the field path in it, that addr
// is a field of, when that value is one that a callee made empty (see
// bornEmpty): r := newReg(); r.fp = f fills it as a composite literal of
// the function would be filled.
func (c *checker) emptyHolder(addr ssa.Value) ([]ssa.Value, []string) {
	base, path := fieldPath(addr)
	if len(path) == 0 {
		return nil, nil
	}
	if call, j := resultOf(base); call != nil && c.emptyResult(call, j) {
		return []ssa.Value{base}, path
	}
	return nil, nil
}

// onlyCleared reports whether the field at addr is only read or set to
// nil: t.in.f = f, open(&t.f) and t.base.open() may fill it.
func onlyCleared(addr *ssa.FieldAddr) bool {
	for _, u := range *addr.Referrers() {
		switch u := u.(type) {
		case *ssa.Store:
			if u.Addr != addr || !isNil(u.Val) {
				return false
			}
		case *ssa.UnOp, *ssa.DebugRef:
		default:
			return false
		}
	}
	return true
}

// holdsData reports whether what the function stores into the field at
// addr of the new value v is no resource of its own: a parameter, a
// constant, plain data. A channel it made, a function it got from a call
// (a cancel function) or a value whose type has a Close or Stop method (a
// ticker) may be what the struct's Close releases besides the fields it
// closes. But a channel it made for v alone, which only v holds and which
// it never reads back out of v, is memory that no goroutine waits on yet
// (see idleChannel); idle reports that the field holds one.
func (c *checker) holdsData(v ssa.Value, addr *ssa.FieldAddr) (data, idle bool) {
	for _, u := range *addr.Referrers() {
		st, ok := u.(*ssa.Store)
		if !ok || st.Addr != addr {
			continue
		}
		switch st.Val.(type) {
		case *ssa.Parameter, *ssa.Const, *ssa.FreeVar, *ssa.Global:
			continue
		}
		if idleChannel(v, st) {
			idle = true
			continue
		}
		switch types.Unalias(st.Val.Type()).Underlying().(type) {
		case *types.Chan, *types.Signature:
			return false, false
		}
		if c.kindOf(st.Val.Type()) != notResource || hasMethod(st.Val.Type(), "Stop") {
			return false, false
		}
	}
	return true, idle
}

// idleChannel reports whether st stores into a field of the new value v
// a channel that the function makes for that field alone and never
// reads back out of v: &conn{exit: make(chan int)}. No goroutine can
// wait on it then, unless one that v is given to starts.
func idleChannel(v ssa.Value, st *ssa.Store) bool {
	mc, ok := st.Val.(*ssa.MakeChan)
	if !ok {
		return false
	}
	for _, r := range *mc.Referrers() {
		if r != ssa.Instruction(st) && !isDebug(r) {
			return false
		}
	}
	field := st.Addr.(*ssa.FieldAddr).Field
	for _, r := range *v.Referrers() {
		fa, ok := r.(*ssa.FieldAddr)
		if !ok || fa.Field != field {
			continue
		}
		for _, u := range *fa.Referrers() {
			if w, ok := u.(*ssa.Store); (!ok || w.Addr != fa) && !isDebug(u) {
				return false
			}
		}
	}
	return true
}

// hasMethod reports whether t, or a pointer to it, has a method name.
func hasMethod(t types.Type, name string) bool {
	obj, _, _ := types.LookupFieldOrMethod(t, true, nil, name)
	_, ok := obj.(*types.Func)
	return ok
}

// setsOtherFields reports whether call, a call of a function of the
// package given v, only reaches fields of v other than those in closed:
// dataChannel.setReadyState(s), which stores into d.readyState. Its
// parameter may only address fields, and none of those in closed.
func setsOtherFields(call *ssa.Call, v ssa.Value, closed map[string]bool) bool {
	fn := call.Call.StaticCallee()
	if fn == nil || fn.Blocks == nil {
		return false
	}
	for i, a := range call.Call.Args {
		if a != v {
			continue
		}
		if i >= len(fn.Params) {
			return false
		}
		p := fn.Params[i]
		for _, r := range *p.Referrers() {
			fa, ok := r.(*ssa.FieldAddr)
			if _, debug := r.(*ssa.DebugRef); debug {
				continue
			}
			if !ok || closed[fieldName(p.Type(), fa.Field)] {
				return false
			}
		}
	}
	return true
}

// emptyResult reports whether result j of call is a new value that holds
// nothing yet (see bornEmpty), by its callee's summary.
func (c *checker) emptyResult(call *ssa.Call, j int) bool {
	fn := call.Call.StaticCallee()
	return fn != nil && j < 64 && c.summaryOf(fn).empty&(1<<j) != 0
}

// emptyResults returns, as bits, the results of call that are new values
// that hold nothing yet.
func (c *checker) emptyResults(call *ssa.Call) uint64 {
	if fn := call.Call.StaticCallee(); fn != nil {
		return c.summaryOf(fn).empty
	}
	return 0
}
