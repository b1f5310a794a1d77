package analyzer

import (
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// This file recognizes new values that hold nothing until a method starts
// them: a subscriber whose Subscribe starts the goroutines that its Close
// stops and waits for. Such a Close only closes channels and waits for
// wait groups that its value keeps (signalsOnly), and the constructor
// starts nothing: it fills the value with plain data and with channels and
// wait groups of its own (bornDormant). Dropping the dormant value leaks
// nothing. A caller that may start it owns it as any new resource
// (startsOf): it gives it to a function whose summary says that it
// starts that parameter (a goroutine runs with it), to a goroutine or a
// closure, or calls one of its methods through an interface.

// signalsOnly reports whether closeFn, the Close method of a type,
// releases nothing but what the goroutines of its value hold: it closes
// channels and waits for wait groups in its receiver's fields, and
// otherwise does only what releasesNothing accepts.
func (c *checker) signalsOnly(closeFn *ssa.Function) bool {
	recv := closeFn.Params[0]
	inRecv := func(v ssa.Value) bool {
		if load, ok := v.(*ssa.UnOp); ok && load.Op == token.MUL {
			v = load.X // a channel, or a *sync.WaitGroup, kept in a field
		}
		return derivedFrom(v, recv)
	}
	return releasesNothing(closeFn, func(call *ssa.CallCommon) bool {
		if b, ok := call.Value.(*ssa.Builtin); ok {
			return b.Name() == "close" && len(call.Args) == 1 && inRecv(call.Args[0])
		}
		if callee := call.StaticCallee(); callee != nil && callee.RelString(nil) == "(*sync.WaitGroup).Wait" {
			return len(call.Args) == 1 && inRecv(call.Args[0])
		}
		if load, ok := call.Value.(*ssa.UnOp); ok && load.Op == token.MUL && derivedFrom(load.X, recv) {
			// r.cancel(), where every cancel the package keeps there is
			// that of a context of its own (see privateCancels).
			if fa, ok := load.X.(*ssa.FieldAddr); ok && c.privateCancels(fa) {
				return true
			}
		}
		return c.callsComputing(call, recv) || c.tellsField(call, recv)
	}) && c.lockSummaryOf(closeFn).empty()
}

// tellsField reports whether call, in a method whose receiver is recv,
// only tells something to a value the receiver keeps in a field, a value
// with no Close of its own: a method of another package, called on that
// field's value with a message (a string constant) and nothing
// but constants (p.logger.Info("stopping")), that by its summary keeps,
// closes and releases nothing. Logging that a value stops releases
// nothing of it.
func (c *checker) tellsField(call *ssa.CallCommon, recv ssa.Value) bool {
	callee := call.StaticCallee()
	if callee == nil || callee.Pkg == nil || callee.Signature.Recv() == nil || len(call.Args) == 0 {
		return false
	}
	if p, ok := recv.(*ssa.Parameter); !ok || p.Parent() == nil || p.Parent().Pkg == callee.Pkg {
		return false
	}
	load, ok := call.Args[0].(*ssa.UnOp)
	if !ok || load.Op != token.MUL || fieldVar(load) == nil || !derivedFrom(load.X, recv) || c.kindOf(load.Type()) != notResource {
		return false // a resource's methods may release it
	}
	said := false // a message: a call with nothing to say is an action
	for _, a := range call.Args[1:] {
		if !isConstantArg(a) {
			return false
		}
		if k, ok := a.(*ssa.Const); ok && k.Value != nil && k.Value.Kind() == constant.String {
			said = true
		}
	}
	if !said {
		return false // c.httpClient.CloseIdleConnections() releases what it can
	}
	// The constants it is given hold nothing: only what it does with
	// the field's value counts.
	sum := c.summaryOf(callee)
	return !sum.consumes(0) && !sum.release(0) && !slices.ContainsFunc(sum.closes, func(p string) bool { return strings.HasPrefix(p, "p0.") })
}

// isConstantArg reports whether a is a constant, or the empty slice of a
// variadic parameter given no arguments.
func isConstantArg(a ssa.Value) bool {
	switch a := a.(type) {
	case *ssa.Const:
		return true
	case *ssa.Slice:
		alloc, ok := a.X.(*ssa.Alloc)
		if !ok {
			return false
		}
		arr, ok := types.Unalias(alloc.Type()).Underlying().(*types.Pointer)
		if !ok {
			return false
		}
		at, ok := arr.Elem().Underlying().(*types.Array)
		return ok && at.Len() == 0
	}
	return false
}

// freshPrivate reports whether v is a channel or a wait group that the
// function makes and gives to nothing but the store st, or the context or
// the cancel of a context it makes from no other (see ownContext).
func freshPrivate(v ssa.Value, st *ssa.Store) bool {
	switch v := v.(type) {
	case *ssa.MakeChan:
	case *ssa.Alloc:
		if typeName(v.Type()) != "sync.WaitGroup" {
			return false
		}
	case *ssa.Extract:
		if !ownContext(v) {
			return false
		}
	default:
		return false
	}
	for _, r := range usesOf(v) {
		if _, debug := r.(*ssa.DebugRef); !debug && r != st {
			return false
		}
	}
	return true
}

// returnedDormant reports whether v, a value that a function returns, is
// dormant: born so here (see bornDormant), or made dormant by a callee
// and only passed on.
func (c *checker) returnedDormant(v ssa.Value) bool {
	if c.bornDormant(v) {
		return true
	}
	call, j := resultOf(v)
	return call != nil && c.dormantResult(call, j) && onlyPassedOnSetting(v, map[ssa.Value]bool{}, c.setsHooks)
}

// setsHooks reports whether the field at fa is only set, and only to
// plain values or functions that hold nothing new: hooks that a
// constructor installs on a dormant value (rt.PeerAdded = func(p) {...}
// over its parameters and what it borrowed), which start nothing.
func (c *checker) setsHooks(fa *ssa.FieldAddr) bool {
	var plain func(v ssa.Value) bool
	plain = func(v ssa.Value) bool {
		if cell, ok := v.(*ssa.Alloc); ok {
			// A variable the closure shares: what the function stores
			// in it (a parameter it captures lives in one).
			for _, r := range usesOf(cell) {
				switch r := r.(type) {
				case *ssa.Store:
					if r.Addr != ssa.Value(cell) || !plain(r.Val) {
						return false
					}
				case *ssa.UnOp, *ssa.MakeClosure, *ssa.DebugRef:
				default:
					return false // its address goes elsewhere
				}
			}
			return true
		}
		if c.kindOf(v.Type()) == notResource {
			return true
		}
		if isGiven(v) {
			return false // the caller's resource, handed to the value
		}
		call, _ := resultOf(v)
		return call != nil && len(c.resultsOf(call)) == 0 // acquires nothing
	}
	for _, r := range usesOf(fa) {
		if _, debug := r.(*ssa.DebugRef); debug {
			continue
		}
		st, ok := r.(*ssa.Store)
		if !ok || st.Addr != ssa.Value(fa) {
			return false
		}
		switch v := st.Val.(type) {
		case *ssa.Function:
		case *ssa.MakeClosure:
			if slices.ContainsFunc(v.Bindings, func(b ssa.Value) bool { return !plain(b) }) {
				return false
			}
		default:
			if !plain(v) {
				return false
			}
		}
	}
	return true
}

// dormantResult reports whether result j of call is a new value that its
// callee left dormant, by the callee's summary.
func (c *checker) dormantResult(call *ssa.Call, j int) bool {
	fn := call.Call.StaticCallee()
	return fn != nil && j < 64 && c.summaryOf(fn).dormant&(1<<j) != 0
}

// startsParam reports whether fn starts something with its parameter p: a
// goroutine that has p, a field of it, or a closure or method value that
// has them; a call of a function that starts that argument (a WaitGroup's
// Go, time.AfterFunc given such a closure); or such a closure given to a
// function value, an interface method, or a callee that keeps it, any of
// which may run it later on a goroutine of its own.
func (c *checker) startsParam(fn *ssa.Function, p *ssa.Parameter) bool {
	seen := map[ssa.Value]bool{}
	var starts func(v ssa.Value, depth int) bool
	starts = func(v ssa.Value, depth int) bool {
		for _, r := range unseenReferrers(v, seen, depth) {
			switch r := r.(type) {
			case *ssa.Go:
				return true
			case *ssa.FieldAddr, *ssa.ChangeType, *ssa.MakeInterface, *ssa.MakeClosure:
				if starts(r.(ssa.Value), depth+1) {
					return true
				}
			case *ssa.UnOp:
				if r.Op == token.MUL && starts(r, depth+1) {
					return true
				}
			case *ssa.Store:
				// A parameter that a closure captures lives in a cell.
				if r.Val == v && isLocalCell(r.Addr) && starts(r.Addr, depth+1) {
					return true
				}
			case *ssa.Call:
				callee := r.Call.StaticCallee()
				_, isClosure := v.(*ssa.MakeClosure)
				if callee == nil {
					if isClosure && r.Call.Value != v {
						return true // a function value, or a method of an interface, given the closure may start it
					}
					continue
				}
				sum := c.summaryOf(callee)
				for i, a := range r.Call.Args {
					// A closure that the callee keeps may run later on a
					// goroutine of its own.
					if a == v && (c.startsArgument(callee, i) || (isClosure && sum.consumes(i))) {
						return true
					}
				}
			}
		}
		return false
	}
	return starts(p, 0)
}

// releasedByGoroutine reports whether the function gives its parameter p
// to a goroutine that releases it on every path: a go statement, which
// every return of the function comes after, that runs a closure capturing
// p (through the cell that a captured parameter lives in) whose summary
// releases that free variable, or a function whose summary releases the
// argument. A goroutine started only where the function succeeds leaves
// p to the caller where it fails.
func (c *checker) releasedByGoroutine(p *ssa.Parameter) bool {
	beforeEveryReturn := func(g ssa.Instruction) bool {
		for _, b := range p.Parent().Blocks {
			if _, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok && !g.Block().Dominates(b) {
				return false
			}
		}
		return true
	}
	holders := []ssa.Value{p}
	for _, r := range usesOf(p) {
		if st, ok := r.(*ssa.Store); ok && st.Val == ssa.Value(p) && isAlloc(st.Addr) {
			holders = append(holders, st.Addr)
		}
	}
	for _, h := range holders {
		for _, r := range usesOf(h) {
			switch r := r.(type) {
			case *ssa.MakeClosure:
				closure, ok := r.Fn.(*ssa.Function)
				if !ok || !slices.ContainsFunc(usesOf(r), func(u ssa.Instruction) bool {
					g, isGo := u.(*ssa.Go)
					return isGo && g.Call.Value == ssa.Value(r) && beforeEveryReturn(g)
				}) {
					continue
				}
				sum := c.summaryOf(closure)
				for j, b := range r.Bindings {
					if b == h && sum.releasesFree(j) && c.releasesWhole(closure, p.Type()) {
						return true
					}
				}
			case *ssa.Go:
				callee := r.Call.StaticCallee()
				if callee == nil || !beforeEveryReturn(r) {
					continue
				}
				sum := c.summaryOf(callee)
				for i, a := range r.Call.Args {
					if a == h && sum.release(i) && c.releasesWhole(callee, p.Type()) {
						return true
					}
				}
			}
		}
	}
	return false
}

// releasesWhole reports whether a goroutine running fn, which releases a
// value of type t, releases all of it: t's Close is promoted from an
// embedded field (closing that field closes the value), fn is a method of
// t (a sibling of Close that releases it), or fn calls t's own Close. A goroutine that closes one field of a value whose Close
// closes more (a watcher closing the connection, not the log beside it)
// leaves the rest to the caller.
func (c *checker) releasesWhole(fn *ssa.Function, t types.Type) bool {
	if _, index, _ := types.LookupFieldOrMethod(t, true, nil, "Close"); len(index) > 1 {
		return true
	}
	if recv := fn.Signature.Recv(); recv != nil && types.Identical(recv.Type(), t) {
		return true // go j.End(): a method of the value that releases it
	}
	closeFn := c.closeMethodFunc(t)
	if closeFn == nil {
		return false
	}
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			if call, ok := instr.(ssa.CallInstruction); ok && call.Common().StaticCallee() == closeFn {
				return true
			}
		}
	}
	return false
}

