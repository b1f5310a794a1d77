package analyzer

import (
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// This file decides where a stored value outlives the call that stores
// it: in what a parameter, a free variable or a global reaches, or in a
// new container that is itself stored there. A resource stored there is
// kept by the function's owner.

// isKeptContainer reports whether addr is a field or element of a local
// composite value that is then stored where it outlives the call, as in
// m[id] = entry{conn}.
func isKeptContainer(addr ssa.Value) bool {
	for range 8 {
		switch a := addr.(type) {
		case *ssa.FieldAddr:
			addr = a.X
			continue
		case *ssa.IndexAddr:
			addr = a.X
			continue
		case *ssa.Alloc:
			for _, r := range usesOf(a) {
				if st, ok := r.(*ssa.Store); ok && st.Val == a && isKeptBy(st.Addr) {
					return true
				}
				load, ok := r.(*ssa.UnOp)
				if !ok || load.Op != token.MUL {
					continue
				}
				for _, lr := range usesOf(load) {
					switch lr := lr.(type) {
					case *ssa.Store:
						if lr.Val == load && isKeptBy(lr.Addr) {
							return true
						}
					case *ssa.MapUpdate:
						if lr.Value == load && isKeptBy(lr.Map) {
							return true
						}
					}
				}
			}
		}
		return false
	}
	return false
}

// isKeptBy reports whether addr is reachable from a parameter, a free
// variable or a global, so that what is stored there outlives the call.
func isKeptBy(addr ssa.Value) bool {
	return isKeptByDepth(addr, 0)
}

func isKeptByDepth(addr ssa.Value, depth int) bool {
	switch v := keptBase(addr).(type) {
	case *ssa.Parameter, *ssa.FreeVar, *ssa.Global:
		return true
	case *ssa.Phi:
		return depth < 2 && keptEdges(v, depth+1)
	}
	return false
}

// keptBase walks addr down fields, elements, map lookups and loads to the
// value they reach into: a parameter (also one that a closure's variable
// holds), a free variable, a global, a φ-node, or any other value where
// the walk stops.
func keptBase(addr ssa.Value) ssa.Value {
	for range 32 {
		switch v := addr.(type) {
		case *ssa.UnOp:
			if p := cellParam(v); p != nil {
				return p
			}
			if stored := storedBefore(v); stored != nil {
				// e.prev = at; e.prev.next = e keeps e in at.
				addr = stored
				continue
			}
			addr = v.X
		case *ssa.FieldAddr:
			addr = v.X
		case *ssa.IndexAddr:
			addr = v.X
		case *ssa.Lookup:
			addr = v.X
		case *ssa.Field:
			addr = v.X
		default:
			return addr
		}
	}
	return nil
}

// storedBefore returns the value that load, a load of a field of a
// struct (e.prev), reads where the same block stored it into that field
// of the same struct before, with no call between that might store
// something else there; or nil.
func storedBefore(load *ssa.UnOp) ssa.Value {
	return lastFieldStoreBefore(load, func(instr ssa.Instruction, _ *ssa.FieldAddr) bool {
		_, call := instr.(ssa.CallInstruction)
		return call
	})
}

// lastFieldStoreBefore returns the value that the last store into the field
// that load reads, earlier in load's block, stores, where no instruction
// in between halts the search; or nil.
func lastFieldStoreBefore(load *ssa.UnOp, halts func(ssa.Instruction, *ssa.FieldAddr) bool) ssa.Value {
	fa, ok := load.X.(*ssa.FieldAddr)
	if !ok || load.Op != token.MUL {
		return nil
	}
	instrs := load.Block().Instrs
	for i := slices.Index(instrs, ssa.Instruction(load)) - 1; i >= 0; i-- {
		if st, ok := instrs[i].(*ssa.Store); ok {
			if other, ok := st.Addr.(*ssa.FieldAddr); ok && other.X == fa.X && other.Field == fa.Field {
				return st.Val
			}
		}
		if halts(instrs[i], fa) {
			return nil
		}
	}
	return nil
}

// cellParam returns the parameter that v, a load of a variable, reads,
// or nil. A function whose closures capture its receiver copies the
// receiver into a variable of its own (a goroutine started by t.getClient
// that uses t), and reads it from there: t.clients[k] = cl is still a
// store into the receiver's map.
func cellParam(v ssa.Value) *ssa.Parameter {
	load, ok := v.(*ssa.UnOp)
	if !ok || !isParamCopy(load) {
		return nil
	}
	var param *ssa.Parameter
	for _, r := range usesOf(load.X) {
		if st, ok := r.(*ssa.Store); ok && st.Addr == load.X {
			p, ok := st.Val.(*ssa.Parameter)
			if !ok || (param != nil && p != param) {
				return nil
			}
			param = p
		}
	}
	return param
}

// storedWhereKept reports whether v is stored where it outlives the call.
func storedWhereKept(v ssa.Value) bool {
	return keptStore(v) != nil || keptMapUpdate(v) != nil
}

// keptMapUpdate returns an update of a map where v, the value put into
// it, outlives the call (s.m[id] = append(s.m[id], c)), or nil.
func keptMapUpdate(v ssa.Value) *ssa.MapUpdate {
	for _, r := range usesOf(v) {
		if mu, ok := r.(*ssa.MapUpdate); ok && mu.Value == v && isKeptBy(mu.Map) {
			return mu
		}
	}
	return nil
}

// keptStore returns a store of v where it outlives the call, or nil.
func keptStore(v ssa.Value) *ssa.Store {
	for _, r := range usesOf(v) {
		if st, ok := r.(*ssa.Store); ok && st.Val == v && isKeptBy(st.Addr) {
			return st
		}
	}
	return nil
}

// keptEdges reports whether every value that the φ-node v merges is kept
// by the function's owner: m := r.byTopic[t]; if m == nil { m =
// make(map[int]*T); r.byTopic[t] = m }; m[p] = v stores v in a map that
// the receiver holds either way.
func keptEdges(v *ssa.Phi, depth int) bool {
	for _, e := range v.Edges {
		switch e := e.(type) {
		case *ssa.MakeMap, *ssa.MakeSlice, *ssa.Alloc:
			if !putWhereKept(e, depth) {
				return false
			}
		case *ssa.Phi:
			return false // one level: loops of containers are not followed
		default:
			if !isKeptByDepth(e, depth) {
				return false
			}
		}
	}
	return len(v.Edges) > 0
}

// putWhereKept reports whether the new container v is stored or put into
// a map where it outlives the call.
func putWhereKept(v ssa.Value, depth int) bool {
	for _, r := range usesOf(v) {
		switch r := r.(type) {
		case *ssa.Store:
			if r.Val == v && isKeptByDepth(r.Addr, depth) {
				return true
			}
		case *ssa.MapUpdate:
			if r.Value == v && isKeptByDepth(r.Map, depth) {
				return true
			}
		}
	}
	return false
}

// keptGlobally is what keptIn returns for a parameter that a function
// keeps in a global: the caller's owner keeps it whatever the caller
// passes.
const keptGlobally = -2

// keptIn returns where fn keeps its parameter i, traced as fl, as it is
// and on some path: the index of another parameter in what it reaches (a
// field, a map, an atomic.Pointer), keptGlobally, or -1.
// s.storeInCache(hash, p) caches p in s.packfiles; c.setupConn(conn)
// stores a struct holding conn with c.conn.Store(ch) when the connection
// works. Some path is enough: a callee that caches what it is given only
// when its receiver says so (if p.keep { p.files[name] = f }) leaves its
// caller, which cannot tell, to the receiver's decision. A field that fn
// clears again before it returns (p.current = c; ...; p.current = nil)
// keeps nothing; nor, as far as the caller can tell, does a store into a
// new value that fn stores somewhere in turn, or into a map that a φ-node
// chooses.
func (c *checker) keptIn(fn *ssa.Function, i int, fl *flow) int {
	if !fl.kept() {
		return -1
	}
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			if !fl.keeps[instr] {
				continue
			}
			if j := c.keptAt(fn, instr, fl); j == keptGlobally || (j >= 0 && j != i) {
				return j
			}
		}
	}
	return -1
}

