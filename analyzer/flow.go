package analyzer

import (
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ssa"
)

// An event is what an instruction does to a resource it uses.
type event uint8

const (
	released  event = iota + 1 // closed, committed or rolled back, now or by defer
	handedOff                  // returned, stored, sent or given to an owner
)

// A flow is where a resource goes inside one function: the values that
// refer to it and the instructions that release it or hand it off.
type flow struct {
	kind    kind
	aliases map[ssa.Value]bool // values that are the resource (or, for a response, its body)
	cells   map[ssa.Value]bool // local variables that hold the resource
	events  map[ssa.Instruction]event
	derived map[ssa.Value]bool // aliases that are a part of the resource (a response's body)
	// holders maps the aliases that are new structs holding the resource
	// to how they hold it (see holders.go).
	holders map[ssa.Value]holding
	// kept reports that the function hands the resource itself off to its
	// parameters, globals or a channel: the function's owner keeps it.
	kept bool
}

// trace follows the resource seed (a cell holding it, when isCell) through
// the def-use chains of its function and classifies each use.
func (c *checker) trace(seed ssa.Value, k kind, isCell bool) *flow {
	return c.traceFrom(seed, k, isCell, nil)
}

// traceFrom is trace for a seed that, when h is set, holds the resource.
func (c *checker) traceFrom(seed ssa.Value, k kind, isCell bool, h *holding) *flow {
	f := &flow{kind: k, aliases: map[ssa.Value]bool{}, cells: map[ssa.Value]bool{}, events: map[ssa.Instruction]event{}, derived: map[ssa.Value]bool{}, holders: map[ssa.Value]holding{}}
	if h != nil {
		f.holders[seed] = *h
	}
	type item struct {
		v    ssa.Value
		cell bool
	}
	work := []item{{seed, isCell}}
	add := func(v ssa.Value, cell bool) {
		set := f.aliases
		if cell {
			set = f.cells
		}
		if !set[v] {
			set[v] = true
			work = append(work, item{v, cell})
		}
	}
	add(seed, isCell)
	work = work[1:] // add queued the seed a second time
	for len(work) > 0 {
		it := work[len(work)-1]
		work = work[:len(work)-1]
		refs := it.v.Referrers()
		if refs == nil {
			continue
		}
		for _, instr := range *refs {
			if it.cell {
				c.cellUse(f, it.v, instr, add)
			} else {
				c.valueUse(f, it.v, instr, add)
			}
		}
	}
	return f
}

// cellUse classifies a use of a local variable that holds the resource.
func (c *checker) cellUse(f *flow, cell ssa.Value, instr ssa.Instruction, add func(ssa.Value, bool)) {
	switch instr := instr.(type) {
	case *ssa.UnOp:
		if instr.Op == token.MUL {
			if h, ok := f.holders[cell]; ok {
				f.holders[instr] = h
			}
			add(instr, false)
		}
	case *ssa.MakeClosure:
		c.closureUse(f, instr, cell)
	case *ssa.Store:
		if instr.Val == cell {
			f.note(instr, handedOff, true)
		}
	case *ssa.Call, *ssa.Defer, *ssa.Go, *ssa.Return, *ssa.Send, *ssa.MapUpdate:
		// The variable's address escapes: whoever receives it can close it.
		f.note(instr, handedOff, false)
	}
}