// startsOf returns the instructions at which the function that holds v,
// a dormant value traced as fl, may start it: it gives it, or a channel
// or context read from one of its fields, to a function that starts it,
// to a goroutine, to a closure, or calls a method of it through an
// interface or a function value, whose code may start it. Before the
// first of them the value holds nothing, so only a path through one can
// leak it.
func (c *checker) startsOf(fl *flow) map[ssa.Instruction]bool {
	starts := map[ssa.Instruction]bool{}
	for v := range fl.cells {
		for _, r := range usesOf(v) {
			if _, ok := r.(*ssa.MakeClosure); ok {
				starts[r] = true
			}
		}
	}
	for v := range fl.aliases {
		refs := v.Referrers()
		if refs == nil {
			continue
		}
		for _, r := range *refs {
			if fa, ok := r.(*ssa.FieldAddr); ok && c.partStarted(fa) {
				starts[r] = true // go watch(t.ctx)
				continue
			}
			switch r := r.(type) {
			case *ssa.Go, *ssa.MakeClosure:
				starts[r] = true
			case ssa.CallInstruction:
				if c.startsArg(r.Common(), v) {
					starts[r] = true
				}
			}
		}
	}
	return starts
}

// startsArgument reports whether fn starts what it is given as argument i:
// its summary says so, or it is one of startingFuncs.
func (c *checker) startsArgument(fn *ssa.Function, i int) bool {
	if obj, ok := fn.Object().(*types.Func); ok {
		if j, ok := startingFuncs[c.funcName(obj)]; ok && j == i {
			return true
		}
	}
	return c.summaryOf(fn).start(i)
}

