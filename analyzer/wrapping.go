package analyzer

import (
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ssa"
)

// This file works out which parameter a new value that a function returns
// wraps (see summary.wraps): the value holds the parameter in a field,
// stored there by the function itself (&Client{conn: conn}) or by a
// method that the function calls on the new value (z := new(Writer);
// z.init(w, level)), and holds no resource of its own.

// wrappedParam returns the parameter of fn that a new value among the
// origins o of a result holds in a field, or -1. The flow of a parameter
// records the new values that hold it, and whether closing them closes it
// too (see holds): a statement pointing back at its connection wraps
// nothing, it is a resource of its own.
func (c *checker) wrappedParam(fn *ssa.Function, o *origins, paramFlows []*flow) int {
	if !slices.ContainsFunc(paramFlows, func(fl *flow) bool { return fl != nil }) {
		return -1
	}
	var own []bool // a new resource with a part of its own wraps nothing
	for _, v := range o.fresh {
		own = append(own, c.holdsOwn(v))
	}
	// A parameter that is a resource first: NewIter(store, it) wraps it,
	// not the store it reads from.
	if i := c.wrappedParamOf(fn, o, own, paramFlows, func(k kind) bool { return k != notResource }); i >= 0 {
		return i
	}
	return c.wrappedParamOf(fn, o, own, paramFlows, func(kind) bool { return true })
}

// wrappedParamOf is wrappedParam among the parameters whose kind is
// accepted by want; own[j] says whether o.fresh[j] holds a resource its
// function acquired (see holdsOwn).
//
// A new value that holds a stream it was given (see isStream), an
// io.Writer, wraps it whether its own Close closes it or not, as long as
// it holds no other resource (see holdsOnly): a compressing writer's
// Close writes a trailer into what it was given, and whoever gave that
// closes it. Like the codecs of the wrappers table, the value then holds
// nothing of its own but what it reads or writes. The stream's owner
// decides what it is: a bytes.Buffer holds nothing, a file stands for
// itself.
func (c *checker) wrappedParamOf(fn *ssa.Function, o *origins, own []bool, paramFlows []*flow, want func(kind) bool) int {
	for i, fl := range paramFlows {
		if fl == nil || !want(fl.kind) || fl.releases() {
			// A function that closes what it wraps on some path (when
			// it fails) takes the resource over: the call hands it off.
			continue
		}
		stream := isStream(fn.Params[i].Type())
		for j, v := range o.fresh {
			if own[j] {
				continue
			}
			if h, ok := fl.structs[v]; ok && ((h.owns && !stream) || (stream && c.holdsOnly(v.Parent(), v, fl))) {
				if c.kindOf(v.Type()) == notResource && c.startsClosing(v, h) {
					// go c.processLoop(), which closes c.rw: the
					// value, which has no Close, leaves what it
					// holds to its goroutine. One with a Close
					// still stands for it.
					continue
				}
				return i
			}
			// reopen(conn) returns what another wrapper of conn,
			// NewSession(conn), made around it.
			if call, j := resultOf(v); call != nil && fl.aliases[v] && c.wrappingArg(&call.Call, j) != nil {
				return i
			}
		}
		// A store that still hands the parameter off (into an element
		// rather than a field) may fill a new value among the results.
		for instr := range fl.events {
			st, ok := instr.(*ssa.Store)
			if !ok {
				continue
			}
			if a := allocRoot(st.Addr); a != nil && (slices.Contains(o.fresh, ssa.Value(a)) || copiedInto(a, o.fresh, 0)) {
				return i
			}
			// A new value that a callee made empty, filled here.
			if v := root(st.Addr, false); slices.Contains(o.fresh, v) {
				if call, j := resultOf(v); call != nil && c.emptyResult(call, j) {
					return i
				}
			}
		}
		for v := range fl.aliases {
			for _, r := range usesOf(v) {
				if call, ok := r.(*ssa.Call); ok && c.fillsFresh(call, fl, o.fresh, own, stream) {
					return i
				}
			}
		}
	}
	return -1
}

// startsClosing reports whether the function starts, on a goroutine, a
// function given v (a method of it: go c.processLoop()) whose summary
// closes the field of v that holds the resource (see structHolding): the
// goroutine takes the resource over when it ends, as a connection's
// reading loop does.
func (c *checker) startsClosing(v ssa.Value, h structHolding) bool {
	for _, r := range usesOf(v) {
		g, ok := r.(*ssa.Go)
		if !ok {
			continue
		}
		callee := g.Call.StaticCallee()
		if callee == nil || g.Call.IsInvoke() {
			continue
		}
		for k, a := range g.Call.Args {
			if a == v && h.closedBy(c.summaryOf(callee), fieldRoot("p", k)) {
				return true
			}
		}
	}
	return false
}

