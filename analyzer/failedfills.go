package analyzer

import (
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ssa"
)

// This file decides which calls that fill a new empty value leave it empty
// where they fail. m := newMux(addr); if err := m.dial(); err != nil {
// return err } drops nothing when dial stores the connection it makes into
// m only on its way to a nil error; a Connect that keeps the conn in its
// receiver and then fails on the handshake leaves it to its caller's
// Close.

// failsEmpty reports whether instr, a call that fills the value traced as
// fl, fills it only where it returns a nil error (see fillsOnSuccess),
// through every argument that is the value.
func (c *checker) failsEmpty(instr ssa.Instruction, fl *flow) bool {
	call, ok := instr.(*ssa.Call)
	if !ok || errorOfCall(instr) == nil {
		return false
	}
	if call.Call.IsInvoke() {
		// m.Start() through an interface: where every method it may
		// run fills the receiver only where it succeeds.
		if !fl.aliases[call.Call.Value] || slices.ContainsFunc(call.Call.Args, func(a ssa.Value) bool { return fl.aliases[a] }) {
			return false
		}
		n := 0
		for _, impl := range c.implementingMethods(call) {
			if !c.summaryOf(impl).fillsOnSuccess {
				return false
			}
			n++
		}
		return n > 0
	}
	fn := call.Call.StaticCallee()
	if fn != nil && fn.Pkg != c.ssaPkg && fn.Signature.Recv() != nil {
		// A method of another package, by its fact: j.Open() of a
		// journal that keeps the file it opens only where it succeeds.
		for i, a := range call.Call.Args {
			if fl.aliases[a] && i != 0 {
				return false
			}
		}
		return len(call.Call.Args) > 0 && fl.aliases[call.Call.Args[0]] && c.summaryOf(fn).fillsOnSuccess
	}
	if fn == nil || fn.Pkg != c.ssaPkg {
		return false // no body here, or a body whose store we cannot see
	}
	if fn.Signature.Recv() != nil && len(call.Call.Args) > 0 && fl.aliases[call.Call.Args[0]] &&
		!slices.ContainsFunc(call.Call.Args[1:], func(a ssa.Value) bool { return fl.aliases[a] }) && c.summaryOf(fn).fillsOnSuccess {
		return true // a method that sets what Close reads only where it succeeds
	}
	given := false
	for i, a := range call.Call.Args {
		if fl.aliases[a] {
			key := paramOf{fn, i}
			ok, done := c.failsEmptyMemo[key]
			if !done {
				ok = c.fillsOnSuccess(fn, i, 0)
				if c.failsEmptyMemo == nil {
					c.failsEmptyMemo = map[paramOf]bool{}
				}
				c.failsEmptyMemo[key] = ok
			}
			if !ok {
				return false
			}
			given = true
		}
	}
	return given
}

// A paramOf names parameter p of fn.
type paramOf struct {
	fn *ssa.Function
	p  int
}

// fillsOnSuccess reports whether fn, whose last result is an error,
// changes what its parameter p reaches only on paths that return a nil
// error: every store into it or of it, and every call, closure or
// goroutine that is given it, is followed only by such returns, or is a
// call of the package that does the same with it in turn.
func (c *checker) fillsOnSuccess(fn *ssa.Function, p, depth int) bool {
	e := lastIsError(fn)
	if depth > 3 || len(fn.Blocks) == 0 || p >= len(fn.Params) || e < 0 {
		return false
	}
	param := fn.Params[p]
	// A string or a number read from the parameter cannot change it.
	reaches := func(v ssa.Value) bool { return refersTo(v.Type()) && madeFrom(v, param, map[ssa.Value]bool{}) }
	onlySuccess := successOnly(fn, e, false)
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			switch instr := instr.(type) {
			case *ssa.Store:
				// Into it, or of it into something else (a holder
				// that a later call fills through).
				if (reaches(instr.Addr) || reaches(instr.Val)) && !onlySuccess(b) {
					return false
				}
			case *ssa.MakeClosure:
				for _, v := range instr.Bindings {
					if reaches(v) && !onlySuccess(b) {
						return false
					}
				}
			case ssa.CallInstruction:
				common := instr.Common()
				if common.IsInvoke() && reaches(common.Value) && !onlySuccess(b) {
					return false
				}
				callee := common.StaticCallee()
				if isMutexMethod(callee) {
					continue // j.mu.Lock(); defer j.mu.Unlock(): guards, changes nothing
				}
				for i, a := range common.Args {
					if !reaches(a) || onlySuccess(b) {
						continue
					}
					if _, isCall := instr.(*ssa.Call); !isCall || callee == nil || callee.Pkg != fn.Pkg || !c.fillsOnSuccess(callee, i, depth+1) {
						return false
					}
				}
			}
		}
	}
	return true
}

