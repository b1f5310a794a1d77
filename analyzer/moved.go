package analyzer

import (
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// This file hands off a value whose resources all move, field by field,
// into an owner that outlives the function:
//
//	newFile, err := file.conn.Open(name)
//	...
//	file.resp = newFile.resp
//	file.body = newFile.body
//
// newFile's Close closes the body of newFile.resp and does nothing else
// that matters. Once the receiver keeps that response, the receiver's own
// Close closes it, and dropping the emptied newFile leaks nothing. The
// value is handed off where the last of its parts is kept, provided that
//
//   - its type's Close releases only what the parts hold, and each part
//     is a resource with a Close of its own (movableParts): a Close that
//     also cancels a context, stops a ticker or closes a channel releases
//     more than its parts, and moving them leaves that undone;
//   - the function only reads the value's fields (readsFieldsOnly): a
//     value that is passed on, or whose fields are set again, may hold a
//     new resource after its parts moved out;
//   - every other part has been kept on every path to that point.
//
// A part counts as kept where the function's owner holds it (see
// flow.keeps): in a field of a parameter or the receiver, a global or a
// channel. A part stored into a struct the function made, and dropped
// with it, is not; nor is a part returned, which the function's caller
// takes for a part of a value it does not own.

// movableParts returns the fields of the struct that ptr points to that
// hold everything its Close method releases, or nil. Close must have the
// pointer receiver ptr and a body in this package, release or close some
// fields that are resources (see closedParts), hold no lock, and, apart
// from what it does with those fields, do what releasesNothing accepts:
// compute, and update its receiver's memory.
func (c *checker) movableParts(ptr types.Type) map[int]bool {
	if parts, ok := c.movable[ptr]; ok {
		return parts
	}
	c.movable[ptr] = nil // a Close that reaches its own type moves nothing
	parts := c.closedParts(ptr)
	if parts != nil && !c.releasesOnly(ptr, parts) {
		parts = nil
	}
	c.movable[ptr] = parts
	return parts
}

// closedParts returns the fields of the struct that ptr points to that
// its Close method, declared in this package on the pointer receiver ptr,
// releases or closes on some path, or nil if there are none, if Close
// closes what is no field of its receiver, or if one of them is no
// resource itself.
func (c *checker) closedParts(ptr types.Type) map[int]bool {
	if _, ok := types.Unalias(ptr).(*types.Pointer); !ok {
		return nil
	}
	fn := c.closeFunc(ptr)
	if fn == nil || len(fn.Params) != 1 || !types.Identical(fn.Params[0].Type(), ptr) {
		return nil
	}
	parts := map[int]bool{}
	for i := range c.releasedParts(ptr) {
		parts[i] = true
	}
	for _, p := range c.summaryOf(fn).closes {
		path := strings.Split(p, ".")
		if len(path) < 2 || path[0] != "p0" {
			return nil
		}
		i := fieldIndex(ptr, path[1])
		if i < 0 {
			return nil
		}
		parts[i] = true
	}
	for i := range parts {
		if c.kindOf(field(ptr, i).Type()) == notResource {
			// A plain struct that holds resources has no Close of
			// its own that releases all it holds: its next owner
			// may release less of it than this Close does.
			return nil
		}
	}
	if len(parts) == 0 {
		return nil
	}
	return parts
}

// closeFunc returns the SSA function of the Close method of ptr when it
// is declared, with a body, in this package, or nil.
func (c *checker) closeFunc(ptr types.Type) *ssa.Function {
	m := closeMethod(ptr)
	if m == nil || m.Pkg() != c.pass.Pkg || c.prog == nil {
		return nil
	}
	fn := c.prog.FuncValue(m.Origin())
	if fn == nil || fn.Blocks == nil {
		return nil
	}
	return fn
}

// releasesOnly reports whether the Close method of ptr does nothing that
// matters but with the fields parts of its receiver: it holds no lock
// when it returns, and every call it makes is one releasesNothing
// accepts, or works on the parts (see worksOnParts).
func (c *checker) releasesOnly(ptr types.Type, parts map[int]bool) bool {
	fn := c.closeFunc(ptr)
	recv := fn.Params[0]
	return c.lockSummaryOf(fn).empty() && releasesNothing(fn, func(call *ssa.CallCommon) bool {
		return c.worksOnParts(call, recv, parts) || c.callsComputing(call, recv)
	})
}

// worksOnParts reports whether call, in a Close method whose receiver is
// recv, works on the fields parts of recv and on nothing else the
// receiver holds: it calls a method of a value read from a part
// (f.resp.Body.Close(), f.resp.Header.Get), or a function that releases a
// value read from a part on every path (checkClose(f.resp.Body, &err)),
// and its other operands hold no pointers, or are parts, or local
// variables that hold nothing of the receiver but its parts. What a part
// does when it is closed, it does for its next owner too.
func (c *checker) worksOnParts(call *ssa.CallCommon, recv ssa.Value, parts map[int]bool) bool {
	if _, ok := call.Value.(*ssa.Builtin); ok {
		return false
	}
	operands := call.Args
	fn := call.StaticCallee()
	switch {
	case call.IsInvoke():
		if !partOf(call.Value, recv, parts) {
			return false
		}
	case fn == nil:
		return false // a function value: a context's cancel, a callback
	case fn.Signature.Recv() != nil:
		if len(operands) == 0 || !partOf(operands[0], recv, parts) {
			return false
		}
		operands = operands[1:]
	default:
		sum := c.summaryOf(fn)
		released := false
		for i, a := range operands {
			released = released || (partOf(a, recv, parts) && sum.release(i))
		}
		if !released {
			return false
		}
	}
	for _, a := range operands {
		if !canHoldResource(a.Type()) || isNil(a) || partOf(a, recv, parts) {
			continue
		}
		if alloc, ok := a.(*ssa.Alloc); !ok || !holdsOnlyParts(alloc, recv, parts) {
			return false
		}
	}
	return true
}

// holdsOnlyParts reports whether nothing that the local variable alloc
// of recv's method is given (the error result that a deferred call sets)
// is read from recv but through its fields parts.
func holdsOnlyParts(alloc *ssa.Alloc, recv ssa.Value, parts map[int]bool) bool {
	for _, b := range alloc.Parent().Blocks {
		for _, instr := range b.Instrs {
			st, ok := instr.(*ssa.Store)
			if !ok || allocRoot(st.Addr) != alloc {
				continue
			}
			if i, fromRecv := recvField(st.Val, recv); fromRecv && (i < 0 || !parts[i]) {
				return false
			}
		}
	}
	return true
}

// partOf reports whether v is one of the fields parts of recv, its
// address, or a value read from one (see recvField).
func partOf(v, recv ssa.Value, parts map[int]bool) bool {
	i, ok := recvField(v, recv)
	return ok && i >= 0 && parts[i]
}

// recvField reports whether v is recv, the address of one of its fields,
// or a value read from one through fields, elements, loads and
// conversions, and returns the index of that field of recv (-1 for recv
// itself).
func recvField(v, recv ssa.Value) (int, bool) {
	for range 16 {
		switch x := v.(type) {
		case *ssa.FieldAddr:
			if x.X == recv {
				return x.Field, true
			}
			v = x.X
		case *ssa.UnOp:
			if x.Op != token.MUL {
				return 0, false
			}
			v = x.X
		case *ssa.Field:
			v = x.X
		case *ssa.IndexAddr:
			v = x.X
		case *ssa.Index:
			v = x.X
		case *ssa.MakeInterface:
			v = x.X
		case *ssa.ChangeInterface:
			v = x.X
		case *ssa.ChangeType:
			v = x.X
		case *ssa.TypeAssert:
			v = x.X
		default:
			return -1, v == recv
		}
	}
	return 0, false
}

// partsMoved notes, as hand-offs of v, the resource of f whose trace
// started at v, the instructions that keep a part of v where every other
// part (parts) has been kept on every path to them. It does the work for
// all of v's parts at once, when fa is the first of v's part addresses,
// so that a value whose fields are read many times is traced once per
// read, not once per pair of reads.
func (c *checker) partsMoved(f *flow, v ssa.Value, fa *ssa.FieldAddr, parts map[int]bool) {
	if v != f.seed || !readsFieldsOnly(v) {
		return
	}
	var addrs []*ssa.FieldAddr
	for _, r := range usesOf(v) {
		if other, ok := r.(*ssa.FieldAddr); ok && parts[other.Field] {
			addrs = append(addrs, other)
		}
	}
	if len(addrs) == 0 || addrs[0] != fa {
		return // done, or to be done, at the first part's address
	}
	keeps := map[int][]ssa.Instruction{}
	for _, a := range addrs {
		for _, load := range loadsOf(a) {
			keeps[a.Field] = append(keeps[a.Field], c.partKeeps(load)...)
		}
	}
	done := map[int]bool{}
	for _, a := range addrs {
		if done[a.Field] {
			continue
		}
		done[a.Field] = true
		for _, h := range keeps[a.Field] {
			_, returned := h.(*ssa.Return)
			if returned && !isCallResult(v) {
				// A parameter's part returned is a getter's result:
				// the caller still owns the parameter.
				continue
			}
			if c.othersKeptBefore(h, a.Field, parts, keeps) {
				// Returned, it is no keeping of the function's own.
				f.note(h, handedOff, !returned)
			}
		}
	}
}

// othersKeptBefore reports whether every part of parts but field has
// been kept, as keeps lists, on every path to h, or at h itself.
func (c *checker) othersKeptBefore(h ssa.Instruction, field int, parts map[int]bool, keeps map[int][]ssa.Instruction) bool {
	for j := range parts {
		if j == field {
			continue
		}
		found := false
		for _, k := range keeps[j] {
			found = found || k == h || before(k, h)
		}
		if !found {
			return false
		}
	}
	return true
}

// partKeeps returns the instructions that hand part, the value of a field
// read from a resource, off to where the function's owner keeps it.
func (c *checker) partKeeps(part ssa.Value) []ssa.Instruction {
	if c.partTraces[part] {
		return nil // a list whose Close closes the next node
	}
	c.partTraces[part] = true
	fl := c.trace(part, c.kindOf(part.Type()), false)
	delete(c.partTraces, part)
	var keeps []ssa.Instruction
	for instr := range fl.keeps {
		if fl.events[instr] == handedOff {
			keeps = append(keeps, instr)
		}
	}
	for instr, e := range fl.events {
		// Returned, it is the caller's: return next.conn.
		if _, ok := instr.(*ssa.Return); ok && e == handedOff && !fl.keeps[instr] {
			keeps = append(keeps, instr)
		}
	}
	return keeps
}

// readsFieldsOnly reports whether the function uses v only to read its
// fields and to compare it: it neither passes v on nor sets its fields.
func readsFieldsOnly(v ssa.Value) bool {
	for _, r := range usesOf(v) {
		switch r := r.(type) {
		case *ssa.DebugRef, *ssa.BinOp:
		case *ssa.FieldAddr:
			if isEmbedded(r.X.Type(), r.Field) {
				return false
			}
			for _, rr := range usesOf(r) {
				if load, ok := rr.(*ssa.UnOp); (!ok || load.Op != token.MUL) && !isDebug(rr) {
					return false
				}
			}
		default:
			return false
		}
	}
	return true
}
