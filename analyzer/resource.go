package analyzer

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"iter"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/tools/go/ssa"
)

// kind says how a resource is released.
type kind uint8

const (
	notResource kind = iota
	closer           // released by Close
	response         // an *http.Response: released by Body.Close
	transaction      // an *sql.Tx: released by Commit or Rollback
)

// releasedBy reports whether a call of the method named name on a value of
// kind k (or, for a response, on its body) releases it.
func (k kind) releasedBy(name string) bool {
	switch k {
	case transaction:
		return name == "Commit" || name == "Rollback"
	case notResource:
		return false
	}
	return name == "Close"
}

// kindOf returns how a value of type t is released, or notResource.
func (c *checker) kindOf(t types.Type) kind {
	name := typeName(t)
	if name != "" && (c.cfg.excludeTypes[name] || notResourceTypes[name]) {
		return notResource
	}
	if _, ok := t.(*types.Pointer); ok {
		switch name {
		case httpResponse:
			return response
		case sqlTx:
			return transaction
		}
	}
	if m := closeMethod(t); m != nil && !c.promotedFromNonResource(m) && !c.doesNothing(m) && !c.inertInterface(t) {
		return closer
	}
	return notResource
}

// promotedFromNonResource reports whether the Close method m is declared
// by a type that is no resource (notResourceTypes, or excluded by the
// settings): a struct that embeds a reflect.Value gets the Close that
// closes the value's channel, and that does not make it a resource.
func (c *checker) promotedFromNonResource(m *types.Func) bool {
	name := typeName(m.Signature().Recv().Type())
	return name != "" && (c.cfg.excludeTypes[name] || notResourceTypes[name])
}

// closeMethod returns the Close() or Close() error method of t's method
// set, or nil. Type parameters have the methods of their constraint.
func closeMethod(t types.Type) *types.Func {
	switch types.Unalias(t).Underlying().(type) {
	case *types.Basic, *types.Signature, *types.Slice, *types.Map, *types.Chan, *types.Array:
		return nil
	}
	obj, _, _ := types.LookupFieldOrMethod(t, false, nil, "Close")
	fn, ok := obj.(*types.Func)
	if !ok {
		return nil
	}
	sig := fn.Signature()
	if sig.Params().Len() != 0 || sig.Variadic() {
		return nil
	}
	switch sig.Results().Len() {
	case 0:
		return fn
	case 1:
		if types.Identical(sig.Results().At(0).Type(), errorType) {
			return fn
		}
	}
	return nil
}

// doesNothing reports whether the concrete method m provably releases
// nothing (see releasesNothing): a Close kept to satisfy io.Closer on a
// type whose real release is elsewhere, or on an iterator over a slice. A
// type whose Close releases nothing holds no resource.
func (c *checker) doesNothing(m *types.Func) bool {
	if types.IsInterface(m.Signature().Recv().Type()) {
		return false
	}
	s := c.methodSummary(m.Origin())
	return s != nil && s.noOp
}

// releasesNothing reports whether the method fn only computes, allocates,
// returns values and updates fields of its own receiver: it calls nothing
// but what computesOnly or allowed accepts (the close of a channel of its
// own, the Close of a value that holds nothing), and sends, receives and
// stores nothing elsewhere.
func releasesNothing(fn *ssa.Function, allowed func(*ssa.CallCommon) bool) bool {
	return releasesNothingBut(fn, allowed, nil)
}

// releasesNothingBut is releasesNothing where the receives that drained
// accepts (the drain of a channel that fn closed) are allowed too.
func releasesNothingBut(fn *ssa.Function, allowed func(*ssa.CallCommon) bool, drained func(*ssa.UnOp) bool) bool {
	if len(fn.Params) == 0 {
		return false
	}
	recv := fn.Params[0]
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			switch instr := instr.(type) {
			case *ssa.DebugRef, *ssa.Return, *ssa.If, *ssa.Jump, *ssa.Phi, *ssa.BinOp,
				*ssa.FieldAddr, *ssa.IndexAddr, *ssa.Field, *ssa.Index, *ssa.Slice,
				*ssa.ChangeType, *ssa.ChangeInterface, *ssa.Convert, *ssa.MakeInterface, *ssa.Extract,
				*ssa.MakeMap, *ssa.MakeSlice, *ssa.Alloc:
			case *ssa.UnOp:
				if instr.Op == token.ARROW && (drained == nil || !drained(instr)) {
					return false
				}
			case *ssa.Store:
				if allocRoot(instr.Addr) == nil && !derivedFrom(instr.Addr, recv) && !numberIntoOwnSlice(instr, recv) && !intoNewSlice(instr) {
					// A local is the result slot of a function with a
					// defer, or the array of variadic arguments.
					return false
				}
			case *ssa.Call, *ssa.Defer:
				call := instr.(ssa.CallInstruction).Common()
				if !allowed(call) && !computesOnly(call, recv) {
					return false
				}
			case *ssa.RunDefers:
			default:
				return false
			}
		}
	}
	return true
}

// computesOnly reports whether the call, in a method whose receiver is
// recv, releases nothing: the builtins len, cap, clear, append, copy, min
// and max, a method that only changes memory (memoryOnlyMethods: a
// buffer's Reset) on any value, a function that only computes (computingFuncs, and those of
// computingPackages), or a sync/atomic operation or a sync.Mutex or
// RWMutex lock or unlock on a field of the receiver. A Close that only
// flips a closed flag under the receiver's own lock, or with a
// compare-and-swap, only records that it was called.
func computesOnly(call *ssa.CallCommon, recv ssa.Value) bool {
	if b, ok := call.Value.(*ssa.Builtin); ok {
		switch b.Name() {
		case "len", "cap", "clear", "append", "copy", "min", "max":
			return true
		}
		return false
	}
	if call.IsInvoke() {
		return computingFuncs[funcName(call.Method)]
	}
	callee := call.StaticCallee()
	if callee == nil {
		return false
	}
	if origin := callee.Origin(); origin != nil {
		callee = origin // atomic.Pointer[T]
	}
	if callee.Pkg == nil {
		return false
	}
	if obj, ok := callee.Object().(*types.Func); ok && memoryOnlyMethods[funcName(obj)] {
		// Its arguments are bytes, strings and numbers, and what it
		// changes is memory that no resource lives in, whoever owns it.
		return true
	}
	if obj, ok := callee.Object().(*types.Func); ok && funcName(obj) == "(*sync.Pool).Put" && len(call.Args) == 2 {
		// Giving memory back for reuse: a value the pool drops is
		// taken back by the collector, and one of nothing but data
		// holds nothing that must be released.
		if mi, ok := call.Args[1].(*ssa.MakeInterface); ok {
			return onlyData(mi.X.Type(), map[types.Type]bool{})
		}
		return false
	}
	if obj, ok := callee.Object().(*types.Func); ok && computes(obj) {
		return !slices.ContainsFunc(call.Args, func(a ssa.Value) bool {
			_, isFunc := a.Type().Underlying().(*types.Signature)
			return isFunc
		})
	}
	mutex := false
	if callee.Pkg.Pkg.Path() != "sync/atomic" {
		owner := callee.Signature.Recv()
		if owner == nil {
			return false
		}
		if name := typeName(owner.Type()); name != "sync.Mutex" && name != "sync.RWMutex" {
			return false
		}
		mutex = true
	}
	for _, arg := range call.Args {
		if _, ok := arg.Type().Underlying().(*types.Pointer); ok && !derivedFrom(arg, recv) && (!mutex || !loadedFrom(arg, recv)) {
			return false
		}
	}
	return true
}

// onlyPoolsMemory reports whether fn stores nothing and calls nothing but
// the Put of a value of nothing but data into a sync.Pool (r.returnToPool
// of a result set of rows), at least once.
func onlyPoolsMemory(fn *ssa.Function) bool {
	puts := 0
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			switch instr := instr.(type) {
			case *ssa.DebugRef, *ssa.Return, *ssa.If, *ssa.Jump, *ssa.Phi, *ssa.BinOp,
				*ssa.FieldAddr, *ssa.Field, *ssa.ChangeType, *ssa.MakeInterface, *ssa.Extract:
			case *ssa.UnOp:
				if instr.Op == token.ARROW {
					return false
				}
			case *ssa.Call:
				callee := instr.Call.StaticCallee()
				if callee == nil || callee.Object() == nil || funcName(callee.Object().(*types.Func)) != "(*sync.Pool).Put" || !computesOnly(&instr.Call, nil) {
					return false
				}
				puts++
			default:
				return false
			}
		}
	}
	return puts > 0
}

// onlyData reports whether a value of type t holds nothing but data:
// booleans, numbers and strings, and pointers, slices, arrays, maps and
// structs of them. No interface, function, channel or unsafe pointer is
// within it, so no resource is.
func onlyData(t types.Type, seen map[types.Type]bool) bool {
	t = types.Unalias(t)
	if seen[t] {
		return true // a type that refers to itself holds what it holds
	}
	seen[t] = true
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Kind() != types.UnsafePointer && u.Kind() != types.Uintptr
	case *types.Pointer:
		return onlyData(u.Elem(), seen)
	case *types.Slice:
		return onlyData(u.Elem(), seen)
	case *types.Array:
		return onlyData(u.Elem(), seen)
	case *types.Map:
		return onlyData(u.Key(), seen) && onlyData(u.Elem(), seen)
	case *types.Struct:
		for i := 0; i < u.NumFields(); i++ {
			if !onlyData(u.Field(i).Type(), seen) {
				return false
			}
		}
		return true
	}
	return false
}

// loadedFrom reports whether v is loaded from a field of what recv
// points to (b.lock, where lock is a *sync.Mutex): a mutex that the
// receiver holds by pointer, which it locks and unlocks as one of its own.
func loadedFrom(v, recv ssa.Value) bool {
	load, ok := v.(*ssa.UnOp)
	if !ok || load.Op != token.MUL {
		return false
	}
	fa, ok := load.X.(*ssa.FieldAddr)
	return ok && derivedFrom(fa, recv)
}

// buildsError reports whether call, in a Close, builds the error that
// Close returns (xerrors.WithStackTrace(errAlreadyClosed)): a static call
// of a function of one result, an error, that Close only returns, given
// an error and nothing but errors and constants, of package variables or
// constant. Given nothing of the receiver, it cannot release what the
// receiver holds.
func (c *checker) buildsError(call *ssa.CallCommon) bool {
	if call.StaticCallee() == nil || call.Signature().Results().Len() != 1 || !types.Identical(call.Signature().Results().At(0).Type(), errorType) {
		return false
	}
	v, ok := c.callInstrOf(call).(*ssa.Call)
	if !ok {
		return false
	}
	for _, r := range usesOf(v) {
		switch r.(type) {
		case *ssa.Return, *ssa.DebugRef:
		default:
			return false
		}
	}
	// It wraps an error (of a package variable, or a constant one): a
	// function, not a method of something the package holds, given at
	// least one error and nothing but errors and constants.
	if call.Signature().Recv() != nil || call.IsInvoke() {
		return false
	}
	wraps := false
	for _, a := range call.Args {
		if !constantOrGlobal(a) {
			return false
		}
		if _, isConst := unconvert(a).(*ssa.Const); !isConst && !types.Implements(a.Type(), errorType.Underlying().(*types.Interface)) {
			return false
		}
		wraps = wraps || types.Identical(a.Type(), errorType)
	}
	return wraps
}

