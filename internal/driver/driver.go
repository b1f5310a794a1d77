// Package driver runs an analyzer over packages and their dependencies
// in one process, one package at a time, keeping of each finished package
// only what its importers need: its types and its facts. The in-process
// driver of golang.org/x/tools/go/analysis/checker keeps the syntax, type
// information and SSA form of every package to the end, which on the
// standard library with its tests takes over 12 GB.
//
// The output (text or -json) and the exit codes are those of that driver,
// and so are the facts each package sees; a package that does not parse
// or type-check, and its importers, are reported as that driver reports
// them (their errors, then the passes it skips); so is a package that go
// list reports an error for (a failed cgo step, an import that no module
// provides), with the files go/packages would type-check. Whatever this
// package does not handle (applying fixes, -c, the debugging and
// profiling flags, import cycles and the packages go list makes up for a
// bad import) is left to singlechecker: Main then reports that it did
// nothing.
package driver

import (
	"crypto/sha256"
	"encoding/json"
	"flag"
	"fmt"
	"go/token"
	"go/types"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"slices"
	"sort"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"
)

// Main runs the standalone command line args (without the program name)
// and returns the exit code. root is the analyzer for the packages that
// args name; deps, a copy of root with the same flags that only computes
// facts, is run on their dependencies. ok is false when the command line
// or the packages need singlechecker's driver, which the caller then runs
// on the same command line; the analyzers' flags may already have been
// set from args, to the values that driver sets them to.
func Main(root, deps *analysis.Analyzer, args []string) (code int, ok bool) {
	cl, ok := parseCommandLine(root, args)
	if !ok {
		return 0, false
	}
	if _, ok := parseCommandLine(deps, args); !ok {
		return 0, false
	}
	units, err := listUnits(cl.patterns, cl.tests)
	if err != nil {
		return 0, false
	}
	// The in-process driver keeps everything: it gets the default
	// collector settings back if it takes over.
	restore := tuneGC()
	defer func() {
		if !ok {
			restore()
		}
	}()
	r := &run{
		root: root, deps: deps, fset: token.NewFileSet(), sizes: defaultSizes, facts: newFactStore(),
		flags: cl.analyzerFlags, cache: openCache(os.Getenv("LEAKVET_CACHE")),
	}
	if exe, err := os.Executable(); err != nil {
		r.cache = cache{} // nothing to tell two builds apart
	} else if r.toolID, err = hashFile(exe); err != nil {
		r.cache = cache{}
	}
	for _, f := range cl.analyzerFlags {
		if dir, ok := strings.CutPrefix(f, "-reports="); ok && dir != "" {
			// The join reads test reports, which change without any
			// file of the packages changing: their contents are part of
			// every key.
			sum, err := hashDir(dir)
			if err != nil {
				r.cache = cache{}
			}
			r.flags = append(slices.Clip(r.flags), fmt.Sprintf("reports-content=%x", sum))
		}
	}
	registerFacts(root, map[*analysis.Analyzer]bool{})
	parallel := runtime.GOMAXPROCS(0)
	if err := r.plan(units, parallel); err != nil {
		return 0, false
	}
	if err := r.all(units, parallel); err != nil {
		return 0, false
	}
	errs := printErrors(units, os.Stderr)
	code, err = report(units, root, cl.json, os.Stdout, os.Stderr)
	if err != nil {
		return 0, false
	}
	if errs {
		code = 1
	}
	return code, true
}

// printErrors prints the parse and type errors of every unit, as
// go/packages' PrintErrors does: each package after its imports, from
// each root in turn. It reports whether there were any.
func printErrors(units []*unit, w io.Writer) bool {
	var out strings.Builder
	for _, u := range visitAll(units, false) {
		for _, e := range u.errors {
			fmt.Fprintln(&out, e)
		}
	}
	// Like the diagnostics, the errors go to stderr, whose failure
	// nothing reports.
	_, _ = io.WriteString(w, out.String())
	return out.Len() > 0
}