// valueUse classifies a use of a value that is the resource.
func (c *checker) valueUse(f *flow, v ssa.Value, instr ssa.Instruction, add func(ssa.Value, bool)) {
	if h, ok := f.holders[v]; ok && c.holderUse(f, v, h, instr, add) {
		return
	}
	switch instr := instr.(type) {
	case *ssa.ChangeType, *ssa.MakeInterface, *ssa.ChangeInterface, *ssa.Convert, *ssa.Phi:
		add(instr.(ssa.Value), false)
	case *ssa.TypeAssert:
		if !instr.CommaOk {
			add(instr, false)
			return
		}
		for _, r := range *instr.Referrers() {
			if e, ok := r.(*ssa.Extract); ok && e.Index == 0 {
				add(e, false)
			}
		}
	case *ssa.FieldAddr:
		// A promoted method (Close of *net.UDPConn is (*net.conn).Close)
		// takes the address of the embedded field as its receiver.
		if isEmbedded(instr.X.Type(), instr.Field) {
			add(instr, false)
			return
		}
		// resp.Body is where a response's obligation lives.
		if f.kind == response && fieldName(instr.X.Type(), instr.Field) == "Body" {
			for _, r := range *instr.Referrers() {
				if load, ok := r.(*ssa.UnOp); ok && load.Op == token.MUL {
					f.derived[load] = true
					add(load, false)
				}
			}
		}
	case *ssa.Store:
		if instr.Val != v {
			return
		}
		if isLocalCell(instr.Addr) {
			add(instr.Addr, true)
			if c.releasedByDeferredClosure(instr.Addr) {
				// defer func() { if f != nil { f.Close() } }() ran
				// before f was set: it closes whatever f holds at
				// return, so storing into f is as good as closing.
				f.note(instr, released, false)
			}
		} else if call, idx := variadicCall(instr.Addr); call != nil {
			c.callUse(f, call, []int{idx}, false)
		} else if roots, path := freshHolder(instr.Addr); roots != nil {
			c.storeInHolder(f, roots, path, true, add)
		} else if isSpill(v, instr.Addr) {
			add(instr.Addr, false) // d.db of a value receiver d reads the spilled copy
		} else {
			f.note(instr, handedOff, !f.derived[v] && (isKeptBy(instr.Addr) || isKeptContainer(instr.Addr)))
		}
	case *ssa.MapUpdate:
		if instr.Value == v || instr.Key == v {
			f.note(instr, handedOff, !f.derived[v] && isKeptBy(instr.Map))
		}
	case *ssa.Send:
		if instr.X == v {
			f.note(instr, handedOff, !f.derived[v])
		}
	case *ssa.Return:
		f.note(instr, handedOff, false)
	case *ssa.Select:
		// A send in a select hands the resource off if that case runs;
		// the other cases usually close it, so count the select.
		for _, st := range instr.States {
			if st.Send == v {
				f.note(instr, handedOff, !f.derived[v])
			}
		}
	case *ssa.MakeClosure:
		c.closureUse(f, instr, v)
	case ssa.CallInstruction:
		common := instr.Common()
		if common.IsInvoke() && common.Value == v {
			c.invokeUse(f, instr)
			return
		}
		var args []int
		for i, a := range common.Args {
			if a == v {
				args = append(args, i)
			}
		}
		if call, ok := instr.(*ssa.Call); ok && c.forward(call, args, add) {
			return
		}
		c.callUse(f, instr, args, common.Value == v)
	}
}

// forward adds the result of call that gives back the resource passed as
// one of args, and reports whether there is one.
func (c *checker) forward(call *ssa.Call, args []int, add func(ssa.Value, bool)) bool {
	fn := call.Call.StaticCallee()
	if fn == nil {
		return false
	}
	if obj, ok := fn.Object().(*types.Func); ok {
		if i, ok := wrappers[c.funcName(obj)]; ok {
			if slices.Contains(args, i) {
				add(call, false)
				return true
			}
			return false
		}
		if c.isBorrower(obj) {
			// reflect.ValueOf's result holds its argument, but it is
			// no resource: the caller keeps using the argument.
			return false
		}
	}
	sum := c.summaryOf(fn)
	for _, i := range args {
		j := sum.forwarded(i)
		if j < 0 {
			// A new value that holds the resource stands for it.
			j = sum.wrapped(i)
		}
		if j < 0 {
			continue
		}
		for _, r := range resultValues(call, j) {
			add(r, false)
		}
		return true
	}
	return false
}

// resultValues returns the values that stand for result j of call: the
// call itself, or the extractions of its j-th result.
func resultValues(call *ssa.Call, j int) []ssa.Value {
	if _, isTuple := call.Type().(*types.Tuple); !isTuple {
		return []ssa.Value{call}
	}
	var vs []ssa.Value
	for _, r := range *call.Referrers() {
		if e, ok := r.(*ssa.Extract); ok && e.Index == j {
			vs = append(vs, e)
		}
	}
	return vs
}