// constantOrGlobal reports whether v is a constant or the value of a
// package variable, possibly converted to an interface.
func constantOrGlobal(v ssa.Value) bool {
	switch x := unconvert(v).(type) {
	case *ssa.Const:
		return true
	case *ssa.UnOp:
		_, ok := x.X.(*ssa.Global)
		return ok && x.Op == token.MUL
	}
	return false
}

// computes reports whether fn only computes its results (see
// computingFuncs and computingPackages).
func computes(fn *types.Func) bool {
	if computingFuncs[funcName(fn)] {
		return true
	}
	return fn.Signature().Recv() == nil && fn.Pkg() != nil && computingPackages[fn.Pkg().Path()]
}

// callsComputing reports whether call, in a function whose receiver (or
// first parameter) is recv, calls a function of the package that releases
// nothing in its turn (see releasesNothing) on memory that recv holds: a
// Close that calls its own reset method. Every pointer the call passes is
// derived from recv, so what the callee stores through its own first
// parameter stays in recv's memory. The first may also be a part that recv
// owns (see ownedPart): a collector's Close that adds what it drained to
// the group it made. The others the callee can only read or keep: its
// stores and calls go through its first parameter.
func (c *checker) callsComputing(call *ssa.CallCommon, recv ssa.Value) bool {
	callee := call.StaticCallee()
	if callee == nil || callee.Pkg != c.ssaPkg || callee.Blocks == nil || len(call.Args) == 0 {
		return false
	}
	if _, ok := call.Args[0].Type().Underlying().(*types.Pointer); ok && !derivedFrom(call.Args[0], recv) && !c.ownedPart(call.Args[0], recv) {
		// What the receiver points to may be shared: only giving it
		// back to a pool of memory changes nothing of it.
		return onlyPoolsMemory(callee)
	}
	if done, ok := c.computing[callee]; ok {
		return done // false while it is being decided: recursion proves nothing
	}
	if c.computing == nil {
		c.computing = map[*ssa.Function]bool{}
	}
	c.computing[callee] = false
	done := len(callee.Params) > 0 && releasesNothing(callee, func(inner *ssa.CallCommon) bool {
		return c.callsComputing(inner, callee.Params[0])
	})
	c.computing[callee] = done
	return done
}

// numberIntoOwnSlice reports whether st stores a number, a bool or a
// string into an element of a slice that a field of recv holds
// (c.chunkLens[c.cur] = n): whoever else shares the slice's array, such a
// value releases nothing there.
func numberIntoOwnSlice(st *ssa.Store, recv ssa.Value) bool {
	if _, basic := st.Val.Type().Underlying().(*types.Basic); !basic {
		return false
	}
	ia, ok := st.Addr.(*ssa.IndexAddr)
	if !ok {
		return false
	}
	load, ok := ia.X.(*ssa.UnOp)
	if !ok || load.Op != token.MUL {
		return false
	}
	_, isField := load.X.(*ssa.FieldAddr)
	return isField && derivedFrom(load.X, recv)
}

// intoNewSlice reports whether st stores a number, a bool or a string
// into an element of a slice that the function made (hdr := make([]byte,
// n); hdr[0] = version): memory of its own, where nothing is released.
func intoNewSlice(st *ssa.Store) bool {
	if _, basic := st.Val.Type().Underlying().(*types.Basic); !basic {
		return false
	}
	ia, ok := st.Addr.(*ssa.IndexAddr)
	if !ok {
		return false
	}
	x := ia.X
	if sl, ok := x.(*ssa.Slice); ok {
		x = sl.X // make([]byte, 13) is a new array, sliced
	}
	switch x.(type) {
	case *ssa.MakeSlice, *ssa.Alloc:
		return true
	}
	return false
}

// derivedFrom reports whether addr is a field or element address rooted
// at v, through loads of fields but not of pointers stored elsewhere.
func derivedFrom(addr, v ssa.Value) bool {
	for range 16 {
		switch a := addr.(type) {
		case *ssa.FieldAddr:
			addr = a.X
		case *ssa.IndexAddr:
			if _, ok := a.X.Type().Underlying().(*types.Slice); ok {
				return false // the slice's array may be shared
			}
			addr = a.X
		default:
			return addr == v
		}
	}
	return false
}

// releasedParts returns the fields of the struct that ptr points to whose
// resources the struct's own Close method releases on some path. Closing
// such a part releases the whole: a Stop that closes the listener that
// Close closes is a release method too.
func (c *checker) releasedParts(ptr types.Type) map[int]bool {
	if parts, ok := c.parts[ptr]; ok {
		return parts
	}
	parts := map[int]bool{}
	c.parts[ptr] = parts // a recursive type sees no parts of itself
	m := closeMethod(ptr)
	if m == nil {
		return parts
	}
	recv := m.Signature().Recv().Type()
	p, isPtr := ptr.Underlying().(*types.Pointer)
	if !types.Identical(recv, ptr) && (!isPtr || !types.Identical(recv, p.Elem())) {
		return parts
	}
	fn := c.prog.FuncValue(m.Origin())
	if fn == nil {
		return parts
	}
	if m.Pkg() != c.pass.Pkg {
		// A type of another package: its Close's fact names the fields
		// it closes, of which other code can reach the exported ones
		// ((*smtp.Client).Close closes c.Text and nothing else).
		st, ok := types.Unalias(recv).Underlying().(*types.Struct)
		if isPtr {
			st, ok = types.Unalias(p.Elem()).Underlying().(*types.Struct)
		}
		if !ok {
			return parts
		}
		// A part stands for the whole only when Close closes nothing
		// else: closing one of two files that Close closes leaks the
		// other.
		names := map[string]bool{}
		for _, closed := range c.summaryOf(fn).closes {
			name, ok := strings.CutPrefix(closed, "p0.")
			if !ok {
				continue
			}
			name, _, _ = strings.Cut(name, ".")
			names[name] = true
		}
		if len(names) != 1 {
			return parts
		}
		for i := range st.NumFields() {
			if f := st.Field(i); names[f.Name()] && f.Exported() {
				parts[i] = true
			}
		}
		return parts
	}
	if len(fn.Params) == 0 {
		return parts
	}
	released := func(field int, v ssa.Value) {
		if k := c.kindOf(v.Type()); k != notResource && c.trace(v, k, false).releases() {
			parts[field] = true
		}
	}
	recvs := []ssa.Value{fn.Params[0]}
	for _, r := range usesOf(fn.Params[0]) {
		// A value receiver whose fields the method addresses is
		// copied into a local variable first.
		if st, ok := r.(*ssa.Store); ok && st.Val == fn.Params[0] && isSpill(st.Val, st.Addr) {
			recvs = append(recvs, st.Addr)
		}
	}
	for _, recv := range recvs {
		for _, r := range usesOf(recv) {
			switch r := r.(type) {
			case *ssa.FieldAddr:
				for _, load := range loadsOf(r) {
					released(r.Field, load)
				}
			case *ssa.Field: // a value receiver
				released(r.Field, r)
			}
		}
	}
	return parts
}

// loadsOf returns the loads of the address addr.
func loadsOf(addr ssa.Value) []ssa.Value {
	var loads []ssa.Value
	for _, r := range usesOf(addr) {
		if load, ok := r.(*ssa.UnOp); ok && load.Op == token.MUL {
			loads = append(loads, load)
		}
	}
	return loads
}

var errorType = types.Universe.Lookup("error").Type()

// An acquisition is a call that gives its caller a resource to release.
type acquisition struct {
	call  *ssa.Call
	index int       // the resource's position among the call's results
	value ssa.Value // the resource, or nil when the result is discarded
	err   ssa.Value // the call's error result, if it has one and it is used
	kind  kind
	// deferred is set when the resource is captured by a deferred
	// closure: where an error the closure captured is nil, its function
	// succeeded, and the resource is its caller's.
	deferred bool
	// errLoads, when set, reports the loads of the variable holding
	// err that the current path knows to read err (see errvars.go).
	errLoads func(ssa.Value) bool
	// lock is set when the resource is a held lock (lockcheck.go).
	lock *lockSite
	// fills, when set, holds the calls that fill the resource, a new
	// value that holds nothing until one of them runs (see fillsAndOthers):
	// only paths through one of them can leak it.
	fills map[ssa.Instruction]bool
	// succeeded caches afterSuccess; settling is set while it is worked
	// out, when the error checks it reads cannot use it in turn.
	succeeded map[*ssa.BasicBlock]bool
	settling  bool
	// after holds the blocks that a path from the call reaches, the
	// call's own block included, once afterCall has computed them.
	after map[*ssa.BasicBlock]bool
	// from, for a value that no call gave (an element that a loop reads),
	// is the instruction past which the search starts; without it, and
	// without a call, the search starts at the function's entry.
	from ssa.Instruction
}

// afterCall returns the blocks that a path from the acquisition's call
// reaches: its own block (whose end runs after the call) and those a
// path from there enters.
func (a *acquisition) afterCall() map[*ssa.BasicBlock]bool {
	if a.after == nil {
		a.after = reachedFrom(a.call.Block())
	}
	return a.after
}

// acquisitions returns the resources that fn acquires, in instruction order.
func (c *checker) acquisitions(fn *ssa.Function) []*acquisition {
	var acqs []*acquisition
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			call, ok := instr.(*ssa.Call)
			if !ok || !c.mayAcquire(&call.Call) || c.cancelledAtReturn(call) {
				continue
			}
			acqs = append(acqs, c.resultsOf(call)...)
		}
	}
	return acqs
}

