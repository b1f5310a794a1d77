package analyzer

import (
	"go/constant"
	"go/token"
	"go/types"
	"net"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"golang.org/x/tools/go/ssa"
)

// This file finds error results that are always nil: a function whose
// every return gives a nil error there (of another package, by its
// fact), or a standard
// library method documented never to fail (see nilErrorMethods). A
// branch on such an error being non-nil is never taken, so
// "if _, err := buf.Write(p); err != nil { return err }" leaks nothing
// on its return.

// nilErrors returns the results of fn, as bits, that have type error and
// are nil on every return: a nil constant, or the always-nil error of a
// call.
func (c *checker) nilErrors(fn *ssa.Function) uint64 {
	return errorResults(fn, func(ret *ssa.Return, j int) bool {
		return c.alwaysNil(ret.Results[j], nil) || c.behindNilError(ret.Block())
	})
}

// behindNilError reports whether b is reached only through the branch on
// which an error that is always nil (see alwaysNil) is not nil: the
// return of a wrapped error where crypto/rand.Read failed (if err != nil
// { return "", fmt.Errorf("token: %w", err) }) is never taken.
func (c *checker) behindNilError(b *ssa.BasicBlock) bool {
	return behindNonNil(b, func(e ssa.Value) bool { return types.Identical(e.Type(), errorType) && c.alwaysNil(e, nil) })
}

// errorResults returns the results of fn, as bits, that have type error
// and that holds for on every return (given the return and the result's
// index); none where fn never returns, which says nothing of its results.
func errorResults(fn *ssa.Function, holds func(ret *ssa.Return, j int) bool) uint64 {
	results := fn.Signature.Results()
	var bits uint64
	for j := 0; j < results.Len() && j < 64; j++ {
		if types.Identical(results.At(j).Type(), errorType) {
			bits |= 1 << j
		}
	}
	returns := 0
	for _, b := range fn.Blocks {
		ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !ok {
			continue
		}
		returns++
		for j := range results.Len() {
			if bits&(1<<j) != 0 && !holds(ret, j) {
				bits &^= 1 << j
			}
		}
	}
	if returns == 0 {
		return 0
	}
	return bits
}

// alwaysNil reports whether the error v is nil whenever it is computed:
// a nil constant, an always-nil error result of a call, or a phi of
// those. phis holds the φ-nodes met on the way; nil for none yet.
func (c *checker) alwaysNil(v ssa.Value, phis map[*ssa.Phi]bool) bool {
	switch v := v.(type) {
	case *ssa.Const:
		return v.IsNil()
	case *ssa.Phi:
		if phis == nil {
			phis = map[*ssa.Phi]bool{}
		}
		return everyEdge(v, phis, func(e ssa.Value) bool { return c.alwaysNil(e, phis) })
	case *ssa.Extract:
		if call, ok := v.Tuple.(*ssa.Call); ok {
			return c.callNilErrors(call)&(1<<v.Index) != 0
		}
	case *ssa.Call:
		return c.callNilErrors(v)&1 != 0
	case *ssa.UnOp:
		// err of a closure's too, kept in a cell: the value stored last
		// before the load, in its block, with no call between.
		if st := lastStoreBefore(v); st != nil {
			return c.alwaysNil(st.Val, phis)
		}
	}
	return false
}

// everyEdge reports whether holds is true of every edge of phi; a φ
// already met on the way (in phis) is decided by its other edges.
func everyEdge(phi *ssa.Phi, phis map[*ssa.Phi]bool, holds func(ssa.Value) bool) bool {
	if phis[phi] {
		return true
	}
	phis[phi] = true
	for _, e := range phi.Edges {
		if !holds(e) {
			return false
		}
	}
	return true
}

// lastStoreBefore returns the store into the local cell that load reads,
// made in load's block before it with no call in between, or nil.
func lastStoreBefore(load *ssa.UnOp) *ssa.Store {
	cell, ok := load.X.(*ssa.Alloc)
	if !ok || load.Op != token.MUL || load.Block() == nil {
		return nil
	}
	instrs := load.Block().Instrs
	for i := slices.Index(instrs, ssa.Instruction(load)) - 1; i >= 0; i-- {
		switch instr := instrs[i].(type) {
		case *ssa.Store:
			if instr.Addr == ssa.Value(cell) {
				return instr
			}
		case ssa.CallInstruction:
			return nil
		}
	}
	return nil
}

