package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"
)

// site is the syntax of an acquisition.
type site struct {
	call  *ast.CallExpr
	path  []ast.Node // from call outwards
	ident *ast.Ident // the variable the resource is assigned to, if any
	lhs   ast.Expr   // what the resource is assigned to, if anything: ident or a field (cn.c)
}

// A syntaxIndex finds the syntax of SSA values by position. A file is
// indexed on the first report in it, so that reporting stays linear in the
// size of the files (a search from the root of the file for each report
// made a function with hundreds of leaks quadratic) and files without a
// finding, most of them, cost nothing.
type syntaxIndex struct {
	fset    *token.FileSet
	files   map[*token.File]*ast.File // the files of the package
	indexed map[*ast.File]*fileIndex  // the files indexed so far
}

// A fileIndex holds the nodes of one file in preorder, each with the
// index of its parent, and the node that each byte offset of the file is
// the key of: a call by its "(", a binary or unary expression by its
// operator, a selector by its selected name, a name by its start. Only a
// selector and its name share a key; the selector has it. Dense slices,
// sized by a first walk that counts the nodes, keep the cost of the index
// proportional to the size of the file.
type fileIndex struct {
	nodes  []ast.Node
	parent []int32 // index in nodes of the parent of each node, or -1
	base   token.Pos
	at     []int32 // by offset from base: 1 + the index of a node, or 0
}

// syntax returns the syntax index of the package, which indexes no file
// until it is first asked about a position.
func (c *checker) syntax() *syntaxIndex {
	if c.index == nil {
		idx := &syntaxIndex{fset: c.pass.Fset, files: map[*token.File]*ast.File{}, indexed: map[*ast.File]*fileIndex{}}
		for _, f := range c.pass.Files {
			if tf := c.pass.Fset.File(f.Pos()); tf != nil {
				idx.files[tf] = f
			}
		}
		c.index = idx
	}
	return c.index
}

// A cursor is a node of an indexed file, which knows its parent.
type cursor struct {
	fi *fileIndex
	i  int32
}

// Node returns the node at c, or nil for the zero cursor and above the
// file.
func (c cursor) Node() ast.Node {
	if c.fi == nil || c.i < 0 {
		return nil
	}
	return c.fi.nodes[c.i]
}

// Parent returns the cursor of the parent of c's node.
func (c cursor) Parent() cursor {
	if c.fi == nil || c.i < 0 {
		return c
	}
	return cursor{c.fi, c.fi.parent[c.i]}
}

// at returns the node that pos is the key of, if pos is in a file of the
// package.
func (idx *syntaxIndex) at(pos token.Pos) (cursor, bool) {
	fi := idx.fileOf(pos)
	if fi == nil {
		return cursor{}, false
	}
	i := fi.at[pos-fi.base]
	if i == 0 {
		return cursor{}, false
	}
	return cursor{fi, i - 1}, true
}

// fileOf returns the index of the file of the package that holds pos, or
// nil.
func (idx *syntaxIndex) fileOf(pos token.Pos) *fileIndex {
	tf := idx.fset.File(pos)
	f, ok := idx.files[tf]
	if tf == nil || !ok {
		return nil
	}
	fi, ok := idx.indexed[f]
	if !ok {
		fi = indexFile(f, tf)
		idx.indexed[f] = fi
	}
	return fi
}

// indexFile indexes f, whose positions tf holds.
func indexFile(f *ast.File, tf *token.File) *fileIndex {
	n := 0
	ast.Inspect(f, func(node ast.Node) bool {
		if node != nil {
			n++
		}
		return true
	})
	fi := &fileIndex{
		nodes:  make([]ast.Node, 0, n),
		parent: make([]int32, 0, n),
		base:   token.Pos(tf.Base()),
		at:     make([]int32, tf.Size()+1),
	}
	stack := []int32{-1}
	ast.Inspect(f, func(node ast.Node) bool {
		if node == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		i := int32(len(fi.nodes))
		fi.nodes = append(fi.nodes, node)
		fi.parent = append(fi.parent, stack[len(stack)-1])
		stack = append(stack, i)
		var key token.Pos
		switch node := node.(type) {
		case *ast.CallExpr:
			key = node.Lparen
		case *ast.BinaryExpr:
			key = node.OpPos
		case *ast.UnaryExpr:
			key = node.OpPos
		case *ast.SelectorExpr:
			key = node.Sel.Pos()
		case *ast.Ident:
			key = node.Pos()
			if fi.at[key-fi.base] != 0 {
				return true // the name of a selector, visited before it
			}
		default:
			return true
		}
		fi.at[key-fi.base] = i + 1
		return true
	})
	return fi
}