// mayAcquire reports whether the results of a call may be new resources.
func (c *checker) mayAcquire(call *ssa.CallCommon) bool {
	if _, ok := call.Value.(*ssa.Builtin); ok {
		return false
	}
	if m := call.Method; m != nil {
		if m.Name() == "Do" && isDoer(m.Signature()) && len(call.Args) == 1 && c.headRequest(call.Args[0]) && c.onlyHTTPClientDoes(call.Value.Type()) {
			// A Doer interface sends the request as http.Client does:
			// a response to HEAD has no body.
			return false
		}
		if notAcquisitions[c.funcName(m)] || unwrappingMethods[m.Name()] == m.Type().String() {
			return false
		}
		if isDoneGetter(m) || c.fluentResult(call) {
			return false
		}
		if _, _, ok := c.wrapperResult(call); ok {
			return false // conn = cipher.StreamConn(conn): the same conn
		}
		if storeLookup(m, call.Value.Type()) {
			// Where the program has implementations, they decide.
			sum, known := c.invokeSummaryOf(call)
			return known && sum.complete
		}
		if (isNamedGetter(m) || rawOfAsserted(m, call.Value)) && !c.closesValuesOf(m.Signature().Results().At(0).Type()) {
			// Where the program has implementations, they decide.
			_, known := c.invokeSummaryOf(call)
			return known
		}
		if !namedForMaking(m.Name()) && c.onlyUsersClose(m.Signature().Results()) {
			// A handler the package's users implement gives values
			// of the package that only users close: theirs. Where
			// the program has implementations, they decide.
			_, known := c.invokeSummaryOf(call)
			return known
		}
		return !c.unclosedAccessor(call)
	}
	if fn := call.StaticCallee(); fn != nil {
		if res := fn.Signature.Results(); res.Len() > 1 && res.Len() <= 64 && c.summaryOf(fn).failErrs&(1<<(res.Len()-1)) != 0 {
			// A call that always fails (a stub of a feature not built
			// in) gives nothing, by the v, err convention.
			return false
		}
		if obj, ok := fn.Object().(*types.Func); ok {
			if _, wraps := wrappers[c.funcName(obj)]; wraps || notAcquisitions[c.funcName(obj)] {
				// A wrapper's result stands for what it wraps.
				return false
			}
			if i, ok := requestSenders[c.funcName(obj)]; ok && i < len(call.Args) && c.headRequest(call.Args[i]) {
				return false // the response to a HEAD request has no body
			}
		}
	}
	if c.unclosedFuncField(call) {
		return false // s.client(): the holder's shared client
	}

	field := funcFieldName(call.Value)
	return !notAcquisitions[field] || c.assignsFuncField(field)
}

// fluentResult reports whether call, an interface method call whose
// implementations the program does not all have, gives back its receiver
// or a view of it, as a builder's chained methods do (ctx.Forward(t),
// ctx.Input(), ctx.Layer(i)): its one result is of the receiver's own
// interface type, and it is not named for making something (Clone,
// NewContext, Open, Dup). Its result stands for the receiver: no new
// resource, and keeping it keeps the receiver. A guess from the
// method's shape; an implementation that makes a new value under such a
// name is missed.
func (c *checker) fluentResult(call *ssa.CallCommon) bool {
	if !call.IsInvoke() {
		return false
	}
	m := call.Method
	res := m.Signature().Results()
	if res.Len() != 1 || !types.Identical(res.At(0).Type(), call.Value.Type()) {
		return false
	}
	if namedForMaking(m.Name()) || madePerCallName(m.Name()) || slices.ContainsFunc(remakingWords, func(w string) bool { return strings.HasPrefix(m.Name(), w) }) {
		return false
	}
	if instr := c.callInstrOf(call); instr != nil {
		// Where the program has implementations, each must give back
		// its receiver, or borrow what it gives.
		impls, _ := c.implementations(instr)
		for _, impl := range impls {
			if impl.sum.borrowed&1 == 0 && impl.sum.forwarded(0) != 0 {
				return false
			}
		}
		if sum, ok := c.invokeSummary(instr); ok && sum.complete {
			return false // the implementations decide
		}
	}
	return true
}

// wrapperResult reports, for a call through an interface whose
// implementations the program does not all have, whether it gives back
// the one argument of its result's type, or a value around it (a
// cipher's StreamConn(conn) net.Conn, a plugin hook's
// ClientConnected(conn) (net.Conn, error)): its parameter i, the only one
// that is a resource, has the type of its result j, the only result that
// is one, the method is not named for making something (Dial, Accept,
// OpenStream, Clone, Reconnect), and the result is assigned back to the
// argument's variable (see replacesArg). The result stands for the
// argument: no new resource, and closing or keeping it closes or keeps
// the argument. A guess from the method's shape; where the program has
// implementations, each must give back the argument, a value around it,
// or nothing of its own. Function values are left to passThrough, whose
// results must have exactly the types of their parameters.
func (c *checker) wrapperResult(call *ssa.CallCommon) (i, j int, ok bool) {
	if !call.IsInvoke() {
		return 0, 0, false
	}
	if c.wrapShapes == nil {
		c.wrapShapes = map[*ssa.CallCommon][2]int{}
	}
	shape, seen := c.wrapShapes[call]
	if !seen {
		shape[0], shape[1] = c.wrapperShape(call)
		c.wrapShapes[call] = shape
	}
	i, j = shape[0], shape[1]
	if i < 0 {
		return 0, 0, false
	}
	instr := c.callInstrOf(call)
	if instr == nil {
		return 0, 0, false
	}
	if sum, ok := c.invokeSummary(instr); ok && sum.complete {
		return 0, 0, false // the implementations decide
	}
	impls, _ := c.implementations(instr)
	for _, impl := range impls {
		if impl.sum.borrowed&(1<<j) == 0 && impl.sum.forwarded(i+1) != j && impl.sum.wrapped(i+1) != j {
			return 0, 0, false
		}
	}
	return i, j, true
}

// wrapperShape is the part of wrapperResult that the call's syntax and
// types decide, once per call: the parameter and result that it may give
// back, or -1, -1.
func (c *checker) wrapperShape(call *ssa.CallCommon) (i, j int) {
	name := call.Method.Name()
	if namedForMaking(name) || slices.ContainsFunc(remakingWords, func(w string) bool { return strings.HasPrefix(name, w) }) {
		return -1, -1
	}
	sig := call.Signature()
	i, j = -1, -1
	for k := range sig.Results().Len() {
		if c.kindOf(sig.Results().At(k).Type()) != notResource {
			if j >= 0 {
				return -1, -1
			}
			j = k
		}
	}
	if j < 0 {
		return -1, -1
	}
	for k := range sig.Params().Len() {
		t := sig.Params().At(k).Type()
		if c.kindOf(t) == notResource {
			continue
		}
		if i >= 0 || !types.Identical(t, sig.Results().At(j).Type()) {
			return -1, -1
		}
		i = k
	}
	if i < 0 || sig.Variadic() && i == sig.Params().Len()-1 || !c.replacesArg(call, i, j) {
		return -1, -1
	}
	return i, j
}

// storeLookup reports whether the interface method m, of the interface
// type t, finds a value by key in a store that keeps it: m takes only keys
// and gives a resource (and at most a bool or an error), and t also has a
// method that stores such a value under the same keys and one that
// removes it by them (SetCachedClient(c, k, path), FindCachedClient(k,
// path), DeleteCachedClient(c, k, path)). What the store keeps until it
// is removed, a lookup only lends. A keyed pool is no such store: not
// for a type that pools hand out for one use (see handedOutName), a
// lookup named Open, Acquire or Take, or a store named Put or Release.
func storeLookup(m *types.Func, t types.Type) bool {
	iface, ok := t.Underlying().(*types.Interface)
	if !ok {
		return false
	}
	sig := m.Signature()
	res := sig.Results()
	if res.Len() == 0 || res.Len() > 2 || sig.Params().Len() == 0 {
		return false
	}
	if res.Len() == 2 && !isErrorResult(res.At(1).Type()) && !types.Identical(res.At(1).Type(), types.Typ[types.Bool]) {
		return false
	}
	for i := range sig.Params().Len() {
		if !isKey(sig.Params().At(i).Type()) {
			return false
		}
	}
	v := res.At(0).Type()
	if named, ok := types.Unalias(derefType(v)).(*types.Named); !ok || handedOutName(named.Obj().Name()) {
		return false // a keyed pool of connections, files or readers hands them out
	}
	if slices.ContainsFunc([]string{"Open", "Acquire", "Take", "Checkout", "Borrow", "Reserve"}, func(w string) bool { return strings.HasPrefix(m.Name(), w) }) {
		return false
	}
	// keysAnd reports whether the parameters of s are m's keys, in
	// order, and at most one value of type v among them (exactly one
	// where withValue).
	keysAnd := func(s *types.Signature, withValue bool) bool {
		k, vals := 0, 0
		for i := range s.Params().Len() {
			pt := s.Params().At(i).Type()
			switch {
			case types.Identical(pt, v):
				vals++
			case k < sig.Params().Len() && types.Identical(pt, sig.Params().At(k).Type()):
				k++
			default:
				return false
			}
		}
		return k == sig.Params().Len() && vals <= 1 && (vals == 1 || !withValue)
	}
	stores, removes := false, false
	for other := range iface.Methods() {
		if other == m {
			continue
		}
		os := other.Signature()
		if os.Results().Len() > 1 || os.Results().Len() == 1 && !isErrorResult(os.Results().At(0).Type()) && !types.Identical(os.Results().At(0).Type(), types.Typ[types.Bool]) {
			continue
		}
		switch {
		case keysAnd(os, true) && !removingName(other.Name()) && !givingBackName(other.Name()):
			stores = true
		case keysAnd(os, false) && removingName(other.Name()):
			removes = true
		}
	}
	return stores && removes
}

// givingBackName reports whether a method named name gives back to a pool
// what it handed out: Put, Give, Release, Return and names that begin
// with them.
func givingBackName(name string) bool {
	for _, w := range []string{"Put", "Give", "Release", "Return"} {
		if rest, ok := strings.CutPrefix(name, w); ok && (rest == "" || unicode.IsUpper([]rune(rest)[0])) {
			return true
		}
	}
	return false
}

// removingName reports whether a method named name removes what a store
// keeps: Delete, Remove, Unregister, Evict, Forget, Invalidate, Drop, and
// names that begin with them.
func removingName(name string) bool {
	for _, w := range []string{"Delete", "Del", "Remove", "Unregister", "Deregister", "Unset", "Evict", "Forget", "Invalidate", "Drop", "Purge"} {
		if rest, ok := strings.CutPrefix(name, w); ok && (rest == "" || unicode.IsUpper([]rune(rest)[0])) {
			return true
		}
	}
	return false
}

