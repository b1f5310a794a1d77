package analyzer

import (
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ssa"
)

// This file works out which aliases of a resource hold it only on some
// paths. A φ-node merges the resource with other values: after
//
//	resp, err := c.Do(req)
//	if resp.StatusCode == 503 {
//		resp, err = c.Do(req)
//	}
//	return resp, err
//
// the returned φ is the first response only when the path skipped the
// retry. A local variable, such as the result slot that a function with a
// defer returns through, holds the resource only until something else is
// stored into it: "return nil, err" stores nil there before returning.
// Such φ-nodes and variables are the flow's holders. The path search
// carries which holders hold the resource (a holding), and an event
// counts only when it uses the resource through a value that holds it.

// A holding records, as bit i, that holder i holds the resource on the
// path being searched. Holders past the 64th always count as holding it.
type holding uint64

// allHeld is the holding in which every alias is the resource, as when
// paths are not told apart.
const allHeld = ^holding(0)

// dependOn records what decides whether v, traced from parent, is the
// resource: v itself when own (a φ-node or a local variable), or else
// whatever decides it for parent.
func (f *flow) dependOn(v, parent ssa.Value, own bool) {
	if own {
		f.holder[v] = len(f.holders)
		f.holders = append(f.holders, v)
		return
	}
	if h, ok := f.holder[parent]; ok {
		f.holder[v] = h
	}
}

// isHolder reports whether v is itself a tracked holder, and its bit.
func (f *flow) isHolder(v ssa.Value) (holding, bool) {
	h, ok := f.holder[v]
	if !ok || h >= 64 || f.holders[h] != v {
		return 0, false
	}
	return 1 << h, true
}

// holds reports whether v is the resource on a path with holding s.
func (f *flow) holds(v ssa.Value, s holding) bool {
	if !f.aliases[v] {
		return false
	}
	h, ok := f.holder[v]
	return !ok || h >= 64 || s&(1<<h) != 0
}

// counts reports whether the event of instr concerns the resource on a
// path with holding s: whether one of the values through which instr uses
// the resource holds it. A use of a variable's address (a closure that
// captures it, a call that receives it) sees what the variable holds when
// it runs, so it always counts.
func (f *flow) counts(instr ssa.Instruction, s holding) bool {
	vs := f.via[instr]
	if len(vs) == 0 {
		return true
	}
	for _, v := range vs {
		if f.cells[v] || f.holds(v, s) {
			return true
		}
	}
	return false
}

// enter returns the holding on entering b from pred: each φ-node holder of
// b holds the resource when its value for that edge does.
func (f *flow) enter(b, pred *ssa.BasicBlock, s holding) holding {
	if len(f.holders) == 0 {
		return s
	}
	edge := slices.Index(b.Preds, pred)
	next := s
	for _, instr := range b.Instrs {
		phi, ok := instr.(*ssa.Phi)
		if !ok {
			break
		}
		bit, ok := f.isHolder(phi)
		if !ok || edge < 0 {
			continue
		}
		if f.holds(phi.Edges[edge], s) {
			next |= bit
		} else {
			next &^= bit
		}
	}
	return next
}

// loadsCell reports whether v loads a variable holder. Such a load is a
// holder of its own: it holds what the variable held when it ran,
// whatever is stored into the variable later (netConn = nil, which
// disarms a deferred Close once a new Conn owns what was loaded).
func (f *flow) loadsCell(v ssa.Value) bool {
	load, ok := v.(*ssa.UnOp)
	if !ok || load.Op != token.MUL || !f.cells[load.X] {
		return false
	}
	_, isHolder := f.isHolder(load.X)
	return isHolder
}

// store returns the holding after instr: a store into a variable holder
// makes it hold the resource exactly when the stored value does, and a
// load of one holds it exactly when the variable does.
func (f *flow) store(instr ssa.Instruction, s holding) holding {
	var bit, from holding
	switch instr := instr.(type) {
	case *ssa.Store:
		b, ok := f.isHolder(instr.Addr)
		if !ok {
			return s
		}
		bit = b
		if f.holds(instr.Val, s) {
			from = bit
		}
	case *ssa.UnOp:
		b, ok := f.isHolder(instr)
		if !ok {
			return s
		}
		bit, from = b, 0
		if cell, _ := f.isHolder(instr.X); s&cell != 0 {
			from = bit
		}
	default:
		return s
	}
	return s&^bit | from
}

// heldAt returns the holding at the acquisition call: the variable
// holders into which the function stored, before the call, a struct that
// the resource is then stored in, and nothing else since. After
//
//	h := &handler{}
//	h.m = newManager()
//
// where a closure captures h, the variable h holds the manager.
func (f *flow) heldAt(call *ssa.Call) holding {
	var s holding
	for i, h := range f.holders {
		if i < 64 && f.cells[h] && f.holdsStructAt(h, call) {
			s |= 1 << i
		}
	}
	return s
}