// callNilErrors returns the results of call, as bits, that are errors
// that are always nil.
func (c *checker) callNilErrors(call *ssa.Call) uint64 {
	common := call.Common()
	if common.IsInvoke() {
		if common.Method.Name() == "Write" && hashTypes[typeName(common.Value.Type())] {
			return 1 << 1 // "It never returns an error."
		}
		if deadlineMethods[common.Method.Name()] && c.freshlyDialed(call) {
			return 1
		}
		return c.resolvedNilErrors(call)
	}
	fn := common.StaticCallee()
	if fn == nil {
		return 0
	}
	if nilErrorMethods[c.staticName(common)] {
		return 1 << (fn.Signature.Results().Len() - 1)
	}
	if syscallConns[c.staticName(common)] && len(common.Args) == 1 && c.madeByNet(common.Args[0], call) {
		return 1 << 1 // l.(*net.TCPListener).SyscallConn() of a listener the net package made
	}
	if c.staticName(common) == "net/http.NewRequest" && len(common.Args) == 3 && fixedRequest(common.Args[0], common.Args[1]) {
		return 1 << 1
	}
	if evaluate, ok := constantErrors[c.staticName(common)]; ok && neverFailsOn(evaluate, common.Args) {
		return 1 << (fn.Signature.Results().Len() - 1)
	}
	if name := c.staticName(common); (name == "encoding/json.Marshal" || name == "encoding/json.MarshalIndent") && len(common.Args) > 0 {
		if mi, ok := common.Args[0].(*ssa.MakeInterface); ok && plainJSON(mi.X.Type(), map[types.Type]bool{}) {
			return 1 << 1 // nothing in the value can fail to encode
		}
	}
	return c.summaryOf(fn).nilErrs
}

// resolvedNilErrors returns the results of call, an interface method
// call on a value whose concrete types are all known (see dynamicTypes),
// that are errors that every one of those types' methods always returns
// nil: Start on what a constructor returned as a *collection whose Start
// cannot fail.
func (c *checker) resolvedNilErrors(call *ssa.Call) uint64 {
	known, ok := c.dynamicTypes(call.Call.Value, map[ssa.Value]bool{}, 0)
	if !ok || len(known) == 0 {
		return 0
	}
	var distinct []types.Type
	for _, t := range known {
		if !slices.ContainsFunc(distinct, func(d types.Type) bool { return types.Identical(d, t) }) {
			distinct = append(distinct, t)
		}
	}
	bits, n := ^uint64(0), 0
	for _, fn := range c.implementingMethods(call) {
		bits &= c.summaryOf(fn).nilErrs
		n++
	}
	if n != len(distinct) {
		return 0 // a type without the method, or the method itself
	}
	return bits
}

// impossibleNilCheck returns the successor of t that a comparison of an
// always-nil error with nil never takes, or -1.
func (c *checker) impossibleNilCheck(t *ssa.If) int {
	cond, ok := t.Cond.(*ssa.BinOp)
	if !ok || (cond.Op != token.EQL && cond.Op != token.NEQ) {
		return -1
	}
	x := cond.X
	if isNil(x) {
		x = cond.Y
	} else if !isNil(cond.Y) {
		return -1
	}
	if !types.Identical(x.Type(), errorType) {
		return -1
	}
	switch {
	case c.alwaysNil(x, nil):
		if cond.Op == token.EQL {
			return 1 // err == nil always holds
		}
		return 0
	case c.neverNil(x, nil):
		if cond.Op == token.EQL {
			return 0 // err == nil never holds
		}
		return 1
	}
	return -1
}

// failErrors returns the results of fn, as bits, that have type error and
// are not nil on any return: a stub built where a feature is not,
// return nil, os.ErrInvalid; a wrapper of such a function.
func (c *checker) failErrors(fn *ssa.Function) uint64 {
	return errorResults(fn, func(ret *ssa.Return, j int) bool {
		return c.neverNil(resultValue(ret, ret.Results[j]), nil)
	})
}