// replacesArg reports whether result j of call is assigned back to the
// variable given as its argument i (conn = cipher.StreamConn(conn), cc,
// err = tr.Handshake(ctx, cc)): the function keeps no handle on what it
// gave but the result, which takes its place. A result kept beside the
// argument (s, err := mux.Stream(conn)) may be a new value over it.
func (c *checker) replacesArg(call *ssa.CallCommon, i, j int) bool {
	cur, ok := c.syntax().at(call.Pos())
	if !ok {
		return false
	}
	ce, ok := cur.Node().(*ast.CallExpr)
	if !ok || i >= len(ce.Args) {
		return false
	}
	arg, ok := ast.Unparen(ce.Args[i]).(*ast.Ident)
	if !ok {
		return false
	}
	// conn = ss.ShadowConn(h.cipher.StreamConn(conn), nil): through
	// the calls whose argument it is, to the assignment.
	path := enclosing(cur)
	outer, k := ce, j
	for n := 1; n < len(path); n++ {
		if _, ok := path[n].(*ast.ParenExpr); ok {
			continue
		}
		parent, ok := path[n].(*ast.CallExpr)
		if !ok || !slices.ContainsFunc(parent.Args, func(e ast.Expr) bool { return ast.Unparen(e) == outer }) {
			break
		}
		outer, k, path = parent, 0, path[n:]
		n = 0
	}
	lhs, ok := assignedExpr(path, outer, k).(*ast.Ident)
	if !ok {
		return false
	}
	obj := c.pass.TypesInfo.ObjectOf(arg)
	return obj != nil && obj == c.pass.TypesInfo.ObjectOf(lhs)
}

// remakingWords begin the names of methods that make a new value like
// their receiver, beside makingVerbs: Copy, Fork, Duplicate, and a
// connection made again (Reconnect, Reopen, Redial, Renew).
var remakingWords = []string{"Copy", "Fork", "Dup", "Re"}

// onlyUsersClose reports whether the resources among results are all of
// types that the package declares, with a Close of its own, and never
// closes: a stream that a server's handler gives for a path (OnDescribe
// returning a *ServerStream) is one its users make, share and close. A
// method named for making (a Dialer's Dial) gives new ones all the same,
// and is not asked.
func (c *checker) onlyUsersClose(results *types.Tuple) bool {
	found := false
	for i := range results.Len() {
		t := results.At(i).Type()
		if c.kindOf(t) == notResource {
			continue
		}
		p, ok := types.Unalias(t).(*types.Pointer)
		if !ok {
			return false
		}
		named, ok := types.Unalias(p.Elem()).(*types.Named)
		if !ok || named.Obj().Pkg() != c.pass.Pkg {
			return false
		}
		m := closeMethod(t)
		if m == nil || m.Pkg() != c.pass.Pkg || c.closesValuesOf(t) {
			return false
		}
		found = true
	}
	return found
}

// closesValuesOf reports whether the package closes a value of type t
// anywhere: calls its Close, directly, deferred or through a method value,
// or gives it to a function that releases it (closeQuietly(snap), of the
// package or of another one). It then treats such values as its own to
// close, and a getter of one may give a new one. Types are compared
// without aliases, pointers and type arguments.
func (c *checker) closesValuesOf(t types.Type) bool {
	if c.closedTypes == nil {
		c.closedTypes = map[string]bool{}
		closed := func(v ssa.Value) { c.closedTypes[closeKey(unconvert(v).Type())] = true }
		for instr := range c.packageInstrs() {
			if mc, ok := instr.(*ssa.MakeClosure); ok {
				if fn, ok := mc.Fn.(*ssa.Function); ok && fn.Name() == "Close$bound" && len(mc.Bindings) == 1 {
					closed(mc.Bindings[0]) // done := snap.Close
				}
				continue
			}
			ci, ok := instr.(ssa.CallInstruction)
			if !ok {
				continue
			}
			call := ci.Common()
			callee := call.StaticCallee()
			switch {
			case call.IsInvoke():
				if call.Method.Name() == "Close" {
					closed(call.Value)
				}
			case callee == nil:
			case callee.Name() == "Close" && callee.Signature.Recv() != nil && len(call.Args) > 0:
				closed(call.Args[0])
			default:
				for i, arg := range call.Args {
					if c.calleeCloses(callee, i) {
						closed(arg)
					}
				}
			}
		}
	}
	return c.closedTypes[closeKey(t)]
}

// calleeCloses reports whether fn closes its parameter i: a function of
// another package whose fact says that it releases it, or one of this
// package whose body calls the parameter's Close.
func (c *checker) calleeCloses(fn *ssa.Function, i int) bool {
	if fn.Pkg != c.ssaPkg {
		if fn.Pkg == nil {
			return false
		}
		obj, ok := fn.Object().(*types.Func)
		if !ok {
			return false
		}
		var fact Summary
		return c.pass.ImportObjectFact(obj, &fact) && i < 64 && fact.Releases&(1<<i) != 0
	}
	if i >= len(fn.Params) {
		return false
	}
	for _, r := range usesOf(fn.Params[i]) {
		if ci, ok := r.(ssa.CallInstruction); ok {
			call := ci.Common()
			if call.IsInvoke() && call.Method.Name() == "Close" && call.Value == fn.Params[i] {
				return true
			}
			if callee := call.StaticCallee(); callee != nil && callee.Name() == "Close" && len(call.Args) > 0 && call.Args[0] == fn.Params[i] {
				return true
			}
		}
	}
	return false
}

// closeKey names the type t for closesValuesOf: without aliases, the
// pointer of a pointer type and the type arguments of an instance.
func closeKey(t types.Type) string {
	t = types.Unalias(t)
	if p, ok := t.(*types.Pointer); ok {
		t = types.Unalias(p.Elem())
	}
	if n, ok := t.(*types.Named); ok {
		t = n.Origin()
	}
	return types.TypeString(t, nil)
}

// isNamedGetter reports whether the interface method m is a getter as Go
// names them: no parameters, one result, and the name of the result's
// type (Conn() Conn, Network() Network), or that name after the name of
// its package (HTTPResponse() *http.Response, NetConn() net.Conn), or
// Get and a name that ends with it (GetRegionCache() *RegionCache,
// GetTiKVClient() Client), or Raw and that name (RawConn() net.Conn), or
// Unwrap (Unwrap() Backend). What it gives is
// a part of its
// receiver, which the receiver owns; a method that makes something new
// takes what it needs to make it, says that it may fail, or is named
// for what it does (Open, NewStream, Acquire).
func isNamedGetter(m *types.Func) bool {
	sig := m.Signature()
	if sig.Params().Len() != 0 || sig.Results().Len() != 1 {
		return isKeyedGetter(m)
	}
	t := types.Unalias(sig.Results().At(0).Type())
	if p, ok := t.(*types.Pointer); ok {
		t = types.Unalias(p.Elem())
	}
	named, ok := t.(*types.Named)
	if !ok {
		return false
	}
	obj := named.Obj()
	if m.Name() == "Unwrap" {
		// Unwrap() Backend, as errors.Unwrap and http.ResponseController
		// name it: the value that the receiver wraps, and owns.
		return true
	}
	if rest, ok := strings.CutPrefix(m.Name(), "Raw"); ok && rest == obj.Name() && wrapsResult(m, t) {
		// RawConn() net.Conn: the value under the receiver's wrapping,
		// as Raw names it, which the receiver owns.
		return true
	}
	if rest, ok := strings.CutPrefix(m.Name(), "Get"); ok && rest != "" && unicode.IsUpper([]rune(rest)[0]) {
		// GetRegionCache() *RegionCache, GetTiKVClient() Client: Get
		// says what the rest of the name names is given, not made;
		// but a pool's GetConn() Conn hands out what its caller uses
		// and gives back.
		return strings.HasSuffix(rest, obj.Name()) && !handedOutName(obj.Name())
	}
	if obj.Name() == m.Name() || (obj.Pkg() != nil && strings.EqualFold(m.Name(), obj.Pkg().Name()+obj.Name()) && strings.HasSuffix(m.Name(), obj.Name())) {
		return true
	}
	// InterfaceMonitor() DefaultInterfaceMonitor, HistoryStorage()
	// URLTestHistoryStorage: the last words of the type's name, the part
	// of the receiver that the name says it is; but not of a type that
	// pools hand out (Stream() ClientStream).
	return nameEndsType(m.Name(), obj.Name())
}

// nameEndsType reports whether the method name is the last words of the
// type name typ, longer than it, which is no type that pools hand out.
func nameEndsType(name, typ string) bool {
	return name != "" && len(typ) > len(name) && unicode.IsUpper([]rune(name)[0]) && strings.HasSuffix(typ, name) && !madePerCallName(typ)
}

// madePerCallName reports whether a type named name is one that pools
// hand out (see handedOutName) or that a method named after it may make
// anew on each call: a connection by its long name, a snapshot, an entry
// of a cache, a handle, a watcher, a batch, a subscription.
func madePerCallName(name string) bool {
	if handedOutName(name) {
		return true
	}
	for _, s := range []string{"Connection", "Snapshot", "Entry", "Handle", "Watcher", "Batch", "Subscription"} {
		if strings.HasSuffix(name, s) {
			return true
		}
	}
	return false
}

// isKeyedGetter reports whether the interface method m looks a value up
// by key: Get and a name that ends with the name of its first result's
// type, parameters that are only keys (strings, integers, a context) and
// at most an error or a bool beside the result (GetHandler(tag string)
// Handler, GetHandler(ctx, tag) (Handler, error)). A registry gives what
// it holds, and owns it; but a pool's GetConn(ctx) (Conn, error) hands
// out what its caller uses and gives back (see handedOutName).
func isKeyedGetter(m *types.Func) bool {
	sig := m.Signature()
	res := sig.Results()
	if res.Len() == 0 || res.Len() > 2 {
		return false
	}
	if res.Len() == 2 {
		second := res.At(1).Type()
		if !types.Identical(second, errorType) && !types.Identical(second, types.Typ[types.Bool]) {
			return false
		}
	}
	keys := 0
	for i := range sig.Params().Len() {
		pt := sig.Params().At(i).Type()
		if !isKey(pt) || typeName(pt) == "time.Duration" {
			return false
		}
		if typeName(pt) != "context.Context" {
			keys++
		}
	}
	if keys == 0 {
		return false // no key: nothing to look up
	}
	t := types.Unalias(res.At(0).Type())
	if p, ok := t.(*types.Pointer); ok {
		t = types.Unalias(p.Elem())
	}
	named, ok := t.(*types.Named)
	if !ok || handedOutName(named.Obj().Name()) || madeByKeyName(named.Obj().Name()) {
		return false
	}
	if res.Len() == 2 && types.Identical(res.At(1).Type(), types.Typ[types.Bool]) && !madePerCallName(named.Obj().Name()) && (m.Name() == "Get" || m.Name() == named.Obj().Name() || nameEndsType(m.Name(), named.Obj().Name())) {
		// Get(tag string) (Inbound, bool), RuleSet(tag) (RuleSet,
		// bool), Transport(tag) (DNSTransport, bool): a lookup that says
		// whether it found what the key names.
		return true
	}
	rest, ok := strings.CutPrefix(m.Name(), "Get")
	if !ok || rest == "" || !unicode.IsUpper([]rune(rest)[0]) {
		return false
	}
	return strings.HasSuffix(rest, named.Obj().Name())
}

