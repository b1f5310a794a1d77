package analyzer

import (
	"go/token"
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
			for _, r := range *a.Referrers() {
				if st, ok := r.(*ssa.Store); ok && st.Val == a && isKeptBy(st.Addr) {
					return true
				}
				load, ok := r.(*ssa.UnOp)
				if !ok || load.Op != token.MUL {
					continue
				}
				for _, lr := range *load.Referrers() {
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
	for range 32 {
		switch v := addr.(type) {
		case *ssa.Parameter, *ssa.FreeVar, *ssa.Global:
			return true
		case *ssa.Phi:
			return depth < 2 && keptEdges(v, depth+1)
		case *ssa.FieldAddr:
			addr = v.X
		case *ssa.IndexAddr:
			addr = v.X
		case *ssa.UnOp:
			addr = v.X
		case *ssa.Lookup:
			addr = v.X
		case *ssa.Field:
			addr = v.X
		default:
			return false
		}
	}
	return false
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
	for _, r := range *v.Referrers() {
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

// keptIn returns the parameter of fn in a field or map of which fn stores
// its parameter i as it is, and leaves it there, or -1: s.storeInCache(hash,
// p) caches p in s.packfiles. A field that fn clears again before it
// returns (p.current = c; ...; p.current = nil) keeps nothing.
func keptIn(fn *ssa.Function, i int) int {
	if fn.Blocks == nil || i >= len(fn.Params) {
		return -1
	}
	for _, r := range *fn.Params[i].Referrers() {
		var addr ssa.Value
		switch r := r.(type) {
		case *ssa.Store:
			if r.Val == fn.Params[i] && !overwritten(fn, r) {
				addr = r.Addr
			}
		case *ssa.MapUpdate:
			if r.Value == fn.Params[i] {
				addr = r.Map
			}
		}
		if root, _ := paramPath(addr); root != nil && root != fn.Params[i] {
			return slices.Index(fn.Params, root)
		}
	}
	return -1
}

// overwritten reports whether fn stores something else at the place that
// st stores into, as a field of the same parameter.
func overwritten(fn *ssa.Function, st *ssa.Store) bool {
	root, path := paramPath(st.Addr)
	if root == nil {
		return false
	}
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			if other, ok := instr.(*ssa.Store); ok && other != st && other.Val != st.Val {
				if r, p := paramPath(other.Addr); r == root && p == path {
					return true
				}
			}
		}
	}
	return false
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