// tuneGC trades memory for time unless GOGC or GOMEMLIMIT say otherwise,
// and returns a function that restores the settings it changed. What a
// run keeps is small (the types and facts of finished packages, and the
// packages in progress), and with the default GOGC of 100 the collector
// takes about a third of the run's CPU time: collecting when the heap is
// five times what was live at the last collection, but never letting it
// grow past 3 GiB, takes about half the CPU time off the module set of
// scripts/bench.sh.
func tuneGC() (restore func()) {
	percent, limit := -2, int64(-1) // -2: unchanged
	if os.Getenv("GOGC") == "" {
		percent = debug.SetGCPercent(400)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		limit = debug.SetMemoryLimit(3 << 30)
	}
	return func() {
		if percent != -2 {
			debug.SetGCPercent(percent)
		}
		if limit >= 0 {
			debug.SetMemoryLimit(limit)
		}
	}
}

// A run analyzes the packages of one command line.
type run struct {
	root, deps *analysis.Analyzer
	fset       *token.FileSet
	sizes      types.Sizes
	facts      *factStore
	cache      cache
	toolID     [32]byte // hash of the analyzer binary
	flags      []string // the analyzers' flags, as -name=value
}

// all analyzes units, at most parallel at a time, each after its imports.
func (r *run) all(units []*unit, parallel int) error {
	sem := make(chan struct{}, parallel)
	var wg sync.WaitGroup
	for _, u := range units {
		u.done = make(chan struct{})
	}
	for _, u := range units {
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer close(u.done)
			for _, d := range u.deps {
				if <-d.done; d.err != nil {
					u.err = d.err
					return
				}
			}
			sem <- struct{}{}
			defer func() { <-sem }()
			if u.cached != nil {
				u.err = r.restore(u)
				return
			}
			a := r.deps
			if u.root {
				a = r.root
			}
			if u.err = r.check(u, a); u.err == nil && !u.illTyped {
				r.store(u)
			}
		}()
	}
	wg.Wait()
	for _, u := range units {
		if u.err != nil {
			return u.err
		}
	}
	return nil
}

// A commandLine is the part of a standalone command line that Main
// handles.
type commandLine struct {
	json, tests   bool
	analyzerFlags []string // as -name=value
	patterns      []string
}

