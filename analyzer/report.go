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

// A syntaxIndex finds the syntax of SSA values by position. It is built
// once per package, on the first report, so that reporting stays linear in
// the size of the files (a search from the root of the file for each
// report made a function with hundreds of leaks quadratic).
type syntaxIndex struct {
	calls  map[token.Pos]*ast.CallExpr // by the position of "("
	conds  map[token.Pos]ast.Expr      // by the position SSA gives a condition
	parent map[ast.Node]ast.Node
}

func (c *checker) syntax() *syntaxIndex {
	if c.index != nil {
		return c.index
	}
	idx := &syntaxIndex{calls: map[token.Pos]*ast.CallExpr{}, conds: map[token.Pos]ast.Expr{}, parent: map[ast.Node]ast.Node{}}
	for _, f := range c.pass.Files {
		var stack []ast.Node
		ast.Inspect(f, func(n ast.Node) bool {
			if n == nil {
				stack = stack[:len(stack)-1]
				return true
			}
			if len(stack) > 0 {
				idx.parent[n] = stack[len(stack)-1]
			}
			stack = append(stack, n)
			switch n := n.(type) {
			case *ast.CallExpr:
				idx.calls[n.Lparen] = n
				idx.conds[n.Lparen] = n
			case *ast.BinaryExpr:
				idx.conds[n.OpPos] = n
			case *ast.UnaryExpr:
				idx.conds[n.OpPos] = n
			case *ast.SelectorExpr:
				idx.conds[n.Sel.Pos()] = n
			case *ast.Ident:
				if _, ok := idx.conds[n.Pos()]; !ok {
					idx.conds[n.Pos()] = n
				}
			}
			return true
		})
	}
	c.index = idx
	return idx
}

// path returns n and its ancestors, innermost first.
func (idx *syntaxIndex) path(n ast.Node) []ast.Node {
	var path []ast.Node
	for ; n != nil; n = idx.parent[n] {
		path = append(path, n)
	}
	return path
}

// siteOf finds the syntax of a's call.
func (c *checker) siteOf(a *acquisition) site {
	idx := c.syntax()
	call, ok := idx.calls[a.call.Pos()]
	if !ok {
		return site{}
	}
	s := site{call: call, path: idx.path(call)}
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
	first := leaks[0]
	d := analysis.Diagnostic{Pos: reportPos(a, s)}
	if first.overwrite() {
		d.Message = msgOverwrite(subj)
	} else {
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
	if e, ok := c.syntax().conds[pos]; ok {
		return types.ExprString(e), c.line(e.Pos())
	}
	return "", c.line(pos)
}
