package analyzer

import (
	"fmt"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// This file names a mutex by its place: where it lives, not which SSA
// value refers to it. s.mu.Lock() and a later s.mu.Unlock() take the
// address of s.mu twice, as two FieldAddr values, yet lock and unlock
// the same mutex. A place is a string:
//
//	{p0}.mu          field mu of parameter 0 (the receiver of a method)
//	{v1}*            what free variable 1 of a closure points to
//	{gpkg/path.mu}   a global
//	{p0}.locks*[{p1}] the element of the map in field locks for the key
//	                 that parameter 1 holds
//	{fpkg.get({p0})} the result of a call of pkg.get with parameter 0
//	{l3}             any other value of the function (a local mutex, a
//	                 φ-node), by its own identity
//	{p0}&            the variable that holds parameter 0 when a closure
//	                 captures it: loading from it ("&*") is {p0}
//
// A base in braces stands for a value of the function; the path after it
// selects fields (".name"), loads through a pointer ("*") and elements
// ("[key]"). A place given in the terms of a callee's parameters becomes
// one in the caller's terms by replacing each base {pN} with the place of
// argument N: "{p0}.mu" with the argument "{p1}.inner" is
// "{p1}.inner.mu". Places that name a local ({l...}) mean nothing
// outside their function and are never translated or exported.

// A placer computes the places of the values of one function.
type placer struct {
	fn  *ssa.Function
	ids map[ssa.Value]int // the numbers of the values named {lN}
	// locals lists the values named {lN}, by N, to name them in messages.
	locals []ssa.Value
}

func newPlacer(fn *ssa.Function) *placer {
	return &placer{fn: fn, ids: map[ssa.Value]int{}}
}

// maxPlaceDepth bounds how far place looks through fields, loads and
// elements.
const maxPlaceDepth = 12

// place returns the place of the mutex (or other value) v, or "" when v
// is no place (a nil constant).
func (p *placer) place(v ssa.Value) string {
	return p.placeDepth(v, 0)
}

func (p *placer) placeDepth(v ssa.Value, depth int) string {
	if depth > maxPlaceDepth {
		return p.local(v)
	}
	sub := func(x ssa.Value) string { return p.placeDepth(x, depth+1) }
	switch v := v.(type) {
	case *ssa.Parameter:
		for i, q := range p.fn.Params {
			if q == v {
				return fmt.Sprintf("{p%d}", i)
			}
		}
	case *ssa.FreeVar:
		for i, q := range p.fn.FreeVars {
			if q == v {
				return fmt.Sprintf("{v%d}", i)
			}
		}
	case *ssa.Global:
		if v.Pkg != nil {
			return "{g" + v.Pkg.Pkg.Path() + "." + v.Name() + "}"
		}
	case *ssa.FieldAddr:
		if base := promotedLocker(v); base != nil {
			return sub(base)
		}
		return joinPlace(sub(v.X), "."+fieldLabel(v.X.Type(), v.Field))
	case *ssa.Field:
		return joinPlace(sub(v.X), "."+fieldLabel(types.NewPointer(v.X.Type()), v.Field))
	case *ssa.Alloc:
		if prm := spilledParam(v); prm != nil {
			return joinPlace(sub(prm), "&")
		}
	case *ssa.UnOp:
		if fa, ok := v.X.(*ssa.FieldAddr); ok && v.Op == token.MUL {
			if prm := readOnlyCopy(fa.X); prm != nil {
				// e.L of a value receiver, read from the copy of e
				// that the function addresses: the pointer or the
				// interface it holds is e's own, shared with its
				// caller's value.
				return joinPlace(sub(prm), "."+fieldLabel(fa.X.Type(), fa.Field))
			}
		}
		if v.Op == token.MUL {
			return joinPlace(sub(v.X), "*")
		}
	case *ssa.IndexAddr:
		return joinPlace(sub(v.X), "["+p.key(v.Index, depth)+"]")
	case *ssa.Index:
		return joinPlace(sub(v.X), "["+p.key(v.Index, depth)+"]")
	case *ssa.Lookup:
		if !v.CommaOk {
			return joinPlace(sub(v.X), "["+p.key(v.Index, depth)+"]")
		}
	case *ssa.MakeInterface:
		return sub(v.X) // sync.Locker(&mu) is mu
	case *ssa.ChangeType:
		return sub(v.X)
	case *ssa.Convert:
		// (*mutex)(unsafe.Pointer(mu)) is the mutex at the address mu,
		// as every conversion of mu to *mutex is; a conversion to
		// another pointer type sees other fields at that address.
		if isAddress(v.Type()) && isAddress(v.X.Type()) {
			if _, isPtr := types.Unalias(v.Type()).Underlying().(*types.Pointer); isPtr {
				return joinPlace(sub(v.X), "<"+strings.NewReplacer("*", "", ".", "_").Replace(types.TypeString(v.Type(), nil))+">")
			}
			return sub(v.X)
		}
	case *ssa.ChangeInterface:
		return sub(v.X)
	case *ssa.TypeAssert:
		if !v.CommaOk {
			return sub(v.X) // the value in the interface is itself
		}
	case *ssa.Extract:
		if ta, ok := v.Tuple.(*ssa.TypeAssert); ok && v.Index == 0 {
			return sub(ta.X) // e, ok := next.(*T): e is next, or nil
		}
	case *ssa.Phi:
		if place := p.phiPlace(v, depth); place != "" {
			return place
		}
	case *ssa.Const:
		if v.IsNil() {
			return ""
		}
	case *ssa.Call:
		// s.lockFor(key).Lock() ... s.lockFor(key).Unlock(): a table of
		// mutexes looked up by a function names the same mutex for the
		// same arguments.
		if callee := v.Call.StaticCallee(); callee != nil && len(v.Call.Args) > 0 {
			var args []string
			for _, a := range v.Call.Args {
				args = append(args, p.key(a, depth))
			}
			if !strings.Contains(strings.Join(args, ""), "{l") {
				return "{f" + callee.String() + "(" + strings.Join(args, ",") + ")}"
			}
		}
	}
	return p.local(v)
}

// isAddress reports whether a value of type t is an address: a pointer,
// an unsafe.Pointer or a uintptr.
func isAddress(t types.Type) bool {
	switch u := types.Unalias(t).Underlying().(type) {
	case *types.Pointer:
		return true
	case *types.Basic:
		return u.Kind() == types.UnsafePointer || u.Kind() == types.Uintptr
	}
	return false
}

// phiPlace returns the place of the one value, nil aside, that the
// φ-node v can hold, through the φ-nodes it merges: the variable of a
// loop that keeps the last element it found, or nil. It returns "" when
// the φ-node merges different values, even of one place (two loads of
// one field, before and after a store to it).
func (p *placer) phiPlace(v *ssa.Phi, depth int) string {
	var leaf ssa.Value
	seen := map[*ssa.Phi]bool{}
	var gather func(phi *ssa.Phi) bool
	gather = func(phi *ssa.Phi) bool {
		if seen[phi] {
			return true
		}
		seen[phi] = true
		for _, e := range phi.Edges {
			if c, ok := e.(*ssa.Const); ok && c.IsNil() {
				continue
			}
			if q, ok := e.(*ssa.Phi); ok {
				if !gather(q) {
					return false
				}
				continue
			}
			if leaf != nil && leaf != e {
				return false
			}
			leaf = e
		}
		return true
	}
	if !gather(v) || leaf == nil {
		return ""
	}
	return p.placeDepth(leaf, depth+1)
}

// promotedLocker returns the value whose Lock method, promoted from the
// mutex it embeds, locks the mutex at addr: x for &x.inner.Mutex when
// x.Lock() is x.inner.Mutex.Lock(). An interface call of Lock on x, and a
// call on the mutex itself, then lock one place. It returns nil when addr
// is no mutex, or not the one that x's Lock promotes.
func promotedLocker(addr *ssa.FieldAddr) ssa.Value {
	switch typeName(addr.Type()) {
	case "sync.Mutex", "sync.RWMutex":
	default:
		return nil
	}
	var path []int
	var base ssa.Value = addr
	for {
		fa, ok := base.(*ssa.FieldAddr)
		if !ok || !embedded(fa) {
			break
		}
		path = append([]int{fa.Field}, path...)
		base = fa.X
	}
	if base == ssa.Value(addr) {
		return nil
	}
	obj, index, _ := types.LookupFieldOrMethod(base.Type(), true, nil, "Lock")
	if _, ok := obj.(*types.Func); !ok || !slices.Equal(index[:len(index)-1], path) {
		return nil
	}
	return base
}

// embedded reports whether fa addresses an embedded field.
func embedded(fa *ssa.FieldAddr) bool {
	ptr, ok := fa.X.Type().Underlying().(*types.Pointer)
	if !ok {
		return false
	}
	st, ok := ptr.Elem().Underlying().(*types.Struct)
	return ok && fa.Field < st.NumFields() && st.Field(fa.Field).Embedded()
}

// key returns the place of an index or a map key: a constant by its
// value, anything else by its place.
func (p *placer) key(v ssa.Value, depth int) string {
	if c, ok := v.(*ssa.Const); ok && c.Value != nil {
		return "c" + c.Value.ExactString()
	}
	if c, ok := v.(*ssa.Const); ok && c.Value == nil {
		return "c0"
	}
	if call, ok := v.(*ssa.Call); ok {
		// The length of a string or a slice value is the value's: two
		// len(info) of one info are one length (not so for a map or a
		// channel, which change in place).
		if b, ok := call.Call.Value.(*ssa.Builtin); ok && (b.Name() == "len" || b.Name() == "cap") && len(call.Call.Args) == 1 {
			switch call.Call.Args[0].Type().Underlying().(type) {
			case *types.Slice, *types.Basic:
				return b.Name() + "(" + p.local(call.Call.Args[0]) + ")"
			}
		}
	}
	return p.placeDepth(v, depth+1)
}

// local names v by its identity.
func (p *placer) local(v ssa.Value) string {
	id, ok := p.ids[v]
	if !ok {
		id = len(p.locals)
		p.ids[v] = id
		p.locals = append(p.locals, v)
	}
	return fmt.Sprintf("{l%d}", id)
}

// joinPlace appends a step to a place, unless there is none.
func joinPlace(base, step string) string {
	if base == "" {
		return ""
	}
	return strings.ReplaceAll(base+step, "&*", "")
}

// fieldLabel names field i of the struct that ptr points to.
func fieldLabel(ptr types.Type, i int) string {
	if name := fieldName(ptr, i); name != "" && name != "_" {
		return name
	}
	return fmt.Sprint(i)
}

// isLocalPlace reports whether place names a value of its own function
// that no other function can name.
func isLocalPlace(place string) bool {
	return strings.Contains(place, "{l")
}

// translate returns place, given in the terms of a callee's parameters
// and free variables, in the terms of its caller: args are the places of
// the arguments, bindings those of the closure's captured variables. It
// returns "" when the place names a parameter or variable that has no
// place in the caller.
func translate(place string, args, bindings []string) string {
	var pairs []string
	for i := 0; i < len(place); i++ {
		if place[i] != '{' || i+1 >= len(place) || (place[i+1] != 'p' && place[i+1] != 'v') {
			continue
		}
		end := strings.IndexByte(place[i:], '}') + i
		var n int
		if _, err := fmt.Sscanf(place[i+2:end], "%d", &n); err != nil {
			return ""
		}
		from := args
		if place[i+1] == 'v' {
			from = bindings
		}
		if n >= len(from) || from[n] == "" {
			return ""
		}
		pairs = append(pairs, place[i:end+1], from[n])
	}
	if pairs == nil {
		return place
	}
	return strings.ReplaceAll(strings.NewReplacer(pairs...).Replace(place), "&*", "")
}

// render writes place as Go source would name it in fn: "s.mu",
// "m.locks[key]", "mu". Loads are implicit, as in Go.
func (p *placer) render(place string) string {
	var b strings.Builder
	for i := 0; i < len(place); {
		switch place[i] {
		case '{':
			end := matchingBrace(place, i)
			b.WriteString(p.renderBase(place[i+1 : end]))
			i = end + 1
		case '*', '&':
			i++
		case '<':
			// The type an address was converted to names nothing.
			if end := strings.IndexByte(place[i:], '>'); end > 0 {
				i += end + 1
			} else {
				i++
			}
		case '[':
			end := matchingBracket(place, i)
			key := place[i+1 : end]
			if strings.HasPrefix(key, "c") {
				b.WriteString("[" + key[1:] + "]")
			} else {
				b.WriteString("[" + p.render(key) + "]")
			}
			i = end + 1
		default:
			b.WriteByte(place[i])
			i++
		}
	}
	return b.String()
}

// renderBase names the base of a place: a parameter, a free variable, a
// global, a call or a local value.
func (p *placer) renderBase(base string) string {
	var n int
	switch {
	case base == "":
		return "?"
	case base[0] == 'p':
		if _, err := fmt.Sscanf(base[1:], "%d", &n); err == nil && n < len(p.fn.Params) {
			return p.fn.Params[n].Name()
		}
	case base[0] == 'v':
		if _, err := fmt.Sscanf(base[1:], "%d", &n); err == nil && n < len(p.fn.FreeVars) {
			return p.fn.FreeVars[n].Name()
		}
	case base[0] == 'g':
		name := base[1:]
		if i := strings.LastIndex(name, "/"); i >= 0 {
			name = name[i+1:]
		}
		if p.fn.Pkg != nil && strings.HasPrefix(base[1:], p.fn.Pkg.Pkg.Path()+".") {
			name = strings.TrimPrefix(base[1:], p.fn.Pkg.Pkg.Path()+".")
		}
		return name
	case base[0] == 'f':
		call := base[1:]
		open := strings.Index(call, "(")
		if open < 0 {
			return call
		}
		name := call[:open]
		if i := strings.LastIndexAny(name, "./"); i >= 0 {
			name = name[i+1:]
		}
		args := strings.Split(call[open+1:len(call)-1], ",")
		for i, a := range args {
			if strings.HasPrefix(a, "c") {
				args[i] = a[1:]
			} else {
				args[i] = p.render(a)
			}
		}
		return name + "(" + strings.Join(args, ", ") + ")"
	case base[0] == 'l':
		if _, err := fmt.Sscanf(base[1:], "%d", &n); err == nil && n < len(p.locals) {
			return localName(p.locals[n])
		}
	}
	return "the mutex"
}

// localName names a value of a function that is no parameter: a local
// variable by its name, anything else by its SSA name.
func localName(v ssa.Value) string {
	if a, ok := v.(*ssa.Alloc); ok && a.Comment != "" {
		return a.Comment
	}
	return "the mutex"
}

// matchingBrace returns the index of the brace that closes the one at i.
func matchingBrace(s string, i int) int {
	depth := 0
	for j := i; j < len(s); j++ {
		switch s[j] {
		case '{':
			depth++
		case '}':
			depth--
			if depth == 0 {
				return j
			}
		}
	}
	return len(s) - 1
}

// matchingBracket returns the index of the bracket that closes the one
// at i.
func matchingBracket(s string, i int) int {
	depth := 0
	for j := i; j < len(s); j++ {
		switch s[j] {
		case '[':
			depth++
		case ']':
			depth--
			if depth == 0 {
				return j
			}
		}
	}
	return len(s) - 1
}

// spilledParam returns the parameter that the local variable cell holds
// for as long as the function runs, or nil: a parameter that a closure
// captures lives in a cell of its own, stored once at entry, and is the
// parameter wherever it is read if no closure that shares the cell
// assigns it.
func spilledParam(cell *ssa.Alloc) *ssa.Parameter {
	prm, ok := storedOnce(cell).(*ssa.Parameter)
	if !ok {
		return nil
	}
	for _, r := range usesOf(cell) {
		switch r := r.(type) {
		case *ssa.Store:
			if r.Addr != cell || r.Val != prm {
				return nil // the cell's address escapes as a value
			}
		case *ssa.UnOp, *ssa.DebugRef:
		case *ssa.MakeClosure:
			fn, ok := r.Fn.(*ssa.Function)
			if !ok {
				return nil
			}
			for i, b := range r.Bindings {
				if b == cell && !onlyRead(fn.FreeVars[i]) {
					return nil
				}
			}
		default:
			return nil // advance(&s): a callee may assign it
		}
	}
	return prm
}

// onlyRead reports whether the closure that has the free variable fv only
// loads from it: no store, no use of its address (a call that may assign
// through it), and no closure that captures it in turn but one that only
// loads from it too (a goroutine's closure that hands a closure of its
// own to a helper).
func onlyRead(fv *ssa.FreeVar) bool {
	return onlyReadDepth(fv, 0)
}

func onlyReadDepth(fv *ssa.FreeVar, depth int) bool {
	for _, r := range usesOf(fv) {
		switch r := r.(type) {
		case *ssa.UnOp, *ssa.DebugRef:
		case *ssa.MakeClosure:
			fn, ok := r.Fn.(*ssa.Function)
			if !ok || depth >= maxNesting {
				return false
			}
			for i, b := range r.Bindings {
				if b == ssa.Value(fv) && !onlyReadDepth(fn.FreeVars[i], depth+1) {
					return false
				}
			}
		default:
			return false
		}
	}
	return true
}

// readOnlyCopy returns the parameter, a struct value, that v, a local
// variable, is a copy of (see copiedParam), or nil: a variable that is
// otherwise only read, field by field (a value receiver whose fields the
// method addresses). Its fields hold what the parameter's do.
func readOnlyCopy(v ssa.Value) ssa.Value {
	cell, ok := v.(*ssa.Alloc)
	if !ok {
		return nil
	}
	prm := copiedParam(cell)
	if prm == nil {
		return nil
	}
	if _, isStruct := prm.Type().Underlying().(*types.Struct); !isStruct {
		return nil
	}
	for _, r := range usesOf(cell) {
		switch r := r.(type) {
		case *ssa.Store, *ssa.DebugRef:
		case *ssa.FieldAddr:
			for _, u := range usesOf(r) {
				if load, ok := u.(*ssa.UnOp); !ok || load.Op != token.MUL {
					return nil // a field's address taken or stored to
				}
			}
		default:
			return nil
		}
	}
	return prm
}