// parseCommandLine parses args, or reports false when they hold anything
// but -json, -test and the analyzer's own flags followed by package
// patterns, or when they do not parse: the in-process driver then
// explains the error in its own words.
func parseCommandLine(a *analysis.Analyzer, args []string) (commandLine, bool) {
	fs := flag.NewFlagSet(a.Name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	cl := commandLine{}
	fs.BoolVar(&cl.json, "json", false, "")
	fs.BoolVar(&cl.tests, "test", true, "")
	a.Flags.VisitAll(func(f *flag.Flag) { fs.Var(f.Value, f.Name, f.Usage) })
	if err := fs.Parse(args); err != nil {
		return cl, false
	}
	fs.Visit(func(f *flag.Flag) {
		if a.Flags.Lookup(f.Name) != nil {
			cl.analyzerFlags = append(cl.analyzerFlags, "-"+f.Name+"="+f.Value.String())
		}
	})
	cl.patterns = fs.Args()
	if len(cl.patterns) == 0 || cl.patterns[0] == "help" {
		return cl, false
	}
	for _, p := range cl.patterns {
		if strings.HasSuffix(p, ".cfg") || strings.HasPrefix(p, "-") {
			return cl, false // a vet config file, or a flag after the patterns
		}
	}
	return cl, true
}

// report prints the diagnostics of the root units as singlechecker's
// driver does: with asJSON, one JSON object on stdout, keyed by package ID
// and analyzer name (exit code 0); otherwise one line per diagnostic and
// per related position on stderr, in the order in which that driver visits
// the packages (imports first), without repeating a diagnostic that two
// variants of a package share (exit code 3 when there are any).
func report(units []*unit, root *analysis.Analyzer, asJSON bool, stdout, stderr io.Writer) (int, error) {
	failures := failedPasses(units, root)
	if asJSON {
		type jsonError struct {
			Err string `json:"error"`
		}
		tree := map[string]map[string]any{}
		for _, f := range failures {
			if tree[f.id] == nil {
				tree[f.id] = map[string]any{}
			}
			tree[f.id][f.analyzer] = jsonError{f.err}
		}
		for _, u := range units {
			if u.root && !u.illTyped && len(u.diagnostics) > 0 {
				tree[u.id] = map[string]any{u.analyzer: u.diagnostics}
			}
		}
		data, err := json.MarshalIndent(tree, "", "\t")
		if err != nil {
			return 0, err
		}
		_, err = fmt.Fprintf(stdout, "%s\n", data)
		return 0, err
	}
	type key struct{ posn, end, message string }
	seen := map[key]bool{}
	// The passes that failed are written at once, before the
	// diagnostics, as the in-process driver writes them.
	for _, f := range failures {
		if _, err := fmt.Fprintf(stderr, "%s: %s\n", f.analyzer, f.err); err != nil {
			return 0, err
		}
	}
	var out strings.Builder
	code := 0
	for _, u := range visitOrder(units) {
		for _, d := range u.diagnostics {
			code = 3
			if k := (key{d.Posn, d.rawEnd, d.Message}); !seen[k] {
				seen[k] = true
				fmt.Fprintf(&out, "%s: %s\n", d.Posn, d.Message)
				for _, rel := range d.Related {
					fmt.Fprintf(&out, "%s: \t%s\n", rel.Posn, rel.Message)
				}
			}
		}
	}
	_, err := io.WriteString(stderr, out.String())
	if len(failures) > 0 {
		code = 1 // a failed analysis outranks diagnostics
	}
	return code, err
}

// A failure is a pass of the in-process driver that fails: analyzer on
// the package id, with the error err.
type failure struct {
	id, analyzer, err string
}

// failedPasses returns the passes that the in-process driver would fail
// where packages are ill-typed, in the order in which it reports them:
// its graph of passes has, for each root, the root analyzer on each root
// package, which needs the analyzers it requires on the same package and,
// when it has facts, itself on each import (sorted by import path); the
// passes are visited depth first. A pass on an ill-typed package fails
// unless its analyzer runs despite errors; one whose needed passes failed
// fails with them.
func failedPasses(units []*unit, root *analysis.Analyzer) []failure {
	type pass struct {
		a *analysis.Analyzer
		u *unit
	}
	failed := map[pass]string{}
	seen := map[pass]bool{}
	var out []failure
	var visit func(p pass) bool
	visit = func(p pass) bool {
		if seen[p] {
			_, bad := failed[p]
			return bad
		}
		seen[p] = true
		var needed []pass
		for _, req := range p.a.Requires {
			needed = append(needed, pass{req, p.u})
		}
		if len(p.a.FactTypes) > 0 {
			for _, raw := range p.u.rawImports {
				needed = append(needed, pass{p.a, p.u.imports[raw]})
			}
		}
		var names []string
		for _, n := range needed {
			if visit(n) {
				names = append(names, n.a.Name+"@"+n.u.id)
			}
		}
		switch {
		case len(names) > 0:
			sort.Strings(names)
			failed[p] = "failed prerequisites: " + strings.Join(names, ", ")
		case p.u.illTyped && !p.a.RunDespiteErrors:
			failed[p] = errSkipped
		default:
			return false
		}
		out = append(out, failure{p.u.id, p.a.Name, failed[p]})
		return true
	}
	for _, u := range units {
		if u.root {
			visit(pass{root, u})
		}
	}
	return out
}

// visitOrder returns the root units in the order of the in-process
// driver's output: depth first from each root in turn, the imports of a
// package (sorted by import path) before the package.
func visitOrder(units []*unit) []*unit {
	return visitAll(units, true)
}

// visitAll returns the units in that order, the roots only when
// rootsOnly is set.
func visitAll(units []*unit, rootsOnly bool) []*unit {
	var order []*unit
	seen := map[*unit]bool{}
	var visit func(u *unit)
	visit = func(u *unit) {
		if seen[u] {
			return
		}
		seen[u] = true
		for _, r := range u.rawImports {
			visit(u.imports[r])
		}
		if u.root || !rootsOnly {
			order = append(order, u)
		}
	}
	for _, u := range units {
		if u.root {
			visit(u)
		}
	}
	return order
}

// hashDir returns a hash of the names and contents of the files in dir.
func hashDir(dir string) ([32]byte, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return [32]byte{}, err
	}
	h := sha256.New()
	for _, e := range entries {
		if e.IsDir() {
			continue
		}
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			return [32]byte{}, err
		}
		fmt.Fprintf(h, "%q %d\n", e.Name(), len(b))
		h.Write(b)
	}
	var sum [32]byte
	copy(sum[:], h.Sum(nil))
	return sum, nil
}