// madeByKeyName reports whether a type named name is one that a keyed
// Get makes for its caller: a connection by any name, a download.
func madeByKeyName(name string) bool {
	return strings.Contains(name, "Conn") || strings.HasSuffix(name, "Object") || strings.HasSuffix(name, "Blob")
}

// rawOfAsserted reports whether the interface method m is Raw and the
// name of the type it returns, alone, with no parameters (RawConn()
// net.Conn), called on recv, a value asserted out of one of that very
// type (m, ok := conn.(Masked), conn a net.Conn): the receiver is such a
// value, and what is under it is its own.
func rawOfAsserted(m *types.Func, recv ssa.Value) bool {
	sig := m.Signature()
	if sig.Params().Len() != 0 || sig.Results().Len() != 1 {
		return false
	}
	t := sig.Results().At(0).Type()
	named, ok := types.Unalias(t).(*types.Named)
	if !ok || m.Name() != "Raw"+named.Obj().Name() {
		return false
	}
	if e, ok := recv.(*ssa.Extract); ok && e.Index == 0 {
		recv = e.Tuple
	}
	ta, ok := recv.(*ssa.TypeAssert)
	return ok && types.Identical(ta.X.Type(), t)
}

// wrapsResult reports whether the receiver of the interface method m is
// itself a value of the type t that m returns, or has a Close: a wrapper
// that owns what is under it.
func wrapsResult(m *types.Func, t types.Type) bool {
	recv := m.Signature().Recv()
	if recv == nil {
		return false
	}
	rt := recv.Type()
	if it, ok := t.Underlying().(*types.Interface); ok && types.Implements(rt, it) {
		return true
	}
	obj, _, _ := types.LookupFieldOrMethod(rt, true, nil, "Close")
	return obj != nil
}

// isKey reports whether a parameter of type t can only name what a
// lookup finds: a string or an integer (of any named type), or a context.
func isKey(t types.Type) bool {
	if typeName(t) == "context.Context" {
		return true
	}
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&(types.IsString|types.IsInteger) != 0
}

// handedOutName reports whether a type named name is one that pools and
// stores hand out for a single use: a connection, a file, a stream, a
// session, a transaction or its rows and statements, a reader or writer,
// an iterator or cursor, a lease or a lock, a listener, a response.
func handedOutName(name string) bool {
	for _, s := range []string{"Conn", "File", "Stream", "Session", "Tx", "Txn", "Transaction", "Rows", "Stmt",
		"Reader", "Writer", "Closer", "Iterator", "Iter", "Cursor", "Lease", "Lock", "Listener", "Response", "Body"} {
		if strings.HasSuffix(name, s) {
			return true
		}
	}
	return false
}

// isDoneGetter reports whether the interface method m is Done() with one
// result, named as context.Context's: what it gives signals the end of
// its receiver, which owns it and closes it when it ends (a workflow
// context's Done channel, whose Close cancels it), however often its
// package closes values of that type.
func isDoneGetter(m *types.Func) bool {
	sig := m.Signature()
	return m.Name() == "Done" && sig.Params().Len() == 0 && sig.Results().Len() == 1
}

// onlyHTTPClientDoes reports whether the package declares no
// implementation of the interface t of its own: a Do of the package's own
// may build a response with a body of its own (a cache that answers from
// a file), whatever the method. Implementations in the packages it
// imports (HTTP clients, retrying and signing ones) are taken to send the
// request as net/http's Client does.
func (c *checker) onlyHTTPClientDoes(t types.Type) bool {
	it, ok := t.Underlying().(*types.Interface)
	if !ok {
		return false
	}
	for _, impl := range c.implementers(it) {
		if n, ok := types.Unalias(impl).(*types.Named); ok && n.Obj().Pkg() == c.pass.Pkg {
			return false
		}
	}
	return true
}

// isDoer reports whether sig is that of (*net/http.Client).Do: it sends
// a request and returns the response.
func isDoer(sig *types.Signature) bool {
	return sig.Params().Len() == 1 && typeName(sig.Params().At(0).Type()) == "net/http.Request" &&
		sig.Results().Len() == 2 && typeName(sig.Results().At(0).Type()) == httpResponse &&
		types.Identical(sig.Results().At(1).Type(), errorType)
}

// cancelledAtReturn reports whether call sends a request (see
// requestSenders; also the Do of an interface with the signature of
// (*net/http.Client).Do, and RoundTrip of http.RoundTripper) whose context
// a cancel function, deferred before the call, cancels: ctx, cancel :=
// context.WithTimeout(...); defer cancel(); c.Do(req) with req made with
// ctx. Wherever the function returns, the transport then tears down the
// connection under the response, read or not, closed or not: its body
// holds nothing past the return.
func (c *checker) cancelledAtReturn(call *ssa.Call) bool {
	return slices.ContainsFunc(c.requestCancels(call), func(made *ssa.Call) bool { return deferredBefore(made, 1, call) })
}

// requestCancels returns the calls that made the contexts, up the chain
// that the context of the request that call sends derives from, whose
// cancel functions cancel that request (see cancelledAtReturn): calling
// one tears the request down, and the response's body with it.
func (c *checker) requestCancels(call *ssa.Call) []*ssa.Call {
	if c.makesResponsesItself() && !stdTransportClient(call) {
		// A round tripper or a cache of the package may answer with a
		// body of its own (a file), which no cancel closes.
		return nil
	}
	var req ssa.Value
	if m := call.Call.Method; m != nil {
		if sig, ok := m.Type().(*types.Signature); ok && (m.Name() == "Do" || m.Name() == "RoundTrip") && isDoer(sig) && len(call.Call.Args) == 1 && c.onlyHTTPClientDoes(call.Call.Value.Type()) {
			req = call.Call.Args[0]
		}
	} else if i, ok := requestSenders[c.staticName(&call.Call)]; ok && i < len(call.Call.Args) {
		req = call.Call.Args[i]
	}
	if req == nil {
		return nil
	}
	// The context the request was made with, unless the request is
	// overwritten in place (*r = *r.WithContext(other)).
	if storedThrough(req) {
		return nil
	}
	req = c.passedThrough(req)
	if storedThrough(req) {
		return nil
	}
	if e, ok := req.(*ssa.Extract); ok && e.Index == 0 {
		req = e.Tuple
	}
	made, ok := req.(*ssa.Call)
	if !ok {
		return nil
	}
	i, ok := requestContexts[c.staticName(&made.Call)]
	if !ok || i >= len(made.Call.Args) {
		return nil
	}
	ctx := made.Call.Args[i]
	// Up the contexts it derives from.
	var found []*ssa.Call
	for range 8 {
		var made *ssa.Call
		switch x := ctx.(type) {
		case *ssa.Extract:
			made, _ = x.Tuple.(*ssa.Call)
			if x.Index != 0 {
				return found
			}
		case *ssa.Call:
			made = x
		}
		if made == nil || len(made.Call.Args) == 0 {
			return found
		}
		name := c.staticName(&made.Call)
		switch {
		case cancelers[name]:
			found = append(found, made)
		case !contextDerivers[name]:
			return found
		}
		ctx = made.Call.Args[0]
	}
	return found
}

// stdTransportClient reports whether call is the Do of an http.Client
// that the function makes (&http.Client{...}) with no transport or with
// an http.Transport it makes too: the responses it gets come from
// net/http's transport, whatever responses the package makes elsewhere
// (a proxy's own replies).
func stdTransportClient(call *ssa.Call) bool {
	if call.Call.IsInvoke() || len(call.Call.Args) == 0 {
		return false
	}
	alloc, ok := unconvert(call.Call.Args[0]).(*ssa.Alloc)
	if !ok || typeName(alloc.Type()) != "net/http.Client" {
		return false
	}
	for _, r := range usesOf(alloc) {
		fa, ok := r.(*ssa.FieldAddr)
		if !ok {
			continue
		}
		if fieldName(alloc.Type(), fa.Field) != "Transport" {
			continue
		}
		for _, u := range usesOf(fa) {
			st, ok := u.(*ssa.Store)
			if !ok || st.Addr != ssa.Value(fa) {
				return false // the transport read back, or its address taken
			}
			mi, ok := st.Val.(*ssa.MakeInterface)
			if !ok {
				return false
			}
			if t, ok := mi.X.(*ssa.Alloc); !ok || typeName(t.Type()) != "net/http.Transport" {
				return false
			}
		}
	}
	return true
}

// makesResponsesItself reports whether some function of the package
// makes an http.Response.
func (c *checker) makesResponsesItself() bool {
	if c.makesResponses == 0 {
		c.makesResponses = 1
		for instr := range c.packageInstrs() {
			if alloc, ok := instr.(*ssa.Alloc); ok && typeName(alloc.Type()) == httpResponse {
				c.makesResponses = 2
				break
			}
		}
	}
	return c.makesResponses == 2
}

// passedThrough returns the argument that v is when v is the result of a
// call of a function that returns that parameter unchanged on every
// return (must.Get(http.NewRequest(...)), which panics on the error), or
// v. A function of another package says so in its summary: it borrows
// the result and returns the parameter as it.
func (c *checker) passedThrough(v ssa.Value) ssa.Value {
	for range 4 {
		call, j := resultOf(v)
		if call == nil {
			return v
		}
		fn := call.Call.StaticCallee()
		if fn != nil && fn.Origin() != nil {
			fn = fn.Origin() // an instance gives back what its generic body does
		}
		if fn == nil {
			return v
		}
		k := -1
		if fn.Blocks != nil && len(fn.Params) > 0 && slices.ContainsFunc(fn.Params, func(p *ssa.Parameter) bool { return storedThrough(p) }) {
			return v // it changes what it returns: detach(r) setting *r
		}
		if fn.Blocks == nil {
			if s := c.summaryOf(fn); j < 64 && s.borrowed&(1<<j) != 0 && j < len(s.forwards) {
				k = s.forwards[j] - 1
			}
		}
		for _, r := range returned(fn, j) {
			p, ok := r.(*ssa.Parameter)
			i := slices.Index(fn.Params, p)
			if !ok || i < 0 || (k >= 0 && i != k) {
				return v
			}
			k = i
		}
		if k < 0 || k >= len(call.Call.Args) {
			return v
		}
		v = call.Call.Args[k]
	}
	return v
}

// storedThrough reports whether the function stores into what the
// pointer v points to, whole or a field of it.
func storedThrough(v ssa.Value) bool {
	for _, r := range usesOf(v) {
		switch r := r.(type) {
		case *ssa.Store:
			if r.Addr == v {
				return true
			}
		case *ssa.FieldAddr:
			for _, u := range usesOf(r) {
				if st, ok := u.(*ssa.Store); ok && st.Addr == ssa.Value(r) {
					return true
				}
			}
		}
	}
	return false
}

