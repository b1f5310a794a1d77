package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// deferFix returns a fix that releases the resource of a by a defer right
// after it is acquired, or after the error check that follows, when that
// is safe: the resource is held by a variable assigned in a statement of a
// block, and the call either has no error result or is checked on the
// next statement, so the defer never runs on a nil interface.
func (fc *funcChecker) deferFix(a *acquisition, s site) []analysis.SuggestedFix {
	if s.ident == nil {
		return nil
	}
	stmt, list := enclosingStmt(s.path)
	if stmt == nil {
		return nil
	}
	after := ast.Node(stmt)
	if tuple, ok := a.call.Type().(*types.Tuple); ok && types.Identical(tuple.At(tuple.Len()-1).Type(), errorType) {
		errName := ""
		if id := assignedIdent(s.path, s.call, tuple.Len()-1); id != nil {
			errName = id.Name
		}
		next := nextStmt(list, stmt)
		if errName == "" || !checksErr(next, errName) {
			return nil
		}
		after = next
	}
	text := releaseStmt(a.kind, s.ident.Name)
	indent := strings.Repeat("\t", fc.pass.Fset.Position(stmt.Pos()).Column-1)
	at := lineEnd(fc.pass.Fset.File(after.End()), after.End())
	return []analysis.SuggestedFix{{
		Message:   fixTitle(text),
		TextEdits: []analysis.TextEdit{{Pos: at, End: at, NewText: []byte("\n" + indent + text)}},
	}}
}

// lineEnd returns the position of the end of the line holding pos, after
// any comment that follows the statement there.
func lineEnd(f *token.File, pos token.Pos) token.Pos {
	line := f.Line(pos)
	if line >= f.LineCount() {
		return token.Pos(f.Base() + f.Size())
	}
	return f.LineStart(line+1) - 1
}

// enclosingStmt returns the statement of path (which starts at a call)
// that the call is part of, with the statement list holding it, if the
// statement is an assignment or a declaration directly in a list.
func enclosingStmt(path []ast.Node) (ast.Stmt, []ast.Stmt) {
	for i, n := range path {
		stmt, ok := n.(ast.Stmt)
		if !ok {
			continue
		}
		switch stmt.(type) {
		case *ast.AssignStmt, *ast.DeclStmt:
		default:
			return nil, nil
		}
		if i+1 >= len(path) {
			return nil, nil
		}
		switch p := path[i+1].(type) {
		case *ast.BlockStmt:
			return stmt, p.List
		case *ast.CaseClause:
			return stmt, p.Body
		case *ast.CommClause:
			return stmt, p.Body
		}
		return nil, nil
	}
	return nil, nil
}

func nextStmt(list []ast.Stmt, stmt ast.Stmt) ast.Stmt {
	for i, s := range list {
		if s == stmt && i+1 < len(list) {
			return list[i+1]
		}
	}
	return nil
}

// checksErr reports whether stmt is "if err != nil { ... }" for the
// variable named err.
func checksErr(stmt ast.Stmt, err string) bool {
	ifStmt, ok := stmt.(*ast.IfStmt)
	if !ok || ifStmt.Init != nil {
		return false
	}
	cond, ok := ifStmt.Cond.(*ast.BinaryExpr)
	if !ok || cond.Op != token.NEQ {
		return false
	}
	x, ok := cond.X.(*ast.Ident)
	y, ok2 := cond.Y.(*ast.Ident)
	return ok && ok2 && x.Name == err && y.Name == "nil"
}
