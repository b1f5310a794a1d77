package analyzer

import (
	"fmt"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// This file follows a result that the function releases, or keeps, where
// a boolean option of its caller says so:
//
//	func (c *Client) MakeFullRequest(ctx context.Context, params RequestParams) ([]byte, *http.Response, error) {
//		resp, err := c.HTTP.Do(req)
//		...
//		if !params.DontReadBody {
//			defer resp.Body.Close()
//		}
//		...
//		return body, resp, nil
//	}
//
//	_, _, err := c.MakeFullRequest(ctx, RequestParams{Method: "GET", ResponseJSON: &out})
//
// The response is the caller's only where DontReadBody is set: a caller
// that builds the options without it gets a response whose body is
// closed (summary.borrowedIf).

// maxFlagTries bounds how many flags of its parameters a function is
// worked out under.
const maxFlagTries = 4

// flagBorrowed returns "rI:pJ.F=V" when result i of fn, with origins o,
// is not the caller's on every path where the boolean field F of
// parameter J is V on entry, or "". Only a flag that fn reads and never
// changes counts: each conditional jump on it takes the branch that V
// gives, and the search works out whether fn releases or keeps the
// result before it returns it (see resultBorrowed).
func (c *checker) flagBorrowed(fn *ssa.Function, o *origins, i int) string {
	if c.assumed != nil {
		return ""
	}
	var forwarded []*ssa.Parameter
	if slices.ContainsFunc(fn.Params, isBoolParam) {
		forwarded = forwardedFlags(fn)
	}
	type flag struct {
		param int
		field string
	}
	var forwardedFields []flag
	if slices.ContainsFunc(fn.Params, isStructParam) {
		for _, pf := range c.forwardedFieldFlags(fn) {
			forwardedFields = append(forwardedFields, flag(pf))
		}
	}
	if len(o.fresh) == 0 && len(forwarded) == 0 && len(forwardedFields) == 0 {
		return ""
	}
	type jump struct {
		t       *ssa.If
		negated bool // if !params.F
	}
	jumps := map[flag][]jump{}
	var flags []flag
	for _, b := range fn.Blocks {
		t, ok := b.Instrs[len(b.Instrs)-1].(*ssa.If)
		if !ok {
			continue
		}
		p, field, negated := paramFlag(fn, t.Cond)
		if p < 0 {
			continue
		}
		f := flag{p, field}
		if _, seen := jumps[f]; !seen {
			flags = append(flags, f)
		}
		jumps[f] = append(jumps[f], jump{t, negated})
	}
	for _, p := range forwarded {
		// A boolean parameter that fn passes on to a call, itself or
		// from a closure (closeBody): the callee may decide by it.
		if f := (flag{param: slices.Index(fn.Params, p)}); !slices.Contains(flags, f) {
			flags = append(flags, f)
		}
	}
	for _, f := range forwardedFields {
		// A flag field of a struct parameter that fn passes on whole
		// (return c.Call(ctx, url, p)): the callee decides by it.
		if !slices.Contains(flags, f) {
			flags = append(flags, f)
		}
	}
	if len(flags) > maxFlagTries {
		flags = flags[:maxFlagTries]
	}
	for _, f := range flags {
		for _, v := range []bool{false, true} {
			assumed := map[*ssa.If]int{}
			for _, j := range jumps[f] {
				// Successor 0 runs where the condition holds: the
				// other one is ruled out.
				if holds := v != j.negated; holds {
					assumed[j.t] = 1
				} else {
					assumed[j.t] = 0
				}
			}
			c.assumed = assumed
			oo := o
			if f.field == "" {
				c.flagValues = map[*ssa.Parameter]bool{fn.Params[f.param]: v}
				oo = c.resultOrigins(fn, i)
			} else if slices.Contains(forwardedFields, f) {
				c.fieldFlags = map[*ssa.Parameter]map[string]bool{fn.Params[f.param]: {f.field: v}}
				oo = c.resultOrigins(fn, i)
			}
			borrowed, _ := c.resultBorrowed(fn, oo, i)
			c.assumed, c.flagValues, c.fieldFlags = nil, nil, nil
			if borrowed && f.field == "" {
				return fmt.Sprintf("r%d:p%d=%t", i, f.param, v)
			}
			if borrowed {
				return fmt.Sprintf("r%d:p%d.%s=%t", i, f.param, f.field, v)
			}
		}
	}
	return ""
}

// isStructParam reports whether p is a struct, or a pointer to one.
func isStructParam(p *ssa.Parameter) bool {
	t := p.Type().Underlying()
	if ptr, ok := t.(*types.Pointer); ok {
		t = ptr.Elem().Underlying()
	}
	_, ok := t.(*types.Struct)
	return ok
}

// fieldFlag is a boolean field of a struct parameter.
type fieldFlag struct {
	param int
	field string
}

// forwardedFieldFlags returns the boolean fields of struct parameters of
// fn that fn passes on whole to a static callee whose summary finds a
// result borrowed given that field (borrowedIf "rI:pK.F=V"), where fn
// does not change the field.
func (c *checker) forwardedFieldFlags(fn *ssa.Function) []fieldFlag {
	var out []fieldFlag
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			call, ok := instr.(*ssa.Call)
			if !ok {
				continue
			}
			callee := call.Call.StaticCallee()
			if callee == nil || callee == fn {
				continue
			}
			for _, f := range c.summaryOf(callee).borrowedIf {
				_, cond, _ := strings.Cut(f, ":")
				pf, _, _ := strings.Cut(cond, "=")
				p, field, _ := strings.Cut(pf, ".")
				j, err := strconv.Atoi(strings.TrimPrefix(p, "p"))
				if field == "" || err != nil || j >= len(call.Call.Args) {
					continue
				}
				if k, ok := flagFieldParam(fn, call.Call.Args[j], field); ok {
					if pf := (fieldFlag{k, field}); !slices.Contains(out, pf) {
						out = append(out, pf)
					}
				}
			}
		}
	}
	return out
}