// startsArg reports whether the call common may start v, one of the
// values it is given: it calls a method of v through an interface, gives
// v to a function value, or to a function that starts that argument (see
// startsArgument).
func (c *checker) startsArg(common *ssa.CallCommon, v ssa.Value) bool {
	if common.IsInvoke() && common.Value == v {
		return true
	}
	callee := common.StaticCallee()
	for i, a := range common.Args {
		if a == v && (callee == nil || c.startsArgument(callee, i)) {
			return true
		}
	}
	return false
}

// mayStart reports whether a parameter of type t, of kind k, is one whose
// start a summary records: a resource that may be dormant, or a function
// (a closure over one, given to a WaitGroup's Go).
func mayStart(k kind, t types.Type) bool {
	_, isFunc := t.Underlying().(*types.Signature)
	return k != notResource || isFunc
}

// startsClosureWith reports whether the package starts, other than with a
// go statement, a closure or method value that has a value of the type
// ptr points to: one it gives to a function value, an interface method,
// or a function that starts it (time.AfterFunc, a WaitGroup's Go).
func (c *checker) startsClosureWith(ptr types.Type) bool {
	for _, fn := range c.srcFuncs {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				mc, ok := instr.(*ssa.MakeClosure)
				if !ok || !slices.ContainsFunc(mc.Bindings, func(v ssa.Value) bool { return mayHold(v.Type(), ptr) }) {
					continue
				}
				for _, r := range usesOf(mc) {
					call, ok := r.(*ssa.Call)
					if !ok || call.Call.Value == ssa.Value(mc) {
						continue
					}
					callee := call.Call.StaticCallee()
					if callee == nil {
						return true
					}
					for i, a := range call.Call.Args {
						if a == ssa.Value(mc) && c.startsArgument(callee, i) {
							return true
						}
					}
				}
			}
		}
	}
	return false
}