// holdsStructAt reports whether the last store into the variable cell
// on every path to instr stores a struct that holds the resource: one
// such store comes before instr on every path, and no other store lies
// between them.
func (f *flow) holdsStructAt(cell ssa.Value, instr ssa.Instruction) bool {
	var mine *ssa.Store
	var others []*ssa.Store
	for _, r := range usesOf(cell) {
		st, ok := r.(*ssa.Store)
		if !ok || st.Addr != cell {
			continue
		}
		if _, isStruct := f.structs[st.Val]; isStruct && mine == nil && before(st, instr) {
			mine = st
		} else {
			others = append(others, st)
		}
	}
	return mine != nil && !slices.ContainsFunc(others, func(st *ssa.Store) bool { return between(st, mine, instr) })
}

// before reports whether the instruction x runs before y on every path
// to y.
func before(x, y ssa.Instruction) bool {
	if x.Block() != y.Block() {
		return x.Block().Dominates(y.Block())
	}
	return slices.Index(x.Block().Instrs, x) < slices.Index(y.Block().Instrs, y)
}

// stops returns, for each block, the positions at which the search must
// look at an instruction: the events that ends accepts, and the
// declarations of, stores into and loads of variable holders, in order.
func (f *flow) stops(ends func(event) bool) blockMarks {
	marks := blockMarks{}
	for instr, e := range f.events {
		if ends(e) {
			marks.add(instr)
		}
	}
	for _, h := range f.holders {
		if !f.cells[h] {
			continue
		}
		for _, r := range usesOf(h) {
			if st, ok := r.(*ssa.Store); ok && st.Addr == h {
				marks.add(st)
			}
			if load, ok := r.(*ssa.UnOp); ok && f.loadsCell(load) {
				marks.add(load)
			}
		}
		if alloc, ok := h.(*ssa.Alloc); ok {
			marks.add(alloc) // see remade
		}
	}
	for b, pos := range marks {
		slices.Sort(pos)
		marks[b] = slices.Compact(pos)
	}
	return marks
}

// carried reports whether, with holding s, a loop variable carries the
// resource into the iteration that acquires again in b, and that
// iteration then releases or hands it off after acquiring: a φ-node
// holder whose block dominates b, that holds the resource, and is used
// by an event in a block that b dominates (index = open(file, index),
// each index owning the one before). A variable that only keeps the last
// one (last = f) loses the others.
func (f *flow) carried(b *ssa.BasicBlock, s holding) bool {
	for i, h := range f.holders {
		phi, ok := h.(*ssa.Phi)
		if !ok || i >= 64 || s&(1<<i) == 0 || !phi.Block().Dominates(b) {
			continue
		}
		for _, r := range usesOf(phi) {
			if _, isEvent := f.events[r]; isEvent && b.Dominates(r.Block()) {
				return true
			}
		}
	}
	return false
}

// releasedOnNextTurn reports whether, with state s, a loop variable
// carries the resource into the turn that runs the acquisition call again,
// and every path of that turn from the call releases or hands it off
// through the variable before it stores another value into it or returns
// (a return that gives an error is fine where a deferred closure closes
// what the variable holds); a path that reaches the call once more, the
// variable untouched, is the same turn again. In
//
//	for _, part := range parts {
//		next, err := openat(cur, part)
//		if err != nil {
//			return nil, err // a deferred closure closes cur
//		}
//		cur.Close()
//		cur = next
//	}
//
// each turn closes the directory that the turn before opened, though not
// in a block that the call dominates.
func (f *flow) releasedOnNextTurn(call *ssa.Call, s state) bool {
	key := nextTurn{call, s.held, s.armed}
	if done, ok := f.nextTurns[key]; ok {
		return done // many paths reach the call again in one state
	}
	done := f.releasedOnNextTurnOf(call, s)
	if f.nextTurns == nil {
		f.nextTurns = map[nextTurn]bool{}
	}
	f.nextTurns[key] = done
	return done
}

// A nextTurn is what releasedOnNextTurn's answer depends on.
type nextTurn struct {
	call        *ssa.Call
	held, armed holding
}

// releasedOnNextTurnOf is releasedOnNextTurn, worked out.
func (f *flow) releasedOnNextTurnOf(call *ssa.Call, s state) bool {
	for i, h := range f.holders {
		if i >= 64 || s.held&(1<<i) == 0 {
			continue
		}
		if _, isPhi := h.(*ssa.Phi); !isPhi && !f.cells[h] {
			continue
		}
		if f.releasedBeforeLost(call, h, s.armed&(1<<i) != 0) {
			return true
		}
	}
	return false
}