// enclosing returns the node of cur and its ancestors, innermost first.
func enclosing(cur cursor) []ast.Node {
	var path []ast.Node
	for ; cur.Node() != nil; cur = cur.Parent() {
		path = append(path, cur.Node())
	}
	return path
}

// siteOf finds the syntax of a's call.
func (c *checker) siteOf(a *acquisition) site {
	cur, ok := c.syntax().at(a.call.Pos())
	if !ok {
		return site{}
	}
	call, ok := cur.Node().(*ast.CallExpr)
	if !ok {
		return site{}
	}
	s := site{call: call, path: enclosing(cur)}
	s.lhs = assignedExpr(s.path, call, a.index)
	s.ident = assignedIdent(s.path, call, a.index)
	return s
}

// assignedIdent returns the variable that result index of call is
// assigned to by the statement around it, or nil.
func assignedIdent(path []ast.Node, call *ast.CallExpr, index int) *ast.Ident {
	id, ok := assignedExpr(path, call, index).(*ast.Ident)
	if !ok || id.Name == "_" {
		return nil
	}
	return id
}

// assignedExpr returns the expression that result index of call is
// assigned to by the statement around it, or nil.
func assignedExpr(path []ast.Node, call *ast.CallExpr, index int) ast.Expr {
	var lhs []ast.Expr
	var rhs []ast.Expr
	for _, n := range path[1:] {
		if _, ok := n.(*ast.ParenExpr); ok {
			continue
		}
		switch n := n.(type) {
		case *ast.AssignStmt:
			lhs, rhs = n.Lhs, n.Rhs
		case *ast.ValueSpec:
			for _, id := range n.Names {
				lhs = append(lhs, id)
			}
			rhs = n.Values
		}
		break
	}
	if len(rhs) > 1 {
		for i, e := range rhs {
			if ast.Unparen(e) == call {
				index = i
			}
		}
	}
	if index >= len(lhs) {
		return nil
	}
	return lhs[index]
}

// subjectOf names the resource of a.
func (c *checker) subjectOf(a *acquisition, s site) subject {
	subj := subject{source: "the call", kind: a.kind}
	if s.call != nil {
		subj.source = types.ExprString(s.call.Fun)
	}
	if s.ident != nil {
		subj.name = s.ident.Name
	} else if sel, ok := s.lhs.(*ast.SelectorExpr); ok {
		subj.name = types.ExprString(sel) // a field of a struct: cn.c
	}
	t := a.call.Type()
	if tuple, ok := t.(*types.Tuple); ok {
		t = tuple.At(a.index).Type()
	}
	subj.typ = types.TypeString(t, qualifier(c.pass.Pkg))
	return subj
}

// reportPos returns where to report an acquisition: its variable, or else
// the start of the call.
func reportPos(a *acquisition, s site) token.Pos {
	switch {
	case s.ident != nil:
		return s.ident.Pos()
	case s.call != nil:
		return s.call.Pos()
	}
	return a.call.Pos()
}

// reportDiscarded reports a resource that is never even held.
func (c *checker) reportDiscarded(a *acquisition) {
	s := c.siteOf(a)
	d := analysis.Diagnostic{Pos: reportPos(a, s), Message: msgDiscarded(c.subjectOf(a, s))}
	if s.ident != nil {
		d.SuggestedFixes = (&funcChecker{checker: c}).deferFix(a, s)
	}
	c.pass.Report(d)
}

// reportLeaks reports the leaks of a, the first in the message and all as
// related information, with a fix where one is safe.
func (fc *funcChecker) reportLeaks(a *acquisition, fl *flow, leaks []leak) {
	s := fc.siteOf(a)
	subj := fc.subjectOf(a, s)
	acqLine := fc.line(a.call.Pos())
	first := leaks[fc.likeliest(fl, leaks)]
	d := analysis.Diagnostic{Pos: reportPos(a, s)}
	switch exits := fc.exitsOf(leaks); {
	case first.overwrite():
		d.Message = msgOverwrite(subj)
	case len(fl.events) == 0 && len(exits) > 1 && !fc.releasesOnABranch(a, fl):
		d.Message = msgNeverReleased(subj, exits)
	default:
		cond, condLine := fc.condition(first.branch)
		d.Message = msgLeak(subj, fc.exitOf(first), cond, condLine, first.taken)
	}
	for _, l := range leaks {
		if l.overwrite() {
			_, line := fc.condition(l.branch)
			if line == 0 {
				line = acqLine
			}
			d.Related = append(d.Related, analysis.RelatedInformation{Pos: a.call.Pos(), Message: msgLoopExit(subj, line)})
			continue
		}
		e := fc.exitOf(l)
		d.Related = append(d.Related, analysis.RelatedInformation{Pos: fc.exitPos(l), Message: msgExit(subj, e, acqLine)})
	}
	if len(fl.events) == 0 && !slices.ContainsFunc(leaks, leak.overwrite) {
		d.SuggestedFixes = fc.deferFix(a, s)
	}
	fc.pass.Report(d)
}