// wrapsOnly reports whether a result of fn with origins o, which wraps
// parameter p, is nothing else wherever it is not nil: p itself, or a
// new value around it that holds nothing of its own (see strictWrapper),
// made here or by a callee of which the same holds and which is given
// nothing else that may hold a resource. A function that starts a
// goroutine may leave it to the value to stop. A result that wraps its
// argument on one path and is a new file on another does not qualify.
func (c *checker) wrapsOnly(fn *ssa.Function, o *origins, paramFlows []*flow, p int) bool {
	fl := paramFlows[p]
	if fl == nil || o.others || o.guessOnly || len(o.views) > 0 {
		return false
	}
	for param := range o.params {
		if param != fn.Params[p] {
			return false
		}
	}
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			if _, ok := instr.(*ssa.Go); ok {
				return false
			}
		}
	}
	for _, v := range o.fresh {
		if alloc, ok := v.(*ssa.Alloc); ok {
			if !c.strictWrapper(alloc, fl) {
				return false
			}
			continue
		}
		call, j := resultOf(v)
		if call == nil || !fl.aliases[v] || j >= 64 {
			return false
		}
		callee := call.Call.StaticCallee()
		if callee == nil {
			return false
		}
		sum := c.summaryOf(callee)
		if sum.wrapsOnly&(1<<j) == 0 {
			return false
		}
		wrapped := false
		for k, arg := range call.Call.Args {
			switch {
			case fl.aliases[arg] && sum.wrapped(k) == j:
				wrapped = true
			case !addsNothing(arg, fl):
				return false // wrapW10(r, tmp) keeps tmp too
			}
		}
		if !wrapped {
			return false
		}
	}
	return true
}

