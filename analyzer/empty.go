package analyzer

import (
	"go/token"
	"go/types"
	"maps"
	"slices"
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
func (c *checker) bornEmpty(v ssa.Value) bool {
	return c.bornIdle(v, false)
}

// bornDormant reports whether v is a new struct that its function leaves
// dormant (see dormant.go): its Close only stops what the value's
// goroutines hold, and the function starts none, stores into it only
// plain data and channels and wait groups it makes for it alone, and does
// nothing with it but return it.
func (c *checker) bornDormant(v ssa.Value) bool {
	return c.bornIdle(v, true)
}

// bornEmptyButOptions reports whether v is a new struct that holds
// nothing yet (see bornEmpty) but for what the option functions of its
// function's parameter k, a slice of them, may put into it: for _, opt :=
// range opts { opt(f) }. A caller that gives no options gets an empty
// value. It returns k+1, or 0.
func (c *checker) bornEmptyButOptions(v ssa.Value) int {
	opts := 0
	if !c.bornIdleOpts(v, false, &opts) || opts == 0 {
		return 0
	}
	return opts
}

// bornIdle is bornEmpty, or bornDormant when dormant is set.
func (c *checker) bornIdle(v ssa.Value, dormant bool) bool {
	return c.bornIdleOpts(v, dormant, nil)
}

// bornIdleOpts is bornIdle; where opts is not nil, it also lets v be
// given to the option functions of a parameter of the function, a slice
// of them, and sets *opts to that parameter's index plus one.
func (c *checker) bornIdleOpts(v ssa.Value, dormant bool, opts *int) bool {
	if !dormant && (bornBodiless(v) || c.passesBodiless(v)) {
		return true
	}
	if call, j := resultOf(v); call != nil && !dormant && j < 64 && call.Call.StaticCallee() != nil && c.summaryOf(call.Call.StaticCallee()).idleEmpty&(1<<j) != 0 {
		c.noteIdleBorn(v) // nothing can fill it
		return true
	}
	if alloc, ok := v.(*ssa.Alloc); !ok || !alloc.Heap {
		if call, j := resultOf(v); call == nil || dormant || !c.emptyResult(call, j) {
			return false // neither new here nor new and empty in a callee
		}
	}
	m := closeMethod(v.Type())
	if m == nil || !types.Identical(m.Signature().Recv().Type(), v.Type()) {
		return false // a Close promoted from a field, which holds it
	}
	closeFn := c.ssaFunc(m)
	if dormant && (closeFn == nil || closeFn.Blocks == nil || len(closeFn.Params) == 0) {
		// What it signals, only the body of Close says.
		return false
	}
	closed := map[string]bool{}
	if dormant {
		if !c.signalsOnly(closeFn) {
			return false
		}
	} else {
		for _, p := range c.closesOf(m, closeFn) {
			if name, ok := strings.CutPrefix(p, "p0."); ok {
				name, _, _ = strings.Cut(name, ".")
				closed[strings.TrimSuffix(name, "[]")] = true
			}
		}
		local := closeFn != nil && closeFn.Pkg != nil && closeFn.Pkg.Pkg == c.pass.Pkg && closeFn.Blocks != nil
		if len(closed) == 0 && local {
			// A Close that does nothing while the fields it reads are
			// zero (it releases a handle that is zero until set).
			if names := c.zeroFields(closeFn, v.Type()); names != nil {
				closed = names
			}
		}
		if local {
			if len(closed) > 0 {
				var o *int
				if opts != nil {
					cp := *opts
					o = &cp
				}
				if c.leftUnset(v, closeFn, closed, false, dormant, o) {
					if opts != nil {
						*opts = *o
					}
					return true
				}
			}
			// A Close that does nothing while one field is zero,
			// whatever the others hold (a query's, where it runs in
			// the caller's transaction and not one of its own).
			names := c.idleFields(closeFn, v.Type())
			for _, name := range slices.Sorted(maps.Keys(names)) {
				if c.leftUnset(v, closeFn, map[string]bool{name: true}, true, dormant, opts) {
					c.noteIdleBorn(v)
					return true
				}
			}
		}
		if len(closed) == 0 {
			return false // its Close releases something leakvet cannot name
		}
	}
	return c.leftUnset(v, closeFn, closed, false, dormant, opts)
}

// storesAcquired reports whether the function stores into the field at fa
// a resource that it did not get from its caller: what it acquired.
func (c *checker) storesAcquired(fa *ssa.FieldAddr) bool {
	for _, u := range usesOf(fa) {
		st, ok := u.(*ssa.Store)
		if !ok || st.Addr != ssa.Value(fa) || isNil(st.Val) || c.kindOf(st.Val.Type()) == notResource {
			continue
		}
		if !c.passedBorrowed(st.Val, map[ssa.Value]bool{}) {
			return true
		}
	}
	return false
}

// noteIdleBorn records that v is empty for good (see idleBorn).
func (c *checker) noteIdleBorn(v ssa.Value) {
	if c.idleBorn == nil {
		c.idleBorn = map[ssa.Value]bool{}
	}
	c.idleBorn[v] = true
}

// leftUnset is the rest of bornIdleOpts: v's function leaves unset the
// fields in closed, which v's Close (closeFn) releases, and gives v to
// nothing that may set them; where idle is set (see idleFields), the
// other fields may hold anything.
func (c *checker) leftUnset(v ssa.Value, closeFn *ssa.Function, closed map[string]bool, idle, dormant bool, opts *int) bool {
	// bm := T{Name: name}; return &bm builds the literal in a local
	// and copies it into the variable: the local's fields are the
	// value's.
	refs := usesOf(v)
	var literal *ssa.Store
	for _, r := range refs {
		if st, ok := r.(*ssa.Store); ok && st.Addr == v {
			if lit := literalCopied(st); lit != nil && literal == nil {
				literal = st
				refs = append(slices.Clip(refs), usesOf(lit)...)
			}
		}
	}
	// A map the function made for a closed field may be filled through
	// a later load of the field (s.m[name] = f), at another address.
	fresh, loaded := map[int]bool{}, map[int]bool{}
	for _, r := range refs {
		if fa, ok := r.(*ssa.FieldAddr); ok {
			for _, u := range usesOf(fa) {
				switch u := u.(type) {
				case *ssa.Store:
					fresh[fa.Field] = fresh[fa.Field] || (u.Addr == fa && !isNil(u.Val))
				case *ssa.UnOp:
					loaded[fa.Field] = true
				}
			}
		}
	}
	for _, r := range refs {
		if r == ssa.Instruction(literal) {
			continue
		}
		if load, ok := r.(*ssa.UnOp); ok && literal != nil && load == literal.Val {
			continue // the copy of the literal
		}
		switch r := r.(type) {
		case *ssa.FieldAddr:
			if closed[fieldName(v.Type(), r.Field)] && (!onlyCleared(r) || (fresh[r.Field] && loaded[r.Field])) {
				return false
			}
			if !closed[fieldName(v.Type(), r.Field)] && idle && c.storesAcquired(r) {
				// &File{f: f} with f from os.Open: idle as Close
				// may be, the value holds what its maker opened.
				return false
			}
			if !closed[fieldName(v.Type(), r.Field)] && !idle && !c.holdsData(r, dormant || (closeFn != nil && !c.closeSignals(closeFn))) {
				return false
			}
		case *ssa.Return, *ssa.DebugRef:
		case *ssa.MakeInterface:
			if !onlyReturnedOrLocking(r) {
				return false // given to code that may fill it or start on it
			}
		case *ssa.Call:
			if !dormant && c.optionsSetOtherFields(r, v, closed) {
				continue // for _, o := range opts { o(l) }
			}
			if k := optionOfParam(r, v); opts != nil && k >= 0 && (*opts == 0 || *opts == k+1) {
				*opts = k + 1 // the caller's own options, if it gives any
				continue
			}
			if (!setsOtherFieldsDepth(r, v, closed, idle, 0) && !c.onlyGets(r, v, closed)) || (dormant && c.startsArg(&r.Call, v)) {
				return false // given to code that may fill it or start on it
			}
		case *ssa.Store:
			if r.Val != v || !isLocalCell(r.Addr) || !onlyReturned(r.Addr) {
				return false // given to code that may fill it or start on it
			}
			// The result slot of a function with a defer: a return.
		default:
			return false // given to code that may fill it or start on it
		}
	}
	return true
}

// onlyReturnedOrLocking reports whether the interface value mi is only
// returned, or (a value made a sync.Locker) given to sync.NewCond, which
// keeps it to lock and unlock it and fills nothing: h.cv =
// sync.NewCond(h); return h.
func onlyReturnedOrLocking(mi *ssa.MakeInterface) bool {
	refs := usesOf(mi)
	for _, r := range refs {
		switch r := r.(type) {
		case *ssa.Return, *ssa.DebugRef:
		case *ssa.Call:
			if fn := r.Call.StaticCallee(); fn == nil || fn.RelString(nil) != "sync.NewCond" {
				return false
			}
		default:
			return false
		}
	}
	return len(refs) > 0
}

// closeSignals is signals for a Close method, once per method.
func (c *checker) closeSignals(fn *ssa.Function) bool {
	if done, ok := c.signalling[fn]; ok {
		return done
	}
	if c.signalling == nil {
		c.signalling = map[*ssa.Function]bool{}
	}
	c.signalling[fn] = c.signals(fn, 0)
	return c.signalling[fn]
}

// signals reports whether fn, or a function of its package that it
// calls, closes a channel, sends on one, or starts a goroutine: a Close
// that does none of these wakes nobody, so a channel that a constructor
// makes for its value alone and gives to nothing else is plain data
// until a method gives it to a goroutine. Calls it cannot read count as
// signalling.
func (c *checker) signals(fn *ssa.Function, depth int) bool {
	if fn.Blocks == nil || len(fn.Params) == 0 || depth > maxNesting {
		return true
	}
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			switch instr := instr.(type) {
			case *ssa.Send, *ssa.Go:
				return true
			case *ssa.Select:
				for _, st := range instr.States {
					if st.Dir == types.SendOnly {
						return true // a send that may wake a loop
					}
				}
			case ssa.CallInstruction:
				call := instr.Common()
				if bi, ok := call.Value.(*ssa.Builtin); ok {
					if bi.Name() == "close" {
						return true
					}
					continue
				}
				callee := call.StaticCallee()
				if callee == nil {
					return true // an interface method or a function value
				}
				if callee.Pkg == nil || callee.Pkg != fn.Pkg {
					if callee.Pkg != nil && computingPackages[callee.Pkg.Pkg.Path()] || callee.Pkg != nil && callee.Pkg.Pkg.Path() == "sync/atomic" {
						continue
					}
					if name := callee.RelString(nil); name == "(*sync.Mutex).Lock" || name == "(*sync.Mutex).Unlock" {
						continue
					}
					if slices.ContainsFunc(call.Args, func(a ssa.Value) bool {
						switch a.Type().Underlying().(type) {
						case *types.Chan, *types.Signature:
							return true // a channel, or code that may signal (once.Do(stop))
						}
						return types.Identical(a.Type(), fn.Params[0].Type())
					}) || callee.Signature.Recv() == nil {
						return true
					}
					if callee.Pkg != nil && callee.Pkg.Pkg.Path() == "sync" {
						return true // a Cond's Broadcast, a WaitGroup's Done
					}
					continue // a method of what a field holds, given none of its channels
				}
				if callee != fn && c.signals(callee, depth+1) {
					return true
				}
			}
		}
	}
	return false
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
	if call, j := resultOf(base); call != nil && (c.emptyResult(call, j) || c.mayBeEmpty(call, j)) {
		return []ssa.Value{base}, path
	}
	return nil, nil
}