// flagFieldParam returns the index of the struct parameter of fn that v
// is (the parameter, a pointer one, or a load of the variable fn copies
// it into), where fn does not change its field named field.
func flagFieldParam(fn *ssa.Function, v ssa.Value, field string) (int, bool) {
	root := v
	if load, ok := v.(*ssa.UnOp); ok && load.Op == token.MUL {
		root = load.X
	}
	param := root
	if alloc, ok := root.(*ssa.Alloc); ok {
		param = copiedParam(alloc)
	}
	p, ok := param.(*ssa.Parameter)
	if !ok {
		return -1, false
	}
	j := slices.Index(fn.Params, p)
	if j < 0 || j >= 64 {
		return -1, false
	}
	st, ok := root.Type().Underlying().(*types.Struct)
	if ptr, isPtr := root.Type().Underlying().(*types.Pointer); isPtr {
		st, ok = ptr.Elem().Underlying().(*types.Struct)
	}
	if !ok {
		return -1, false
	}
	for i := range st.NumFields() {
		if st.Field(i).Name() == field {
			if flagWritten(root, i, 0) {
				return -1, false
			}
			return j, true
		}
	}
	return -1, false
}

// fieldFlagArg returns the value of the flag field named field of v, an
// argument that is a struct parameter of the function whose summary is
// being worked out under an assumption about that field (see
// flagBorrowed), or passed on from it.
func (c *checker) fieldFlagArg(v ssa.Value, field string) (bool, bool) {
	for p, fields := range c.fieldFlags {
		val, ok := fields[field]
		if !ok {
			continue
		}
		if k, ok := flagFieldParam(p.Parent(), v, field); ok && p.Parent().Params[k] == p {
			return val, true
		}
	}
	return false, false
}