// keptAt returns where instr, one of fn's instructions that keep the
// resource of fl, keeps it: the index of the parameter whose reach it puts
// it in, keptGlobally, or -1.
func (c *checker) keptAt(fn *ssa.Function, instr ssa.Instruction, fl *flow) int {
	switch instr := instr.(type) {
	case *ssa.Store:
		if !overwritten(fn, instr) {
			return placeOf(fn, instr.Addr)
		}
	case *ssa.MapUpdate:
		return placeOf(fn, instr.Map)
	case *ssa.Send:
		return placeOf(fn, instr.Chan)
	case *ssa.Call:
		if b, ok := instr.Call.Value.(*ssa.Builtin); ok && b.Name() == "append" {
			// s.conns = append(s.conns, c) keeps c where s.conns is.
			if st := keptStore(instr); st != nil {
				return placeOf(fn, st.Addr)
			}
			if mu := keptMapUpdate(instr); mu != nil {
				return placeOf(fn, mu.Map)
			}
			return -1
		}
		return c.keptByCall(fn, instr, fl)
	case ssa.CallInstruction:
		return c.keptByCall(fn, instr, fl)
	}
	return -1
}

// keptByCall returns where the static call instr, which keeps the
// resource of fl, puts it: in the container that a keeper such as
// atomic.Pointer.Store is called on, in the variable that
// atomic.StorePointer stores into, or where the callee keeps the argument
// that is the resource.
func (c *checker) keptByCall(fn *ssa.Function, instr ssa.CallInstruction, fl *flow) int {
	common := instr.Common()
	if addr, val := c.pointerStore(common); addr != nil && fl.aliases[val] {
		return placeOf(fn, addr)
	}
	callee := common.StaticCallee()
	if callee == nil {
		return -1
	}
	if obj, ok := callee.Object().(*types.Func); ok {
		if _, ok := keepers[c.funcName(obj)]; ok {
			return placeOf(fn, common.Args[0])
		}
	}
	sum := c.summaryOf(callee)
	for k, arg := range common.Args {
		if !fl.aliases[arg] {
			continue
		}
		if j := sum.keeper(k); j == keptGlobally {
			return j
		} else if j >= 0 && j < len(common.Args) {
			return placeOf(fn, common.Args[j])
		}
	}
	return -1
}

