package analyzer

import (
	"go/build"
	"go/token"
	"go/types"
	"iter"
	"path/filepath"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/tools/go/ssa"
)

// This file recognizes accessors of interfaces whose implementations the
// package cannot see: a method without parameters (Writable() (File,
// error)) that every call of the package uses and drops without closing
// what it gives. A package that calls it in several places, and closes,
// keeps or returns none of the results, treats it as a getter of a value
// its receiver owns. Where the program has an implementation that makes
// something new, that implementation decides.

// unclosedAccessor reports whether call, an interface method call, gives
// a part of its receiver by the package's own use of the method: the
// method takes no parameters and gives a resource, alone or beside an
// error; no implementation that the program has makes a new one (each
// gives a part of its receiver, or what the same method of a value it
// holds gives, see delegatedResult); and the package calls it at least
// twice and closes, keeps and returns none of the results (see
// accessorUse). It is a guess, which the package's consistent use
// supports.
func (c *checker) unclosedAccessor(call *ssa.CallCommon) bool {
	m := call.Method
	sig := m.Signature()
	res := sig.Results()
	if sig.Params().Len() != 0 || res.Len() == 0 || res.Len() > 2 || (res.Len() == 2 && !types.Identical(res.At(1).Type(), errorType)) {
		return false
	}
	if m.Pkg() == nil || c.isStandard(m) || namedForMaking(m.Name()) {
		// The standard library's implementations do what its
		// documentation says (a Listener's Accept makes a connection);
		// a method named for making something makes it.
		return false
	}
	instr := c.callInstrOf(call)
	if instr == nil {
		return false
	}
	impls, partial := c.implementations(instr)
	if partial {
		return false
	}
	for _, impl := range impls {
		if impl.sum.borrowed&1 == 0 && impl.sum.delegates&1 == 0 {
			return false // an implementation makes something new
		}
	}
	sites, closed := c.accessorUse(m)
	return sites >= minAccessorSites && !closed
}

// makingVerbs begin the names of methods that make what they return, as
// Go names them: Open, NewStream, Acquire, Accept.
var makingVerbs = []string{"Open", "New", "Create", "Dial", "Accept", "Acquire", "Begin", "Connect", "Start", "Fetch",
	"Get", "Next", "Clone", "Dup", "Listen", "Subscribe", "Watch", "Lock", "Take", "Borrow", "Checkout", "Reserve",
	"Alloc", "Spawn", "Exec", "Query", "Prepare", "Load", "Read", "Request", "Send", "Do"}

// namedForMaking reports whether a method named name is named for making
// something: its name is one of makingVerbs, or starts with one followed
// by an upper-case letter (OpenStream, not Opened).
func namedForMaking(name string) bool {
	for _, v := range makingVerbs {
		rest, ok := strings.CutPrefix(name, v)
		if ok && (rest == "" || unicode.IsUpper(rune(rest[0]))) {
			return true
		}
	}
	return false
}

// isStandard reports whether obj is declared in the standard library: its
// package path's first element has no dot, and its file is under GOROOT
// (or has a relative name, as -trimpath gives).
func (c *checker) isStandard(obj types.Object) bool {
	first, _, _ := strings.Cut(obj.Pkg().Path(), "/")
	if strings.Contains(first, ".") {
		return false
	}
	name := c.pass.Fset.Position(obj.Pos()).Filename
	return !filepath.IsAbs(name) || strings.HasPrefix(name, filepath.Join(build.Default.GOROOT, "src")+string(filepath.Separator))
}

// minAccessorSites is how many calls of an accessor, none of which closes
// what it gives, make the package's use of it evidence.
const minAccessorSites = 2

// accessorUse returns how many calls of the interface method m the package
// makes, and whether it closes, keeps or returns what one of them gives.
func (c *checker) accessorUse(m *types.Func) (int, bool) {
	m = m.Origin() // every instance of a generic interface's method
	return c.accessorUseOf(m, func(call *ssa.CallCommon) bool {
		return call.Method != nil && call.Method.Origin() == m
	})
}