// isBoolParam reports whether p is a boolean parameter.
func isBoolParam(p *ssa.Parameter) bool {
	b, ok := p.Type().Underlying().(*types.Basic)
	return ok && b.Kind() == types.Bool
}

// forwardedFlags returns the boolean parameters of fn that a call in fn,
// or in a closure of fn, is given as an argument.
func forwardedFlags(fn *ssa.Function) []*ssa.Parameter {
	var ps []*ssa.Parameter
	var visit func(f *ssa.Function)
	visit = func(f *ssa.Function) {
		for _, b := range f.Blocks {
			for _, instr := range b.Instrs {
				call, ok := instr.(ssa.CallInstruction)
				if !ok {
					continue
				}
				for _, a := range call.Common().Args {
					if p := flagParam(fn, a); p != nil && !slices.Contains(ps, p) {
						ps = append(ps, p)
					}
				}
			}
		}
		for _, anon := range f.AnonFuncs {
			visit(anon)
		}
	}
	visit(fn)
	return ps
}

// flagParam returns the boolean parameter of fn that v is: the parameter,
// or a load of the variable that holds it alone (in fn, or in a closure
// of fn that captures that variable), or nil.
func flagParam(fn *ssa.Function, v ssa.Value) *ssa.Parameter {
	if b, ok := v.Type().Underlying().(*types.Basic); !ok || b.Kind() != types.Bool {
		return nil
	}
	if p, ok := v.(*ssa.Parameter); ok {
		if p.Parent() == fn {
			return p
		}
		return nil
	}
	cell := loadOf(v)
	if fv, ok := cell.(*ssa.FreeVar); ok {
		cell = boundTo(fv)
	}
	alloc, ok := cell.(*ssa.Alloc)
	if !ok || alloc.Parent() != fn {
		return nil
	}
	for _, r := range usesOf(alloc) {
		// A closure that sets the variable (closeBody = false after
		// the first try) makes it something else than the parameter.
		if mc, ok := r.(*ssa.MakeClosure); ok {
			k := slices.Index(mc.Bindings, ssa.Value(alloc))
			if f, ok := mc.Fn.(*ssa.Function); !ok || k < 0 || k >= len(f.FreeVars) || !onlyLoaded(f.FreeVars[k]) {
				return nil
			}
		}
	}
	p, _ := copiedParam(alloc).(*ssa.Parameter)
	return p
}

// boundTo returns what the one closure made of fv's function binds to
// fv, or nil.
func boundTo(fv *ssa.FreeVar) ssa.Value {
	fn := fv.Parent()
	parent := fn.Parent()
	if parent == nil {
		return nil
	}
	k := slices.Index(fn.FreeVars, fv)
	var bound ssa.Value
	for _, b := range parent.Blocks {
		for _, instr := range b.Instrs {
			if mc, ok := instr.(*ssa.MakeClosure); ok && mc.Fn == fn && k < len(mc.Bindings) {
				if bound != nil {
					return nil
				}
				bound = mc.Bindings[k]
			}
		}
	}
	return bound
}

// flagArg returns the value of the boolean argument v, when it is
// known: a constant, or a flag that the summary being worked out assumes
// (see flagBorrowed).
func (c *checker) flagArg(v ssa.Value) (bool, bool) {
	if k, ok := v.(*ssa.Const); ok && k.Value != nil && k.Value.Kind() == constant.Bool {
		return constant.BoolVal(k.Value), true
	}
	for p, val := range c.flagValues {
		if flagParam(p.Parent(), v) == p {
			return val, true
		}
	}
	return false, false
}

