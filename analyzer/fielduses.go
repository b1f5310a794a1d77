package analyzer

import (
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// This file works out which fields of its parameters a function closes,
// and which it gives back in a result: (*Client).Close closes field conn
// of its receiver, so a client the caller built around a connection
// releases it when closed; NewServer(opts) moves opts.Listener into the
// server it returns, which then stands for the listener. A field is named
// by its path from the parameter, "p0.conn" or "p0.endpoint.conn" (free
// variables of closures are "f0.conn").

// maxFieldDepth bounds the paths followed into nested structs.
const maxFieldDepth = 4

// fieldRoot names parameter or free variable i as the root of a path.
func fieldRoot(prefix string, i int) string { return prefix + strconv.Itoa(i) }

// A fieldWalk collects the fields of one parameter that a function closes
// or gives back.
type fieldWalk struct {
	c      *checker
	seen   map[ssa.Value]bool
	closed map[string]bool
	gives  map[string]bool // "r0=p0.conn"
}

// fieldUses returns the paths of the fields of root that its function
// closes, or hands over, on some path, and the results that give back
// what a field holds ("r0=p0.conn"); each path starts with name. root is
// a parameter or a closure's free variable (the address of the captured
// variable when isCell). Only structs and pointers to them have fields
// to follow.
func (c *checker) fieldUses(root ssa.Value, name string, isCell bool) (closes, gives []string) {
	t := root.Type()
	if isCell {
		t = t.(*types.Pointer).Elem()
	}
	if !hasFields(t) {
		return nil, nil
	}
	if fn := root.Parent(); c.kindOf(t) != notResource && (fn.Pkg == nil || !declaredIn(t, fn.Pkg.Pkg)) {
		// What a resource of another package (an *sql.Tx) does with its
		// own fields is its business, not this function's.
		return nil, nil
	}
	w := &fieldWalk{c: c, seen: map[ssa.Value]bool{}, closed: map[string]bool{}, gives: map[string]bool{}}
	w.value(root, []string{name}, false)
	return keys(w.closed), keys(w.gives)
}

// declaredIn reports whether t, or the type it points to, is a named type
// of pkg.
func declaredIn(t types.Type, pkg *types.Package) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() == pkg
}

// keys returns the keys of set, sorted.
func keys(set map[string]bool) []string {
	var ks []string
	for k := range set {
		ks = append(ks, k)
	}
	return sorted(ks)
}

// hasFields reports whether t is a struct or a pointer to one.
func hasFields(t types.Type) bool {
	if p, ok := types.Unalias(t).Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	_, ok := types.Unalias(t).Underlying().(*types.Struct)
	return ok
}

// value follows the uses of v, which is the value at path (or, when
// isAddr, the address of the field at path).
func (w *fieldWalk) value(v ssa.Value, path []string, isAddr bool) {
	if w.seen[v] || len(path) > maxFieldDepth+1 {
		return
	}
	w.seen[v] = true
	refs := v.Referrers()
	if refs == nil {
		return
	}
	for _, r := range *refs {
		switch r := r.(type) {
		case *ssa.FieldAddr:
			w.value(r, with(path, fieldName(r.X.Type(), r.Field)), true)
		case *ssa.Field:
			w.content(r, with(path, structFieldName(r.X.Type(), r.Field)), nil)
		case *ssa.UnOp:
			if r.Op != token.MUL {
				continue
			}
			if isAddr {
				w.content(r, path, nil)
			} else {
				w.value(r, path, false) // a variable holding v, or a copy of the struct
			}
		case *ssa.ChangeType, *ssa.Phi:
			w.value(r.(ssa.Value), path, isAddr)
		case *ssa.Store:
			if r.Val == v && (isLocalCell(r.Addr) || isSpill(v, r.Addr)) {
				w.value(r.Addr, path, false) // a variable holding v, or its copy
			}
		case *ssa.MakeClosure:
			for i, b := range r.Bindings {
				if b == v {
					w.callee(r.Fn.(*ssa.Function), fieldRoot("f", i), path)
				}
			}
		case ssa.CallInstruction:
			w.call(r, v, path)
		}
	}
}