// releasedBeforeLost reports whether every path from call reaches an event
// that uses the resource through the holder h (or a load of it), or the
// call again, before a store into h (for a φ-node, its block again) or a
// return (unless armed: a deferred closure closes what h holds, and the
// return gives an error). Only a release, or a return that gives the
// resource back, counts as an event here: a callee that keeps it may not
// close it.
func (f *flow) releasedBeforeLost(call *ssa.Call, h ssa.Value, armed bool) bool {
	want := map[ssa.Instruction]bool{call: true}
	for instr, e := range f.events {
		if e != released && (e != handedOff || !givesBack(instr)) {
			continue // a callee that keeps it may not close it
		}
		for _, v := range f.via[instr] {
			if load, ok := v.(*ssa.UnOp); v == h || ok && load.Op == token.MUL && load.X == h {
				want[instr] = true
			}
		}
	}
	for _, r := range usesOf(h) {
		// return cur, nil through the result variable of a function
		// with a defer: the store is the return itself.
		if load, ok := r.(*ssa.UnOp); ok && load.Op == token.MUL {
			for _, u := range usesOf(load) {
				if st, ok := u.(*ssa.Store); ok && st.Val == ssa.Value(load) && isResultCell(st.Addr) {
					want[st] = true
				}
			}
		}
	}
	if len(want) == 1 {
		return false
	}
	bad := map[ssa.Instruction]bool{}
	if phi, ok := h.(*ssa.Phi); ok {
		bad[phi] = true // the φ-node may take another value
	}
	for _, r := range usesOf(h) {
		if st, ok := r.(*ssa.Store); ok && st.Addr == h {
			bad[st] = true
		}
	}
	if armed {
		// A deferred closure that closes the variable may do so only
		// where the function fails (if dir == nil { cur.Close() }): a
		// return is fine where it gives an error.
		for _, b := range call.Parent().Blocks {
			if ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok && givesError(ret) {
				want[ret] = true
			}
		}
	}
	b := call.Block()
	return metBefore(b, slices.Index(b.Instrs, ssa.Instruction(call))+1, want, bad, nil)
}

// givesBack reports whether instr is a return, or a store into the
// result variable of a function with a defer, which is the return itself.
func givesBack(instr ssa.Instruction) bool {
	switch instr := instr.(type) {
	case *ssa.Return:
		return true
	case *ssa.Store:
		return isResultCell(instr.Addr)
	}
	return false
}

// givesError reports whether ret returns, as its last result, an error
// that is not the constant nil.
func givesError(ret *ssa.Return) bool {
	if len(ret.Results) == 0 {
		return false
	}
	last := returnedError(ret)
	return types.Identical(last.Type(), errorType) && !isNil(last)
}

// remade reports whether instr declares a variable holder, with its bit
// and whether the old variable is sealed: it lives on the heap and no
// closure stores into it. A path that runs the declaration again after
// the acquisition has gone round a loop: from there on the variable is a
// new, empty one, and what the old one held stays in the old one, where
// only closures made before can see it. In
//
//	for _, p := range paths {
//		var f *os.File
//		if p == "-" {
//			f = os.Stdout
//		} else {
//			f, err = os.Create(p)
//			...
//			defer func() { f.Close() }()
//		}
//		...
//	}
//
// the next turn's f = os.Stdout does not stop the first turn's closure
// from closing the first file. A closure that stores into f (toStdout :=
// func() { f = os.Stdout }) can still change what the old variable holds
// after the path has left the turn, so that variable is not sealed.
func (f *flow) remade(instr ssa.Instruction) (bit holding, sealed, ok bool) {
	cell, isAlloc := instr.(*ssa.Alloc)
	if !isAlloc || !f.cells[cell] {
		return 0, false, false
	}
	bit, ok = f.isHolder(cell)
	return bit, cell.Heap && onlyLoadedByClosures(cell), ok
}

// onlyLoadedByClosures reports whether every closure that captures cell
// only loads it.
func onlyLoadedByClosures(cell ssa.Value) bool {
	for _, r := range usesOf(cell) {
		mc, ok := r.(*ssa.MakeClosure)
		if !ok {
			continue
		}
		fn := mc.Fn.(*ssa.Function)
		for i, b := range mc.Bindings {
			if b == cell && (i >= len(fn.FreeVars) || !onlyLoaded(fn.FreeVars[i])) {
				return false
			}
		}
	}
	return true
}

// mayHoldOther reports whether v is the resource only on some paths: a
// φ-node or a variable that may hold something else (var x T; if use {
// x = sc }), or a value derived from one. Where such a value is nil, the
// resource need not be.
func (f *flow) mayHoldOther(v ssa.Value) bool {
	_, ok := f.holder[v]
	return ok
}