// paramFlag returns the parameter index and the name of the boolean
// field of it that cond reads, possibly negated, where fn never changes
// that field: params.F of a struct parameter, p.F of a pointer one, the
// empty name for a boolean parameter itself, or -1. A struct parameter that a closure captures is read through the
// variable fn copies it into.
func paramFlag(fn *ssa.Function, cond ssa.Value) (int, string, bool) {
	negated := false
	if u, ok := cond.(*ssa.UnOp); ok && u.Op == token.NOT {
		cond, negated = u.X, true
	}
	if b, ok := cond.Type().Underlying().(*types.Basic); !ok || b.Kind() != types.Bool {
		return -1, "", false
	}
	var root ssa.Value
	var index int
	switch x := cond.(type) {
	case *ssa.Parameter:
		// A boolean parameter itself (closeBody bool): SSA gives a
		// new value, not the parameter, where fn assigns it.
		j := slices.Index(fn.Params, x)
		if j < 0 || j >= 64 {
			return -1, "", false
		}
		return j, "", negated
	case *ssa.Field:
		root, index = x.X, x.Field
	case *ssa.UnOp:
		fa, ok := x.X.(*ssa.FieldAddr)
		if !ok || x.Op != token.MUL {
			return -1, "", false
		}
		root, index = fa.X, fa.Field
	default:
		return -1, "", false
	}
	param := root
	if alloc, ok := root.(*ssa.Alloc); ok {
		param = copiedParam(alloc)
	}
	p, ok := param.(*ssa.Parameter)
	if !ok {
		return -1, "", false
	}
	j := slices.Index(fn.Params, p)
	if j < 0 || j >= 64 || flagWritten(root, index, 0) {
		return -1, "", false
	}
	return j, fieldName(root.Type(), index), negated
}

// copiedParam returns the parameter that the variable alloc holds a
// copy of, when that is the only value stored into it, or nil.
func copiedParam(alloc *ssa.Alloc) ssa.Value {
	var param ssa.Value
	for _, r := range usesOf(alloc) {
		if st, ok := r.(*ssa.Store); ok && st.Addr == alloc {
			if _, isParam := st.Val.(*ssa.Parameter); !isParam || param != nil {
				return nil
			}
			param = st.Val
		}
	}
	return param
}

// flagWritten reports whether field index of what root points to (or of
// root, a struct) may change: a store into it, in fn or in a closure that
// captures root, or root given to a call or stored, which may store into
// it.
func flagWritten(root ssa.Value, index, depth int) bool {
	if _, isStruct := root.Type().Underlying().(*types.Struct); isStruct {
		return false // a struct value: what fn reads is its own copy
	}
	refs := root.Referrers()
	if refs == nil || depth > 2 {
		return true
	}
	for _, r := range *refs {
		switch r := r.(type) {
		case *ssa.FieldAddr:
			if r.Field != index {
				continue
			}
			for _, u := range usesOf(r) {
				if st, ok := u.(*ssa.Store); ok && st.Addr == ssa.Value(r) {
					return true
				}
				if _, ok := u.(*ssa.UnOp); !ok {
					if _, ok := u.(*ssa.DebugRef); !ok {
						return true // the field's address escapes
					}
				}
			}
		case *ssa.UnOp, *ssa.DebugRef:
		case *ssa.Store:
			_, isVar := root.(*ssa.Alloc)
			if _, spilled := r.Val.(*ssa.Parameter); r.Addr == root && spilled && isVar {
				continue // the parameter copied into its variable
			}
			if r.Val == root || r.Addr == root {
				return true // *p = defaults changes the flag too
			}
		case *ssa.MakeClosure:
			k := slices.Index(r.Bindings, root)
			fn, ok := r.Fn.(*ssa.Function)
			if k < 0 || !ok || k >= len(fn.FreeVars) || flagWritten(fn.FreeVars[k], index, depth+1) {
				return true
			}
		default:
			return true
		}
	}
	return false
}

