package analyzer

import (
	"go/ast"
	"go/build/constraint"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ast/astutil"
	"golang.org/x/tools/go/ssa"
)

// This file tells code that a constant rules out in every build from code
// that another build runs. An acquisition in a block that a constant
// condition rules out (see deadBlocks) is searched as in the other build,
// unless the condition's constants are the package's own, declared in
// files that every build compiles with values that no build changes
// (const lockHandleOperations = false): such code never runs, and is not
// reported.

// neverRuns reports whether the code at pos sits in the branch of an if
// statement whose condition is a constant that rules the branch out in
// every build.
func (c *checker) neverRuns(pos token.Pos) bool {
	var file *ast.File
	for _, f := range c.pass.Files {
		if f.FileStart <= pos && pos < f.FileEnd {
			file = f
			break
		}
	}
	if file == nil {
		return false
	}
	path, _ := astutil.PathEnclosingInterval(file, pos, pos)
	for i, n := range path {
		ifs, ok := n.(*ast.IfStmt)
		if !ok || i == 0 {
			continue
		}
		tv, ok := c.pass.TypesInfo.Types[ifs.Cond]
		if !ok || tv.Value == nil {
			continue
		}
		inBody := path[i-1] == ifs.Body
		inElse := ifs.Else != nil && path[i-1] == ifs.Else
		if !inBody && !inElse {
			continue
		}
		taken := tv.Value.ExactString() == "true"
		if taken != inBody && c.fixedInEveryBuild(ifs.Cond, file, 0) {
			return true
		}
	}
	return false
}

// fixedInEveryBuild reports whether the constant expression e has the
// same value in every build that compiles the file use: it names only
// constants of the package declared in use or in files without build
// constraints (or a name that says which platform they are for), whose
// own values are fixed in the same way.
func (c *checker) fixedInEveryBuild(e ast.Expr, use *ast.File, depth int) bool {
	if depth > 4 {
		return false
	}
	fixed := true
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.SelectorExpr:
			fixed = false // another package's constant (runtime.GOOS)
			return false
		case *ast.CallExpr:
			fixed = false // unsafe.Sizeof, len of a constant string
			return false
		case *ast.Ident:
			obj, ok := c.pass.TypesInfo.Uses[n].(*types.Const)
			if !ok {
				return true
			}
			if obj.Pkg() == nil {
				return true // true, false, iota
			}
			if obj.Pkg() != c.pass.Pkg || !c.constFixed(obj, use, depth) {
				fixed = false
			}
		}
		return fixed
	})
	return fixed
}

// constFixed reports whether the package's constant obj is declared in a
// file that every build compiles, or in the file use, where the code that
// reads it is (whenever that code is compiled, so is the constant), with
// a value fixed in every build.
func (c *checker) constFixed(obj *types.Const, use *ast.File, depth int) bool {
	for _, f := range c.pass.Files {
		if obj.Pos() < f.FileStart || obj.Pos() >= f.FileEnd {
			continue
		}
		if f != use && constrained(c.pass.Fset.File(f.Pos()).Name(), f) {
			return false
		}
		path, _ := astutil.PathEnclosingInterval(f, obj.Pos(), obj.Pos())
		for _, n := range path {
			if vs, ok := n.(*ast.ValueSpec); ok {
				k := slices.IndexFunc(vs.Names, func(id *ast.Ident) bool { return id.Pos() == obj.Pos() })
				if k < 0 || k >= len(vs.Values) {
					return false // an iota list's implicit repetition
				}
				return c.fixedInEveryBuild(vs.Values[k], f, depth+1)
			}
		}
	}
	return false
}