// content follows x, the value of the field at path, or, when within is
// set, a new value that holds it at that path inside. The field is closed
// when it is released, or when it is a resource handed over (see
// handsOver); it is given back when a result is (or owns) it. What a
// resource does with its own fields is its business: only the fields of
// plain structs are followed.
func (w *fieldWalk) content(x ssa.Value, path, within []string) {
	k := w.c.kindOf(x.Type())
	var fl *flow
	switch {
	case within != nil:
		k = closer
		fl = w.c.traceFrom(x, k, false, &structHolding{path: within, owns: true})
	case w.c.callsBoundRelease(x):
		// l.closeFn() where closeFn is only ever r.Close: the field
		// stands for r (see storedBoundRelease).
		w.closed[strings.Join(path, ".")] = true
		return
	case canHoldResource(x.Type()):
		fl = w.c.trace(x, k, false)
	default:
		return
	}
	field := strings.Join(path, ".")
	for instr, e := range fl.events {
		if ret, ok := instr.(*ssa.Return); ok {
			for j, r := range ret.Results {
				if g, ok := giftOf(fl, r, j, field); ok {
					w.gives[g.String()] = true
				}
			}
		}
		if e == released || (k != notResource && handsOver(fl, instr)) {
			w.closed[field] = true
		}
	}
	if k == notResource && within == nil && hasFields(x.Type()) {
		w.value(x, path, false)
	}
	if within == nil && w.c.closesElements(x, 0) {
		w.closed[field+"[]"] = true // "p0.conns[]": the conns it holds
	}
}

// closesElements reports whether the function closes, on some path, an
// element of the map, slice or array x that it reads (by range, index or
// lookup), or an element of such an element: ConnSet.Close ranges over
// its map of conns and closes each.
func (c *checker) closesElements(x ssa.Value, depth int) bool {
	if depth > 1 {
		return false
	}
	for _, e := range elementsRead(x) {
		if k := c.kindOf(e.Type()); k != notResource {
			for _, ev := range c.trace(e, k, false).events {
				if ev == released {
					return true
				}
			}
			continue
		}
		if c.closesElements(e, depth+1) {
			return true
		}
	}
	return false
}

// elementsRead returns the values of the elements that the code reads
// from x, a map, slice or array: the values of a range over it, and what
// an index or a lookup gives.
func elementsRead(x ssa.Value) []ssa.Value {
	switch x.Type().Underlying().(type) {
	case *types.Map, *types.Slice, *types.Array:
	default:
		return nil
	}
	var es []ssa.Value
	for _, r := range usesOf(x) {
		switch r := r.(type) {
		case *ssa.Range:
			for _, n := range usesOf(r) {
				if next, ok := n.(*ssa.Next); ok {
					// A map's keys too: for conn := range h.conns.
					es = append(es, extracts(next, 1)...)
					es = append(es, extracts(next, 2)...)
				}
			}
		case *ssa.Lookup:
			if r.CommaOk {
				es = append(es, extracts(r, 0)...)
			} else {
				es = append(es, r)
			}
		case *ssa.Index:
			es = append(es, r)
		case *ssa.IndexAddr:
			for _, u := range usesOf(r) {
				if load, ok := u.(*ssa.UnOp); ok && load.Op == token.MUL {
					es = append(es, load)
				}
			}
		}
	}
	return es
}

// extracts returns the extractions of component i of the tuple t.
func extracts(t ssa.Value, i int) []ssa.Value {
	var es []ssa.Value
	for _, r := range usesOf(t) {
		if e, ok := r.(*ssa.Extract); ok && e.Index == i {
			es = append(es, e)
		}
	}
	return es
}

// A gift is a result that gives back what a field of a parameter holds:
// the result is the field's value (within is nil), or a new value that
// owns it in its field within.
type gift struct {
	result int
	within []string
	field  string // "p0.conn"
}

// String encodes g as in Summary.Gives: "r0=p0.conn", "r1.Listener=p0.l".
func (g gift) String() string {
	return strings.Join(append([]string{"r" + strconv.Itoa(g.result)}, g.within...), ".") + "=" + g.field
}

func parseGift(s string) (gift, bool) {
	r, field, ok := strings.Cut(s, "=")
	parts := strings.Split(r, ".")
	j, err := strconv.Atoi(strings.TrimPrefix(parts[0], "r"))
	if !ok || err != nil {
		return gift{}, false
	}
	g := gift{result: j, field: field}
	if len(parts) > 1 {
		g.within = parts[1:]
	}
	return g, true
}