// accessorUseOf is accessorUse for the calls that match says are calls
// of the accessor key: an interface method, or a function-valued field
// (see unclosedFuncField).
func (c *checker) accessorUseOf(key types.Object, match func(*ssa.CallCommon) bool) (int, bool) {
	if u, ok := c.accessorUses[key]; ok {
		return u.sites, u.closed
	}
	if c.accessorUses == nil {
		c.accessorUses = map[types.Object]accessorUse{}
	}
	c.accessorUses[key] = accessorUse{closed: true} // while it is worked out
	u := accessorUse{}
	for instr := range c.packageInstrs() {
		ci, ok := instr.(ssa.CallInstruction)
		if !ok || !match(ci.Common()) {
			continue
		}
		if fn := ci.Parent(); fn.Signature.Recv() != nil && fn.Name() == "Close" {
			// The holder's own Close releases what it holds; its
			// other methods borrow it (return s.client().Close()).
			continue
		}
		u.sites++
		call, ok := ci.(*ssa.Call)
		if !ok {
			u.closed = true // deferred or started: not a plain use
			break
		}
		v := ssa.Value(call)
		if _, tuple := call.Type().(*types.Tuple); tuple {
			v = nil
			for _, r := range usesOf(call) {
				if x, ok := r.(*ssa.Extract); ok && x.Index == 0 {
					v = x
				}
			}
		}
		if v != nil && c.settledHere(v, map[ssa.Value]bool{}, 0) {
			u.closed = true
			break
		}
	}
	c.accessorUses[key] = u
	return u.sites, u.closed
}

// unclosedFuncField reports whether call, a call of a function value
// loaded from a struct field (s.client(), where client func() es.Client
// holds whatever the package's caller configured), gives a value that
// its holder shares, by the package's own use of the field: the function
// takes no parameters but contexts (getConn(ctx), a lazy getter that may
// have to connect first) and gives a resource, alone or beside an error;
// it is not named for making something (newConn, dial), though get and a
// name (getConn) names a getter; the package does not store its own
// functions there alone (see fieldFuncs, which then decides); and the
// package calls it, or fields of the same name and type in its other
// types, at least twice and closes, keeps and returns none of the
// results (see accessorUse), where giving a result to a wrapper that
// holds it and nothing else (NewEchoClient(conn)) does what is done
// with the wrapper. A guess, as for interface accessors.
func (c *checker) unclosedFuncField(call *ssa.CallCommon) bool {
	if call.IsInvoke() || call.StaticCallee() != nil {
		return false
	}
	fv := fieldVar(call.Value)
	if fv == nil {
		return false
	}
	sig := call.Signature()
	res := sig.Results()
	if !onlyContexts(sig.Params()) || res.Len() == 0 || res.Len() > 2 || (res.Len() == 2 && !types.Identical(res.At(1).Type(), errorType)) {
		return false
	}
	name := strings.ToUpper(fv.Name()[:1]) + fv.Name()[1:]
	if (namedForMaking(name) && !namedAsGetter(name)) || namedAsMaker(name) {
		return false
	}
	if _, ok := c.fieldFuncs(call); ok || c.storesMaker(fv) {
		return false
	}
	if (sig.Params().Len() > 0 || namedAsGetter(name)) && !c.setOnlyFromOutside(fv) {
		// getConn(ctx): only what the package's caller gave, never a
		// function the package picks itself (a default dialer).
		return false
	}
	sites, closed := c.accessorUseOf(fv, func(other *ssa.CallCommon) bool {
		if other.IsInvoke() || other.StaticCallee() != nil {
			return false
		}
		// The fields of one name and type that the package's types
		// hold (each generated client's getConn) are one accessor.
		ov := fieldVar(other.Value)
		return ov == fv || (ov != nil && ov.Pkg() == fv.Pkg() && ov.Name() == fv.Name() && types.Identical(ov.Type(), fv.Type()))
	})
	return sites >= minAccessorSites && !closed
}

// wrappedOnly reports whether the function of summary sum keeps its
// parameter i only in results that wrap it (see summary.wraps): it
// releases it on no path, keeps it in no other parameter's reach or
// global, and starts nothing that holds it.
func (c *checker) wrappedOnly(sum *summary, i int) bool {
	return slices.Contains(sum.wraps, i+1) && sum.keeper(i) < 0 && !sum.start(i) && !sum.release(i) && !sum.releaseOnFailure(i) && !sum.complete
}