// placeOf returns the index of the parameter of fn whose fields, elements
// or maps addr reaches, keptGlobally for a global, or -1.
func placeOf(fn *ssa.Function, addr ssa.Value) int {
	switch v := keptBase(addr).(type) {
	case *ssa.Parameter:
		return slices.Index(fn.Params, v)
	case *ssa.Global:
		return keptGlobally
	}
	return -1
}

// overwritten reports whether fn, on every path from st to a return that
// succeeds, stores something else at the place that st stores into, as a
// field of the same parameter: p.current = c; ...; p.current = nil. A
// place cleared only where the function fails (p.conns[fd] = nil before
// it closes c and returns the error) keeps c where it succeeds; one
// cleared where it succeeds keeps nothing its caller can rely on. A
// return succeeds when its last result is not an error, or is nil, or is
// an error that a check on the path found nil.
func overwritten(fn *ssa.Function, st *ssa.Store) bool {
	root, path := paramPath(st.Addr)
	if root == nil {
		return false
	}
	clears := func(instr ssa.Instruction) bool {
		other, ok := instr.(*ssa.Store)
		if !ok || other == st || other.Val == st.Val {
			return false
		}
		r, p := paramPath(other.Addr)
		return r == root && p == path
	}
	results := fn.Signature.Results()
	failsWithError := results.Len() > 0 && types.Identical(results.At(results.Len()-1).Type(), errorType)
	succeeds := func(ret *ssa.Return, nils []ssa.Value) bool {
		if !failsWithError {
			return true
		}
		e := returnedError(ret)
		return isNil(e) || slices.Contains(nils, e)
	}
	type pos struct {
		b     *ssa.BasicBlock
		start int
		nils  []ssa.Value // errors a check on the path found nil
	}
	key := func(p pos) string {
		k := strconv.Itoa(p.b.Index)
		for _, v := range p.nils {
			k += "," + v.Name()
		}
		return k
	}
	seen := map[string]bool{}
	work := []pos{{st.Block(), slices.Index(st.Block().Instrs, ssa.Instruction(st)) + 1, nil}}
	for steps := 0; len(work) > 0; steps++ {
		if steps > 4096 {
			return true // too many paths to tell: keeps nothing
		}
		p := work[len(work)-1]
		work = work[:len(work)-1]
		cleared := false
		for _, instr := range p.b.Instrs[p.start:] {
			if clears(instr) {
				cleared = true
				break
			}
			if ret, ok := instr.(*ssa.Return); ok && succeeds(ret, p.nils) {
				return false // a path that keeps it
			}
		}
		if cleared {
			continue
		}
		for i, succ := range p.b.Succs {
			nils := p.nils
			if v, onTrue := nilCheck(p.b); v != nil && (i == 0) == onTrue && len(nils) < 8 {
				nils = append(slices.Clip(nils), v)
			}
			next := pos{succ, 0, nils}
			if k := key(next); !seen[k] {
				seen[k] = true
				work = append(work, next)
			}
		}
	}
	return true
}

// nilCheck returns the error that the conditional jump ending b compares
// with nil, and whether it is nil on the true branch; nil if b ends
// otherwise.
func nilCheck(b *ssa.BasicBlock) (ssa.Value, bool) {
	t, ok := b.Instrs[len(b.Instrs)-1].(*ssa.If)
	if !ok {
		return nil, false
	}
	x, nilSucc := nilOutcome(t)
	if x == nil || !types.Identical(x.Type(), errorType) {
		return nil, false
	}
	return x, nilSucc == b.Succs[0]
}

// paramPath returns the parameter whose fields, elements or map addr
// reaches, and the path of fields from it, or nil.
func paramPath(addr ssa.Value) (*ssa.Parameter, string) {
	var path []string
	for range 32 {
		switch v := addr.(type) {
		case *ssa.Parameter:
			slices.Reverse(path)
			return v, strings.Join(path, "")
		case *ssa.FieldAddr:
			path = append(path, "."+strconv.Itoa(v.Field))
			addr = v.X
		case *ssa.IndexAddr:
			path = append(path, "[]")
			addr = v.X
		case *ssa.UnOp:
			if p := cellParam(v); p != nil {
				addr = p // the receiver, copied into a variable
				continue
			}
			path = append(path, "*")
			addr = v.X
		case *ssa.Field:
			path = append(path, "."+strconv.Itoa(v.Field))
			addr = v.X
		default:
			return nil, ""
		}
	}
	return nil, ""
}
