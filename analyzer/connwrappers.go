package analyzer

import (
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// This file lets the close of a connection release what a call built
// over it and kept it for: a protocol session (an HTTP/2 client conn, an
// SSH server conn) whose goroutines read the connection end when a read
// fails, as it does once the connection is closed:
//
//	h2, err := t.NewClientConn(rawConn)
//	...
//	if err := check(h2); err != nil {
//		rawConn.Close() // ends h2 too
//		return nil, err
//	}
//
// A writer over a file is no such session: closing the file under it
// loses what it buffered, and its Close still matters.

// keptConns returns the arguments of a's call that are connections
// (see connLike) and that the static callee keeps.
func (c *checker) keptConns(a *acquisition) []ssa.Value {
	if a.call == nil {
		return nil
	}
	callee := a.call.Common().StaticCallee()
	if callee == nil {
		return nil
	}
	sum := c.summaryOf(callee)
	var conns []ssa.Value
	for i, arg := range a.call.Common().Args {
		if sum.consumes(i) && connLike(arg.Type()) {
			conns = append(conns, unconvert(arg))
		}
	}
	return conns
}

// withConnCloses returns fl with the calls that close a connection that
// a's call kept (see keptConns) marked as releasing a's resource.
func (fc *funcChecker) withConnCloses(a *acquisition, fl *flow) *flow {
	var closes []*ssa.Call
	for _, conn := range fc.keptConns(a) {
		cfl := fc.trace(conn, fc.kindOf(conn.Type()), false)
		for instr, e := range cfl.events {
			if call, ok := instr.(*ssa.Call); ok && e == released {
				closes = append(closes, call)
			}
		}
	}
	return withReleases(fl, closes)
}

// connClosedByDefer reports whether a connection that a's call kept is
// closed by a call deferred before it: the session built over it ends
// at every return.
func (fc *funcChecker) connClosedByDefer(a *acquisition) bool {
	for _, conn := range fc.keptConns(a) {
		if load, ok := conn.(*ssa.UnOp); ok && load.Op == token.MUL {
			// nConn, a variable that a deferred closure closes too.
			conn = load.X
		}
		cfl := fc.trace(conn, fc.kindOf(conn.Type()), false)
		for instr, e := range cfl.events {
			if d, ok := instr.(*ssa.Defer); ok && e == released && before(d, a.call) {
				return true
			}
		}
	}
	return false
}

// connLike reports whether t has the methods of a net.Conn that say it
// is one: Read, Write, Close, LocalAddr and RemoteAddr.
func connLike(t types.Type) bool {
	ms := types.NewMethodSet(t)
	if _, isIface := t.Underlying().(*types.Interface); !isIface {
		ms = types.NewMethodSet(types.NewPointer(t))
		if _, isPtr := t.(*types.Pointer); isPtr {
			ms = types.NewMethodSet(t)
		}
	}
	for _, name := range []string{"Read", "Write", "Close", "LocalAddr", "RemoteAddr"} {
		found := false
		for m := range ms.Methods() {
			if m.Obj().Name() == name {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}