// closableResult reports whether a result of call has a Close of its own
// (tls.Client(raw, cfg)): a wrapper that its user must close, so that
// leaving it open is no sign that what it wraps is borrowed.
func closableResult(call *ssa.Call) bool {
	if t, ok := call.Type().(*types.Tuple); ok {
		for v := range t.Variables() {
			if closeMethod(v.Type()) != nil {
				return true
			}
		}
		return false
	}
	return closeMethod(call.Type()) != nil
}

// onlyContexts reports whether every parameter in params is a
// context.Context: what a getter that may have to set up what it gives
// (getConn(ctx)) takes, and no key or address of something to make.
func onlyContexts(params *types.Tuple) bool {
	for i := range params.Len() {
		if typeName(params.At(i).Type()) != "context.Context" {
			return false
		}
	}
	return true
}

// namedAsGetter reports whether a function-valued field, its name given
// with a capital, is named get and what it gives (getConn, GetClient):
// a field holds one function that the package calls for the value its
// caller set up, unlike a pool's Get method, which hands one out.
func namedAsGetter(name string) bool {
	rest, ok := strings.CutPrefix(name, "Get")
	return ok && rest != "" && unicode.IsUpper(rune(rest[0])) && !namedForMaking(rest) && !namedAsMaker(rest)
}