// ownContext reports whether v is the context or the cancel that
// context.WithCancel (or WithCancelCause) gives for a parent made by
// context.Background or context.TODO: nothing else can cancel it, and it
// registers with no parent, so until a goroutine waits on it, it is
// plain data, and its cancel only wakes the goroutines that do. A
// context with a deadline starts a timer, and is no such data.
func ownContext(v *ssa.Extract) bool {
	call, ok := v.Tuple.(*ssa.Call)
	if !ok || len(call.Call.Args) != 1 {
		return false
	}
	switch staticName(&call.Call) {
	case "context.WithCancel", "context.WithCancelCause":
	default:
		return false
	}
	parent, ok := call.Call.Args[0].(*ssa.Call)
	if !ok {
		return false
	}
	switch staticName(&parent.Call) {
	case "context.Background", "context.TODO":
		return true
	}
	return false
}

// privateCancels reports whether the field at fa is a function that the
// package only ever sets to the cancel of a context of the value's own
// (see ownContext): calling it wakes only what waits on that context.
func (c *checker) privateCancels(fa *ssa.FieldAddr) bool {
	sig, ok := types.Unalias(fa.Type().(*types.Pointer).Elem()).Underlying().(*types.Signature)
	if !ok || sig.Results().Len() != 0 {
		return false
	}
	ptr, ok := types.Unalias(fa.X.Type()).Underlying().(*types.Pointer)
	if !ok {
		return false
	}
	st, ok := types.Unalias(ptr.Elem()).Underlying().(*types.Struct)
	if !ok || st.Field(fa.Field).Exported() || st.Field(fa.Field).Pkg() != c.pass.Pkg {
		return false // another package may set it
	}
	key := types.TypeString(fa.X.Type(), nil) + "." + strconv.Itoa(fa.Field)
	if done, ok := c.cancelFields[key]; ok {
		return done
	}
	own := false
	for instr := range c.packageInstrs() {
		at, ok := instr.(*ssa.FieldAddr)
		if !ok || at.Field != fa.Field || !types.Identical(at.X.Type(), fa.X.Type()) {
			continue
		}
		for _, r := range usesOf(at) {
			switch r := r.(type) {
			case *ssa.Store:
				if r.Addr != ssa.Value(at) {
					return c.noteCancels(key, false) // the field's address is stored
				}
				if x, ok := r.Val.(*ssa.Extract); !ok || !ownContext(x) {
					return c.noteCancels(key, false)
				}
				own = true
			case *ssa.UnOp, *ssa.DebugRef:
			default:
				return c.noteCancels(key, false) // set through its address
			}
		}
	}
	return c.noteCancels(key, own)
}

