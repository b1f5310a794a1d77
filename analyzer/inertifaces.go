package analyzer

import (
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"
)

// This file decides which interface types with a Close method hold no
// resource: a sealed iterator interface (one with an unexported method,
// so that only its own package can implement it) whose implementations
// iterate over slices, and whose composite implementations (one chaining
// several iterators) only close iterators of the same interface.
//
// An interface of exported methods qualifies too where its Close gives
// no error and its own package uses a value after closing it (see
// usedAfterClose): a drawing path's Close, not a handle's, which reports
// the error of releasing.
//
// The package that declares the interface decides, from the
// implementations it and its imports declare, and records its answer as
// an InertInterface fact, so that every importer agrees; an importer also
// checks the implementations that it and its own imports declare. The
// seal matters: an interface of exported methods whose own package has
// only slice iterators may have its real implementations, over files, in
// packages that neither sees. And one implementation must release nothing
// outright, not merely close others of the interface.

// InertInterface is the fact leakvet records for an interface type with a
// Close method and an unexported method whose values hold no resource:
// every implementation that its package and that package's imports
// declare has a Close that releases nothing, or only closes values of
// types that hold no resource.
type InertInterface struct{}

// AFact marks InertInterface as an analysis fact.
func (*InertInterface) AFact() {}

// String describes the fact for tests and debugging.
func (*InertInterface) String() string { return "holds no resource" }

// inertInterface reports whether values of the interface type t hold no
// resource (see InertInterface). While the answer for t is being worked
// out, only the Close methods of its implementations see t as inert (a
// Close that closes other values of t releases nothing more than they
// do); everything else, summaries included, still sees a resource.
func (c *checker) inertInterface(t types.Type) bool {
	obj := interfaceName(t)
	if obj == nil {
		return false
	}
	if inert, ok := c.inertIfaces[obj]; ok {
		return inert
	}
	if c.deciding[obj] {
		return false
	}
	c.deciding[obj] = true
	named := types.Unalias(t).(*types.Named)
	inert := closeMethod(named) != nil
	if inert && obj.Pkg() != c.pass.Pkg {
		inert = c.pass.ImportObjectFact(obj, new(InertInterface))
	} else if inert {
		inert = sealed(named) || (closeMethod(named).Signature().Results().Len() == 0 && c.usedAfterClose(named))
	}
	if inert {
		inert = c.implementationsInert(named, obj)
	}
	delete(c.deciding, obj)
	c.inertIfaces[obj] = inert
	return inert
}

// interfaceName returns the name of t when t is a named, non-generic
// interface type of a package, or nil.
func interfaceName(t types.Type) *types.TypeName {
	named, ok := types.Unalias(t).(*types.Named)
	if !ok || named.Obj().Pkg() == nil || named.TypeArgs().Len() > 0 || named.TypeParams().Len() > 0 || !types.IsInterface(named) {
		return nil
	}
	return named.Obj()
}

// implementationsInert reports whether every implementation of the named
// interface t (whose name is self) among the types that the package and
// its imports declare, outside test files, holds no resource. In the
// package that declares t, one of them must also have a Close that
// releases nothing outright.
func (c *checker) implementationsInert(t *types.Named, self *types.TypeName) bool {
	leaf := false
	closesInert := func(call *ssa.CallCommon) bool { return c.closesNothingHeld(call, self) }
	iface := t.Underlying().(*types.Interface)
	for _, impl := range append(slices.Clip(c.implementers(iface)), c.genericImplementers(iface)...) {
		if c.inTestFile(impl) || (self.Pkg() != c.pass.Pkg && decidedBy(impl, self.Pkg())) {
			continue
		}
		m := closeMethod(impl)
		if m == nil {
			return false
		}
		if recv := m.Signature().Recv().Type(); types.IsInterface(recv) {
			// Close promoted from an embedded interface: the struct
			// closes what it embeds.
			if interfaceName(recv) != self && !c.inertInterface(recv) {
				return false
			}
			continue
		}
		if c.doesNothing(m) {
			leaf = true
			continue
		}
		fn := c.ssaFunc(m)
		if fn == nil || fn.Blocks == nil || !releasesNothing(fn, closesInert) {
			return false
		}
	}
	return leaf || self.Pkg() != c.pass.Pkg
}

// genericImplementers returns the generic types, declared in the package
// and the packages it imports, some instantiation of which may implement
// iface: their method sets (or those of pointers to them) have methods of
// all its names. implementers leaves them out, but a sealed iterator
// interface may have a fileIter[T] among its implementations.
func (c *checker) genericImplementers(iface *types.Interface) []types.Type {
	var impls []types.Type
	for _, named := range declaredTypes(c.pass.Pkg, true) {
		if t := types.NewPointer(named); hasMethodsOf(t, iface) {
			impls = append(impls, t)
		}
	}
	return impls
}

