package analyzer

import (
	"fmt"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// parseTypeName checks that s has the form "import/path.TypeName".
func parseTypeName(s string) error {
	dot := strings.LastIndex(s, ".")
	if dot <= 0 || dot == len(s)-1 || strings.ContainsAny(s, "()* ") {
		return fmt.Errorf("malformed type name %q: want import/path.TypeName", s)
	}
	if strings.Contains(s[dot+1:], "/") {
		return fmt.Errorf("malformed type name %q: want import/path.TypeName", s)
	}
	return nil
}

// parseFuncName checks that s has the form "import/path.Func",
// "(import/path.Type).Method" or "(*import/path.Type).Method".
func parseFuncName(s string) error {
	if strings.HasPrefix(s, "(") {
		end := strings.Index(s, ").")
		if end < 0 || end+2 == len(s) {
			return fmt.Errorf("malformed method name %q: want (*import/path.Type).Method", s)
		}
		if err := parseTypeName(strings.TrimPrefix(s[1:end], "*")); err != nil {
			return fmt.Errorf("malformed method name %q: want (*import/path.Type).Method", s)
		}
		return nil
	}
	if err := parseTypeName(s); err != nil {
		return fmt.Errorf("malformed function name %q: want import/path.Func", s)
	}
	return nil
}

// funcName returns the name of fn in the form accepted by parseFuncName.
func funcName(fn *types.Func) string {
	return fn.Origin().FullName()
}

// staticName returns the name of the function that common calls, or "" for
// a dynamic call.
func (c *checker) staticName(common *ssa.CallCommon) string {
	fn := common.StaticCallee()
	if fn == nil {
		return ""
	}
	obj, ok := fn.Object().(*types.Func)
	if !ok {
		return ""
	}
	return c.funcName(obj)
}

// typeName returns "import/path.TypeName" for a named type or a pointer to
// one, and "" otherwise.
func typeName(t types.Type) string {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return ""
	}
	return n.Obj().Pkg().Path() + "." + n.Obj().Name()
}

func sorted(s []string) []string {
	slices.Sort(s)
	return s
}

// usesOf returns the instructions that use v: none for a value that
// keeps no list of its uses (a package variable, a function, a
// constant).
func usesOf(v ssa.Value) []ssa.Instruction {
	if r := v.Referrers(); r != nil {
		return *r
	}
	return nil
}