// noteCancels caches privateCancels for key.
func (c *checker) noteCancels(key string, own bool) bool {
	if c.cancelFields == nil {
		c.cancelFields = map[string]bool{}
	}
	c.cancelFields[key] = own
	return own
}

// staticName returns the name of the function that call calls, as
// context.WithCancel, or "" for a dynamic call.
func staticName(call *ssa.CallCommon) string {
	if fn := call.StaticCallee(); fn != nil {
		return fn.RelString(nil)
	}
	return ""
}

// partStarted reports whether what is read from the field at fa, a
// channel, a context or a function, is given to a goroutine, to a
// closure, or to a call that may start it.
func (c *checker) partStarted(fa *ssa.FieldAddr) bool {
	for _, r := range usesOf(fa) {
		load, ok := r.(*ssa.UnOp)
		if !ok || load.Op != token.MUL {
			continue
		}
		for _, u := range usesOf(load) {
			switch u := u.(type) {
			case *ssa.Go, *ssa.MakeClosure:
				return true
			case *ssa.Store:
				if u.Val == ssa.Value(load) {
					return true // ctx := t.ctx, for a goroutine to read
				}
			case ssa.CallInstruction:
				if c.startsArg(u.Common(), load) {
					return true
				}
			}
		}
	}
	return false
}