// neverNil reports whether the error v is never nil: a value put into the
// interface, an error variable of another package (os.ErrInvalid) or one
// that the package sets once to a value that is not nil, a new error
// (errors.New, fmt.Errorf), the never-nil error result of a call, or a φ
// of those.
func (c *checker) neverNil(v ssa.Value, phis map[*ssa.Phi]bool) bool {
	switch v := v.(type) {
	case *ssa.Phi:
		if phis == nil {
			phis = map[*ssa.Phi]bool{}
		}
		return everyEdge(v, phis, func(e ssa.Value) bool { return c.neverNil(e, phis) })
	case *ssa.MakeInterface:
		// An interface that holds a nil pointer is not nil, but a
		// pointer that may be nil (var derr *DialError; return c,
		// derr) is a bug of its own that this would hide: only a new
		// value, or one that is no pointer, counts.
		if _, isAlloc := v.X.(*ssa.Alloc); isAlloc {
			return true
		}
		return !isNillable(v.X.Type())
	case *ssa.ChangeInterface:
		return c.neverNil(v.X, phis)
	case *ssa.UnOp:
		// An error variable of the standard library (os.ErrInvalid), or
		// one of the package set once to a value that is not nil; what
		// another package's variable holds its own init decides.
		g, ok := v.X.(*ssa.Global)
		if !ok || v.Op != token.MUL {
			return false
		}
		if obj := g.Object(); obj == nil || obj.Pkg() == nil || (obj.Pkg() != c.pass.Pkg && !c.isStandard(obj)) {
			return false
		}
		return c.nonNilTarget(v)
	case *ssa.Extract:
		if call, ok := v.Tuple.(*ssa.Call); ok {
			return c.callFailErrors(call)&(1<<v.Index) != 0
		}
	case *ssa.Call:
		return c.callFailErrors(v)&1 != 0
	}
	return false
}

// callFailErrors returns the results of call, as bits, that are errors
// that are never nil.
func (c *checker) callFailErrors(call *ssa.Call) uint64 {
	fn := call.Call.StaticCallee()
	if fn == nil || fn.Pkg == nil {
		return 0
	}
	switch fn.Pkg.Pkg.Path() + "." + fn.Name() {
	case "errors.New", "fmt.Errorf":
		return 1
	}
	return c.summaryOf(fn).failErrs
}

// madeByNet reports whether v is a listener or conn that a function of
// the net package (see netOpens and netDials) returned, possibly asserted
// to its concrete type: where the call succeeded, its descriptor is set.
func (c *checker) madeByNet(v ssa.Value, at ssa.Instruction) bool {
	for range 4 {
		if ta, ok := v.(*ssa.TypeAssert); ok && !ta.CommaOk {
			v = ta.X
			continue
		}
		load, ok := v.(*ssa.UnOp)
		if !ok || load.Op != token.MUL {
			break
		}
		// l, captured by a goroutine, lives in a cell that it is
		// stored into once (and no closure stores into).
		cell, ok := load.X.(*ssa.Alloc)
		if !ok {
			break
		}
		val := storedOnce(cell)
		if val == nil || storedByClosures(cell.Parent(), cell) {
			break
		}
		v = val
	}
	if e, ok := v.(*ssa.Extract); ok && e.Index == 0 {
		v = e.Tuple
	}
	call, ok := v.(*ssa.Call)
	if !ok {
		return false
	}
	name := c.staticName(call.Common())
	return (netOpens[name] || netDials[name]) && succeededAt(call, at)
}

// succeededAt reports whether at runs only where call returned a nil
// error: past the successor of a test of that error against nil where it
// is nil, which dominates at (l, _ := net.Listen(...), or an error that
// is only logged, may leave l nil).
func succeededAt(call *ssa.Call, at ssa.Instruction) bool {
	last := call.Call.Signature().Results().Len() - 1
	for _, r := range usesOf(call) {
		e, ok := r.(*ssa.Extract)
		if !ok || e.Index != last {
			continue
		}
		for _, u := range usesOf(e) {
			bin, ok := u.(*ssa.BinOp)
			if !ok || (bin.Op != token.EQL && bin.Op != token.NEQ) || !isNilTestOf(bin, e) {
				continue
			}
			for _, w := range usesOf(bin) {
				t, ok := w.(*ssa.If)
				if !ok {
					continue
				}
				nilSide := t.Block().Succs[0]
				if bin.Op == token.NEQ {
					nilSide = t.Block().Succs[1]
				}
				if len(nilSide.Preds) == 1 && nilSide.Dominates(at.Block()) {
					return true
				}
			}
		}
	}
	return false
}