// hasMethodsOf reports whether the method set of t has a method of each
// name of iface's methods.
func hasMethodsOf(t types.Type, iface *types.Interface) bool {
	mset := types.NewMethodSet(t)
	for m := range iface.Methods() {
		if mset.Lookup(m.Pkg(), m.Name()) == nil {
			return false
		}
	}
	return true
}

// sealed reports whether one of the methods of the named interface t is
// unexported, so that only types of t's own package can implement it (a
// struct of another package may embed one of them, whose Close it then
// runs). An unexported interface of exported methods alone is no seal: a
// package may convert to it what its callers give it.
func sealed(t *types.Named) bool {
	iface := t.Underlying().(*types.Interface)
	for m := range iface.Methods() {
		if !m.Exported() {
			return true
		}
	}
	return false
}

// usedAfterClose reports whether the package, which declares the
// interface t, calls another method of a value of t after calling its
// Close, in the same block: a Close that is a step of the value's use
// (r.Close(); r.FillStroke(), a drawing path closed and then filled),
// not the end of its life. Its implementations still decide (see
// implementationsInert): a file's Close releases a descriptor, whatever
// its callers do after it.
func (c *checker) usedAfterClose(t *types.Named) bool {
	for _, fn := range c.srcFuncs {
		for _, b := range fn.Blocks {
			var closed []ssa.Value
			for _, instr := range b.Instrs {
				call, ok := instr.(ssa.CallInstruction)
				if !ok || !call.Common().IsInvoke() || !types.Identical(call.Common().Value.Type(), t) {
					continue
				}
				v := call.Common().Value
				if call.Common().Method.Name() == "Close" {
					closed = append(closed, v)
				} else if slices.Contains(closed, v) {
					return true
				}
			}
		}
	}
	return false
}

// decidedBy reports whether the named type t, or the one it points to, is
// declared in pkg or in a package pkg imports: pkg's InertInterface fact
// has already counted it.
func decidedBy(t types.Type, pkg *types.Package) bool {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	named, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return false
	}
	owner := named.Obj().Pkg()
	return owner == pkg || slices.Contains(pkg.Imports(), owner)
}

// closesNothingHeld reports whether call is the Close of a value of a
// type that holds no resource, where the interface named self counts as
// one.
func (c *checker) closesNothingHeld(call *ssa.CallCommon, self *types.TypeName) bool {
	if call.IsInvoke() {
		t := call.Value.Type()
		return call.Method.Name() == "Close" && (interfaceName(t) == self || c.inertInterface(t))
	}
	return c.closesInertValue(call)
}

// closesInertValue reports whether call is the static call of a Close
// whose receiver's type has a Close that releases nothing (a path's
// Close, which ends a figure): a Close that only calls it releases
// nothing either.
func (c *checker) closesInertValue(call *ssa.CallCommon) bool {
	fn := call.StaticCallee()
	if call.IsInvoke() || fn == nil || fn.Name() != "Close" || fn.Signature.Recv() == nil || len(call.Args) == 0 {
		return false
	}
	m := closeMethod(call.Args[0].Type())
	return m != nil && !types.IsInterface(m.Signature().Recv().Type()) && c.doesNothing(m)
}

// inTestFile reports whether the named type t, or the one it points to,
// is declared in a _test.go file.
func (c *checker) inTestFile(t types.Type) bool {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	named, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return false
	}
	return strings.HasSuffix(c.pass.Fset.Position(named.Obj().Pos()).Filename, "_test.go")
}

// exportInertInterfaces records an InertInterface fact for each interface
// type the package declares that holds no resource.
func (c *checker) exportInertInterfaces() {
	scope := c.pass.Pkg.Scope()
	for _, name := range scope.Names() {
		if tn, ok := scope.Lookup(name).(*types.TypeName); ok && !tn.IsAlias() && !c.inTestFile(tn.Type()) {
			c.exportInertInterface(tn)
		}
	}
}

// exportInertInterface records an InertInterface fact for tn if it names
// an interface type that holds no resource. A panic becomes a diagnostic,
// as in safely.
func (c *checker) exportInertInterface(tn *types.TypeName) {
	defer func() {
		if r := recover(); r != nil {
			c.pass.Report(analysis.Diagnostic{Pos: tn.Pos(), Category: "internal-error", Message: msgInternal(tn.Name(), r)})
		}
	}()
	if c.inertInterface(tn.Type()) {
		c.pass.ExportObjectFact(tn, new(InertInterface))
	}
}