// strictWrapper reports whether alloc, a new value that fn returns around
// the parameter traced as fl, holds nothing else: its fields get the
// parameter, constants and values that cannot hold a resource, and it is
// given to no call but methods of the package that only compute on it
// (e.initState()). A method that attaches a file of its own, or a value
// given to a goroutine, disqualifies it.
func (c *checker) strictWrapper(alloc *ssa.Alloc, fl *flow) bool {
	for _, r := range usesOf(alloc) {
		switch r := r.(type) {
		case *ssa.FieldAddr:
			for _, u := range usesOf(r) {
				switch u := u.(type) {
				case *ssa.Store:
					if u.Addr != ssa.Value(r) || !addsNothing(u.Val, fl) {
						return false
					}
				case *ssa.UnOp, *ssa.DebugRef:
				default:
					return false
				}
			}
		case *ssa.MakeInterface, *ssa.ChangeType, *ssa.Return, *ssa.Phi, *ssa.DebugRef:
		case *ssa.UnOp:
			if r.Op != token.MUL {
				return false
			}
		case *ssa.Call:
			if !c.callsComputing(&r.Call, alloc) {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// addsNothing reports whether v, stored into or given beside a wrapper
// of the parameter traced as fl, adds nothing to close: the parameter
// itself, a constant, or a value of a type that cannot hold a resource.
func addsNothing(v ssa.Value, fl *flow) bool {
	if fl.aliases[v] {
		return true
	}
	if _, ok := v.(*ssa.Const); ok {
		return true
	}
	return !canHoldResource(v.Type())
}

// fillsFresh reports whether call, given the parameter traced as fl (a
// stream, if stream), is one of the package's functions that stores it
// into a field of a new value among fresh: z := new(Writer); z.init(w,
// level) fills z as &Writer{w: w, level: level} would, and s2's
// NewWriter fills its writer through Reset(w). The new value wraps the
// parameter on the terms of wrappedParamOf, with what the callee stores
// into it counted too.
//
// s2's Reset also starts a goroutine that only the writer's Close stops:
// a writer dropped without Close leaves it blocked for good. leakvet
// does not follow goroutines (nor the one behind io.Pipe), so such a
// writer around a buffer is not reported.
func (c *checker) fillsFresh(call *ssa.Call, fl *flow, fresh []ssa.Value, own []bool, stream bool) bool {
	callee := call.Call.StaticCallee()
	if callee == nil || callee.Blocks == nil {
		return false
	}
	args := call.Call.Args
	for _, f := range c.summaryOf(callee).fills {
		if f.param >= len(args) || f.into >= len(args) || !fl.aliases[args[f.param]] {
			continue
		}
		k := slices.Index(fresh, args[f.into])
		if _, isField := args[f.into].(*ssa.FieldAddr); k < 0 && isField && stream {
			// setOutput(&e.emitter, w): a field of the new value, filled
			// with the stream as the value itself would be.
			if root := allocRoot(args[f.into]); root != nil {
				k = slices.Index(fresh, ssa.Value(root))
			}
		}
		if k < 0 || own[k] || f.into >= len(callee.Params) {
			continue
		}
		if stream && f.only && c.holdsOnly(call.Parent(), fresh[k], fl) {
			return true
		}
		if !stream && c.holds(fresh[k].Type(), f.path) && !c.storesOwn(callee, callee.Params[f.into]) {
			return true
		}
	}
	return false
}

// fills returns the fills of fn (see summary.fills), in the order of its
// parameters and instructions, given the flows of its parameters. A
// parameter stored into a local composite that is then copied into what
// a pointer parameter points to (*z = Writer{w: w}) fills the field of
// the composite.
func (c *checker) fills(fn *ssa.Function, paramFlows []*flow) []fill {
	if len(fn.Params) < 2 {
		return nil
	}
	var stores []*ssa.Store // into what a parameter points to
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			if st, ok := instr.(*ssa.Store); ok {
				if p, _ := paramField(st.Addr); p != nil {
					stores = append(stores, st)
				}
			}
		}
	}
	var fs []fill
	for j, fl := range paramFlows {
		if fl == nil || fl.releases() {
			continue
		}
		for _, st := range stores {
			if !fl.aliases[st.Val] {
				continue
			}
			p, path := paramField(st.Addr)
			if h, ok := fl.structs[st.Val]; ok {
				path = slices.Concat(path, h.path)
			}
			i := slices.Index(fn.Params, p)
			if i < 0 || i == j || len(path) == 0 || overwrittenAfter(fn, st, path, fl) {
				continue
			}
			fs = append(fs, fill{param: j, into: i, path: path, only: c.holdsOnly(fn, p, fl)})
		}
	}
	return fs
}

// paramField returns the parameter that addr is, or is a field of
// through fields only, with the path of the field; otherwise nil. A
// parameter that a closure captures is read from the variable that holds
// it.
func paramField(addr ssa.Value) (*ssa.Parameter, []string) {
	base, path := fieldPath(addr)
	if load, ok := base.(*ssa.UnOp); ok {
		base = capturedParam(load)
	}
	if p, ok := base.(*ssa.Parameter); ok {
		return p, path
	}
	return nil, nil
}

// capturedParam returns the parameter that load reads, when it loads the
// variable of a parameter that a closure captures and that nothing else is
// stored into; otherwise nil.
func capturedParam(load *ssa.UnOp) *ssa.Parameter {
	cell, ok := load.X.(*ssa.Alloc)
	if load.Op != token.MUL || !ok {
		return nil
	}
	var param *ssa.Parameter
	for _, r := range usesOf(cell) {
		st, ok := r.(*ssa.Store)
		if !ok || st.Addr != cell {
			continue
		}
		p, ok := st.Val.(*ssa.Parameter)
		if !ok || (param != nil && p != param) {
			return nil
		}
		param = p
	}
	return param
}

// overwrittenAfter reports whether fn may store, after st, a value other
// than the resource traced as fl into the field at path of the parameter
// that st stores into, or into a field that contains it.
func overwrittenAfter(fn *ssa.Function, st *ssa.Store, path []string, fl *flow) bool {
	p, _ := paramField(st.Addr)
	later := reachable(st.Block().Succs, func(b *ssa.BasicBlock) []*ssa.BasicBlock { return b.Succs })
	for _, b := range fn.Blocks {
		after := false
		for _, instr := range b.Instrs {
			if instr == st {
				after = true
				continue
			}
			other, ok := instr.(*ssa.Store)
			if !ok || fl.aliases[other.Val] || (!later[b] && (b != st.Block() || !after)) {
				continue
			}
			if q, qpath := paramField(other.Addr); q == p && len(qpath) <= len(path) && slices.Equal(qpath, path[:len(qpath)]) {
				return true
			}
		}
	}
	return false
}

// isStream reports whether t is an interface with io.Reader's Read or
// io.Writer's Write method and no method called Close: io.Reader,
// io.Writer, a flate.Reader. A function given such a value can read or
// write it, and cannot close it.
func isStream(t types.Type) bool {
	if _, ok := types.Unalias(t).Underlying().(*types.Interface); !ok || isTypeParam(t) {
		return false
	}
	if obj, _, _ := types.LookupFieldOrMethod(t, false, nil, "Close"); obj != nil {
		return false
	}
	for _, name := range []string{"Read", "Write"} {
		if m, ok := lookupMethod(t, name); ok && isIOMethod(m.Signature()) {
			return true
		}
	}
	return false
}

func lookupMethod(t types.Type, name string) (*types.Func, bool) {
	obj, _, _ := types.LookupFieldOrMethod(t, false, nil, name)
	m, ok := obj.(*types.Func)
	return m, ok
}

// isIOMethod reports whether sig is func([]byte) (int, error).
func isIOMethod(sig *types.Signature) bool {
	if sig.Params().Len() != 1 || sig.Results().Len() != 2 || sig.Variadic() {
		return false
	}
	b, ok := sig.Params().At(0).Type().Underlying().(*types.Slice)
	n, isBasic := sig.Results().At(0).Type().Underlying().(*types.Basic)
	return ok && types.Identical(b.Elem(), types.Typ[types.Byte]) && isBasic && n.Kind() == types.Int &&
		types.Identical(sig.Results().At(1).Type(), errorType)
}

// holdsOwn reports whether the new value v also holds, in a field, a
// resource that its function acquired itself: NewSession(conn) that
// opens a log file for the session makes a new resource, which its caller
// must close, not a wrapper of conn.
func (c *checker) holdsOwn(v ssa.Value) bool {
	alloc, ok := v.(*ssa.Alloc)
	if !ok || alloc.Parent() == nil {
		return false
	}
	return c.storesOwn(alloc.Parent(), alloc)
}

// storesOwn reports whether fn stores into into, a new value or a
// parameter, a resource that fn acquires itself.
func (c *checker) storesOwn(fn *ssa.Function, into ssa.Value) bool {
	stores, _ := storesInto(fn, into)
	for _, st := range stores {
		call, j := resultOf(st.Val)
		if call == nil || takesParam(call) {
			continue // a part built around what it was given: NewScanner(file)
		}
		for _, a := range c.resultsOf(call) {
			if a.index == j {
				return true
			}
		}
	}
	return false
}

// holdsOnly reports whether every resource that fn stores into into, a
// new value or a parameter that fn fills, is the stream traced as fl, a
// part built around it, or what into held already (klauspost's gzip
// keeps the compressor of a writer it resets): such a value holds
// nothing of its own but what it reads or writes. Any other resource
// stored there, a connection read out of the result of a dial or a
// database that the value points back at, makes it a resource of its
// own.
func (c *checker) holdsOnly(fn *ssa.Function, into ssa.Value, fl *flow) bool {
	if fn == nil {
		return false
	}
	stores, targets := storesInto(fn, into)
	for _, st := range stores {
		v := st.Val
		if load, ok := v.(*ssa.UnOp); ok && load.Op == token.MUL && slices.ContainsFunc(targets, func(t ssa.Value) bool { return isPartOf(load.X, t) }) {
			continue // what into held already
		}
		if c.kindOf(v.Type()) == notResource || isNil(v) || fl.aliases[v] {
			continue
		}
		if call, _ := resultOf(v); call != nil && slices.ContainsFunc(call.Call.Args, func(a ssa.Value) bool { return fl.aliases[a] }) {
			continue // a part built around the stream: a compressor writing into it
		}
		return false
	}
	return true
}

// storesInto returns the stores of fn into into, a new value or a
// parameter, and into its fields and elements, along with the values
// they store into: into, and the local composites that fn copies whole
// into it (*z = Writer{w: w}), whose own stores it returns instead of the
// copy.
func storesInto(fn *ssa.Function, into ssa.Value) ([]*ssa.Store, []ssa.Value) {
	var stores []*ssa.Store
	targets := []ssa.Value{into}
	for k := 0; k < len(targets) && k < maxNesting; k++ {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				st, ok := instr.(*ssa.Store)
				if !ok || !isPartOf(st.Addr, targets[k]) {
					continue
				}
				if load, ok := st.Val.(*ssa.UnOp); ok && load.Op == token.MUL {
					if tmp, ok := load.X.(*ssa.Alloc); ok && !isLocalCell(tmp) && !slices.Contains(targets, ssa.Value(tmp)) {
						targets = append(targets, tmp)
						continue
					}
				}
				stores = append(stores, st)
			}
		}
	}
	return stores, targets
}

// isPartOf reports whether addr is v, or a field or element of it, where
// v may be a parameter that a closure captures.
func isPartOf(addr, v ssa.Value) bool {
	if root(addr, false) == v {
		return true
	}
	p, _ := paramField(addr)
	return p != nil && ssa.Value(p) == v
}

// takesParam reports whether the call is given a parameter of its
// function (converted to an interface or not).
func takesParam(call *ssa.Call) bool {
	for _, a := range call.Call.Args {
		if _, ok := unconvert(a).(*ssa.Parameter); ok {
			return true
		}
	}
	return false
}

// unconvert returns the value that v converts, through interface and
// named-type conversions, or v itself.
func unconvert(v ssa.Value) ssa.Value {
	for range 4 {
		switch x := v.(type) {
		case *ssa.MakeInterface:
			v = x.X
		case *ssa.ChangeType:
			v = x.X
		case *ssa.ChangeInterface:
			v = x.X
		default:
			return v
		}
	}
	return v
}
