package analyzer

import (
	"go/token"
	"strconv"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// This file finds the calls of a Close that may release what its
// receiver holds although receiverCallOf does not see them, so that a
// sibling that does not make them too is not taken to repeat that Close.

// repeatsUnseenReleases reports whether the method fn makes every call
// of closeFn that may release what the receiver holds without being a
// receiverCall (see unseenReleases), with the same callee and the same
// receiver paths as arguments, and on every path that succeeds when
// always. A Stop that only closes the channel that Close closes does not
// repeat a Close that also calls closeQuietly(s.f), runs the hook in
// s.onClose or closes the file on a goroutine of its own.
func repeatsUnseenReleases(fn, closeFn *ssa.Function, always bool) bool {
	want, known := unseenReleases(closeFn, closeFn.Blocks)
	if !known {
		return false
	}
	if len(want) == 0 {
		return true
	}
	have, _ := unseenReleases(fn, judgedBlocks(fn, always))
	for k := range want {
		if !have[k] {
			return false
		}
	}
	return true
}

// unseenReleases returns the calls (go and defer included) in the blocks
// of fn that are no receiverCall, nor of sync, yet may release what fn's
// receiver holds: those given the receiver or a value loaded from its
// fields (closeQuietly(s.f), the receiver of s.conn.raw.Close()), those
// of a function value loaded from its fields (s.onClose()), those of a
// closure that captures either, and every go statement. Each is keyed by
// its callee and the receiver paths of its arguments. It also reports
// whether every such call has a callee that can be named: a go statement
// of a function parameter cannot be matched with another.
func unseenReleases(fn *ssa.Function, blocks []*ssa.BasicBlock) (map[string]bool, bool) {
	recv := fn.Params[0]
	calls := map[string]bool{}
	for _, b := range blocks {
		for _, instr := range b.Instrs {
			call, ok := instr.(ssa.CallInstruction)
			if !ok {
				continue
			}
			if _, ok := receiverCallOf(instr, recv); ok {
				continue
			}
			common := call.Common()
			if callee := common.StaticCallee(); callee != nil && strings.HasPrefix(callee.String(), "(*sync.") {
				continue
			}
			if b, ok := common.Value.(*ssa.Builtin); ok && b.Name() != "close" {
				continue // len(s.items), append(s.buf, …) release nothing
			}
			args := make([]string, 0, len(common.Args))
			_, touches := heldPath(common.Value, recv) // s.onClose()
			for _, a := range callInputs(common) {
				p, ok := heldPath(a, recv)
				args = append(args, p)
				touches = touches || ok
			}
			_, isGo := instr.(*ssa.Go)
			if !touches && !isGo {
				continue
			}
			name, ok := calleeKey(common, recv)
			if !ok {
				return nil, false
			}
			calls[name+"("+strings.Join(args, ",")+")"] = true
		}
	}
	return calls, true
}

// callInputs returns the arguments of a call, and the values that the
// closure it calls captures: a deferred func() { s.f.Close() }() is
// given the receiver too.
func callInputs(common *ssa.CallCommon) []ssa.Value {
	args := common.Args
	if mc, ok := common.Value.(*ssa.MakeClosure); ok {
		args = append(mc.Bindings[:len(mc.Bindings):len(mc.Bindings)], args...)
	}
	return args
}

// calleeKey names what a call calls, for matching it with the same call
// in another method of the same type: the builtin, the function or
// method, or the receiver path of the function value (s.onClose), and
// whether it can name it.
func calleeKey(common *ssa.CallCommon, recv ssa.Value) (string, bool) {
	if p, ok := receiverPath(common.Value, recv); ok {
		if common.IsInvoke() {
			return p + "." + common.Method.Name(), true
		}
		return p, true
	}
	switch v := common.Value.(type) {
	case *ssa.Builtin:
		return v.Name(), true
	case *ssa.MakeClosure:
		// A closure is a function of its own method, and never the same
		// as another method's: only a match by value would do.
		return "", false
	}
	if callee := common.StaticCallee(); callee != nil {
		return callee.String(), true
	}
	return "", false
}

// heldPath returns the receiver path of v (see receiverPath) and whether
// v is the receiver or a value loaded from its fields, which may hold
// what the receiver owns. An address (&s.closed, for atomic.StoreInt32)
// is named but does not count.
func heldPath(v, recv ssa.Value) (string, bool) {
	p, ok := receiverPath(v, recv)
	if !ok {
		return "_", false
	}
	_, addr := unconvert(v).(*ssa.FieldAddr)
	return p, !addr
}

// receiverPath returns how v is reached from recv through fields and
// loads ("p0.2*" is the value of the third field, "p0.2" its address),
// and whether it is.
func receiverPath(v, recv ssa.Value) (string, bool) {
	v = unconvert(v)
	if v == recv {
		return "p0", true
	}
	switch x := v.(type) {
	case *ssa.FieldAddr:
		if p, ok := receiverPath(x.X, recv); ok {
			return p + "." + strconv.Itoa(x.Field), true
		}
	case *ssa.Field:
		if p, ok := receiverPath(x.X, recv); ok {
			return p + ":" + strconv.Itoa(x.Field), true
		}
	case *ssa.UnOp:
		if x.Op != token.MUL {
			break
		}
		if p, ok := receiverPath(x.X, recv); ok {
			return p + "*", true
		}
	}
	return "", false
}