// freshlyDialed reports whether call sets a deadline on the conn of a
// successful dial of the net package (see netDials) before anything else
// is done with it: its socket is open and registered with the poller, so
// setting a deadline on it does not fail. A conn given to a goroutine or
// a callee first may be closed by then.
func (c *checker) freshlyDialed(call *ssa.Call) bool {
	e, ok := call.Call.Value.(*ssa.Extract)
	if !ok || e.Index != 0 {
		return false
	}
	dial, ok := e.Tuple.(*ssa.Call)
	if !ok || !netDials[c.staticName(dial.Common())] {
		return false
	}
	at := slices.Index(call.Block().Instrs, ssa.Instruction(call))
	for _, r := range usesOf(e) {
		if r == ssa.Instruction(call) {
			continue
		}
		if r.Block() == call.Block() {
			if slices.Index(call.Block().Instrs, r) < at {
				return false
			}
		} else if !call.Block().Dominates(r.Block()) {
			return false
		}
	}
	return true
}

// fixedRequest reports whether http.NewRequest(method, url, body) cannot
// fail: it fails only for a method that is not a token or a URL that does
// not parse, and here the method is a constant token and the URL is made
// of constants and integers (see fixedStrings) and parses.
func fixedRequest(method, rawURL ssa.Value) bool {
	m, ok := constString(method)
	if !ok || m == "" || strings.IndexFunc(m, func(r rune) bool { return r <= ' ' || r >= 0x7f || strings.ContainsRune("()<>@,;:\\\"/[]?={}", r) }) >= 0 {
		return false
	}
	urls, ok := fixedStrings(rawURL, 0)
	if !ok {
		return false
	}
	for _, u := range urls {
		if _, err := url.Parse(u); err != nil {
			return false
		}
	}
	return true
}

// constantErrors are functions of the standard library that compute
// their error from their arguments alone: given constants, what the call
// returns is what the function returns here,
// url.Parse("http://localhost/") never fails.
var constantErrors = map[string]func(s string, n []int64) error{
	"net/url.Parse":           func(s string, _ []int64) error { _, err := url.Parse(s); return err },
	"net/url.ParseRequestURI": func(s string, _ []int64) error { _, err := url.ParseRequestURI(s); return err },
	"strconv.Atoi":            func(s string, _ []int64) error { _, err := strconv.Atoi(s); return err },
	"strconv.ParseBool":       func(s string, _ []int64) error { _, err := strconv.ParseBool(s); return err },
	"strconv.ParseInt": func(s string, n []int64) error {
		_, err := strconv.ParseInt(s, int(n[0]), int(n[1]))
		return err
	},
	"strconv.ParseUint": func(s string, n []int64) error {
		_, err := strconv.ParseUint(s, int(n[0]), int(n[1]))
		return err
	},
	"time.ParseDuration": func(s string, _ []int64) error { _, err := time.ParseDuration(s); return err },
	"regexp.Compile":     func(s string, _ []int64) error { _, err := regexp.Compile(s); return err },
	"net.ParseCIDR":      func(s string, _ []int64) error { _, _, err := net.ParseCIDR(s); return err },
	"net.SplitHostPort":  func(s string, _ []int64) error { _, _, err := net.SplitHostPort(s); return err },
}

// neverFailsOn reports whether evaluate gives no error for every string
// that the first argument may hold, with the integer constants that the
// others are: the arguments are constants.
func neverFailsOn(evaluate func(string, []int64) error, args []ssa.Value) bool {
	if len(args) == 0 {
		return false
	}
	// Only the strings that constants give: a number printed into the
	// string (fixedStrings prints each as "0") may be a prefix length
	// or a port that does not parse.
	strs := constantStrings(args[0], map[ssa.Value]bool{})
	if len(strs) == 0 {
		return false
	}
	var ints []int64
	for _, a := range args[1:] {
		k, ok := a.(*ssa.Const)
		if !ok || k.Value == nil || k.Value.Kind() != constant.Int {
			return false
		}
		n, exact := constant.Int64Val(k.Value)
		if !exact {
			return false
		}
		ints = append(ints, n)
	}
	for _, str := range strs {
		if evaluate(str, ints) != nil {
			return false
		}
	}
	return true
}

