package analyzer

import (
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ssa"
)

// This file decides when closing a channel that a value keeps in a field
// releases nothing. Closing a channel wakes whoever waits on it; a value
// that drops the channel unclosed leaks only the goroutines that can wait
// on it. When the channel never leaves its value (the package makes it,
// and only sends, receives, and measures it in place), only code that has
// the value can wait on it: goroutines that its owner started with it,
// which handed it off, or goroutines that its own package started. Without
// the latter, a Close that only closes such a channel (a semaphore's Close
// that wakes the callers blocked in Acquire) releases nothing.

// closesPrivateChannel reports whether the builtin call close(ch) in the
// method fn closes a channel that its receiver keeps to itself, in a
// package that starts no goroutine that can see the receiver.
func (c *checker) closesPrivateChannel(fn *ssa.Function, call *ssa.CallCommon) bool {
	if len(call.Args) != 1 || len(fn.Params) == 0 {
		return false
	}
	load, ok := call.Args[0].(*ssa.UnOp)
	if !ok || load.Op != token.MUL {
		return false
	}
	fa, ok := load.X.(*ssa.FieldAddr)
	if !ok || fa.X != fn.Params[0] {
		return false
	}
	f := field(fa.X.Type(), fa.Field)
	if f == nil || f.Exported() {
		return false // code of other packages may take it out
	}
	return c.channelStaysIn(fa.X.Type(), fa.Field) && !c.startsGoroutineWith(fa.X.Type())
}

// waitsForOwnCalls reports whether call, in the method fn, is the Wait
// of a sync.WaitGroup that the receiver keeps in a field, in a package
// that starts no goroutine that can see the receiver and makes no closure
// that can (a timer's AfterFunc runs one on a goroutine of its own): the
// group counts the method calls in flight on other goroutines (a Publish
// that adds one while it writes), and waiting for them to end releases
// nothing.
func (c *checker) waitsForOwnCalls(fn *ssa.Function, call *ssa.CallCommon) bool {
	callee := call.StaticCallee()
	if callee == nil || callee.RelString(nil) != "(*sync.WaitGroup).Wait" || len(call.Args) != 1 || len(fn.Params) == 0 {
		return false
	}
	wg := call.Args[0]
	if load, ok := wg.(*ssa.UnOp); ok && load.Op == token.MUL {
		wg = load.X // a *sync.WaitGroup field
	}
	fa, ok := wg.(*ssa.FieldAddr)
	if !ok || fa.X != fn.Params[0] {
		return false
	}
	return !c.startsGoroutineWith(fa.X.Type()) && !c.callsGroupGo() && !c.startsClosureWith(fa.X.Type())
}

// callsGroupGo reports whether the package starts goroutines through
// (*sync.WaitGroup).Go, which startsGoroutineWith does not see.
func (c *checker) callsGroupGo() bool {
	for _, fn := range c.srcFuncs {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				if call, ok := instr.(ssa.CallInstruction); ok {
					if callee := call.Common().StaticCallee(); callee != nil && callee.RelString(nil) == "(*sync.WaitGroup).Go" {
						return true
					}
				}
			}
		}
	}
	return false
}

// channelStaysIn reports whether every function of the package uses field
// i of the structs that ptr points to only to store a channel it makes
// there, and to send to, receive from, measure, compare and close the
// channel it loads from there.
func (c *checker) channelStaysIn(ptr types.Type, i int) bool {
	return c.fieldUsedOnly(ptr, i, func(st *ssa.Store) bool {
		_, made := st.Val.(*ssa.MakeChan)
		return made || isNil(st.Val)
	}, usedInPlace)
}

// fieldUsedOnly reports whether every function of the package uses field
// i of the structs that ptr points to only to store into it what store
// accepts and to load from it what load accepts.
func (c *checker) fieldUsedOnly(ptr types.Type, i int, store func(*ssa.Store) bool, load func(ssa.Value) bool) bool {
	for _, fn := range c.srcFuncs {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				fa, ok := instr.(*ssa.FieldAddr)
				if !ok || fa.Field != i || !types.Identical(fa.X.Type(), ptr) {
					continue
				}
				for _, r := range usesOf(fa) {
					switch r := r.(type) {
					case *ssa.Store:
						if r.Addr != fa || !store(r) {
							return false
						}
					case *ssa.UnOp:
						if r.Op != token.MUL || !load(r) {
							return false
						}
					case *ssa.DebugRef:
					default:
						return false
					}
				}
			}
		}
	}
	return true
}