// successOnly returns a test of whether every return reached from a
// block of fn gives a nil error as its result e and, when onTrue, the
// constant true as its first result. In a function with a
// defer, a return gives what it stored into the result slot, unless a
// deferred closure may change it.
func successOnly(fn *ssa.Function, e int, onTrue bool) func(*ssa.BasicBlock) bool {
	succeeds := map[*ssa.BasicBlock]bool{}
	slots := !defersOverResults(fn)
	result := func(ret *ssa.Return, r ssa.Value, is func(ssa.Value) bool) bool {
		return is(r) || slots && is(resultValue(ret, r))
	}
	return func(b *ssa.BasicBlock) bool {
		if ok, done := succeeds[b]; done {
			return ok
		}
		ok := true
		for rb := range reachedFrom(b) {
			ret, isRet := rb.Instrs[len(rb.Instrs)-1].(*ssa.Return)
			if !isRet {
				continue
			}
			if e >= len(ret.Results) || !result(ret, ret.Results[e], isNil) || onTrue && !result(ret, ret.Results[0], isTrue) {
				ok = false
				break
			}
		}
		succeeds[b] = ok
		return ok
	}
}

// madeFrom reports whether v is param, or is made from it: a field, an
// element, a load, a conversion, a merge of values of which one is, or
// the result of a call given one that may refer to it (which may give it
// back).
func madeFrom(v ssa.Value, param *ssa.Parameter, seen map[ssa.Value]bool) bool {
	if v == ssa.Value(param) {
		return true
	}
	if seen[v] || len(seen) > 64 {
		return false
	}
	seen[v] = true
	if x := operand(v); x != nil {
		return madeFrom(x, param, seen)
	}
	switch x := v.(type) {
	case *ssa.Phi:
		for _, e := range x.Edges {
			if madeFrom(e, param, seen) {
				return true
			}
		}
	case *ssa.Call:
		for _, a := range x.Call.Args {
			if refersTo(a.Type()) && madeFrom(a, param, seen) {
				return true
			}
		}
		return x.Call.Value != nil && madeFrom(x.Call.Value, param, seen)
	}
	return false
}

// operand returns what v, a field, an element, a load, a conversion or an
// assertion, is taken from, or nil.
func operand(v ssa.Value) ssa.Value {
	switch x := v.(type) {
	case *ssa.FieldAddr:
		return x.X
	case *ssa.IndexAddr:
		return x.X
	case *ssa.Field:
		return x.X
	case *ssa.UnOp:
		if x.Op == token.MUL {
			return x.X
		}
	case *ssa.MakeInterface:
		return x.X
	case *ssa.ChangeType:
		return x.X
	case *ssa.ChangeInterface:
		return x.X
	case *ssa.Convert:
		return x.X
	case *ssa.Slice:
		return x.X
	case *ssa.TypeAssert:
		return x.X
	case *ssa.Extract:
		return x.Tuple
	}
	return nil
}

// refersTo reports whether a value of type t may refer to other memory.
func refersTo(t types.Type) bool {
	switch t := t.Underlying().(type) {
	case *types.Basic:
		return t.Kind() == types.UnsafePointer
	case *types.Struct:
		for i := range t.NumFields() {
			if refersTo(t.Field(i).Type()) {
				return true
			}
		}
		return false
	case *types.Array:
		return refersTo(t.Elem())
	}
	return true
}

// isMutexMethod reports whether fn is a method of sync.Mutex or
// sync.RWMutex.
func isMutexMethod(fn *ssa.Function) bool {
	if fn == nil || fn.Signature.Recv() == nil {
		return false
	}
	switch typeName(fn.Signature.Recv().Type()) {
	case "sync.Mutex", "sync.RWMutex":
		return true
	}
	return false
}

// storesZeroField reports whether fn is a method, other than Close, that
// stores something into a field of its receiver that the Close of the
// receiver's type leaves alone while it is zero (see zeroFields): a
// method that may fill a value born empty, whose FillsOnSuccess its
// importers need.
func (c *checker) storesZeroField(fn *ssa.Function) bool {
	if fn.Signature.Recv() == nil || fn.Name() == "Close" || len(fn.Params) == 0 || fn.Blocks == nil {
		return false
	}
	t := fn.Params[0].Type()
	var names map[string]bool
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			st, ok := instr.(*ssa.Store)
			if !ok || isZeroValue(st.Val) {
				continue
			}
			fa, ok := st.Addr.(*ssa.FieldAddr)
			if !ok || fa.X != ssa.Value(fn.Params[0]) {
				continue
			}
			if names == nil {
				closeFn := c.closeMethodFunc(t)
				if closeFn == nil || closeFn.Blocks == nil {
					return false
				}
				if names = c.zeroFields(closeFn, t); names == nil {
					return false
				}
			}
			if names[fieldName(t, fa.Field)] {
				return true
			}
		}
	}
	return false
}