// fixedStrings returns the strings that v may hold, where it is made of
// constants, concatenations, φ-nodes and fmt.Sprintf of a constant format
// whose only verbs are %d given integers (each printed as "0", for the
// digits it prints parse alike), and whether v is so made.
func fixedStrings(v ssa.Value, depth int) ([]string, bool) {
	if depth > 4 {
		return nil, false
	}
	if s, ok := constString(v); ok {
		return []string{s}, true
	}
	switch v := v.(type) {
	case *ssa.BinOp:
		if v.Op != token.ADD {
			return nil, false
		}
		xs, ok := fixedStrings(v.X, depth+1)
		if !ok {
			return nil, false
		}
		ys, ok := fixedStrings(v.Y, depth+1)
		if !ok || len(xs)*len(ys) > 16 {
			return nil, false
		}
		var out []string
		for _, x := range xs {
			for _, y := range ys {
				out = append(out, x+y)
			}
		}
		return out, true
	case *ssa.Phi:
		var out []string
		for _, e := range v.Edges {
			es, ok := fixedStrings(e, depth+1)
			if !ok || len(out)+len(es) > 16 {
				return nil, false
			}
			out = append(out, es...)
		}
		return out, true
	case *ssa.Call:
		fn := v.Call.StaticCallee()
		if fn == nil || fn.String() != "fmt.Sprintf" || len(v.Call.Args) != 2 {
			return nil, false
		}
		format, ok := constString(v.Call.Args[0])
		if !ok {
			return nil, false
		}
		// Every verb must be %d, given an integer: it prints digits.
		rest := strings.ReplaceAll(format, "%d", "0")
		if strings.Contains(rest, "%") || !integerArgs(v.Call.Args[1]) {
			return nil, false
		}
		return []string{rest}, true
	}
	return nil, false
}

// constString returns the value of v, a constant string.
func constString(v ssa.Value) (string, bool) {
	k, ok := v.(*ssa.Const)
	if !ok || k.Value == nil || k.Value.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(k.Value), true
}

// integerArgs reports whether args, the variadic slice of a call, holds
// only integers.
func integerArgs(args ssa.Value) bool {
	if k, ok := args.(*ssa.Const); ok && k.IsNil() {
		return true
	}
	sl, ok := args.(*ssa.Slice)
	if !ok {
		return false
	}
	arr, ok := sl.X.(*ssa.Alloc)
	if !ok {
		return false
	}
	for _, r := range usesOf(arr) {
		if r == ssa.Instruction(sl) {
			continue
		}
		ia, ok := r.(*ssa.IndexAddr)
		if !ok {
			return false
		}
		for _, u := range usesOf(ia) {
			st, ok := u.(*ssa.Store)
			if !ok {
				return false
			}
			mi, ok := st.Val.(*ssa.MakeInterface)
			if !ok {
				return false
			}
			b, ok := mi.X.Type().Underlying().(*types.Basic)
			if !ok || b.Info()&types.IsInteger == 0 {
				return false
			}
		}
	}
	return true
}

// plainJSON reports whether encoding/json encodes every value of type t
// without error: booleans, integers and strings, and structs, pointers,
// slices, arrays and maps keyed by strings or integers of them, none of
// which has a method of its own to encode itself. Floats may be NaN,
// interfaces may hold anything, and a type that refers to itself may
// make a cycle: json.Marshal fails on those.
func plainJSON(t types.Type, seen map[types.Type]bool) bool {
	t = types.Unalias(t)
	if seen[t] {
		return false // a type that refers to itself: a value may be cyclic
	}
	seen[t] = true
	defer delete(seen, t)
	if named, ok := t.(*types.Named); ok {
		for _, m := range []string{"MarshalJSON", "MarshalText"} {
			if obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(named), true, named.Obj().Pkg(), m); obj != nil {
				if _, isFunc := obj.(*types.Func); isFunc {
					return false
				}
			}
		}
	}
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Info()&(types.IsBoolean|types.IsInteger|types.IsString) != 0 && u.Kind() != types.UnsafePointer
	case *types.Pointer:
		return plainJSON(u.Elem(), seen)
	case *types.Slice:
		return plainJSON(u.Elem(), seen)
	case *types.Array:
		return plainJSON(u.Elem(), seen)
	case *types.Map:
		k, ok := u.Key().Underlying().(*types.Basic)
		if !ok || k.Info()&(types.IsInteger|types.IsString) == 0 {
			return false
		}
		return plainJSON(u.Key(), seen) && plainJSON(u.Elem(), seen)
	case *types.Struct:
		for i := 0; i < u.NumFields(); i++ {
			if !plainJSON(u.Field(i).Type(), seen) {
				return false
			}
		}
		return true
	}
	return false
}
