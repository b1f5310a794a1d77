package driver

import (
	"bytes"
	"crypto/sha256"
	"encoding/gob"
	"fmt"
	"go/types"
	"io"
	"os"
	"reflect"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/objectpath"
)

// This file makes a second run cheap: each package's diagnostics and
// facts are kept in the cache under a key that covers its files and,
// through the keys of its imports, everything it depends on. A package
// whose entry is there is not analyzed again; it is only type-checked
// (without function bodies) and its facts read back when a package that
// imports it, directly or not, must be analyzed.

// A cachedUnit is what the cache keeps of one package.
type cachedUnit struct {
	Analyzer    string
	Diagnostics []diagnostic
	RawEnds     []string // diagnostic.rawEnd, which gob does not see
	Facts       []cachedFact
}

// A cachedFact is a fact about an object of the package, named by its
// path from the package (golang.org/x/tools/go/types/objectpath), or
// about the package itself when Object is empty.
type cachedFact struct {
	Object string
	Fact   analysis.Fact
}

// registerFacts makes the fact types of a and of the analyzers it
// requires known to gob.
func registerFacts(a *analysis.Analyzer, seen map[*analysis.Analyzer]bool) {
	if seen[a] {
		return
	}
	seen[a] = true
	for _, f := range a.FactTypes {
		gob.Register(f)
	}
	for _, req := range a.Requires {
		registerFacts(req, seen)
	}
}

// keyFlags returns the flags that u's results depend on. The test reports
// (-reports, -confirmed-only, and their content) only annotate the
// diagnostics of the packages the command line names: the facts of their
// dependencies do not depend on them, so that with reports that change
// on every run (leakvet -confirm) the dependencies stay cached.
func (r *run) keyFlags(u *unit) []string {
	if u.root {
		return r.flags
	}
	var flags []string
	for _, f := range r.flags {
		if !strings.HasPrefix(f, "-reports=") && !strings.HasPrefix(f, "-confirmed-only=") && !strings.HasPrefix(f, "reports-content=") {
			flags = append(flags, f)
		}
	}
	return flags
}

// plan computes the key of every unit, reads the entries the cache has,
// and decides for each unit whether to analyze it (no entry), to
// type-check it and read its facts back (an entry, and a package that
// imports it must be analyzed) or to do nothing at all.
func (r *run) plan(units []*unit, parallel int) error {
	sums, err := hashFiles(units, parallel)
	if err != nil {
		return err
	}
	for _, u := range units {
		h := sha256.New()
		fmt.Fprintf(h, "tool %x\nflags %q\nroot %t\nid %q\npath %q\ngo %q\n", r.toolID, r.keyFlags(u), u.root, u.id, u.path, goVersion(u))
		if m := u.pkg.Module; m != nil {
			fmt.Fprintf(h, "module %q %q\n", m.Path, m.Version)
		}
		for _, f := range u.files {
			fmt.Fprintf(h, "file %q %x\n", f, sums[f])
		}
		for _, e := range u.errors {
			// go list's error: the unit is ill-typed, whatever its files.
			fmt.Fprintf(h, "error %q\n", e)
		}
		for _, raw := range u.rawImports {
			fmt.Fprintf(h, "import %q %x\n", raw, u.imports[raw].key)
		}
		h.Sum(u.key[:0])
	}
	var wg sync.WaitGroup
	sem := make(chan struct{}, parallel)
	for _, u := range units {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			u.cached = r.lookup(u.key)
		}()
	}
	wg.Wait()
	for _, u := range units {
		if u.cached == nil {
			markTypesNeeded(u)
		}
	}
	return nil
}

func markTypesNeeded(u *unit) {
	for _, d := range u.deps {
		if !d.typesNeeded {
			d.typesNeeded = true
			markTypesNeeded(d)
		}
	}
}

// hashFiles returns the SHA-256 of every file of units.
func hashFiles(units []*unit, parallel int) (map[string][32]byte, error) {
	var names []string
	for _, u := range units {
		names = append(names, u.files...)
	}
	sums := make([][32]byte, len(names))
	errs := make([]error, len(names))
	var wg sync.WaitGroup
	next := make(chan int)
	for range parallel {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				sums[i], errs[i] = hashFile(names[i])
			}
		}()
	}
	for i := range names {
		next <- i
	}
	close(next)
	wg.Wait()
	out := make(map[string][32]byte, len(names))
	for i, name := range names {
		if errs[i] != nil {
			return nil, errs[i]
		}
		out[name] = sums[i]
	}
	return out, nil
}