// flagBorrowedResults returns, as bits, the results of call that its
// static callee's summary says are not the caller's given the flags that
// the call passes (see flagBorrowed): options built in the caller as a
// composite literal that sets the flag to a constant before the call on
// every path, or leaves it out (see literalFlag).
func (c *checker) flagBorrowedResults(call *ssa.CallCommon, sum *summary) uint64 {
	if len(sum.borrowedIf) == 0 {
		return 0
	}
	instr, ok := c.callInstrOf(call).(*ssa.Call)
	if !ok {
		return 0
	}
	var bits uint64
	for _, f := range sum.borrowedIf {
		r, cond, _ := strings.Cut(f, ":")
		pf, val, _ := strings.Cut(cond, "=")
		p, field, _ := strings.Cut(pf, ".")
		i, err1 := strconv.Atoi(strings.TrimPrefix(r, "r"))
		j, err2 := strconv.Atoi(strings.TrimPrefix(p, "p"))
		if err1 != nil || err2 != nil || i >= 64 || j >= len(call.Args) {
			continue
		}
		if field == "" {
			// A boolean parameter: the call passes a constant, or a
			// flag of its own that its summary is worked out under.
			if v, ok := c.flagArg(call.Args[j]); ok && strconv.FormatBool(v) == val {
				bits |= 1 << i
			}
			continue
		}
		if v, ok := literalFlag(instr, j, field); ok && strconv.FormatBool(v) == val {
			bits |= 1 << i
		} else if v, ok := c.fieldFlagArg(call.Args[j], field); ok && strconv.FormatBool(v) == val {
			bits |= 1 << i // the caller's own options, passed on, under its assumption
		}
	}
	return bits
}

// literalFlag returns the value of the boolean field named field of the
// composite literal that the call at gives as its argument j, and as no
// other: a struct, or a pointer to one, whose address goes only to its
// fields, to loads of its value and to at itself. The flag is false where
// nothing stores into it; otherwise one store of a constant must run
// before at on every path (in at's block before it, or in a block that
// dominates at's), and no other.
func literalFlag(at *ssa.Call, j int, field string) (bool, bool) {
	literal := func(v ssa.Value) ssa.Value {
		if load, ok := v.(*ssa.UnOp); ok && load.Op == token.MUL {
			return load.X
		}
		return v
	}
	v := literal(at.Call.Args[j])
	if k, ok := v.(*ssa.Const); ok && k.Value == nil {
		return false, true // the zero value of the struct
	}
	alloc, ok := v.(*ssa.Alloc)
	if !ok {
		return false, false
	}
	for k, a := range at.Call.Args {
		if k != j && literal(a) == ssa.Value(alloc) {
			return false, false // Get(url, o, o): the callee may write it through the other
		}
	}
	var store *ssa.Store
	for _, r := range usesOf(alloc) {
		switch r := r.(type) {
		case *ssa.FieldAddr:
			flag := fieldName(alloc.Type(), r.Field) == field
			for _, u := range usesOf(r) {
				switch u := u.(type) {
				case *ssa.Store:
					if u.Addr != ssa.Value(r) {
						return false, false // the field's address stored
					}
					if flag {
						if store != nil {
							return false, false
						}
						store = u
					}
				case *ssa.UnOp, *ssa.DebugRef:
				default:
					if flag {
						return false, false // flag.BoolVar(&p.Raw, ...)
					}
				}
			}
		case *ssa.UnOp, *ssa.DebugRef:
		case *ssa.Call:
			if r != at {
				return false, false // a setter or a helper may change it
			}
		default:
			return false, false
		}
	}
	if store == nil {
		return false, true
	}
	k, ok := store.Val.(*ssa.Const)
	if !ok || k.Value == nil || k.Value.Kind() != constant.Bool {
		return false, false
	}
	sb, ab := store.Block(), at.Block()
	if sb == ab {
		if slices.Index(sb.Instrs, ssa.Instruction(store)) > slices.Index(ab.Instrs, ssa.Instruction(at)) {
			return false, false
		}
	} else if !sb.Dominates(ab) {
		return false, false
	}
	return constant.BoolVal(k.Value), true
}
