package analyzer

import (
	"fmt"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// This file follows a value that closes itself where a flag of its own
// says so:
//
//	func (s *Session) Query(q string) (Result, error) {
//		if s.isAutoClose {
//			defer s.Close()
//		}
//		...
//	}
//
//	sess := eg.NewSession()
//	sess.isAutoClose = true
//	return sess.Query(q)
//
// Query releases its receiver on every path where the receiver's flag is
// set when it is called (summary.releasesIf), and the caller set it just
// before: the call releases the session. A constructor that sets the
// flag of what it returns (summary.sets) passes that on to its callers:
// engine.SQL(q).Count() releases what SQL made.

// flagReleases returns "pI.F" for each parameter I of fn that fn releases
// on every path where the boolean field F of what I points to is true on
// entry: fn's first block reads the flag before it calls or stores
// anything and, where it is true, defers I's Close.
func (c *checker) flagReleases(fn *ssa.Function) []string {
	if len(fn.Blocks) == 0 {
		return nil
	}
	entry := fn.Blocks[0]
	jump, ok := entry.Instrs[len(entry.Instrs)-1].(*ssa.If)
	if !ok {
		return nil
	}
	for _, instr := range entry.Instrs {
		switch instr.(type) {
		case ssa.CallInstruction, *ssa.Store, *ssa.MapUpdate, *ssa.Send:
			return nil // the flag may have changed before it is read
		}
	}
	p, field := flagOf(jump.Cond)
	if p == nil || p.Parent() != fn {
		return nil
	}
	then := jump.Block().Succs[0]
	if len(then.Succs) != 1 || then.Succs[0] != jump.Block().Succs[1] || len(then.Preds) != 1 {
		return nil // the flag's branch must join the other before anything else
	}
	m := closeMethod(p.Type())
	if m == nil {
		return nil
	}
	for _, instr := range then.Instrs {
		d, ok := instr.(*ssa.Defer)
		if !ok {
			continue
		}
		callee := d.Call.StaticCallee()
		if callee != nil && callee.Object() == m && len(d.Call.Args) == 1 && d.Call.Args[0] == p {
			return []string{fmt.Sprintf("p%d.%s", slices.Index(fn.Params, p), field)}
		}
	}
	return nil
}

// flagOf returns the parameter and the name of its boolean field that
// cond reads (*(&p.f)), or nil.
func flagOf(cond ssa.Value) (*ssa.Parameter, string) {
	load, ok := cond.(*ssa.UnOp)
	if !ok || load.Op != token.MUL {
		return nil, ""
	}
	fa, ok := load.X.(*ssa.FieldAddr)
	if !ok {
		return nil, ""
	}
	p, ok := fa.X.(*ssa.Parameter)
	if !ok {
		return nil, ""
	}
	return p, fieldName(fa.X.Type(), fa.Field)
}

// releasedByFlag reports whether call releases the resource, passed to
// it as one of args, by a flag (see flagReleases) that is set where the
// call runs.
func (c *checker) releasedByFlag(call ssa.CallInstruction, args []int) bool {
	fn := call.Common().StaticCallee()
	if fn == nil {
		return false
	}
	sum := c.summaryOf(fn)
	for _, i := range args {
		for _, f := range sum.releasesIf {
			if field, ok := cutParam(f, i); ok && c.flagSet(call, call.Common().Args[i], field) {
				return true
			}
		}
	}
	return false
}

// cutParam returns the field of "pI.F" when I is i.
func cutParam(s string, i int) (string, bool) {
	return strings.CutPrefix(s, fmt.Sprintf("p%d.", i))
}

// flagSet reports whether the boolean field named field of what v points
// to is true where at runs: right before at, in its block, with no call
// and no other store in between, the function stores true into it (and
// nothing else anywhere), or v is what a callee returns with the flag
// set (see summary.sets) and at follows that call the same way. Code
// that runs in between, such as a method that clears the flag or a store
// through another pointer, could change it.
func (c *checker) flagSet(at ssa.Instruction, v ssa.Value, field string) bool {
	refs := v.Referrers()
	if refs == nil {
		return false
	}
	var set *ssa.Store
	for _, r := range *refs {
		fa, ok := r.(*ssa.FieldAddr)
		if !ok || fieldName(fa.X.Type(), fa.Field) != field {
			continue
		}
		for _, u := range usesOf(fa) {
			st, ok := u.(*ssa.Store)
			if !ok || st.Addr != fa {
				continue
			}
			if !isTrueConst(st.Val) {
				return false
			}
			if quietBetween(st, at) {
				set = st
			}
		}
	}
	if set != nil {
		return true
	}
	if call, j := resultOf(v); call != nil && quietBetween(call, at) {
		if fn := call.Call.StaticCallee(); fn != nil {
			return slices.Contains(c.summaryOf(fn).sets, fmt.Sprintf("r%d.%s", j, field))
		}
	}
	return false
}

// quietBetween reports whether a comes before b in the same block with no
// call and no store in between that could change what a set up, other
// than stores into the elements of a slice (the variadic arguments of b).
func quietBetween(a, b ssa.Instruction) bool {
	if a.Block() != b.Block() {
		return false
	}
	instrs := a.Block().Instrs
	i, j := slices.Index(instrs, a), slices.Index(instrs, b)
	if i < 0 || j < 0 || i >= j {
		return false
	}
	for _, instr := range instrs[i+1 : j] {
		switch instr := instr.(type) {
		case ssa.CallInstruction, *ssa.MapUpdate, *ssa.Send:
			return false
		case *ssa.Store:
			if _, ok := instr.Addr.(*ssa.IndexAddr); !ok {
				return false
			}
		}
	}
	return true
}

func isTrueConst(v ssa.Value) bool {
	k, ok := v.(*ssa.Const)
	return ok && k.Value != nil && k.Value.Kind() == constant.Bool && constant.BoolVal(k.Value)
}

// flagsSet returns "rJ.F" for each result J of fn that every return gives
// with the boolean field F set (see flagSet), where F is a flag by which
// a method of the result's type releases it (see flagReleases): a
// constructor that makes a session close itself after one query.
func (c *checker) flagsSet(fn *ssa.Function) []string {
	results := fn.Signature.Results()
	var out []string
	for j := range results.Len() {
		for _, field := range c.releaseFlags(results.At(j).Type()) {
			if c.returnsFlagged(fn, j, field) {
				out = append(out, fmt.Sprintf("r%d.%s", j, field))
			}
		}
	}
	return out
}

// returnsFlagged reports whether every return of fn gives, as result j,
// nil or a value whose flag field is set, or what a call that forwards
// such a value returns (s.SQL(q) returns s).
func (c *checker) returnsFlagged(fn *ssa.Function, j int, field string) bool {
	seen := false
	for _, b := range fn.Blocks {
		ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !ok || j >= len(ret.Results) {
			continue
		}
		v := resultValue(ret, ret.Results[j])
		if isNil(v) {
			continue
		}
		if call, ok := v.(*ssa.Call); ok {
			// return s.SQL(q), where SQL returns s: the flag must be set
			// before the call, and the call must leave it alone.
			callee := call.Call.StaticCallee()
			if callee == nil {
				return false
			}
			if fw := c.summaryOf(callee).forwards; len(fw) > 0 && fw[0] > 0 && fw[0] <= len(call.Call.Args) {
				arg := call.Call.Args[fw[0]-1]
				if !writesNoField(callee, field) || !c.flagSet(call, arg, field) {
					return false
				}
				seen = true
				continue
			}
		}
		if !c.flagSet(ret, v, field) {
			return false
		}
		seen = true
	}
	return seen
}

// releaseFlags returns the flags by which the methods of t, a pointer to
// a named struct of this package, release it (see flagReleases).
func (c *checker) releaseFlags(t types.Type) []string {
	ptr, ok := types.Unalias(t).(*types.Pointer)
	if !ok {
		return nil
	}
	named, ok := types.Unalias(ptr.Elem()).(*types.Named)
	if !ok || named.Obj().Pkg() != c.pass.Pkg {
		return nil
	}
	if flags, ok := c.flagFields[named]; ok {
		return flags
	}
	var flags []string
	for i := range named.NumMethods() {
		fn := c.ssaFunc(named.Method(i))
		if fn == nil {
			continue
		}
		for _, f := range c.flagReleases(fn) {
			if field, ok := cutParam(f, 0); ok && !slices.Contains(flags, field) {
				flags = append(flags, field)
			}
		}
	}
	slices.Sort(flags)
	if c.flagFields == nil {
		c.flagFields = map[*types.Named][]string{}
	}
	c.flagFields[named] = flags
	return flags
}

// writesNoField reports whether fn, a function with a body, stores into
// no field named field, and calls only functions that do the same: ones
// of its package with bodies, or, for an unexported field, functions of
// other packages, which cannot name it. A chained setter that returns its
// receiver leaves its flags alone.
func writesNoField(fn *ssa.Function, field string) bool {
	return writesNoFieldDepth(fn, field, 0)
}

func writesNoFieldDepth(fn *ssa.Function, field string, depth int) bool {
	if fn.Blocks == nil || depth > 3 {
		return false
	}
	home := fn.Package()
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			switch instr := instr.(type) {
			case *ssa.Store:
				if fa, ok := instr.Addr.(*ssa.FieldAddr); ok && fieldName(fa.X.Type(), fa.Field) == field {
					return false
				}
			case ssa.CallInstruction:
				callee := instr.Common().StaticCallee()
				switch {
				case callee == nil:
					return false // unknown code, which may call back
				case callee == fn:
				case callee.Package() != home && !token.IsExported(field):
				case !writesNoFieldDepth(callee, field, depth+1):
					return false
				}
			}
		}
	}
	return true
}