// usedInPlace reports whether the channel ch is only sent to, received
// from, measured, compared or closed.
func usedInPlace(ch ssa.Value) bool {
	for _, r := range usesOf(ch) {
		switch r := r.(type) {
		case *ssa.UnOp:
			if r.Op != token.ARROW {
				return false
			}
		case *ssa.Send:
			if r.X == ch {
				return false
			}
		case *ssa.Select:
			for _, st := range r.States {
				if st.Send == ch {
					return false
				}
			}
		case *ssa.BinOp, *ssa.DebugRef:
		case *ssa.Call:
			b, ok := r.Call.Value.(*ssa.Builtin)
			if !ok || (b.Name() != "len" && b.Name() != "cap" && b.Name() != "close") {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// startsGoroutineWith reports whether a go statement of the package may
// give the goroutine it starts a value of the type ptr points to: as an
// argument, a receiver or a captured variable, directly or through a
// pointer, an interface or a struct. A function value that captures one
// and that the package hands to other code may run on a goroutine too:
// w.wg.Go(w.loop), time.AfterFunc(d, func() { <-t.done }).
func (c *checker) startsGoroutineWith(ptr types.Type) bool {
	if c.handsOffClosureWith(ptr) {
		return true
	}
	for _, fn := range c.srcFuncs {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				g, ok := instr.(*ssa.Go)
				if !ok {
					continue
				}
				vals := append([]ssa.Value{g.Call.Value}, g.Call.Args...)
				switch v := g.Call.Value.(type) {
				case *ssa.MakeClosure:
					vals = append(vals, v.Bindings...)
				case *ssa.Function, *ssa.Builtin:
				default:
					if !g.Call.IsInvoke() && c.capturesAny(ptr) {
						return true // any of the package's closures may run
					}
				}
				for _, v := range vals {
					if mayHold(v.Type(), ptr) {
						return true
					}
				}
			}
		}
	}
	return false
}

// capturesAny reports whether a closure or method value that the package
// makes captures a value of the type ptr points to.
func (c *checker) capturesAny(ptr types.Type) bool {
	for _, fn := range c.srcFuncs {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				if mc, ok := instr.(*ssa.MakeClosure); ok && slices.ContainsFunc(mc.Bindings, func(v ssa.Value) bool { return mayHold(v.Type(), ptr) }) {
					return true
				}
			}
		}
	}
	return false
}

// handsOffClosureWith reports whether a closure or method value that the
// package makes captures a value of the type ptr points to, and is used
// other than by being called or deferred where it is made. What it
// captures counts through pointers and structs, not interfaces: the
// closures that a package hands to other code capture all sorts of
// values, and those that run a loop capture its owner itself.
func (c *checker) handsOffClosureWith(ptr types.Type) bool {
	for _, fn := range c.srcFuncs {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				mc, ok := instr.(*ssa.MakeClosure)
				if !ok || !slices.ContainsFunc(mc.Bindings, func(v ssa.Value) bool { return mayHoldSeen(v.Type(), ptr, map[types.Type]bool{}, false) }) {
					continue
				}
				for _, r := range usesOf(mc) {
					call, isCall := r.(ssa.CallInstruction)
					_, isGo := r.(*ssa.Go)
					_, isRef := r.(*ssa.DebugRef)
					if !isRef && (!isCall || isGo || call.Common().Value != mc || slices.Contains(call.Common().Args, ssa.Value(mc))) {
						return true
					}
				}
			}
		}
	}
	return false
}

// mayHold reports whether a value of type t may be or lead to a value of
// the type that ptr points to.
func mayHold(t, ptr types.Type) bool {
	return mayHoldSeen(t, ptr, map[types.Type]bool{}, true)
}

// mayHoldSeen is mayHold, not looking again into the types seen, and
// into interfaces only if ifaces.
func mayHoldSeen(t, ptr types.Type, seen map[types.Type]bool, ifaces bool) bool {
	if types.Identical(t, ptr) || types.Identical(t, ptr.Underlying().(*types.Pointer).Elem()) {
		return true
	}
	if seen[t] {
		return false
	}
	seen[t] = true
	switch u := types.Unalias(t).Underlying().(type) {
	case *types.Pointer:
		return mayHoldSeen(u.Elem(), ptr, seen, ifaces)
	case *types.Interface:
		return ifaces && types.Implements(ptr, u)
	case *types.Struct:
		for f := range u.Fields() {
			if mayHoldSeen(f.Type(), ptr, seen, ifaces) {
				return true
			}
		}
	case *types.Slice:
		return mayHoldSeen(u.Elem(), ptr, seen, ifaces)
	case *types.Array:
		return mayHoldSeen(u.Elem(), ptr, seen, ifaces)
	case *types.Map:
		return mayHoldSeen(u.Key(), ptr, seen, ifaces) || mayHoldSeen(u.Elem(), ptr, seen, ifaces)
	case *types.Chan:
		return mayHoldSeen(u.Elem(), ptr, seen, ifaces)
	}
	// A function value runs code that a go statement or a closure of
	// the package shows.
	return false
}