func hashFile(name string) ([32]byte, error) {
	f, err := os.Open(name)
	if err != nil {
		return [32]byte{}, err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return [32]byte{}, err
	}
	var sum [32]byte
	h.Sum(sum[:0])
	return sum, nil
}

// lookup returns the entry under key, or nil if there is none or it does
// not decode.
func (r *run) lookup(key [32]byte) *cachedUnit {
	data, ok := r.cache.get(key)
	if !ok {
		return nil
	}
	c := new(cachedUnit)
	if gob.NewDecoder(bytes.NewReader(data)).Decode(c) != nil || len(c.RawEnds) != len(c.Diagnostics) {
		return nil
	}
	return c
}

// store keeps the diagnostics and facts of u, just analyzed, in the
// cache. A fact about an object that has no path from its package (a
// method of a type declared in a function) makes u uncacheable.
func (r *run) store(u *unit) {
	if r.cache.dir == "" {
		return
	}
	c := &cachedUnit{Analyzer: u.analyzer, Diagnostics: u.diagnostics}
	for _, d := range u.diagnostics {
		c.RawEnds = append(c.RawEnds, d.rawEnd)
	}
	var enc objectpath.Encoder
	for _, f := range r.facts.own(u.types) {
		if f.obj != nil && privateToPackage(f.obj) {
			continue // no importer sees its facts
		}
		path := ""
		if f.obj != nil {
			p, err := enc.For(f.obj)
			if err != nil {
				return
			}
			path = string(p)
		}
		c.Facts = append(c.Facts, cachedFact{Object: path, Fact: f.fact})
	}
	var buf bytes.Buffer
	if gob.NewEncoder(&buf).Encode(c) != nil {
		return
	}
	r.cache.put(u.key, buf.Bytes())
}

// privateToPackage reports whether obj is an unexported function that is
// not a method, or an unexported package-level variable: objects whose
// facts the package keeps to itself (see factStore).
func privateToPackage(obj types.Object) bool {
	switch obj := obj.(type) {
	case *types.Func:
		return !obj.Exported() && obj.Signature().Recv() == nil
	case *types.Var:
		return !obj.Exported() && !obj.IsField()
	}
	return false
}

// restore takes u's diagnostics from its entry and, when a package to be
// analyzed imports it, type-checks it and puts its facts back in the
// store.
func (r *run) restore(u *unit) error {
	c := u.cached
	u.analyzer = c.Analyzer
	u.diagnostics = c.Diagnostics
	for i := range u.diagnostics {
		u.diagnostics[i].rawEnd = c.RawEnds[i]
	}
	if !u.typesNeeded {
		return nil
	}
	if err := r.typeCheck(u); err != nil {
		return err
	}
	for _, f := range c.Facts {
		if f.Object == "" {
			r.facts.set(u.types, nil, f.Fact)
			continue
		}
		obj, err := objectpath.Object(u.types, objectpath.Path(f.Object))
		if err != nil {
			return fmt.Errorf("%s: fact for %s: %v", u.id, f.Object, err)
		}
		r.facts.set(u.types, obj, f.Fact)
	}
	return nil
}

// An ownFact is a fact about an object of a package, or about the
// package when obj is nil.
type ownFact struct {
	obj  types.Object
	fact analysis.Fact
}

// own returns the facts about pkg and its objects, in a stable order.
func (s *factStore) own(pkg *types.Package) []ownFact {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []ownFact
	for _, k := range s.byPackage[pkg] {
		if k.obj == nil {
			out = append(out, ownFact{nil, s.packages[packageKey{pkg, k.t}]})
		} else {
			out = append(out, ownFact{k.obj, s.objects[k]})
		}
	}
	return out
}

// set records a fact read back from the cache.
func (s *factStore) set(pkg *types.Package, obj types.Object, fact analysis.Fact) {
	s.mu.Lock()
	defer s.mu.Unlock()
	t := reflect.TypeOf(fact)
	if obj == nil {
		s.packages[packageKey{pkg, t}] = fact
	} else {
		s.objects[objectKey{obj, t}] = fact
	}
}