// releasesOnABranch reports whether a conditional jump of the function
// says that the resource of a is released on one of its sides, though no
// instruction releases it: rows.Next() returning false, a failed read of
// a response's body, a status that says there is no body.
func (fc *funcChecker) releasesOnABranch(a *acquisition, fl *flow) bool {
	for _, b := range fc.fn.Blocks {
		t, ok := b.Instrs[len(b.Instrs)-1].(*ssa.If)
		if !ok {
			continue
		}
		cond := t.Cond
		if u, ok := cond.(*ssa.UnOp); ok && u.Op == token.NOT {
			cond = u.X
		}
		switch cond := cond.(type) {
		case *ssa.BinOp:
			if fc.bodiless(a, fl, cond.X, cond.Y) || fc.bodiless(a, fl, cond.Y, cond.X) ||
				fc.releasedByFailure(a, fl, cond.X) || fc.releasedByFailure(a, fl, cond.Y) {
				return true
			}
		case *ssa.Call, *ssa.Extract:
			if fc.releasedByFailure(a, fl, cond) {
				return true
			}
		case *ssa.UnOp:
			if releasedFlag(fl, cond) {
				return true
			}
		}
	}
	return false
}

// exitsOf returns the distinct exits of leaks in source order, or nil
// when one of them is a loop that overwrites the resource.
func (fc *funcChecker) exitsOf(leaks []leak) []exit {
	var exits []exit
	for _, l := range leaks {
		if l.overwrite() {
			return nil
		}
		if e := fc.exitOf(l); !slices.Contains(exits, e) {
			exits = append(exits, e)
		}
	}
	slices.SortFunc(exits, func(a, b exit) int { return a.line - b.line })
	return exits
}

// likeliest returns the index of the leak for the message: the first
// whose last branch tests the error of a call that used the resource
// (conn.Do(req) failing on a conn made of it), as that error is one the
// code must expect; else the first that tests the error of a call that
// does more than compute (a reply sent to the peer, rather than an
// address split into host and port, or an assertion of an address's
// type); else the first. A failure of a call that the resource has no
// part in (building a request from a constant) may be one that cannot
// happen.
func (c *checker) likeliest(fl *flow, leaks []leak) int {
	other := -1
	for i, l := range leaks {
		if l.branch == nil || l.overwrite() {
			continue
		}
		cmp, ok := l.branch.Cond.(*ssa.BinOp)
		if !ok {
			continue
		}
		call, _ := resultOf(cmp.X)
		if call == nil {
			continue
		}
		if slices.ContainsFunc(call.Call.Args, func(v ssa.Value) bool { return fl.aliases[v] }) ||
			(call.Call.IsInvoke() && fl.aliases[call.Call.Value]) {
			return i
		}
		failed := (cmp.Op == token.NEQ) == l.taken // the path has the error not nil
		if other < 0 && failed && isErrorResult(cmp.X.Type()) && isNil(cmp.Y) && !c.computesOnlyCall(&call.Call) {
			other = i
		}
	}
	return max(other, 0)
}

// computesOnlyCall reports whether call is one of the standard library's
// functions that only compute (see computingPackages and computingFuncs).
func (c *checker) computesOnlyCall(call *ssa.CallCommon) bool {
	if call.IsInvoke() {
		return computingFuncs[funcName(call.Method)]
	}
	fn := call.StaticCallee()
	if fn == nil {
		return false
	}
	if fn.Pkg != nil && fn.Signature.Recv() == nil && computingPackages[fn.Pkg.Pkg.Path()] {
		return true
	}
	obj, ok := fn.Object().(*types.Func)
	return ok && computingFuncs[c.funcName(obj)]
}

// exitPos returns the position of the return of a leak: its statement, or
// the closing brace of the function for the implicit return.
func (fc *funcChecker) exitPos(l leak) token.Pos {
	if pos := l.exit.Pos(); pos.IsValid() {
		return pos
	}
	switch syn := fc.fn.Syntax().(type) {
	case *ast.FuncDecl:
		return syn.Body.Rbrace
	case *ast.FuncLit:
		return syn.Body.Rbrace
	}
	return fc.fn.Pos()
}