// mayBeEmpty reports whether result j of call is, on some path, a new
// value that holds nothing yet, though borrowed on others: a caller that
// stores a resource into it may be filling a value of its own.
func (c *checker) mayBeEmpty(call *ssa.Call, j int) bool {
	fn := call.Call.StaticCallee()
	return fn != nil && j < 64 && c.summaryOf(fn).mayEmpty&(1<<j) != 0
}

// onlyCleared reports whether the field at addr is only read, set to nil
// or set to a new empty map or slice made for it alone: t.in.f = f,
// open(&t.f) and t.base.open() may fill it.
func onlyCleared(addr *ssa.FieldAddr) bool {
	for _, u := range usesOf(addr) {
		switch u := u.(type) {
		case *ssa.Store:
			if u.Addr != addr || (!isNil(u.Val) && !freshEmpty(u.Val, u)) {
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
// addr is no resource of its own: a parameter, a constant, plain data, a
// declared function or a closure over parameters and globals.
// A channel it made, a function it got from a call (a cancel function)
// or a value whose type has a Close or Stop method (a ticker) may be
// what the struct's Close releases besides the fields it closes.
//
// When private is set, a channel or a wait group that the function makes
// for this field alone is data too: a dormant value's (see dormant.go).
func (c *checker) holdsData(addr *ssa.FieldAddr, private bool) bool {
	for _, u := range usesOf(addr) {
		st, ok := u.(*ssa.Store)
		if !ok || st.Addr != addr {
			continue
		}
		if private && freshPrivate(st.Val, st) {
			continue
		}
		switch v := st.Val.(type) {
		case *ssa.Parameter, *ssa.Const, *ssa.FreeVar, *ssa.Global:
			continue
		case *ssa.Function:
			continue // a function declared in the code, no call's product
		case *ssa.MakeClosure:
			if !slices.ContainsFunc(v.Bindings, func(b ssa.Value) bool { return !isGiven(b) || c.kindOf(b.Type()) != notResource }) {
				continue // a closure over what the function was given, no resource
			}
		}
		switch types.Unalias(st.Val.Type()).Underlying().(type) {
		case *types.Chan, *types.Signature:
			return false
		}
		if c.kindOf(st.Val.Type()) != notResource || hasMethod(st.Val.Type(), "Stop") {
			return false
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

// closesOf returns what the Close method m closes (see summary.closes),
// from its function when the program has it, else from its fact: the
// package that declares it may be one this package does not import.
func (c *checker) closesOf(m *types.Func, fn *ssa.Function) []string {
	if fn != nil {
		return c.summaryOf(fn).closes
	}
	var fact Summary
	if m.Pkg() == nil || m.Pkg() == c.pass.Pkg || !c.pass.ImportObjectFact(m.Origin(), &fact) {
		return nil
	}
	return fact.Closes
}

// setsOtherFieldsDepth reports whether call, a call of a function of the
// package given v, only reaches fields of v other than those in closed:
// dataChannel.setReadyState(s), which stores into d.readyState. Its
// parameter may only address fields, and none of those in closed,
// following the parameter into the calls of the package that it is
// given to (i.init(b) calling i.clearCache()), at most three deep.
// Where clearOK is set, the fields in closed may be read and cleared
// too, not set (see idleFields).
func setsOtherFieldsDepth(call *ssa.Call, v ssa.Value, closed map[string]bool, clearOK bool, depth int) bool {
	fn := call.Call.StaticCallee()
	if fn == nil || fn.Blocks == nil || depth > 3 && (!clearOK || depth > 8) {
		// A Close idle while a field is nil (see idleFields) is
		// followed further: its package's methods of a generic type
		// call through the instances' wrappers.
		return false
	}
	for i, a := range call.Call.Args {
		if a != v {
			continue
		}
		if i >= len(fn.Params) || !paramSetsOtherFields(fn.Params[i], closed, clearOK, depth) {
			return false
		}
	}
	return true
}

// paramSetsOtherFields reports whether the function of parameter p only
// reaches fields of p other than those in closed (see setsOtherFieldsDepth).
func paramSetsOtherFields(p ssa.Value, closed map[string]bool, clearOK bool, depth int) bool {
	for _, r := range usesOf(p) {
		switch r := r.(type) {
		case *ssa.DebugRef:
		case *ssa.FieldAddr:
			if closed[fieldName(p.Type(), r.Field)] && (!clearOK || !onlyCleared(r)) {
				return false
			}
		case *ssa.Call:
			if r.Call.Value == p || !setsOtherFieldsDepth(r, p, closed, clearOK, depth+1) {
				return false
			}
		case *ssa.ChangeType:
			// An instance's receiver, seen as its generic type's.
			if !clearOK || !paramSetsOtherFields(r, closed, clearOK, depth) {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// optionsSetOtherFields reports whether call is a call of a function
// value given v alone, a functional option (for _, o := range opts {
// o(l) }), where every function of the package of that type only reaches
// fields of its parameter other than those in closed (see
// setsOtherFieldsDepth), and those fields are unexported: an option of
// another package cannot set them. A constructor that applies its
// options to a new value leaves empty what they do not fill.
func (c *checker) optionsSetOtherFields(call *ssa.Call, v ssa.Value, closed map[string]bool) bool {
	if call.Call.IsInvoke() || call.Call.StaticCallee() != nil || len(call.Call.Args) != 1 || call.Call.Args[0] != v {
		return false
	}
	sig, ok := call.Call.Value.Type().Underlying().(*types.Signature)
	if !ok || sig.Params().Len() != 1 {
		return false
	}
	for name := range closed {
		if token.IsExported(name) {
			return false
		}
	}
	if !c.sealedFromOptions(v.Type(), closed) {
		return false // an option of another package may fill it through a method
	}
	key := optionsKey{sig.String(), strings.Join(slices.Sorted(maps.Keys(closed)), ",")}
	if done, ok := c.options[key]; ok {
		return done
	}
	if c.options == nil {
		c.options = map[optionsKey]bool{}
	}
	ok = true
	for _, fn := range c.srcFuncs {
		if len(fn.Params) == 1 && types.Identical(fn.Signature, sig) && !paramSetsOtherFields(fn.Params[0], closed, false, 0) {
			ok = false
			break
		}
	}
	c.options[key] = ok
	return ok
}

// optionOfParam returns k where call calls, with v alone, an element of
// parameter k of its function, a slice of functions (for _, opt := range
// opts { opt(v) }), or -1.
func optionOfParam(call *ssa.Call, v ssa.Value) int {
	if call.Call.IsInvoke() || call.Call.StaticCallee() != nil || len(call.Call.Args) != 1 || call.Call.Args[0] != v {
		return -1
	}
	var slice ssa.Value
	switch f := call.Call.Value.(type) {
	case *ssa.UnOp:
		if ia, ok := f.X.(*ssa.IndexAddr); ok && f.Op == token.MUL {
			slice = ia.X
		}
	case *ssa.Index:
		slice = f.X
	}
	p, ok := slice.(*ssa.Parameter)
	if !ok {
		return -1
	}
	if _, ok := p.Type().Underlying().(*types.Slice); !ok {
		return -1
	}
	for k, q := range p.Parent().Params {
		if q == p {
			return k
		}
	}
	return -1
}

// sealedFromOptions reports whether code of another package given a
// value of type t (a pointer to a struct of this package), as an option
// of another package is, cannot reach the fields in closed: the type is
// unexported, so it cannot write such an option, or none of the type's
// exported methods may set those fields (see mayReachZeroFields).
func (c *checker) sealedFromOptions(t types.Type, closed map[string]bool) bool {
	named, ok := types.Unalias(derefType(t)).(*types.Named)
	if !ok || named.Obj().Pkg() != c.pass.Pkg {
		return false
	}
	if !named.Obj().Exported() {
		return true
	}
	if c.prog == nil {
		return false
	}
	mset := c.prog.MethodSets.MethodSet(t)
	for i := range mset.Len() {
		m := c.prog.MethodValue(mset.At(i))
		if m == nil || !m.Object().Exported() || m.Name() == "Close" {
			continue
		}
		if m.Blocks == nil || c.mayReachZeroFields(m, 0, t, closed, nil, 0) {
			return false
		}
	}
	return true
}

// optionsKey memoizes optionsSetOtherFields: the option's signature and
// the fields it must leave alone.
type optionsKey struct{ sig, closed string }

// onlyGets reports whether call, a call of a function of another package
// given v as its first argument only, is by its fact a getter: it keeps
// and closes nothing, and gives back fields of v other than those in
// closed (req.Raw() of a request whose Close closes its body).
func (c *checker) onlyGets(call *ssa.Call, v ssa.Value, closed map[string]bool) bool {
	fn := call.Call.StaticCallee()
	args := call.Call.Args
	if fn == nil || fn.Blocks != nil || len(args) == 0 || args[0] != v || slices.Contains(args[1:], v) {
		return false
	}
	sum := c.summaryOf(fn)
	if slices.Contains(sum.params, true) || len(sum.closes) > 0 || sum.keptIn != nil || len(sum.gives) == 0 {
		return false
	}
	for _, g := range sum.gives {
		_, from, _ := strings.Cut(g, "=")
		field, ok := strings.CutPrefix(from, "p0.")
		if !ok {
			return false
		}
		field, _, _ = strings.Cut(field, ".")
		if closed[field] {
			return false
		}
	}
	return true
}

// emptyResult reports whether result j of call is a new value that holds
// nothing yet (see bornEmpty), by its callee's summary.
func (c *checker) emptyResult(call *ssa.Call, j int) bool {
	return j < 64 && c.emptyResults(call)&(1<<j) != 0
}

// emptyResults returns, as bits, the results of call that are new values
// that hold nothing yet.
func (c *checker) emptyResults(call *ssa.Call) uint64 {
	fn := call.Call.StaticCallee()
	if fn == nil {
		return 0
	}
	s := c.summaryOf(fn)
	if k := s.optsParam - 1; k >= 0 && k < len(call.Call.Args) && isNil(call.Call.Args[k]) {
		return s.empty | s.emptyButOptions // flock.New(path), without options
	}
	return s.empty
}

// readsHeldField reports whether fa, the address of a field of a struct
// that the function builds, is that of a field into which it stores v
// and whose value it reads back.
func readsHeldField(fa *ssa.FieldAddr, v ssa.Value) bool {
	holds, reads := false, false
	for _, u := range usesOf(fa) {
		switch u := u.(type) {
		case *ssa.Store:
			holds = holds || u.Val == v
		case *ssa.DebugRef:
		default:
			reads = true
		}
	}
	if !holds {
		// Another address of the same field may hold it.
		for _, u := range usesOf(fa.X) {
			if other, ok := u.(*ssa.FieldAddr); ok && other != fa && other.Field == fa.Field {
				for _, w := range usesOf(other) {
					if st, ok := w.(*ssa.Store); ok && st.Val == v {
						holds = true
					}
				}
			}
		}
	}
	return holds && reads
}

// fillsAndOthers returns the calls at which the function fills v, a new
// empty value (see emptyResults): it gives v to a callee, as argument k,
// with a resource that the callee keeps in argument k, as set.Add(id,
// conn) does; before the first of them the value holds nothing. It also
// reports whether the function does anything else with v than fill it,
// release it, hand it off, return it or compare it: a method that opens
// into it itself (s.Open(name)), a helper given it alone, a closure or a
// goroutine that has it, a load of its fields. A resource that the
// function does not own (a parameter, a field) fills nothing of its:
// res.Decode(r) keeps the caller's reader in res, and dropping res leaves
// the reader to the caller, who owns it.
func (c *checker) fillsAndOthers(v ssa.Value, k kind) (map[ssa.Instruction]bool, []ssa.Instruction) {
	fills := map[ssa.Instruction]bool{}
	var others []ssa.Instruction
	fl := c.trace(v, k, false)
	for alias := range fl.aliases {
		refs := alias.Referrers()
		if refs == nil {
			continue
		}
		for _, r := range *refs {
			if _, ok := fl.events[r]; ok {
				continue // released, handed off or kept: the flow's business
			}
			switch r := r.(type) {
			case *ssa.Return, *ssa.DebugRef, *ssa.MakeInterface, *ssa.ChangeType, *ssa.ChangeInterface, *ssa.Phi, *ssa.BinOp:
				continue
			case *ssa.Store:
				if fa, ok := r.Addr.(*ssa.FieldAddr); ok && r.Val == v && isAlloc(fa.X) && fl.aliases[fa.X] {
					// &Service{cm: NewControlManager()}: put, still empty,
					// into a struct the function builds, which holds it
					// from there.
					continue
				}
			case *ssa.FieldAddr:
				if isAlloc(alias) && !readsHeldField(r, v) {
					continue // &s.ln: another field of the struct that holds it
				}
			}
			call, ok := r.(ssa.CallInstruction)
			if !ok || call.Common().StaticCallee() == nil {
				others = append(others, r)
				continue
			}
			args := call.Common().Args
			sum := c.summaryOf(call.Common().StaticCallee())
			filled := false
			for i, arg := range args {
				if arg != alias {
					continue
				}
				for j, other := range args {
					if j != i && c.kindOf(other.Type()) != notResource && sum.keeper(j) == i && !c.onlyBorrowed(other) {
						filled = true
					}
				}
				if c.fillsZeroField(call, i, alias.Type()) {
					filled = true
				}
			}
			if filled {
				fills[r] = true
			} else {
				others = append(others, r)
			}
		}
	}
	return fills, others
}

// onlyBorrowed reports whether v, wherever it comes from, is nothing
// the function owns: a parameter, a field, a global.
func (c *checker) onlyBorrowed(v ssa.Value) bool {
	o := &origins{seen: map[ssa.Value]bool{}, params: map[*ssa.Parameter]bool{}}
	c.origin(o, v)
	return len(o.fresh) == 0 && (o.borrowed || len(o.views) > 0)
}

// onlyReturned reports whether the local variable cell is a result slot
// that the function only returns: every load of it is returned, and
// nothing reaches what it holds through it.
func onlyReturned(cell ssa.Value) bool {
	loads := 0
	for _, r := range usesOf(cell) {
		switch r := r.(type) {
		case *ssa.Store, *ssa.DebugRef:
		case *ssa.UnOp:
			if r.Op != token.MUL {
				return false
			}
			for _, use := range usesOf(r) {
				switch use := use.(type) {
				case *ssa.Return, *ssa.DebugRef:
				case *ssa.FieldAddr:
					if !readsDataField(use) {
						return false
					}
				default:
					return false
				}
			}
			loads++
		default:
			return false
		}
	}
	return loads > 0
}

// readsDataField reports whether the field address fa is only read, and
// the field holds nothing but data (see onlyData): what is done with what
// it reads puts no resource into the struct.
func readsDataField(fa *ssa.FieldAddr) bool {
	for _, u := range usesOf(fa) {
		switch u := u.(type) {
		case *ssa.DebugRef:
		case *ssa.UnOp:
			if u.Op != token.MUL {
				return false
			}
		default:
			return false
		}
	}
	return onlyData(types.Unalias(fa.Type()).Underlying().(*types.Pointer).Elem(), map[types.Type]bool{})
}

// returnedEmpty reports whether v, a value that a function returns, holds
// nothing: it is born empty here (see bornEmpty), or a callee made it
// empty and the function only returns it, maybe through φ-nodes and its
// result slot (a dead placeholder returned when a build fails).
func (c *checker) returnedEmpty(v ssa.Value) bool {
	if c.bornEmpty(v) {
		return true
	}
	call, j := resultOf(v)
	return call != nil && c.emptyResult(call, j) && onlyPassedOn(v, map[ssa.Value]bool{})
}

// onlyPassedOn reports whether v is only returned, compared, merged into
// φ-nodes or converted to values of which the same holds, or stored into
// a result slot that the function only returns.
func onlyPassedOn(v ssa.Value, seen map[ssa.Value]bool) bool {
	return onlyPassedOnSetting(v, seen, nil)
}

// onlyPassedOnSetting is onlyPassedOn, where the fields of v may also be
// set where fields says so.
func onlyPassedOnSetting(v ssa.Value, seen map[ssa.Value]bool, fields func(*ssa.FieldAddr) bool) bool {
	if seen[v] {
		return true
	}
	seen[v] = true
	for _, r := range usesOf(v) {
		switch r := r.(type) {
		case *ssa.Return, *ssa.DebugRef, *ssa.BinOp:
		case *ssa.FieldAddr:
			if readsDataField(r) {
				continue // resp.Header.Set(k, v): only data goes in there
			}
			if fields == nil || !fields(r) {
				return false
			}
		case *ssa.Phi, *ssa.MakeInterface, *ssa.ChangeType, *ssa.ChangeInterface:
			if !onlyPassedOnSetting(r.(ssa.Value), seen, fields) {
				return false
			}
		case *ssa.Store:
			if r.Val != v || !isLocalCell(r.Addr) || !onlyReturned(r.Addr) {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// isGiven reports whether v is something a function was given: a
// parameter, a free variable, a global or a constant.
func isGiven(v ssa.Value) bool {
	switch v.(type) {
	case *ssa.Parameter, *ssa.FreeVar, *ssa.Global, *ssa.Const:
		return true
	}
	return false
}

// freshEmpty reports whether v is a map, or a slice of length zero, that
// its function makes and uses for nothing but the store st.
func freshEmpty(v ssa.Value, st *ssa.Store) bool {
	switch v := v.(type) {
	case *ssa.MakeMap:
	case *ssa.MakeSlice:
		if n, ok := v.Len.(*ssa.Const); !ok || n.Int64() != 0 {
			return false
		}
	default:
		return false
	}
	for _, r := range usesOf(v) {
		if r != ssa.Instruction(st) && !isDebug(r) {
			return false
		}
	}
	return true
}

// passesBodiless reports whether v is a response that a callee made with
// no body (its result is empty, see bornBodiless) and that the function
// only returns: retryAfterResponse() returns what
// retryAfterResponseWithDelay("1") made up, and holds no body either.
func (c *checker) passesBodiless(v ssa.Value) bool {
	call, j := resultOf(v)
	if call == nil || typeName(v.Type()) != httpResponse || !c.emptyResult(call, j) {
		return false
	}
	for _, r := range usesOf(v) {
		switch r := r.(type) {
		case *ssa.Return, *ssa.DebugRef:
		case *ssa.FieldAddr:
			if !readsDataField(r) {
				return false // resp.Header.Set(k, v) puts no body in
			}
		default:
			return false
		}
	}
	return true
}

// bornBodiless reports whether v is a new http.Response that its function
// builds without a body and only returns (a default answer to fill in):
// Body.Close is what releases a response, and this one has none.
func bornBodiless(v ssa.Value) bool {
	alloc, ok := v.(*ssa.Alloc)
	if !ok || !alloc.Heap || typeName(alloc.Type()) != httpResponse {
		return false
	}
	for _, r := range usesOf(alloc) {
		switch r := r.(type) {
		case *ssa.FieldAddr:
			for _, use := range usesOf(r) {
				if ld, ok := use.(*ssa.UnOp); ok && ld.Op == token.MUL && fieldName(r.X.Type(), r.Field) != "Body" {
					continue // resp.StatusCode == 429
				}
				st, ok := use.(*ssa.Store)
				if !ok || st.Addr != r || (fieldName(r.X.Type(), r.Field) == "Body" && !isNil(st.Val)) {
					return false
				}
			}
		case *ssa.Store:
			// *resp = r in a function with a defer: the result slot
			// is the return itself, where no closure can change it.
			if r.Val != ssa.Value(alloc) || !isResultCell(r.Addr) || slices.ContainsFunc(usesOf(r.Addr), func(u ssa.Instruction) bool { _, ok := u.(*ssa.MakeClosure); return ok }) {
				return false
			}
		case *ssa.Return, *ssa.DebugRef:
		default:
			return false
		}
	}
	return true
}

// literalCopied returns the local that st copies into a new variable,
// where st is *v = *lit and lit is a local of the function that only
// has fields set and is loaded once, for st: the composite literal of
// bm := T{...}, or nil.
func literalCopied(st *ssa.Store) *ssa.Alloc {
	load, ok := st.Val.(*ssa.UnOp)
	if !ok || load.Op != token.MUL {
		return nil
	}
	lit, ok := load.X.(*ssa.Alloc)
	if !ok || lit.Heap || len(usesOf(load)) != 1 {
		return nil
	}
	for _, r := range usesOf(lit) {
		switch r := r.(type) {
		case *ssa.FieldAddr:
			for _, u := range usesOf(r) {
				if fs, ok := u.(*ssa.Store); !ok || fs.Addr != ssa.Value(r) {
					return nil
				}
			}
		case *ssa.UnOp:
			if r != load {
				return nil
			}
		case *ssa.DebugRef:
		default:
			return nil
		}
	}
	return lit
}