// deferredBefore reports whether result i of made, a function, is called
// by a defer statement that runs before at and not in a loop: defer
// cancel(), which then runs at every return after at (one in a loop runs
// only when the function returns, past every turn).
func deferredBefore(made *ssa.Call, i int, at ssa.Instruction) bool {
	for _, r := range usesOf(made) {
		e, ok := r.(*ssa.Extract)
		if !ok || e.Index != i {
			continue
		}
		for _, u := range usesOf(e) {
			if d, ok := u.(*ssa.Defer); ok && d.Call.Value == ssa.Value(e) && before(d, at) && !inLoop(d.Block()) {
				return true
			}
		}
	}
	return false
}

// headRequest reports whether req is a request that a function of
// requestMakers made with the constant method "HEAD", or a copy of one
// that a method of requestCopiers made.
func (c *checker) headRequest(req ssa.Value) bool {
	for range 8 {
		req = c.passedThrough(req)
		if e, ok := req.(*ssa.Extract); ok && e.Index == 0 {
			req = e.Tuple // req, err := http.NewRequest(...)
		}
		call, ok := req.(*ssa.Call)
		if !ok {
			return false
		}
		name := c.staticName(&call.Call)
		if requestCopiers[name] && len(call.Call.Args) > 0 {
			req = call.Call.Args[0]
			continue
		}
		i, ok := requestMakers[name]
		if !ok || i >= len(call.Call.Args) {
			return false
		}
		method, ok := call.Call.Args[i].(*ssa.Const)
		return ok && method.Value != nil && method.Value.Kind() == constant.String && constant.StringVal(method.Value) == "HEAD"
	}
	return false
}

// assignsFuncField reports whether the package stores into the function
// field named name ("(net/http.Request).GetBody") a function that may
// return a new resource (one reopening a file), or a function value it
// cannot see: what the knowledge table says of the functions that others
// put there does not hold for it. Functions that return an io.NopCloser
// over a buffer, as net/http's own, do not count.
func (c *checker) assignsFuncField(name string) bool {
	if c.funcFields == nil {
		c.funcFields = map[string]bool{}
		for fa, st := range c.fieldStores() {
			if !isNil(st.Val) && c.mayReturnResource(st.Val) {
				c.funcFields[qualifiedField(fa.X.Type(), fa.Field)] = true
			}
		}
	}
	return c.funcFields[name]
}

// fieldStores yields each store into a field of a struct that the
// package's functions make, with the field's address.
func (c *checker) fieldStores() iter.Seq2[*ssa.FieldAddr, *ssa.Store] {
	return func(yield func(*ssa.FieldAddr, *ssa.Store) bool) {
		for instr := range c.packageInstrs() {
			if st, ok := instr.(*ssa.Store); ok {
				if fa, ok := st.Addr.(*ssa.FieldAddr); ok && !yield(fa, st) {
					return
				}
			}
		}
	}
}

// packageInstrs yields the instructions of the package's functions.
func (c *checker) packageInstrs() iter.Seq[ssa.Instruction] {
	return func(yield func(ssa.Instruction) bool) {
		for _, fn := range c.pkgFuncs() {
			for _, b := range fn.Blocks {
				for _, instr := range b.Instrs {
					if !yield(instr) {
						return
					}
				}
			}
		}
	}
}

// initFuncs returns the package's initializer, which the initial values
// of its variables are compiled into (var hook = fetch), and the
// functions nested in it; they are not among the source functions.
func (c *checker) initFuncs() []*ssa.Function {
	if c.ssaPkg == nil {
		return nil
	}
	init := c.ssaPkg.Func("init")
	if init == nil {
		return nil
	}
	fns := []*ssa.Function{init}
	for i := 0; i < len(fns); i++ {
		fns = append(fns, fns[i].AnonFuncs...)
	}
	return fns
}

// mayReturnResource reports whether the function value v may return a new
// resource as its first result.
func (c *checker) mayReturnResource(v ssa.Value) bool {
	var fn *ssa.Function
	switch v := v.(type) {
	case *ssa.Function:
		fn = v
	case *ssa.MakeClosure:
		fn, _ = v.Fn.(*ssa.Function)
	}
	if fn == nil {
		return true
	}
	return c.summaryOf(fn).borrowed&1 == 0
}

// funcFieldName returns the name of the struct field, as
// "(net/http.Request).GetBody", that the function value v was read from,
// or "".
func funcFieldName(v ssa.Value) string {
	switch v := v.(type) {
	case *ssa.UnOp:
		if fa, ok := v.X.(*ssa.FieldAddr); ok && v.Op == token.MUL {
			return qualifiedField(fa.X.Type(), fa.Field)
		}
	case *ssa.Field:
		return qualifiedField(v.X.Type(), v.Field)
	}
	return ""
}

// qualifiedField returns the name of field i of the named struct type t,
// or of the one t points to, as "(net/http.Request).GetBody", or "".
func qualifiedField(t types.Type, i int) string {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	named, ok := types.Unalias(t).(*types.Named)
	if !ok || named.Obj().Pkg() == nil {
		return ""
	}
	st, ok := named.Underlying().(*types.Struct)
	if !ok || i >= st.NumFields() {
		return ""
	}
	return "(" + named.Obj().Pkg().Path() + "." + named.Obj().Name() + ")." + st.Field(i).Name()
}

// resultsOf returns one acquisition for each resource among the results of
// call that the callee does not keep for itself.
func (c *checker) resultsOf(call *ssa.Call) []*acquisition {
	borrowed := c.borrowedResults(call) | c.wrappingResults(&call.Call) | c.givingResults(call)
	tuple, isTuple := call.Type().(*types.Tuple)
	if !isTuple {
		k := c.kindOf(call.Type())
		if k == notResource || borrowed&1 != 0 {
			return nil
		}
		var v ssa.Value = call
		if !hasUses(call) {
			v = nil
		}
		a := &acquisition{call: call, value: v, kind: k}
		if c.dormantResult(call, 0) {
			starts, started := c.dormantStarts(v, k)
			if !started {
				return nil // a dormant value that the function never starts
			}
			a.fills = starts
		}
		if !c.emptyUntilFilled(a, 0) {
			return nil
		}
		return []*acquisition{a}
	}
	if tuple.Len() == 0 {
		return nil
	}
	extracts := usedResults(call, tuple)
	errv := c.errResult(call, tuple, extracts)
	if returnsReleaseFunc(tuple) && !c.hasReleaser(call) {
		// conn, release, err := pool.Get(): the caller's obligation is
		// to call release, which gives the resource back to its owner.
		return nil
	}
	var acqs []*acquisition
	for i := 0; i < tuple.Len(); i++ {
		k := c.kindOf(tuple.At(i).Type())
		if k == notResource || (i < 64 && borrowed&(1<<i) != 0) {
			continue
		}
		a := &acquisition{call: call, index: i, value: extracts[i], err: errv, kind: k}
		if c.dormantResult(call, i) {
			starts, started := c.dormantStarts(extracts[i], k)
			if !started {
				continue // a dormant value that the function never starts
			}
			a.fills = starts
		}
		if !c.emptyUntilFilled(a, i) {
			continue
		}
		acqs = append(acqs, a)
	}
	return acqs
}

// emptyUntilFilled reports whether result j of call, whose acquisition a
// is, is a resource: unless the callee makes it new and empty (see
// emptyResults), it is one from the call; if it does, only where the
// function fills it (a.fills).
//
// A value that is empty because its Close closes only the elements of a
// map or slice that the constructor makes empty is taken so only where
// the function does nothing else with it than fill it (or hand it off):
// a set given to a method that opens into it, to a helper, to a closure
// or an interface method is a resource from the call that made it.
func (c *checker) emptyUntilFilled(a *acquisition, j int) bool {
	if j >= 64 || c.emptyResults(a.call)&(1<<j) == 0 {
		return true
	}
	if a.value == nil {
		return false
	}
	fills, others := c.fillsAndOthers(a.value, a.kind)
	if len(others) > 0 && c.closesElementsOf(a.value.Type()) {
		return true // filled from the start, as far as leakvet can tell
	}
	// What may fill it holds it from there: a method that dials into it
	// (Connect), one that leakvet cannot read, the address of a field
	// given away. A resource that the function stores into a field
	// itself (kr.fp = f) is followed as itself.
	for _, o := range others {
		if c.mayFill(a.value.Type(), o) && !c.storesResourcesOnly(o) {
			if st, ok := o.(*ssa.Store); ok && isLocalCell(st.Addr) {
				// Kept in a variable that closures share: filled
				// where the function makes them.
				for _, mc := range c.fillingClosures(st.Addr) {
					fills[mc] = true
				}
				continue
			}
			fills[o] = true
		}
	}
	if a.kind == response {
		// A response built without a body gets one from any code it
		// is given to (fillResponse(resp, name), a hook), other than
		// net/http's own methods: it holds what it may hold from there.
		for _, o := range others {
			if call, ok := o.(ssa.CallInstruction); ok && !isNetHTTPCall(call.Common()) && !readsResponse(call.Common(), a.value) {
				fills[o] = true
			}
		}
	}
	a.fills = fills
	return len(a.fills) > 0
}

// readsResponse reports whether call, given the response resp, is a
// function of the program that only reads it: it loads fields of its
// parameter other than Body, compares it with nil, gives it to net/http
// or to functions that only read it in their turn, and does nothing else
// with it (checkWait(resp) reads the Retry-After header).
func readsResponse(call *ssa.CallCommon, resp ssa.Value) bool {
	return readsResponseDepth(call, resp, 0)
}

func readsResponseDepth(call *ssa.CallCommon, resp ssa.Value, depth int) bool {
	fn := call.StaticCallee()
	if fn == nil || fn.Blocks == nil || depth > 3 {
		return false
	}
	read := false
	for k, arg := range call.Args {
		if phi, ok := arg.(*ssa.Phi); ok && slices.Contains(phi.Edges, resp) {
			arg = resp // resp, or what the variable held before
		}
		if arg != resp {
			continue
		}
		if k >= len(fn.Params) {
			return false
		}
		param := fn.Params[k]
		for _, r := range usesOf(param) {
			switch r := r.(type) {
			case *ssa.FieldAddr:
				if fieldName(r.X.Type(), r.Field) == "Body" || !onlyLoaded(r) {
					return false
				}
			case *ssa.BinOp, *ssa.DebugRef:
			case *ssa.Call:
				if !isNetHTTPCall(&r.Call) && !readsResponseDepth(&r.Call, param, depth+1) {
					return false
				}
			default:
				return false
			}
		}
		read = true
	}
	return read
}