func (fc *funcChecker) exitOf(l leak) exit {
	return exit{line: fc.line(fc.exitPos(l)), implicit: !l.exit.Pos().IsValid()}
}

func (c *checker) line(pos token.Pos) int {
	if !pos.IsValid() {
		return 0
	}
	return c.pass.Fset.Position(pos).Line
}

// condition returns the source text and line of the condition of a
// conditional jump, or "" when it cannot be found.
func (c *checker) condition(t *ssa.If) (string, int) {
	if t == nil {
		return "", 0
	}
	pos := t.Cond.Pos()
	if !pos.IsValid() {
		return "", 0
	}
	line := c.line(pos)
	cur, found := c.syntax().at(pos)
	if instr, ok := t.Cond.(ssa.Instruction); !ok || instr.Block() != t.Block() {
		// A parameter, or a value from an earlier block (the strict
		// of ok || strict): the line of the check, not of the value's
		// declaration. That is the last use of the variable before
		// what the check leads to, or else the last instruction before
		// the check.
		at := token.NoPos
		if id, ok := cur.Node().(*ast.Ident); found && ok {
			at = c.syntax().lastUseBefore(c.pass.TypesInfo.ObjectOf(id), c.pass.TypesInfo, firstPosAfter(t.Block()))
		}
		if !at.IsValid() {
			at = lastPos(t.Block())
		}
		if at.IsValid() {
			line = c.line(at)
		}
	}
	if found {
		return caseCondition(cur), line
	}
	return "", line
}

// caseCondition renders the condition whose key is cur: the expression
// itself or, for a case of a switch on a value, whose comparison SSA puts
// at the start of the case's expression (the X of a selector, the first
// operand of a sum), the comparison "tag == expr" that the case makes.
func caseCondition(cur cursor) string {
	top := cur
	for {
		if _, ok := top.Parent().Node().(ast.Expr); !ok {
			break
		}
		top = top.Parent()
	}
	if _, ok := top.Parent().Node().(*ast.CaseClause); ok {
		if sw, ok := top.Parent().Parent().Parent().Node().(*ast.SwitchStmt); ok && sw.Tag != nil {
			return types.ExprString(sw.Tag) + " == " + types.ExprString(top.Node().(ast.Expr))
		}
	}
	return types.ExprString(cur.Node().(ast.Expr))
}

// lastPos returns the position of the last instruction that has one in b
// or, failing that, in the chain of its single predecessors; φ-nodes,
// placed at their variable's declaration, do not count.
func lastPos(b *ssa.BasicBlock) token.Pos {
	for n := 0; b != nil && n < 8; n++ {
		for i := len(b.Instrs) - 1; i >= 0; i-- {
			if _, phi := b.Instrs[i].(*ssa.Phi); !phi && b.Instrs[i].Pos().IsValid() {
				return b.Instrs[i].Pos()
			}
		}
		if len(b.Preds) != 1 {
			break
		}
		b = b.Preds[0]
	}
	return token.NoPos
}

// firstPosAfter returns the earliest position of the first instruction
// that has one on each path from the end of b, looking a few blocks
// ahead, φ-nodes aside, and positions before b's own (a loop's back
// edge) too.
func firstPosAfter(b *ssa.BasicBlock) token.Pos {
	first, after := token.NoPos, lastPos(b)
	for _, succ := range b.Succs {
	walk:
		for n := 0; succ != nil && n < 8; n++ {
			for _, instr := range succ.Instrs {
				if _, phi := instr.(*ssa.Phi); !phi && instr.Pos().IsValid() {
					if instr.Pos() < after {
						break walk
					}
					if !first.IsValid() || instr.Pos() < first {
						first = instr.Pos()
					}
					break walk
				}
			}
			if len(succ.Succs) != 1 {
				break
			}
			succ = succ.Succs[0]
		}
	}
	return first
}

// lastUseBefore returns the position of the last use of obj before limit,
// in limit's file, or token.NoPos.
func (idx *syntaxIndex) lastUseBefore(obj types.Object, info *types.Info, limit token.Pos) token.Pos {
	if obj == nil || !limit.IsValid() {
		return token.NoPos
	}
	fi := idx.fileOf(limit)
	if fi == nil {
		return token.NoPos
	}
	last := token.NoPos
	for _, n := range fi.nodes {
		if id, ok := n.(*ast.Ident); ok && id.Pos() < limit && id.Pos() > last && info.Uses[id] == obj {
			last = id.Pos()
		}
	}
	return last
}
