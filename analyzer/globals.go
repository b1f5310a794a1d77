package analyzer

import (
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// This file works out which concrete types a package-level variable of
// interface type can hold when only its package's initialization assigns
// it (var DefaultServer = NewServer(DefaultLoader)), so that a call on the
// variable runs the methods of those types rather than those of every
// implementation the program has.
//
// An exported variable can be reassigned by any importer. The package that
// makes the call checks that it does not assign the variable itself; an
// assignment elsewhere (a main package installing its own server) is not
// seen, as an implementation declared in a package the caller does not
// import is not seen when a call is resolved by implementations.

// InitTypes is the fact leakvet records for a package-level variable of
// interface type that only its package's initialization assigns, and only
// with values whose concrete types are known: those types, each as
// "import/path.Name" or "*import/path.Name", in the order of the stores.
type InitTypes struct {
	Types []string
}

// AFact marks InitTypes as an analysis fact.
func (*InitTypes) AFact() {}

// String describes the fact for tests and debugging.
func (f *InitTypes) String() string { return "holds " + strings.Join(f.Types, ",") }

// globalSummary returns what a call of the value loaded from g, a
// package-level variable of another package, does: what the one function
// that only its package's initialization stores there does, as that
// package recorded it in a Summary fact on the variable (var NewEncoder =
// yaml.NewEncoder gives another package's API under its own name). A
// variable of the package itself is left unknown: its own tests may
// replace it, as they replace a hook.
func (c *checker) globalSummary(g *ssa.Global, sig *types.Signature) (*summary, bool) {
	obj, ok := g.Object().(*types.Var)
	if !ok || obj.Pkg() == nil || obj.Pkg() == c.pass.Pkg || c.globalAssigned()[obj] {
		return nil, false
	}
	var fact Summary
	if !c.pass.ImportObjectFact(obj, &fact) {
		return nil, false
	}
	return fact.summary(sig.Params().Len() + 1), true
}

// initFunc returns the one function that the package's initialization
// stores into its variable g, when g is assigned nowhere else (nor its
// address taken), or nil.
func (c *checker) initFunc(g *ssa.Global) *ssa.Function {
	stored := c.initStores()[g]
	if len(stored) != 1 || c.globalAssigned()[g.Object().(*types.Var)] {
		return nil
	}
	v := stored[0]
	if ct, ok := v.(*ssa.ChangeType); ok {
		v = ct.X // a function converted to the variable's named type
	}
	fn, _ := v.(*ssa.Function)
	return fn
}

// globalTypes returns the concrete types that the package-level variable
// g can hold when a function loads it, and whether they are all known.
func (c *checker) globalTypes(g *ssa.Global) ([]types.Type, bool) {
	obj, ok := g.Object().(*types.Var)
	if !ok || obj.Pkg() == nil || !types.IsInterface(obj.Type()) || c.globalAssigned()[obj] {
		return nil, false
	}
	if obj.Pkg() == c.pass.Pkg {
		return c.initTypes(g)
	}
	var fact InitTypes
	if !c.pass.ImportObjectFact(obj, &fact) {
		return nil, false
	}
	var ts []types.Type
	for _, name := range fact.Types {
		t := c.lookupType(name)
		if t == nil {
			return nil, false
		}
		ts = append(ts, t)
	}
	return ts, true
}

// initTypes returns the concrete types of the values that the package's
// initialization stores into its variable g, and whether g is assigned
// nowhere else (nor its address taken) and those types are all known.
func (c *checker) initTypes(g *ssa.Global) ([]types.Type, bool) {
	if c.globalAssigned()[g.Object().(*types.Var)] {
		return nil, false
	}
	stored := c.initStores()[g]
	ts, ok := c.unionTypes(stored, map[ssa.Value]bool{}, 0)
	if !ok || len(ts) == 0 {
		return nil, false
	}
	for _, t := range ts {
		if typeKey(t) == "" {
			return nil, false
		}
	}
	return ts, true
}

// initStores returns the values that the package's initialization stores
// into each of its package-level variables, and records in partlyInit
// those that it stores on some of its paths only.
func (c *checker) initStores() map[*ssa.Global][]ssa.Value {
	if c.storedAtInit != nil {
		return c.storedAtInit
	}
	c.storedAtInit = map[*ssa.Global][]ssa.Value{}
	c.partlyInit = map[*ssa.Global]bool{}
	for _, fn := range c.pkgFuncs() {
		if !initializes(fn) {
			continue
		}
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				if st, ok := instr.(*ssa.Store); ok {
					if g, ok := st.Addr.(*ssa.Global); ok {
						c.storedAtInit[g] = append(c.storedAtInit[g], st.Val)
						if !dominatesReturns(b, fn) {
							// A store on some paths only: the others
							// leave the zero value (see nonNilTarget).
							c.partlyInit[g] = true
						}
					}
				}
			}
		}
	}
	return c.storedAtInit
}

// globalAssigned returns the package-level variables, of this package or
// others, that a function of this package assigns outside the package's
// initialization, or whose address it uses other than to load them.
func (c *checker) globalAssigned() map[*types.Var]bool {
	if c.assignedGlobals != nil {
		return c.assignedGlobals
	}
	c.assignedGlobals = map[*types.Var]bool{}
	var ops []*ssa.Value
	for _, fn := range c.pkgFuncs() {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				ops = instr.Operands(ops[:0])
				for _, op := range ops {
					g, ok := (*op).(*ssa.Global)
					if !ok {
						continue
					}
					obj, ok := g.Object().(*types.Var)
					if ok && !loadsOrInitializes(instr, g, fn, obj.Pkg() == c.pass.Pkg) {
						c.assignedGlobals[obj] = true
					}
				}
			}
		}
	}
	return c.assignedGlobals
}