// storesResourcesOnly reports whether instr is the address of a field
// whose only use is to store resources into it, which their own flows
// follow.
func (c *checker) storesResourcesOnly(instr ssa.Instruction) bool {
	fa, ok := instr.(*ssa.FieldAddr)
	if !ok {
		return false
	}
	for _, r := range usesOf(fa) {
		st, ok := r.(*ssa.Store)
		if !ok || st.Addr != fa || c.kindOf(st.Val.Type()) == notResource {
			return false
		}
	}
	return true
}

// closesElementsOf reports whether the Close of t closes the elements of
// one of its fields (closes p0.m[]).
func (c *checker) closesElementsOf(t types.Type) bool {
	fn := c.closeFunc(t)
	if fn == nil {
		return false
	}
	return slices.ContainsFunc(c.summaryOf(fn).closes, func(p string) bool { return strings.HasSuffix(p, "[]") })
}

// usedResults returns, for each result of call, whose results are tuple,
// the extraction of it that is used, or nil.
func usedResults(call *ssa.Call, tuple *types.Tuple) []ssa.Value {
	extracts := make([]ssa.Value, tuple.Len())
	for _, ref := range usesOf(call) {
		if e, ok := ref.(*ssa.Extract); ok && hasUses(e) {
			extracts[e.Index] = e
		}
	}
	return extracts
}

// errResult returns, among extracts (see usedResults) of call's results
// tuple, the error that is the last of them, or nil. A call that ends in
// several errors (f, err, origErr := fs.OpenFile(p)) fails where the last
// one that the caller keeps is set, unless the callee's body shows a
// return that sets it beside a value that may not be nil.
func (c *checker) errResult(call *ssa.Call, tuple *types.Tuple, extracts []ssa.Value) ssa.Value {
	last := tuple.Len() - 1
	if last < 1 {
		return nil
	}
	if t := tuple.At(last).Type(); !isErrorResult(t) {
		if k := middleError(tuple); k > 0 && !c.givesBesideError(call, k) {
			// conn, err, ctx := d.Connect(ctx): the one error among
			// the results, past the values it fails for and before a
			// context, says the call failed, unless a body the
			// program has gives a value beside it.
			return extracts[k]
		}
		// f, fault := vm.createFile(...), fault a types.BaseMethodFault:
		// an interface that is no error but that the callee's body
		// sets only beside nil results says the call failed as an
		// error does; and so does an error code of the package's own
		// (r, errno := d.root(), a sys.Errno), where the callee's body
		// gives one that is not zero only beside nil results.
		if isErrnoResult(t) {
			fn := call.Call.StaticCallee()
			if fn == nil || !c.codeBesideError(fn, last, 0) {
				return nil
			}
		} else if !types.IsInterface(t) || c.kindOf(t) != notResource || !c.calleesNilBesideError(call, last) {
			return nil
		}
	} else if !types.Identical(t, errorType) && !isErrorCode(t) && !isErrorSpace(t) {
		// The package's own error type may also carry a warning or a
		// status beside an open value: its body must show that it
		// returns nothing else where it is not nil.
		if !c.calleesNilBesideError(call, last) {
			return nil
		}
	}
	i := last
	for extracts[i] == nil && i > 0 && isErrorResult(tuple.At(i-1).Type()) {
		i--
	}
	if i != last && !nilBesideError(call.Call.StaticCallee(), i) {
		return extracts[last]
	}
	return extracts[i]
}

// givesBesideError reports whether a function that call may run, whose
// body the package has (the static callee, or an implementation of the
// interface method), returns a result before its error k that may not
// be nil where that error is not (see nilBesideError).
func (c *checker) givesBesideError(call *ssa.Call, k int) bool {
	if !call.Call.IsInvoke() {
		return !nilBesideError(call.Call.StaticCallee(), k)
	}
	for _, fn := range c.implementingMethods(call) {
		if !nilBesideError(fn, k) {
			return true
		}
	}
	return false
}

// middleError returns the index of the one result of type error among
// the results of tuple, when it is neither the first nor the last and no
// result after it is of a type that has a Close method, or 0.
func middleError(tuple *types.Tuple) int {
	k := 0
	for i := range tuple.Len() {
		t := tuple.At(i).Type()
		switch {
		case types.Identical(t, errorType):
			if k != 0 || i == 0 {
				return 0
			}
			k = i
		case k != 0 && closeMethod(t) != nil:
			return 0
		}
	}
	if k == tuple.Len()-1 {
		return 0
	}
	return k
}

// calleesNilBesideError reports whether the code that call runs is known,
// and gives nil for each of its results before its error k wherever that
// error is not nil (see nilBesideError): a function of the package, or,
// for a method of an interface whose implementations are all known (it
// has an unexported method), every implementation the program has
// (fs.openFile, whose two file systems return a nil reader beside a
// package's own error).
func (c *checker) calleesNilBesideError(call *ssa.Call, k int) bool {
	if !call.Call.IsInvoke() {
		fn := call.Call.StaticCallee()
		return fn != nil && fn.Blocks != nil && nilBesideError(fn, k)
	}
	if !c.allImplementersKnown(call.Call.Value.Type()) {
		return false
	}
	n := 0
	for _, fn := range c.implementingMethods(call) {
		if fn.Blocks == nil || !nilBesideError(fn, k) {
			return false
		}
		n++
	}
	return n > 0
}

// nilBesideError reports whether every return of fn, when fn has a body,
// that may set its result k (an error) gives nil for each of its results
// before the errors (as returnedValues reads them). Without a body,
// nothing says otherwise.
func nilBesideError(fn *ssa.Function, k int) bool {
	if fn == nil || fn.Blocks == nil {
		return true
	}
	for ret, res := range returnedValues(fn) {
		if isNil(res(k)) {
			continue
		}
		for j := 0; j < k && !isErrorResult(ret.Results[j].Type()); j++ {
			if !isNil(res(j)) {
				return false
			}
		}
	}
	return true
}

// returnedValues yields each return of fn that gives its results, with
// what it gives as result i. In a function with a defer, a return stores
// its results into slots and returns what they hold: the values it
// stored, unless a deferred closure may change them. The block that
// returns after a deferred call recovered returns what the slots held
// when the panic began: for unnamed results, the values of a return that
// already ran (or nils), so it is left out.
func returnedValues(fn *ssa.Function) iter.Seq2[*ssa.Return, func(int) ssa.Value] {
	return func(yield func(*ssa.Return, func(int) ssa.Value) bool) {
		slots := !defersOverResults(fn)
		for _, b := range fn.Blocks {
			ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
			if !ok || (b == fn.Recover && slots && !namedResults(fn)) {
				continue
			}
			res := func(i int) ssa.Value {
				if slots {
					return resultValue(ret, ret.Results[i])
				}
				return ret.Results[i]
			}
			if !yield(ret, res) {
				return
			}
		}
	}
}

// codeBesideError reports whether fn, whose result k is an error code
// (see isErrnoResult), gives nil for its results before k, those that may
// be nil, on every return where the code may not be zero: each such
// return gives nil there, or the values and the error of one call, whose
// error is an error or such a code (return r, errno from r, errno :=
// d.root()), or whose error the code is made from by a function that
// gives zero for a nil error (return r, rootErrno(err) from r, err :=
// os.OpenRoot(dir)).
func (c *checker) codeBesideError(fn *ssa.Function, k, depth int) bool {
	if fn == nil || fn.Blocks == nil || depth > 3 {
		return false
	}
	for ret, res := range returnedValues(fn) {
		if k >= len(ret.Results) || isZero(res(k)) {
			continue
		}
		from := c.codeSource(res(k), depth)
		for j := range k {
			r := res(j)
			if isNil(r) || (!isNillable(r.Type()) && !canHoldResource(r.Type())) {
				continue
			}
			x, ok := r.(*ssa.Extract)
			if !ok || from == nil || x.Tuple != ssa.Value(from) {
				return false
			}
		}
	}
	return true
}

// codeSource returns the call whose failure the error code v says: the
// call that gave v as its own error code, one that codeBesideError holds
// for, or the call whose error a function that gives zero for a nil error
// made v of; or nil.
func (c *checker) codeSource(v ssa.Value, depth int) *ssa.Call {
	if x, ok := v.(*ssa.Extract); ok {
		call, ok := x.Tuple.(*ssa.Call)
		if !ok || x.Index != call.Call.Signature().Results().Len()-1 {
			return nil
		}
		if fn := call.Call.StaticCallee(); fn != nil && c.codeBesideError(fn, x.Index, depth+1) {
			return call
		}
		return nil
	}
	conv, ok := v.(*ssa.Call)
	if !ok {
		return nil
	}
	fn := conv.Call.StaticCallee()
	if fn == nil || !c.summaryOf(fn).falseOnNil {
		return nil
	}
	a := c.predicateArg(&conv.Call)
	if a < 0 {
		return nil
	}
	x, ok := conv.Call.Args[a].(*ssa.Extract)
	if !ok {
		return nil
	}
	call, ok := x.Tuple.(*ssa.Call)
	if !ok || x.Index != call.Call.Signature().Results().Len()-1 || !types.Identical(x.Type(), errorType) {
		return nil
	}
	// An error beside a value that stays open (a warning) says nothing
	// of the value: the body the program has must give nil beside it.
	if fn := call.Call.StaticCallee(); fn == nil || !nilBesideError(fn, x.Index) {
		return nil
	}
	return call
}

// namedResults reports whether fn's results have names, which its body
// may assign anywhere.
func namedResults(fn *ssa.Function) bool {
	res := fn.Signature.Results()
	return res.Len() > 0 && res.At(0).Name() != ""
}

// isErrorResult reports whether t is error or an error code (see
// isErrorCode).
func isErrorResult(t types.Type) bool {
	return types.Identical(t, errorType) || isErrorCode(t) || isErrorInterface(t) || isErrorSpace(t)
}

// isErrorSpace reports whether t is an interface type named Error that
// does not implement error: a package's own space of errors (gVisor's
// tcpip.Error, returned as ep, err := s.NewEndpoint(...)), which it
// returns last as Go code returns error, with nothing beside one that is
// not nil.
func isErrorSpace(t types.Type) bool {
	named, ok := types.Unalias(t).(*types.Named)
	if !ok || named.Obj().Name() != "Error" || !types.IsInterface(named) {
		return false
	}
	return !types.Implements(t, errorType.Underlying().(*types.Interface))
}

