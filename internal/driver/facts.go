package driver

import (
	"go/types"
	"reflect"
	"sync"

	"golang.org/x/tools/go/analysis"
)

// A factStore holds the facts of every package of a run, keyed by the
// object (or package) and the fact's type. All packages of a run share
// one universe of types, so an object is its own key.
//
// A fact is visible to a package as it is with the in-process driver of
// golang.org/x/tools/go/analysis/checker, which passes facts from each
// package to its importers, dropping on the way those about objects that
// are not part of the package's interface: a fact about a method, a
// field, a type or a constant reaches every package that imports the
// owner's package, directly or not; one about a function that is not a
// method, or a package-level variable, reaches only the packages that
// import the owner directly (and the function must be exported).
type factStore struct {
	mu       sync.Mutex
	objects  map[objectKey]analysis.Fact
	packages map[packageKey]analysis.Fact
	// byPackage lists the facts each package exported, in the order of
	// their first export (obj is nil for a package fact).
	byPackage map[*types.Package][]objectKey
}

type objectKey struct {
	obj types.Object
	t   reflect.Type
}

type packageKey struct {
	pkg *types.Package
	t   reflect.Type
}

func newFactStore() *factStore {
	return &factStore{objects: map[objectKey]analysis.Fact{}, packages: map[packageKey]analysis.Fact{}, byPackage: map[*types.Package][]objectKey{}}
}

// visible reports whether a fact about obj reaches the package u.
func (u *unit) visible(obj types.Object) bool {
	owner := obj.Pkg()
	if owner == u.types {
		return true
	}
	switch obj := obj.(type) {
	case *types.Func:
		if obj.Signature().Recv() != nil {
			return true
		}
		return obj.Exported() && u.importsDirectly(owner)
	case *types.Var:
		return obj.IsField() || u.importsDirectly(owner)
	case *types.TypeName, *types.Const:
		return true
	}
	return false
}

func (u *unit) importsDirectly(pkg *types.Package) bool {
	for _, d := range u.deps {
		if d.types == pkg {
			return true
		}
	}
	return false
}

// passFacts sets the fact functions of pass, run on u.
func (s *factStore) passFacts(pass *analysis.Pass, u *unit) {
	pass.ImportObjectFact = func(obj types.Object, ptr analysis.Fact) bool {
		s.mu.Lock()
		v, ok := s.objects[objectKey{obj, reflect.TypeOf(ptr)}]
		s.mu.Unlock()
		if !ok || !u.visible(obj) {
			return false
		}
		reflect.ValueOf(ptr).Elem().Set(reflect.ValueOf(v).Elem())
		return true
	}
	pass.ExportObjectFact = func(obj types.Object, fact analysis.Fact) {
		s.mu.Lock()
		k := objectKey{obj, reflect.TypeOf(fact)}
		if _, ok := s.objects[k]; !ok {
			s.byPackage[pass.Pkg] = append(s.byPackage[pass.Pkg], k)
		}
		s.objects[k] = fact
		s.mu.Unlock()
	}
	pass.ImportPackageFact = func(pkg *types.Package, ptr analysis.Fact) bool {
		s.mu.Lock()
		v, ok := s.packages[packageKey{pkg, reflect.TypeOf(ptr)}]
		s.mu.Unlock()
		if !ok {
			return false
		}
		reflect.ValueOf(ptr).Elem().Set(reflect.ValueOf(v).Elem())
		return true
	}
	pass.ExportPackageFact = func(fact analysis.Fact) {
		s.mu.Lock()
		k := packageKey{pass.Pkg, reflect.TypeOf(fact)}
		if _, ok := s.packages[k]; !ok {
			s.byPackage[pass.Pkg] = append(s.byPackage[pass.Pkg], objectKey{nil, k.t})
		}
		s.packages[k] = fact
		s.mu.Unlock()
	}
	pass.AllObjectFacts = func() []analysis.ObjectFact {
		s.mu.Lock()
		defer s.mu.Unlock()
		var all []analysis.ObjectFact
		for k, f := range s.objects {
			if u.visible(k.obj) && u.reaches(k.obj.Pkg()) {
				all = append(all, analysis.ObjectFact{Object: k.obj, Fact: f})
			}
		}
		return all
	}
	pass.AllPackageFacts = func() []analysis.PackageFact {
		s.mu.Lock()
		defer s.mu.Unlock()
		var all []analysis.PackageFact
		for k, f := range s.packages {
			if u.reaches(k.pkg) {
				all = append(all, analysis.PackageFact{Package: k.pkg, Fact: f})
			}
		}
		return all
	}
}

// reaches reports whether pkg is u's package or one it imports, directly
// or not.
func (u *unit) reaches(pkg *types.Package) bool {
	seen := map[*unit]bool{}
	var walk func(u *unit) bool
	walk = func(u *unit) bool {
		if seen[u] {
			return false
		}
		seen[u] = true
		if u.types == pkg {
			return true
		}
		for _, d := range u.deps {
			if walk(d) {
				return true
			}
		}
		return false
	}
	return walk(u)
}