// giftOf returns the gift of field that returning r as result j makes, if
// r is an alias of fl or a holder that owns it.
func giftOf(fl *flow, r ssa.Value, j int, field string) (gift, bool) {
	if !fl.aliases[r] {
		return gift{}, false
	}
	h, isHolder := fl.structs[r]
	if isHolder && (!h.owns || len(h.path) == 0) {
		return gift{}, false
	}
	return gift{result: j, within: h.path, field: field}, true
}

// handsOver reports whether instr, which hands off the resource of fl,
// gives it to a new owner: a Close that gives the connection back to its
// pool closes the field, but a getter that returns it, or a method that
// passes along a closure using it, does not.
func handsOver(fl *flow, instr ssa.Instruction) bool {
	switch instr := instr.(type) {
	case *ssa.Return:
		return false
	case ssa.CallInstruction:
		common := instr.Common()
		if fl.aliases[common.Value] {
			return true
		}
		return slices.ContainsFunc(common.Args, func(a ssa.Value) bool { return fl.aliases[a] || fl.cells[a] })
	}
	return true
}

// call follows v (the value at path) into a static callee that receives
// it. Unknown code is not followed: a callee that keeps the whole value
// says so in its summary, and that is handled where the value is used.
func (w *fieldWalk) call(call ssa.CallInstruction, v ssa.Value, path []string) {
	common := call.Common()
	fn := common.StaticCallee()
	if fn == nil || common.IsInvoke() {
		return
	}
	if obj, ok := fn.Object().(*types.Func); ok && w.c.isBorrower(obj) {
		return
	}
	res, _ := call.(*ssa.Call)
	for i, a := range common.Args {
		if a != v {
			continue
		}
		root := fieldRoot("p", i)
		w.callee(fn, root, path)
		if res == nil {
			continue
		}
		// What the callee gives back of the field is the field: c.Hijack()
		// returns c.conn, which Close then closes.
		sum := w.c.summaryOf(fn)
		for _, s := range sum.gives {
			g, ok := parseGift(s)
			rest, under := strings.CutPrefix(g.field, root)
			if !ok || !under || (rest != "" && rest[0] != '.') {
				continue
			}
			if slices.Contains(sum.releasers, g.result+1) {
				// Given back with a function that releases it where
				// it is new (conn, closer, err := d.conn()): the
				// field comes with one that releases nothing.
				continue
			}
			for _, x := range resultValues(res, g.result) {
				w.content(x, append(slices.Clip(path), strings.Split(rest, ".")[1:]...), g.within)
			}
		}
	}
}

// callee adds the fields that fn closes under its parameter or free
// variable named root, which receives the value at path.
func (w *fieldWalk) callee(fn *ssa.Function, root string, path []string) {
	for _, p := range w.c.summaryOf(fn).closes {
		rest, ok := strings.CutPrefix(p, root)
		if ok && (rest == "" || rest[0] == '.') {
			w.closed[strings.Join(path, ".")+rest] = true
		}
	}
}

func with(path []string, name string) []string {
	return append(slices.Clip(path), name)
}

// structFieldName returns the name of field i of the struct type t.
func structFieldName(t types.Type, i int) string {
	if s, ok := types.Unalias(t).Underlying().(*types.Struct); ok && i < s.NumFields() {
		return s.Field(i).Name()
	}
	return ""
}

// givenBy returns the gifts of what is held at path inside parameter root
// ("p0"): of the field itself or of a struct around it.
func (s *summary) givenBy(root string, path []string) []gift {
	want := strings.Join(append([]string{root}, path...), ".")
	var gs []gift
	for _, e := range s.gives {
		if g, ok := parseGift(e); ok && (g.field == want || strings.HasPrefix(want, g.field+".")) {
			gs = append(gs, g)
		}
	}
	return gs
}

// closesField reports whether the function closes what is held at path
// inside its parameter or free variable named root ("p0", "f1"): the
// field itself, a field inside it, or a struct around it.
func (s *summary) closesField(root string, path []string) bool {
	want := strings.Join(append([]string{root}, path...), ".")
	for _, p := range s.closes {
		if p == want || strings.HasPrefix(p, want+".") || strings.HasPrefix(want, p+".") {
			return true
		}
	}
	return false
}