// isErrorInterface reports whether t is a package's own error type that
// is an interface, or a pointer to a named type, and implements error
// (aerospike's Error, returned as conn, err := newConnection(addr)): a
// result of that type, last, is the call's error as error itself is.
func isErrorInterface(t types.Type) bool {
	switch u := types.Unalias(t).(type) {
	case *types.Named:
		if _, ok := u.Underlying().(*types.Interface); !ok {
			return false
		}
	case *types.Pointer:
		if _, ok := types.Unalias(u.Elem()).(*types.Named); !ok {
			return false
		}
	default:
		return false
	}
	return types.Implements(t, errorType.Underlying().(*types.Interface))
}

// isErrorCode reports whether t is syscall.Errno (golang.org/x/sys/unix's
// Errno is the same type), an error whose zero value means success,
// returned as ds, errno := NewDirStream(name) and tested as errno != 0.
// Other integer types that implement error may carry warnings beside a
// value that is open.
func isErrorCode(t types.Type) bool {
	return typeName(t) == "syscall.Errno"
}

// isZero reports whether v is the constant zero of an integer type.
func isZero(v ssa.Value) bool { return isIntConst(v, 0) }

// wrappingResults returns, as bits, the results of a call that hold one of
// its arguments and stand for it (see standsFor): NewClient(conn) gives
// no new resource, it wraps conn, and closing either releases it; a
// compressing writer around an io.Writer holds what the writer holds,
// which is not the caller's to close.
func (c *checker) wrappingResults(call *ssa.CallCommon) uint64 {
	fn := call.StaticCallee()
	if fn == nil {
		var bits uint64
		if sum, shift, ok := c.dynamicSummary(call); ok {
			for i, arg := range call.Args {
				if j := sum.wrapped(i + shift); j >= 0 && j < 64 && c.standsForArg(call, i, arg) {
					bits |= 1 << j
				}
			}
		} else if j := c.passThrough(call); j >= 0 && j < 64 && c.hookStandsFor(call, j) {
			// What it gives back is the caller's caller's, as what
			// it was given is. A value the function owns stays its
			// to close through what the hook gives back: that is a
			// new resource as far as the function can tell.
			bits |= 1 << j
		}
		return bits
	}
	sum := c.summaryOf(fn)
	var bits uint64
	for i, arg := range call.Args {
		if j := sum.wrapped(i); j >= 0 && j < 64 && c.standsFor(fn, i, arg) {
			bits |= 1 << j
		}
	}
	return bits
}

// givingResults returns, as bits, the results of a call that give back
// what the caller stored in a struct it passed: NewServer(&Options{Listener:
// l}) returns a server that owns l, which stands for l rather than being a
// second resource to close.
func (c *checker) givingResults(call *ssa.Call) uint64 {
	fn := call.Call.StaticCallee()
	if fn == nil {
		return 0
	}
	sum := c.summaryOf(fn)
	if len(sum.gives) == 0 {
		return 0
	}
	var bits uint64
	for i, arg := range call.Call.Args {
		roots := structsOf(arg)
		if roots == nil {
			continue
		}
		for _, fs := range fieldStores(call.Parent(), roots) {
			for _, g := range sum.givenBy(fieldRoot("p", i), fs.path) {
				if g.result < 64 && fs.path != nil {
					bits |= 1 << g.result
				}
			}
		}
	}
	return bits
}

// structsOf returns the structs the function made that v is (or points
// to), or nil.
func structsOf(v ssa.Value) []ssa.Value {
	switch x := unconvert(v).(type) {
	case *ssa.Alloc:
		return []ssa.Value{x}
	case *ssa.UnOp:
		if x.Op != token.MUL || !isLocalCell(x.X) {
			return nil
		}
		return storedAllocs(x.X)
	}
	return nil
}

// returnsReleaseFunc reports whether a result is a function that takes
// nothing or an error and returns nothing: a release callback.
func returnsReleaseFunc(results *types.Tuple) bool {
	for v := range results.Variables() {
		sig, ok := v.Type().Underlying().(*types.Signature)
		if !ok || sig.Results().Len() != 0 {
			continue
		}
		if p := sig.Params(); p.Len() == 0 || (p.Len() == 1 && types.Identical(p.At(0).Type(), errorType)) {
			return true
		}
	}
	return false
}

// hasUses reports whether v is used by any instruction other than a
// debugging reference.
func hasUses(v ssa.Value) bool {
	refs := v.Referrers()
	if refs == nil {
		return false
	}
	for _, r := range *refs {
		if _, ok := r.(*ssa.DebugRef); !ok {
			return true
		}
	}
	return false
}

// isNetHTTPCall reports whether call is a static call of a function or
// method of net/http (resp.Write(w)).
func isNetHTTPCall(call *ssa.CallCommon) bool {
	fn := call.StaticCallee()
	return fn != nil && fn.Pkg != nil && fn.Pkg.Pkg.Path() == "net/http"
}

// passThrough returns the result of call, a call of a function value that
// the program does not decide (an option, a middleware, a hook the
// caller configured), that stands for the argument it was given: the
// function's results have exactly the types of its parameters, in order
// (e, sm, h = opt(e, sm, h); h = mw(h)), so it transforms what it is
// given, and the argument at that result's place is not nil. Such a
// function gives back what it was given, or a value that stands for it,
// rather than a new resource. A hook that also returns an error, or that
// takes something else (openat(dir, name), redial(prev)), may make a new
// one. It returns -1 otherwise.
func (c *checker) passThrough(call *ssa.CallCommon) int {
	if call.IsInvoke() || call.StaticCallee() != nil || namesFuncs(call.Value, map[ssa.Value]bool{}) {
		return -1
	}
	sig := call.Signature()
	res, params := sig.Results(), sig.Params()
	if res.Len() != params.Len() || sig.Variadic() {
		return -1
	}
	j := -1
	for r := 0; r < res.Len(); r++ {
		if !types.Identical(res.At(r).Type(), params.At(r).Type()) {
			return -1
		}
		if c.kindOf(res.At(r).Type()) == notResource {
			continue
		}
		if j >= 0 {
			return -1
		}
		j = r
	}
	if j < 0 || j >= len(call.Args) || isNil(call.Args[j]) {
		return -1
	}
	return j
}

// hookStandsFor reports whether the result j of call, which passThrough
// found to stand for its argument j, is taken so: where the argument is
// borrowed (what the hook gives back is the caller's caller's), or where
// a Close of the argument deferred before the call releases it (defer
// rc.Close(); rc = shadow(rc)), whatever the hook made of it. A hook
// given a value the function owns otherwise may give a new one (nc :=
// redial(c); c.Close()), which is the function's to close.
func (c *checker) hookStandsFor(call *ssa.CallCommon, j int) bool {
	arg := call.Args[j]
	if c.passedBorrowed(arg, map[ssa.Value]bool{}) {
		return true
	}
	instr := c.callInstrOf(call)
	if instr == nil {
		return false
	}
	// same reports whether x is the deferred value v, loaded from the
	// same variable, or a φ-node of it and of values that stand for it
	// (if cork { rc = timedCork(rc, ...) }).
	var same func(x, v ssa.Value, depth int) bool
	same = func(x, v ssa.Value, depth int) bool {
		if x == v {
			return true
		}
		if depth > 4 {
			return false
		}
		switch x := x.(type) {
		case *ssa.UnOp:
			l, ok := v.(*ssa.UnOp)
			if !ok || x.Op != token.MUL || l.Op != token.MUL || x.X != l.X {
				return false
			}
			_, free := x.X.(*ssa.FreeVar)
			return free || isLocalCell(x.X)
		case *ssa.Phi:
			for _, e := range x.Edges {
				if !same(e, v, depth+1) {
					return false
				}
			}
			return true
		case *ssa.Call:
			bits := c.wrappingResults(&x.Call)
			return bits&1 != 0 && len(x.Call.Args) > 0 && same(x.Call.Args[0], v, depth+1)
		}
		return false
	}
	for _, b := range instr.Parent().Blocks {
		if !b.Dominates(instr.Block()) {
			continue
		}
		for _, in := range b.Instrs {
			if b == instr.Block() && in == instr {
				break
			}
			d, ok := in.(*ssa.Defer)
			if !ok {
				continue
			}
			var recv ssa.Value
			switch {
			case d.Call.IsInvoke() && d.Call.Method.Name() == "Close":
				recv = d.Call.Value
			case d.Call.StaticCallee() != nil && d.Call.StaticCallee().Name() == "Close" && len(d.Call.Args) == 1:
				recv = d.Call.Args[0]
			}
			if recv != nil && same(arg, unconvert(recv), 0) {
				return true
			}
		}
	}
	return false
}

// namesFuncs reports whether the function value v may be one of the
// program's own functions or closures, which the analysis can read: a
// φ-node of them (stage := passFn; if disk { stage = diskFn }).
func namesFuncs(v ssa.Value, seen map[ssa.Value]bool) bool {
	if seen[v] {
		return false
	}
	seen[v] = true
	switch v := v.(type) {
	case *ssa.Function, *ssa.MakeClosure:
		return true
	case *ssa.Phi:
		for _, e := range v.Edges {
			if namesFuncs(e, seen) {
				return true
			}
		}
	case *ssa.ChangeType:
		return namesFuncs(v.X, seen)
	}
	return false
}

// dormantStarts returns the instructions at which the function may start
// v, a dormant value of kind k (see startsOf), and whether it may start
// it at all. Only paths through one of them can leak it, as only paths
// through a fill can leak a value born empty. Where a closure that shares
// the variable holding v starts it, which may run anywhere, it returns
// no instructions: the value is a resource from its call.
func (c *checker) dormantStarts(v ssa.Value, k kind) (map[ssa.Instruction]bool, bool) {
	if v == nil {
		return nil, false
	}
	fl := c.trace(v, k, false)
	starts := c.startsOf(fl)
	if len(starts) == 0 {
		return nil, false
	}
	for cell := range fl.cells {
		for _, r := range usesOf(cell) {
			if starts[r] {
				return nil, true
			}
		}
	}
	return starts, true
}

// passedBorrowed reports whether v, given to a pass-through hook (see
// passThrough), is what the function was given: a parameter, a free
// variable or a global, what such a hook gave back for one, or a φ-node
// of those (e = opt(e) round a loop of options).
func (c *checker) passedBorrowed(v ssa.Value, seen map[ssa.Value]bool) bool {
	if seen[v] {
		return true
	}
	seen[v] = true
	switch x := v.(type) {
	case *ssa.Parameter, *ssa.FreeVar:
		return true
	case *ssa.UnOp:
		_, global := x.X.(*ssa.Global)
		return x.Op == token.MUL && global
	case *ssa.Phi:
		for _, e := range x.Edges {
			if !c.passedBorrowed(e, seen) {
				return false
			}
		}
		return true
	case *ssa.Call, *ssa.Extract:
		call, j := resultOf(v)
		if call == nil || c.passThrough(&call.Call) != j {
			return false
		}
		return c.passedBorrowed(call.Call.Args[j], seen)
	}
	return false
}