// constrained reports whether the file, named name, is compiled only in
// some builds: a //go:build line, or a name that ends with a platform
// (_linux.go, _arm64.go).
func constrained(name string, f *ast.File) bool {
	for _, g := range f.Comments {
		if g.Pos() > f.Package {
			break
		}
		for _, cm := range g.List {
			if constraint.IsGoBuild(cm.Text) || constraint.IsPlusBuild(cm.Text) {
				return true
			}
		}
	}
	base := strings.TrimSuffix(name[strings.LastIndexAny(name, `/\`)+1:], ".go")
	base = strings.TrimSuffix(base, "_test")
	parts := strings.Split(base, "_")
	for _, p := range parts[1:] {
		if knownPlatforms[p] {
			return true
		}
	}
	return false
}

// knownPlatforms are the GOOS and GOARCH values that a file name's suffix
// may name.
var knownPlatforms = map[string]bool{
	"aix": true, "android": true, "darwin": true, "dragonfly": true, "freebsd": true, "hurd": true, "illumos": true,
	"ios": true, "js": true, "linux": true, "nacl": true, "netbsd": true, "openbsd": true, "plan9": true,
	"solaris": true, "wasip1": true, "windows": true, "zos": true,
	"386": true, "amd64": true, "arm": true, "arm64": true, "loong64": true, "mips": true, "mipsle": true,
	"mips64": true, "mips64le": true, "ppc64": true, "ppc64le": true, "riscv64": true, "s390x": true, "wasm": true,
}

// storedBranch returns the successor of t that a comparison of a field
// of a local variable with a constant never takes, where the function
// stored a constant into that field just before (see storedJustBefore): opts.CacheType = Memory; if
// opts.CacheType == Memory {...} else {...} never runs its else. Or -1.
func storedBranch(t *ssa.If) int {
	cmp, ok := t.Cond.(*ssa.BinOp)
	if !ok || (cmp.Op != token.EQL && cmp.Op != token.NEQ) {
		return -1
	}
	load, k := cmp.X, cmp.Y
	if _, isConst := load.(*ssa.Const); isConst {
		load, k = k, load
	}
	kc, ok := k.(*ssa.Const)
	if !ok || kc.Value == nil {
		return -1
	}
	lu, ok := load.(*ssa.UnOp)
	if !ok {
		return -1
	}
	stored := storedJustBefore(lu)
	if stored == nil || stored.Value == nil || stored.Value.Kind() != kc.Value.Kind() {
		return -1
	}
	equal := constant.Compare(stored.Value, token.EQL, kc.Value)
	if equal == (cmp.Op == token.EQL) {
		return 1 // the condition holds: the else never runs
	}
	return 0
}

// storedJustBefore returns the constant that the block of load, a load of
// a field of a local variable, stored into that field before it, where
// nothing in between may change it: only addresses of fields, loads and
// stores into other fields of the same variable; no call, no channel
// operation, no store through another pointer or into the whole variable.
func storedJustBefore(load *ssa.UnOp) *ssa.Const {
	if fa, ok := load.X.(*ssa.FieldAddr); !ok || !isAlloc(fa.X) {
		return nil
	}
	v := lastFieldStoreBefore(load, func(instr ssa.Instruction, fa *ssa.FieldAddr) bool {
		switch instr := instr.(type) {
		case *ssa.Store:
			other, ok := instr.Addr.(*ssa.FieldAddr)
			return !ok || other.X != fa.X
		case *ssa.FieldAddr, *ssa.DebugRef:
			return false
		case *ssa.UnOp:
			return instr.Op != token.MUL // a receive
		}
		return true
	})
	c, _ := v.(*ssa.Const)
	return c
}

// storedDead returns the blocks of fn that no path reaches, given the
// branches that storedBranch rules out, and that the constant conditions
// of deadBlocks do not already rule out; or nil.
func storedDead(fn *ssa.Function) map[*ssa.BasicBlock]bool {
	found := false
	for _, b := range fn.Blocks {
		if t, ok := b.Instrs[len(b.Instrs)-1].(*ssa.If); ok && storedBranch(t) >= 0 {
			found = true
			break
		}
	}
	if !found || len(fn.Blocks) == 0 {
		return nil
	}
	live := reachable(fn.Blocks[:1], func(b *ssa.BasicBlock) []*ssa.BasicBlock {
		if t, ok := b.Instrs[len(b.Instrs)-1].(*ssa.If); ok {
			if never := storedBranch(t); never >= 0 {
				return b.Succs[1-never : 2-never]
			}
		}
		return b.Succs
	})
	dead := map[*ssa.BasicBlock]bool{}
	for _, b := range fn.Blocks {
		if !live[b] {
			dead[b] = true
		}
	}
	return dead
}