// loadsOrInitializes reports whether instr, in fn, loads the variable g,
// or stores into it during the package's initialization, when g is the
// package's own variable.
func loadsOrInitializes(instr ssa.Instruction, g *ssa.Global, fn *ssa.Function, own bool) bool {
	switch instr := instr.(type) {
	case *ssa.UnOp:
		return true // only a load (*g) takes a global as its operand
	case *ssa.Store:
		return own && instr.Addr == g && instr.Val != g && initializes(fn)
	}
	return false
}

// initializes reports whether fn is the package's initializer or one of
// its init functions, or a function literal inside one.
func initializes(fn *ssa.Function) bool {
	for fn.Parent() != nil {
		fn = fn.Parent()
	}
	return fn.Synthetic == "package initializer" || (fn.Signature.Recv() == nil && strings.HasPrefix(fn.Name(), "init#"))
}

// pkgFuncs returns the functions of the package: those declared in source,
// the function literals inside them, and the package's initializer with
// the function literals of its variables' initial values.
func (c *checker) pkgFuncs() []*ssa.Function {
	return append(slices.Clip(c.srcFuncs), c.initFuncs()...)
}

// typeKey returns the name InitTypes gives the named type t, or the
// pointer to one, or "" for any other type.
func typeKey(t types.Type) string {
	prefix := ""
	if p, ok := t.(*types.Pointer); ok {
		prefix, t = "*", p.Elem()
	}
	named, ok := types.Unalias(t).(*types.Named)
	if !ok || named.Obj().Pkg() == nil || named.TypeArgs().Len() > 0 || named.Obj().Parent() != named.Obj().Pkg().Scope() {
		return ""
	}
	return prefix + named.Obj().Pkg().Path() + "." + named.Obj().Name()
}

// lookupType returns the type that typeKey names as key, looked up among
// the packages this one imports, directly or not, or nil.
func (c *checker) lookupType(key string) types.Type {
	name, ptr := strings.CutPrefix(key, "*")
	dot := strings.LastIndex(name, ".")
	if dot < 0 {
		return nil
	}
	pkg := c.importedPackage(name[:dot])
	if pkg == nil {
		return nil
	}
	return typeIn(pkg, name[dot+1:], ptr)
}

// typeIn returns the type that pkg declares as name at package level, or
// a pointer to it when ptr is set, or nil.
func typeIn(pkg *types.Package, name string, ptr bool) types.Type {
	tn, ok := pkg.Scope().Lookup(name).(*types.TypeName)
	if !ok {
		return nil
	}
	if ptr {
		return types.NewPointer(tn.Type())
	}
	return tn.Type()
}

// importedPackage returns the package with the import path path among
// those this one imports, directly or not, or nil.
func (c *checker) importedPackage(path string) *types.Package {
	seen := map[*types.Package]bool{}
	queue := []*types.Package{c.pass.Pkg}
	for len(queue) > 0 {
		pkg := queue[0]
		queue = queue[1:]
		if pkg.Path() == path {
			return pkg
		}
		for _, imp := range pkg.Imports() {
			if !seen[imp] {
				seen[imp] = true
				queue = append(queue, imp)
			}
		}
	}
	return nil
}

// exportInitTypes records an InitTypes fact for each exported
// package-level variable of interface type that only the package's
// initialization assigns, with values of known types, when a call of one
// of its methods may give a resource (an error variable gives none), and
// the Summary fact of the function that it assigns, for each one of
// function type that it assigns with a function alone (see
// globalSummary).
func (c *checker) exportInitTypes() {
	if c.ssaPkg == nil {
		return
	}
	for _, name := range c.pass.Pkg.Scope().Names() {
		g, ok := c.ssaPkg.Members[name].(*ssa.Global)
		if !ok || !g.Object().Exported() {
			continue
		}
		if fn := c.initFunc(g); fn != nil {
			// Even a summary that says nothing says that the call
			// neither keeps nor closes what it is given.
			f, _ := c.summaryOf(fn).fact()
			c.pass.ExportObjectFact(g.Object(), f)
			continue
		}
		if !mayGiveResources(g.Object().Type()) {
			continue
		}
		ts, ok := c.initTypes(g)
		if !ok {
			continue
		}
		fact := &InitTypes{}
		for _, t := range ts {
			fact.Types = append(fact.Types, typeKey(t))
		}
		c.pass.ExportObjectFact(g.Object(), fact)
	}
}

// mayGiveResources reports whether t is an interface type with a method
// that returns a value, other than an error, that can hold a resource.
func mayGiveResources(t types.Type) bool {
	iface, ok := t.Underlying().(*types.Interface)
	if !ok {
		return false
	}
	for m := range iface.Methods() {
		for r := range m.Signature().Results().Variables() {
			if canHoldResource(r.Type()) && !types.Identical(r.Type(), errorType) {
				return true
			}
		}
	}
	return false
}

// dominatesReturns reports whether b lies on every path of fn to a return.
func dominatesReturns(b *ssa.BasicBlock, fn *ssa.Function) bool {
	var guardDone *ssa.BasicBlock
	if _, ok := fn.Blocks[0].Instrs[len(fn.Blocks[0].Instrs)-1].(*ssa.If); ok && fn.Synthetic != "" {
		guardDone = fn.Blocks[0].Succs[0] // if init$guard goto done
	}
	for _, r := range fn.Blocks {
		if r == guardDone {
			continue
		}
		if _, ok := r.Instrs[len(r.Instrs)-1].(*ssa.Return); ok && !b.Dominates(r) {
			return false
		}
	}
	return true
}