// isBorrower reports whether fn is known to use the resources given to it
// without closing or keeping them.
func (c *checker) isBorrower(fn *types.Func) bool {
	name := c.funcName(fn)
	return borrowers[name] || c.cfg.borrowers[name]
}

// note records what instr does to the resource; the first word wins.
func (f *flow) note(instr ssa.Instruction, e event, kept bool) {
	if _, ok := f.events[instr]; !ok {
		f.events[instr] = e
	}
	f.kept = f.kept || kept
}

// releases reports whether some instruction of the flow releases the
// resource.
func (f *flow) releases() bool {
	for _, e := range f.events {
		if e == released {
			return true
		}
	}
	return false
}

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
	for range 32 {
		switch v := addr.(type) {
		case *ssa.Parameter, *ssa.FreeVar, *ssa.Global:
			return true
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

// invokeUse classifies an interface method call on the resource.
func (c *checker) invokeUse(f *flow, instr ssa.CallInstruction) {
	if _, isGo := instr.(*ssa.Go); isGo {
		f.note(instr, handedOff, false)
		return
	}
	if f.kind.releasedBy(instr.Common().Method.Name()) || (f.kind == notResource && instr.Common().Method.Name() == "Close") {
		f.note(instr, released, false)
	}
}

// callUse classifies a call that receives the resource as the arguments at
// positions args, or, when isCallee, calls the resource itself.
func (c *checker) callUse(f *flow, instr ssa.CallInstruction, args []int, isCallee bool) {
	common := instr.Common()
	if _, isGo := instr.(*ssa.Go); isGo {
		f.note(instr, handedOff, false)
		return
	}
	if isCallee {
		return // calling a function value that was given does not keep it
	}
	if b, ok := common.Value.(*ssa.Builtin); ok {
		if b.Name() == "append" {
			f.note(instr, handedOff, true)
		}
		return
	}
	fn := common.StaticCallee()
	if fn == nil {
		// A function value: unknown code may take ownership.
		f.note(instr, handedOff, false)
		return
	}
	obj, _ := fn.Object().(*types.Func)
	if obj != nil && c.isBorrower(obj) {
		return
	}
	isMethod := fn.Signature.Recv() != nil
	sum := c.summaryOf(fn)
	for _, i := range args {
		if i == 0 && isMethod {
			// A method of the resource itself uses it, unless it is a
			// release method or one that releases its receiver on
			// every path (a Shutdown that calls Close). Methods that
			// close it on some paths only ((*sql.Rows).Next at the
			// end) or keep it (a worker's goroutine) leave the caller
			// to close it.
			if obj != nil && (f.kind.releasedBy(obj.Name()) || (f.kind == notResource && obj.Name() == "Close") || closingMethods[c.funcName(obj)]) ||
				sum.release(0) {
				f.note(instr, released, false)
				return
			}
			continue
		}
		if sum.release(i) {
			f.note(instr, released, false)
			return
		}
		if sum.consumes(i) {
			f.note(instr, handedOff, false)
			return
		}
	}
}

// closureUse classifies the capture of the resource, or of a cell holding
// it, by a closure. What counts is what happens to the closure.
func (c *checker) closureUse(f *flow, mc *ssa.MakeClosure, captured ssa.Value) {
	fn := mc.Fn.(*ssa.Function)
	consumes := false
	h, isHolder := f.holders[captured]
	for i, b := range mc.Bindings {
		if b != captured {
			continue
		}
		// A closure given a struct that holds the resource may close
		// the field that holds it: cn.c.Close() in a deferred closure.
		if sum := c.summaryOf(fn); (sum.consumesFree(i) && (!isHolder || h.owns)) || (isHolder && sum.closesField(fieldRoot("f", i), h.path)) {
			consumes = true
		}
	}
	if isHolder && !h.owns {
		// Capturing a holder that does not own the resource hands
		// nothing off; only running a closure that closes the field
		// releases it.
		for _, r := range *mc.Referrers() {
			if call, ok := r.(ssa.CallInstruction); ok && consumes {
				f.note(call, released, false) // run now, deferred or by t.Cleanup
			}
		}
		return
	}
	for _, r := range *mc.Referrers() {
		call, ok := r.(ssa.CallInstruction)
		_, isGo := r.(*ssa.Go)
		switch {
		case ok && call.Common().Value == mc && !isGo:
			if consumes {
				f.note(call, released, false)
			}
		case isGo:
			f.note(call, handedOff, false) // the goroutine owns it
		case ok:
			// Handed to other code (t.Cleanup, a sync.Once, a callback):
			// the closure owns what it captures, and that code keeps it.
			f.note(call, handedOff, true)
		case isDebug(r):
		default:
			f.note(mc, handedOff, false)
		}
	}
}

// releasedByDeferredClosure reports whether cell is captured by a closure
// that is deferred and releases what the cell holds.
func (c *checker) releasedByDeferredClosure(cell ssa.Value) bool {
	for _, r := range *cell.Referrers() {
		mc, ok := r.(*ssa.MakeClosure)
		if !ok {
			continue
		}
		i := slices.Index(mc.Bindings, cell)
		if i < 0 || !c.summaryOf(mc.Fn.(*ssa.Function)).consumesFree(i) {
			continue
		}
		for _, use := range *mc.Referrers() {
			if d, ok := use.(*ssa.Defer); ok && d.Call.Value == mc {
				return true
			}
		}
	}
	return false
}

func isDebug(instr ssa.Instruction) bool {
	_, ok := instr.(*ssa.DebugRef)
	return ok
}

// isLocalCell reports whether addr is a local variable whose address is
// used only to load, store and capture it, so that storing into it is no
// hand-off.
func isLocalCell(addr ssa.Value) bool {
	alloc, ok := addr.(*ssa.Alloc)
	if !ok {
		return false
	}
	for _, r := range *alloc.Referrers() {
		switch r := r.(type) {
		case *ssa.UnOp:
			if r.Op != token.MUL {
				return false
			}
		case *ssa.Store:
			if r.Val == alloc {
				return false
			}
		case *ssa.MakeClosure, *ssa.DebugRef:
		default:
			return false
		}
	}
	return true
}

// isSpill reports whether addr is the variable that holds a struct
// parameter v, whose fields the function accesses through its address.
func isSpill(v, addr ssa.Value) bool {
	_, isParam := v.(*ssa.Parameter)
	_, isAlloc := addr.(*ssa.Alloc)
	_, isStruct := types.Unalias(v.Type()).Underlying().(*types.Struct)
	return isParam && isAlloc && isStruct
}

// variadicCall recognizes addr as a slot of the array built for the
// variadic arguments of a call, and returns that call and the index of the
// variadic parameter.
func variadicCall(addr ssa.Value) (ssa.CallInstruction, int) {
	ia, ok := addr.(*ssa.IndexAddr)
	if !ok {
		return nil, 0
	}
	arr, ok := ia.X.(*ssa.Alloc)
	if !ok {
		return nil, 0
	}
	var slice *ssa.Slice
	for _, r := range *arr.Referrers() {
		switch r := r.(type) {
		case *ssa.IndexAddr:
		case *ssa.Slice:
			if slice != nil {
				return nil, 0
			}
			slice = r
		default:
			return nil, 0
		}
	}
	if slice == nil || len(*slice.Referrers()) != 1 {
		return nil, 0
	}
	call, ok := (*slice.Referrers())[0].(ssa.CallInstruction)
	if !ok {
		return nil, 0
	}
	args := call.Common().Args
	if len(args) == 0 || args[len(args)-1] != slice || !call.Common().Signature().Variadic() {
		return nil, 0
	}
	return call, len(args) - 1
}

// field returns field i of the struct that ptr points to, or nil.
func field(ptr types.Type, i int) *types.Var {
	p, ok := types.Unalias(ptr).Underlying().(*types.Pointer)
	if !ok {
		return nil
	}
	s, ok := p.Elem().Underlying().(*types.Struct)
	if !ok || i >= s.NumFields() {
		return nil
	}
	return s.Field(i)
}

// fieldName returns the name of field i of the struct that ptr points to.
func fieldName(ptr types.Type, i int) string {
	if f := field(ptr, i); f != nil {
		return f.Name()
	}
	return ""
}

// isEmbedded reports whether field i of the struct that ptr points to is
// an embedded field.
func isEmbedded(ptr types.Type, i int) bool {
	f := field(ptr, i)
	return f != nil && f.Embedded()
}