// setOnlyFromOutside reports whether every value the package stores into
// the function-valued field fv is a parameter of the function that
// stores it, or what a field of another value holds (&Client{getConn:
// g.getConn}): the function is always one the package's caller gave.
func (c *checker) setOnlyFromOutside(fv *types.Var) bool {
	for st := range c.storesInto(fv) {
		switch v := unconvert(st.Val).(type) {
		case *ssa.Parameter:
		case *ssa.UnOp:
			if _, ok := v.X.(*ssa.FieldAddr); !ok || v.Op != token.MUL {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// accessorUse is what accessorUse found for one method.
type accessorUse struct {
	sites  int
	closed bool
}

// settledHere reports whether v, or a value that stands for it, is closed
// (directly, deferred, through a method value, or by a function that
// releases it), stored anywhere but a local variable, sent, returned or
// given to a goroutine: what a caller does with a value it owns.
func (c *checker) settledHere(v ssa.Value, seen map[ssa.Value]bool, depth int) bool {
	for _, r := range unseenReferrers(v, seen, depth) {
		switch r := r.(type) {
		case *ssa.Return, *ssa.Send, *ssa.Go, *ssa.MapUpdate:
			return true
		case *ssa.Call, *ssa.Defer:
			// A deferred call settles v as the same call does:
			// defer l.UnLock(lock) only uses it.
			call := r.(ssa.CallInstruction).Common()
			if call.IsInvoke() && call.Value == v {
				if call.Method.Name() == "Close" {
					return true
				}
				continue
			}
			callee := call.StaticCallee()
			for i, arg := range call.Args {
				if arg != v {
					continue
				}
				if callee == nil || (callee.Name() == "Close" && callee.Signature.Recv() != nil) || c.calleeCloses(callee, i) {
					return true
				}
				sum := c.summaryOf(callee)
				if call, ok := r.(*ssa.Call); ok && c.wrappedOnly(sum, i) && !closableResult(call) {
					// NewEchoClient(conn): a wrapper that holds v and
					// nothing of its own settles v as it is settled.
					for j, w := range sum.wraps {
						if w != i+1 {
							continue
						}
						for _, res := range resultValues(call, j) {
							if c.settledHere(res, seen, depth+1) {
								return true
							}
						}
					}
					continue
				}
				if sum.consumes(i) {
					return true // kept or closed by the callee
				}
			}
		case *ssa.MakeClosure:
			if c.closureSettles(r, v, seen, depth) {
				return true
			}
		case *ssa.Store:
			if r.Val != v {
				continue
			}
			if !isLocalCell(r.Addr) {
				return true
			}
			for _, u := range usesOf(r.Addr) {
				if load, ok := u.(*ssa.UnOp); ok && load.Op == token.MUL && c.settledHere(load, seen, depth+1) {
					return true
				}
				if mc, ok := u.(*ssa.MakeClosure); ok && c.closureSettles(mc, r.Addr, seen, depth) {
					return true
				}
			}
		case *ssa.MakeInterface, *ssa.ChangeInterface, *ssa.ChangeType, *ssa.TypeAssert, *ssa.Phi, *ssa.Convert:
			if c.settledHere(r.(ssa.Value), seen, depth+1) {
				return true
			}
		case *ssa.Extract:
			if c.settledHere(r, seen, depth+1) {
				return true
			}
		case *ssa.UnOp:
			// A copy of what v points to: a Close with a value
			// receiver closes it.
			if r.Op == token.MUL && c.settledHere(r, seen, depth+1) {
				return true
			}
		case *ssa.FieldAddr:
			// resp.Body.Close(), or a Close promoted from an embedded
			// field: closing a part is closing what v gives.
			for _, u := range usesOf(r) {
				if load, ok := u.(*ssa.UnOp); ok && load.Op == token.MUL && c.settledHere(load, seen, depth+1) {
					return true
				}
			}
			if c.settledHere(r, seen, depth+1) {
				return true // the part's address given to what closes it
			}
		case *ssa.Field:
			if c.settledHere(r, seen, depth+1) {
				return true
			}
		}
	}
	return false
}

// delegatedResult reports whether result i of fn, a method, is on every
// return nil, or what the method of the same name gives when called on
// an interface held in a field of the receiver, alone or in a new struct
// around it: SubStorage.Writable returns subWritable{underlying: uw} for
// uw from s.underlying.Writable(). Such an implementation gives what the
// one it delegates to gives.
func (c *checker) delegatedResult(fn *ssa.Function, i int) bool {
	if fn.Signature.Recv() == nil || len(fn.Params) != 1 || fn.Blocks == nil {
		return false // an accessor takes nothing but its receiver
	}
	delegate := func(v ssa.Value) bool {
		call, j := resultOf(v)
		if call == nil || j != i || !call.Call.IsInvoke() || call.Call.Method.Name() != fn.Name() ||
			len(call.Call.Args) != 0 || !types.Identical(call.Call.Signature(), fn.Signature) {
			return false
		}
		// What the other implementations the package sees give: one
		// that makes something new (an os.Open) is no getter.
		// Another method whose summary is being computed is on the
		// way here: a decorator that delegates to this one in turn
		// (TDebugProtocol.Transport and TDuplicateToProtocol.Transport,
		// each over a TProtocol), which gives what the others give.
		impls, _ := c.implementations(call)
		for _, impl := range impls {
			if !impl.pending && impl.sum.borrowed&(1<<i) == 0 && impl.sum.delegates&(1<<i) == 0 {
				return false
			}
		}
		switch x := call.Call.Value.(type) {
		case *ssa.UnOp: // r.inner, r a pointer, or s.inner of a copy of s
			fa, ok := x.X.(*ssa.FieldAddr)
			if !ok || x.Op != token.MUL {
				return false
			}
			base, _ := fieldPath(fa)
			return base == fn.Params[0] || copyOf(base, fn.Params[0])
		case *ssa.Field: // s.inner, s a struct
			for v := ssa.Value(x); ; {
				f, ok := v.(*ssa.Field)
				if !ok {
					return v == fn.Params[0]
				}
				v = f.X
			}
		}
		return false
	}
	some := false
	for _, v := range returned(fn, i) {
		v = unconvert(v)
		if k, ok := v.(*ssa.Const); ok && k.IsNil() {
			continue
		}
		if delegate(v) {
			some = true
			continue
		}
		var alloc *ssa.Alloc
		switch x := v.(type) {
		case *ssa.Alloc:
			alloc = x
		case *ssa.UnOp:
			alloc, _ = x.X.(*ssa.Alloc)
		}
		if alloc == nil || !c.aroundDelegate(alloc, delegate) {
			return false
		}
		some = true
	}
	return some
}

// aroundDelegate reports whether the new struct alloc holds what delegate
// accepts in one field, and nothing else that can hold a resource.
func (c *checker) aroundDelegate(alloc *ssa.Alloc, delegate func(ssa.Value) bool) bool {
	found := false
	for _, r := range usesOf(alloc) {
		switch r := r.(type) {
		case *ssa.FieldAddr:
			for _, u := range usesOf(r) {
				st, ok := u.(*ssa.Store)
				if !ok || st.Addr != ssa.Value(r) {
					switch u.(type) {
					case *ssa.UnOp, *ssa.DebugRef:
						continue
					}
					return false // openJournal(&w.journal): filled elsewhere
				}
				switch {
				case delegate(unconvert(st.Val)):
					found = true
				case !mayHoldResource(st.Val.Type(), 0):
				default:
					return false
				}
			}
		case *ssa.UnOp, *ssa.DebugRef:
		default:
			return false
		}
	}
	return found
}

// copyOf reports whether v is a local variable that only ever holds p
// (the copy of a struct receiver that SSA makes to address its fields).
func copyOf(v, p ssa.Value) bool {
	alloc, ok := v.(*ssa.Alloc)
	if !ok {
		return false
	}
	stored := false
	for _, r := range usesOf(alloc) {
		if st, ok := r.(*ssa.Store); ok && st.Addr == v {
			if st.Val != p {
				return false
			}
			stored = true
		}
	}
	return stored
}

// closureSettles reports whether the closure mc, which captures v, settles
// it (see settledHere): it is v's Close as a method value, its body
// settles what it captured, or the closure itself goes where a settled
// value goes.
func (c *checker) closureSettles(mc *ssa.MakeClosure, v ssa.Value, seen map[ssa.Value]bool, depth int) bool {
	fn, ok := mc.Fn.(*ssa.Function)
	if !ok || strings.HasSuffix(fn.Name(), "$bound") {
		return true
	}
	for i, b := range mc.Bindings {
		if b == v && i < len(fn.FreeVars) && c.settledHere(fn.FreeVars[i], seen, depth+1) {
			return true
		}
	}
	return c.settledHere(mc, seen, depth+1)
}

// unseenReferrers returns the referrers of v, the first time that a walk
// that records what it saw in seen comes to v, within maxNesting steps;
// nil otherwise.
func unseenReferrers(v ssa.Value, seen map[ssa.Value]bool, depth int) []ssa.Instruction {
	if seen[v] || depth > maxNesting {
		return nil
	}
	seen[v] = true
	if refs := v.Referrers(); refs != nil {
		return *refs
	}
	return nil
}

// namedAsMaker reports whether name names a maker: one of makingVerbs
// followed by "er" or "or" (Dialer, Opener, Connector).
func namedAsMaker(name string) bool {
	for _, v := range makingVerbs {
		if rest, ok := strings.CutPrefix(name, v); ok && (strings.HasPrefix(rest, "er") || strings.HasPrefix(rest, "or")) {
			return true
		}
	}
	return false
}

// storesInto yields the stores of the package into the field fv.
func (c *checker) storesInto(fv *types.Var) iter.Seq[*ssa.Store] {
	return func(yield func(*ssa.Store) bool) {
		for instr := range c.packageInstrs() {
			st, ok := instr.(*ssa.Store)
			if !ok {
				continue
			}
			if fa, ok := st.Addr.(*ssa.FieldAddr); ok && field(fa.X.Type(), fa.Field) == fv && !yield(st) {
				return
			}
		}
	}
}

// storesMaker reports whether the package stores into the field fv a
// function or closure of its own whose first result is new (a resource it
// makes, as a dialing closure's conn is): what the field holds then makes
// what it gives, whatever else may be stored there.
func (c *checker) storesMaker(fv *types.Var) bool {
	for st := range c.storesInto(fv) {
		var fn *ssa.Function
		switch v := st.Val.(type) {
		case *ssa.Function:
			fn = v
		case *ssa.MakeClosure:
			fn, _ = v.Fn.(*ssa.Function)
		}
		if fn != nil && fn.Signature.Results().Len() > 0 && c.summaryOf(fn).borrowed&1 == 0 {
			return true
		}
	}
	return false
}