// drainsClosed returns, for a Close method fn, whether a receive in fn is
// the drain of a channel that fn closed before it: a field of the
// receiver that fn closes and then ranges over (a collector's Close that
// closes its queue of samples and adds up what is left in it), in a
// package that starts no goroutine that can see the receiver. Closing
// such a channel only ends fn's own loop, and the drain takes from it what
// only memory holds.
func (c *checker) drainsClosed(fn *ssa.Function) func(*ssa.UnOp) bool {
	if len(fn.Params) == 0 {
		return func(*ssa.UnOp) bool { return false }
	}
	recv := fn.Params[0]
	closed := map[int]*ssa.BasicBlock{}
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			call, ok := instr.(*ssa.Call)
			if !ok {
				continue
			}
			if bi, ok := call.Call.Value.(*ssa.Builtin); ok && bi.Name() == "close" && len(call.Call.Args) == 1 {
				if i := ownFieldLoad(call.Call.Args[0], recv); i >= 0 {
					if _, seen := closed[i]; !seen {
						closed[i] = b
					}
				}
			}
		}
	}
	return func(recvOp *ssa.UnOp) bool {
		i := ownFieldLoad(recvOp.X, recv)
		b, ok := closed[i]
		if i < 0 || !ok || b == recvOp.Block() || !b.Dominates(recvOp.Block()) {
			return false // a drain is a loop of its own, after the close
		}
		return c.channelStaysIn(recv.Type(), i) && !c.startsGoroutineWith(recv.Type())
	}
}

// drainsOwnClosed reports whether the builtin call close(ch) in fn closes
// a channel that fn then drains (see drainsClosed).
func (c *checker) drainsOwnClosed(fn *ssa.Function, call *ssa.CallCommon, drained func(*ssa.UnOp) bool) bool {
	if len(call.Args) != 1 || len(fn.Params) == 0 {
		return false
	}
	i := ownFieldLoad(call.Args[0], fn.Params[0])
	if i < 0 {
		return false
	}
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			if op, ok := instr.(*ssa.UnOp); ok && op.Op == token.ARROW && ownFieldLoad(op.X, fn.Params[0]) == i && drained(op) {
				return true
			}
		}
	}
	return false
}

// ownFieldLoad returns the index of the field of the struct that recv
// points to that v is loaded from, or -1.
func ownFieldLoad(v, recv ssa.Value) int {
	load, ok := v.(*ssa.UnOp)
	if !ok || load.Op != token.MUL {
		return -1
	}
	fa, ok := load.X.(*ssa.FieldAddr)
	if !ok || fa.X != recv {
		return -1
	}
	return fa.Field
}

// ownedPart reports whether v, in a method whose receiver is recv, loads a
// pointer from a field of recv that the package fills only with values it
// has just made (s.group = newGroup()) and uses only in place, as the
// receiver of its own methods or to reach the fields it points to: no
// other value shares what it points to, so what a method stores there
// stays in recv's memory.
func (c *checker) ownedPart(v, recv ssa.Value) bool {
	i := ownFieldLoad(v, recv)
	if i < 0 {
		return false
	}
	if _, ok := v.Type().Underlying().(*types.Pointer); !ok {
		return false
	}
	return c.fieldUsedOnly(recv.Type(), i, func(st *ssa.Store) bool { return c.madeFresh(st.Val) }, usedAsOwnPart)
}

// madeFresh reports whether v is a new allocation that goes nowhere else,
// or the result of a function of the package that returns only such
// allocations: no other value shares it.
func (c *checker) madeFresh(v ssa.Value) bool {
	switch v := v.(type) {
	case *ssa.Alloc:
		return v.Heap && onlyFilled(v, 1)
	case *ssa.Call:
		callee := v.Call.StaticCallee()
		if callee == nil || callee.Pkg != c.ssaPkg || callee.Blocks == nil || callee.Signature.Results().Len() != 1 {
			return false
		}
		returns := 0
		for _, b := range callee.Blocks {
			if ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok {
				if a, ok := ret.Results[0].(*ssa.Alloc); !ok || !a.Heap || !onlyFilled(a, 0) {
					return false
				}
				returns++
			}
		}
		return returns > 0
	}
	return false
}

// onlyFilled reports whether the new value a is only filled (its fields
// set, itself set as a whole), returned, and stored as a value at most
// stores times: it is given to nothing and kept nowhere else.
func onlyFilled(a *ssa.Alloc, stores int) bool {
	for _, r := range usesOf(a) {
		switch r := r.(type) {
		case *ssa.FieldAddr, *ssa.Return, *ssa.DebugRef:
		case *ssa.Store:
			if r.Val == ssa.Value(a) {
				stores--
				if stores < 0 {
					return false
				}
			}
		default:
			return false
		}
	}
	return true
}

// usedAsOwnPart reports whether the pointer p is only compared, used to
// reach the fields it points to, or given as the receiver (the first
// argument) of a function of the package.
func usedAsOwnPart(p ssa.Value) bool {
	for _, r := range usesOf(p) {
		switch r := r.(type) {
		case *ssa.FieldAddr, *ssa.BinOp, *ssa.DebugRef:
		case *ssa.Call:
			callee := r.Call.StaticCallee()
			if callee == nil || callee.Pkg == nil || callee.Pkg.Pkg != p.Parent().Pkg.Pkg || slices.Index(r.Call.Args, p) != 0 || slices.Contains(r.Call.Args[1:], p) {
				return false
			}
		default:
			return false
		}
	}
	return true
}
