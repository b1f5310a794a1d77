package analyzer

import (
	"fmt"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// This file follows a result that says, in a field of its own, that it
// holds nothing:
//
//	func (r *Request) Send(c *http.Client) (*Response, error) {
//		resp, err := c.Do(req)
//		...
//		nresp := new(Response)
//		nresp.Output = &trailerReader{resp}
//		if resp.StatusCode >= http.StatusBadRequest {
//			nresp.Error = decodeError(resp)
//			nresp.Output = nil
//			resp.Body.Close()
//		}
//		return nresp, nil
//	}
//
//	resp, err := req.Send(client)
//	if err != nil { return err }
//	if resp.Error != nil { return resp.Error }
//	defer resp.Close()
//
// Where Send sets Error it clears every field that holds a resource, so a
// caller's branch on resp.Error != nil has nothing to close, as a branch
// on the err of v, err := f() has nothing.

// emptyWhenSet returns "rJ.F" for each result J of fn that holds nothing
// wherever its field F is not nil: a new struct that fn returns, whose
// field F fn sets only after it set every field that holds a resource,
// and followed, in the same block, by a store of nil into each of them;
// or what a call whose summary says so returns.
func (c *checker) emptyWhenSet(fn *ssa.Function) []string {
	var out []string
	for j := range min(fn.Signature.Results().Len(), 64) {
		var alloc *ssa.Alloc
		var call *ssa.CallCommon
		var results []ssa.Value
		index := -1
		ok := true
		for _, v := range returned(fn, j) {
			cc, i := resultOf(v)
			switch x := v.(type) {
			case *ssa.Const:
				// nil
			case *ssa.Alloc:
				ok = ok && (alloc == nil || alloc == x) && call == nil
				alloc = x
			default:
				ok = ok && cc != nil && alloc == nil && (call == nil || (call == &cc.Call && index == i))
				if cc != nil {
					call, index = &cc.Call, i
					results = append(results, v)
				}
			}
		}
		switch {
		case !ok:
		case alloc != nil:
			for _, f := range c.clearingFlags(alloc) {
				out = append(out, fmt.Sprintf("r%d.%s", j, f))
			}
		case call != nil && onlyPassedUp(results):
			prefix := fmt.Sprintf("r%d.", index)
			for _, e := range c.callEmptyWhen(call) {
				if f, ok := strings.CutPrefix(e, prefix); ok {
					out = append(out, fmt.Sprintf("r%d.%s", j, f))
				}
			}
		}
	}
	return out
}

// callEmptyWhen returns what the summary of the function that call runs
// says of its results (see emptyWhenSet): its static callee's, or, for an
// interface method, what every implementation says, where the program has
// them all or knows the receiver's dynamic types.
func (c *checker) callEmptyWhen(call *ssa.CallCommon) []string {
	if fn := call.StaticCallee(); fn != nil {
		return c.summaryOf(fn).emptyWhen
	}
	instr := c.callInstrOf(call)
	if !call.IsInvoke() || instr == nil {
		return nil
	}
	if _, known := c.dynamicTypes(call.Value, map[ssa.Value]bool{}, 0); !known && !c.allImplementersKnown(call.Value.Type()) {
		return nil
	}
	var out []string
	first := true
	for _, fn := range c.implementingMethods(instr) {
		own := c.summaryOf(fn).emptyWhen
		if first {
			out, first = slices.Clone(own), false
			continue
		}
		out = slices.DeleteFunc(out, func(e string) bool { return !slices.Contains(own, e) })
	}
	return out
}

// clearingFlags returns the names of the fields of the struct alloc
// points to that say it holds nothing (see emptyWhenSet). The struct's
// address must go only to its fields, copies and returns (see
// onlyFilledAndReturned).
func (c *checker) clearingFlags(alloc *ssa.Alloc) []string {
	if !onlyFilledAndReturned(alloc) {
		return nil
	}
	var stores []memberStore
	for _, r := range usesOf(alloc) {
		if fa, ok := r.(*ssa.FieldAddr); ok {
			for _, u := range usesOf(fa) {
				if st, ok := u.(*ssa.Store); ok {
					stores = append(stores, memberStore{st, fa.Field})
				}
			}
		}
	}
	ptr, ok := alloc.Type().Underlying().(*types.Pointer)
	if !ok {
		return nil
	}
	st, ok := ptr.Elem().Underlying().(*types.Struct)
	if !ok {
		return nil
	}
	var holders []int
	for i := range st.NumFields() {
		if t := st.Field(i).Type(); !types.Identical(t, errorType) && c.mayHideResource(t, 0) {
			holders = append(holders, i)
		}
	}
	if len(holders) == 0 {
		return nil
	}
	var out []string
	for f := range st.NumFields() {
		if slices.Contains(holders, f) || !nilable(st.Field(f).Type()) {
			continue
		}
		set := 0
		clears := true
		for _, fs := range stores {
			if fs.field != f || isNil(fs.st.Val) {
				continue
			}
			set++
			clears = clears && clearedAfter(fs.st, holders, stores)
		}
		for _, hs := range stores {
			if !slices.Contains(holders, hs.field) || isNil(hs.st.Val) {
				continue
			}
			// Every resource goes in before the flag is set, and none
			// after it (in a loop, the next round's).
			for _, fs := range stores {
				if fs.field == f && !isNil(fs.st.Val) && (!before(hs.st, fs.st) || reaches(fs.st, hs.st)) {
					clears = false
				}
			}
		}
		if set > 0 && clears {
			out = append(out, st.Field(f).Name())
		}
	}
	return out
}

// A memberStore is a store into field field of a struct.
type memberStore struct {
	st    *ssa.Store
	field int
}

// clearedAfter reports whether the block of the store st, after it,
// stores nil into each of the fields holders of the same struct.
func clearedAfter(st *ssa.Store, holders []int, stores []memberStore) bool {
	b := st.Block()
	at := slices.Index(b.Instrs, ssa.Instruction(st))
	for _, h := range holders {
		if !slices.ContainsFunc(stores, func(s memberStore) bool {
			return s.field == h && isNil(s.st.Val) && s.st.Block() == b && slices.Index(b.Instrs, ssa.Instruction(s.st)) > at
		}) {
			return false
		}
	}
	return true
}

// emptyWhen reports whether x, compared with nil where the resource of a
// is checked, is a field of the resource that a's call says is not nil
// only where the resource holds nothing (see emptyWhenSet).
func (fc *funcChecker) emptyWhen(a *acquisition, fl *flow, x ssa.Value) bool {
	if a.call == nil {
		return false
	}
	load, ok := x.(*ssa.UnOp)
	if !ok || load.Op != token.MUL {
		return false
	}
	fa, ok := load.X.(*ssa.FieldAddr)
	if !ok {
		return false
	}
	if surely := fl.surely(fa.X) || (fl.aliases[fa.X] && setOnce(fa.X)); !surely {
		return false
	}
	want := fmt.Sprintf("r%d.%s", a.index, fieldName(fa.X.Type(), fa.Field))
	return slices.Contains(fc.callEmptyWhen(&a.call.Call), want) && !fieldSet(fl, fa.Field)
}

// fieldSet reports whether the function stores into field index of the
// value that fl traces, through any of its aliases.
func fieldSet(fl *flow, index int) bool {
	for v := range fl.aliases {
		refs := v.Referrers()
		if refs == nil {
			continue
		}
		for _, r := range *refs {
			fa, ok := r.(*ssa.FieldAddr)
			if !ok || fa.Field != index {
				continue
			}
			for _, u := range usesOf(fa) {
				if _, isLoad := u.(*ssa.UnOp); !isLoad {
					if _, isDebug := u.(*ssa.DebugRef); !isDebug {
						return true
					}
				}
			}
		}
	}
	return false
}

// onlyPassedUp reports whether the values vs, results of a call, go
// only to returns: the function changes nothing in what it passes up.
func onlyPassedUp(vs []ssa.Value) bool {
	for _, v := range vs {
		for _, r := range usesOf(v) {
			switch r.(type) {
			case *ssa.Return, *ssa.DebugRef:
			default:
				return false
			}
		}
	}
	return true
}

// reaches reports whether a path leads from the instruction x to y.
func reaches(x, y ssa.Instruction) bool {
	xb, yb := x.Block(), y.Block()
	if xb == yb && slices.Index(xb.Instrs, x) < slices.Index(xb.Instrs, y) {
		return true
	}
	return reachable(xb.Succs, func(b *ssa.BasicBlock) []*ssa.BasicBlock { return b.Succs })[yb]
}

// setOnce reports whether v is a load of a local variable that one store
// sets, in the function and in the closures that capture it, as a
// variable that a goroutine reads and nothing sets again.
func setOnce(v ssa.Value) bool {
	load, ok := v.(*ssa.UnOp)
	if !ok || load.Op != token.MUL || !isLocalCell(load.X) {
		return false
	}
	stores, ok := cellStores(load.X)
	return ok && len(stores) == 1
}
