package analyzer

import (
	"go/token"
	"go/types"
	"strings"

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
//
// The value must hold that connection and nothing else of its own, or
// closing the connection leaves the rest open. keptConn asks the facts:
//
//   - the call keeps one connection and no other resource: a bridge
//     NewBridge(a, b) over two connections stays half open when only a
//     is closed;
//   - the value's Close closes one field, a connection, as
//     (*http2.ClientConn).Close closes p0.tconn and no more: a session
//     whose Close closes p0.conn and p0.log opened its own log file,
//     which closing the connection leaves open. Where Close has no body
//     to summarize (ssh.ServerConn's comes from the interface it
//     embeds), the call must keep that argument and nothing else;
//   - the call starts no goroutine that waits on a channel and reads
//     nothing (startsWaiter): a pinger's ticker loop that ends only on
//     <-p.done runs on after its connection is closed. Only goroutines
//     that the callee starts itself are looked at: one that a function
//     it calls starts (ssh's kexLoop, which ends when its readLoop closes
//     the channels it waits on) is taken to end with the reads.

// keptConn returns the argument of a's call that is a connection (see
// connLike), that the static callee keeps and that is all the value the
// call returns holds, as the comment above says, or nil.
func (c *checker) keptConn(a *acquisition) ssa.Value {
	if a.call == nil {
		return nil
	}
	common := a.call.Common()
	callee := common.StaticCallee()
	if callee == nil {
		return nil
	}
	sum := c.summaryOf(callee)
	if sum.startsWaiter {
		return nil
	}
	var conn ssa.Value
	kept := 0
	for i, arg := range common.Args {
		if !sum.consumes(i) {
			continue
		}
		kept++
		switch {
		case connLike(arg.Type()) && conn == nil:
			conn = unconvert(arg)
		case connLike(arg.Type()) || c.kindOf(arg.Type()) != notResource:
			return nil // a second connection, or another resource
		}
	}
	if conn == nil {
		return nil
	}
	res := common.Signature().Results().At(a.index).Type()
	closeFn := c.closeMethodFunc(res)
	if closeFn == nil || len(closeFn.Blocks) == 0 && c.summaryOf(closeFn).closes == nil {
		if kept != 1 {
			return nil
		}
		return conn
	}
	if !closesOnlyAConn(res, c.summaryOf(closeFn).closes) {
		return nil
	}
	return conn
}

// closesOnlyAConn reports whether closes, what the Close of t closes,
// names one field of its receiver and that field is a connection.
func closesOnlyAConn(t types.Type, closes []string) bool {
	var own []string
	for _, p := range closes {
		if rest, ok := strings.CutPrefix(p, "p0."); ok {
			own = append(own, rest)
		}
	}
	if len(own) != 1 {
		return false
	}
	ft := t
	for _, name := range strings.Split(own[0], ".") {
		st := structOf(ft)
		if st == nil {
			return false
		}
		var f *types.Var
		for i := range st.NumFields() {
			if st.Field(i).Name() == name {
				f = st.Field(i)
			}
		}
		if f == nil {
			return false
		}
		ft = f.Type()
	}
	return connLike(ft)
}

// startsWaiter reports whether fn starts, with a go statement of its
// own, a goroutine that receives from a channel and calls nothing named
// Read or read...: it waits for someone to stop it, and the failed reads
// of a closed connection never reach it (see Summary.StartsWaiter).
func startsWaiter(fn *ssa.Function) bool {
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			g, ok := instr.(*ssa.Go)
			if !ok {
				continue
			}
			body := g.Call.StaticCallee()
			if mc, ok := g.Call.Value.(*ssa.MakeClosure); ok {
				body, _ = mc.Fn.(*ssa.Function)
			}
			if body != nil && waitsWithoutReading(body) {
				return true
			}
		}
	}
	return false
}

// waitsWithoutReading reports whether fn receives from a channel and
// makes no call of a function or method whose name starts with Read or
// read.
func waitsWithoutReading(fn *ssa.Function) bool {
	waits := false
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			switch instr := instr.(type) {
			case *ssa.Select:
				for _, st := range instr.States {
					waits = waits || st.Dir == types.RecvOnly
				}
			case *ssa.UnOp:
				waits = waits || instr.Op == token.ARROW
			case ssa.CallInstruction:
				name := ""
				if m := instr.Common().Method; m != nil {
					name = m.Name()
				} else if callee := instr.Common().StaticCallee(); callee != nil {
					name = callee.Name()
				}
				if strings.HasPrefix(strings.ToLower(name), "read") {
					return false
				}
			}
		}
	}
	return waits
}

// withConnCloses returns fl with the calls that close a connection that
// a's call kept (see keptConn) marked as releasing a's resource.
func (fc *funcChecker) withConnCloses(a *acquisition, fl *flow) *flow {
	var closes []*ssa.Call
	if conn := fc.keptConn(a); conn != nil {
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
	if conn := fc.keptConn(a); conn != nil {
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
