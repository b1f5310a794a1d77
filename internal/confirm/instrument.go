package confirm

import (
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"go/ast"
	"go/types"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/packages"
	"golang.org/x/tools/go/types/typeutil"
)

// Instrumentation
//
// Every call of an acquisitionHooks function in the packages' files,
// their tests included, becomes a call of its hook around the original
// call, written on the same line: `f, err := os.Open(p)` becomes
// `f, err := H.File(os.Open(p))`. The import of the hooks' package H goes
// on the line of the package clause (`package p; import H "…"`), so every
// line keeps its number and a runtime stack names the lines that the
// static findings name. The process writes its report when its TestMain
// returns or exits: a TestMain of the package defers H.Finish and passes
// the code it exits with through it; a package without one gets one.

// plan is what the instrumentation produced: the overlay that go test
// reads, and the packages to test.
type plan struct {
	overlayFile string            // the overlay's JSON file
	replace     map[string]string // file of the module → its instrumented copy
	packages    []string          // import paths to test
	notes       []string          // what could not be instrumented, for the user
}

// loadMode is what instrumenting needs to know of a package.
const loadMode = packages.NeedName | packages.NeedFiles | packages.NeedCompiledGoFiles |
	packages.NeedSyntax | packages.NeedTypes | packages.NeedTypesInfo | packages.NeedModule

// instrument loads the packages that patterns match, with their tests,
// writes instrumented copies of their files and the tracker into tmp, and
// returns the plan. Only packages of the main module (or modules, in a
// workspace) can import the tracker; those of other modules are left out.
func instrument(patterns []string, tmp string) (*plan, error) {
	cfg := &packages.Config{Mode: loadMode, Tests: true}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		return nil, fmt.Errorf("loading the packages: %v", err)
	}
	p := &plan{replace: map[string]string{}, overlayFile: filepath.Join(tmp, "overlay.json")}
	in := &instrumenter{plan: p, tmp: tmp, trackers: map[string]string{}, done: map[string]bool{}, tests: map[string]*testFiles{}}
	outside := map[string]bool{}
	tracker := false // the patterns match the tracker's own package
	var listErrs []string
	for _, pkg := range pkgs {
		if strings.HasSuffix(pkg.ID, ".test") {
			continue // the generated test main
		}
		if len(pkg.GoFiles) == 0 && len(pkg.Errors) > 0 {
			listErrs = append(listErrs, pkg.Errors[0].Msg) // a pattern that matched nothing, say
			continue
		}
		if pkg.Module == nil || !pkg.Module.Main {
			outside[pkg.PkgPath] = true
			continue
		}
		if strings.TrimSuffix(pkg.PkgPath, "_test") == trackerPkgPath {
			// leakvet's own tracker, when leakvet checks itself: a copy of
			// it instrumenting it would count each resource twice, and
			// its tests leak on purpose, in child processes too, which
			// would write reports of their own.
			tracker = true
			continue
		}
		if err := in.pkg(pkg); err != nil {
			return nil, err
		}
	}
	if tracker {
		p.notes = append(p.notes, fmt.Sprintf("%s is leakvet's tracker itself: its tests are not run", trackerPkgPath))
	}
	if len(p.packages) == 0 && tracker {
		return nil, fmt.Errorf("no package of %s but leakvet's tracker, whose tests -confirm does not run", strings.Join(patterns, " "))
	}
	if len(p.packages) == 0 && len(outside) == 0 {
		if len(listErrs) > 0 {
			return nil, fmt.Errorf("no packages match %s: %s", strings.Join(patterns, " "), strings.Join(listErrs, "; "))
		}
		return nil, fmt.Errorf("no packages match %s", strings.Join(patterns, " "))
	}
	if len(p.packages) == 0 {
		return nil, fmt.Errorf("no package of %s is in the main module: -confirm can only run the tests of the module in the current directory", strings.Join(patterns, " "))
	}
	for _, path := range slices.Sorted(maps.Keys(outside)) {
		p.notes = append(p.notes, fmt.Sprintf("%s is not in the main module: its tests are not run", path))
	}
	if err := in.testMains(); err != nil {
		return nil, err
	}
	data, err := json.Marshal(map[string]any{"Replace": p.replace})
	if err != nil {
		return nil, err
	}
	return p, os.WriteFile(p.overlayFile, data, 0o644)
}

// An instrumenter writes the instrumented files of one run.
type instrumenter struct {
	*plan
	tmp      string
	trackers map[string]string     // module directory → the tracker's import path
	done     map[string]bool       // files instrumented or left as they are
	tests    map[string]*testFiles // by package path
	written  int
}

// testFiles is what the test files of a package say about its TestMain.
type testFiles struct {
	dir      string
	module   *packages.Module
	pkgName  string // the package of the first test file, where a TestMain can go
	testMain bool   // a test file declares TestMain
}

// pkg instruments the files of one package or test variant.
func (in *instrumenter) pkg(pkg *packages.Package) error {
	path := pkg.PkgPath
	external := strings.HasSuffix(path, "_test") && strings.Contains(pkg.ID, " [")
	path = strings.TrimSuffix(path, "_test")
	if !strings.Contains(pkg.ID, " [") && !slices.Contains(in.packages, path) {
		in.packages = append(in.packages, path)
	}
	if len(pkg.Errors) > 0 || len(pkg.Syntax) != len(pkg.CompiledGoFiles) || !slices.Equal(pkg.GoFiles, pkg.CompiledGoFiles) {
		// Type errors (the tests will say), or cgo, whose compiled files
		// are not the ones to overlay: the tests run uninstrumented.
		if !strings.Contains(pkg.ID, " [") {
			in.notes = append(in.notes, fmt.Sprintf("%s: not instrumented (it does not type-check, or uses cgo)", path))
		}
		return nil
	}
	for i, f := range pkg.Syntax {
		name := pkg.CompiledGoFiles[i]
		if strings.HasSuffix(name, "_test.go") {
			tf := in.tests[path]
			if tf == nil {
				tf = &testFiles{dir: filepath.Dir(name), module: pkg.Module, pkgName: pkg.Name}
				in.tests[path] = tf
			}
			tf.testMain = tf.testMain || declaresTestMain(f)
			if !external && tf.pkgName != pkg.Name {
				tf.pkgName = pkg.Name // prefer the internal test package
			}
		}
		if in.done[name] {
			continue
		}
		in.done[name] = true
		if err := in.file(pkg, f, name); err != nil {
			return err
		}
	}
	return nil
}

// declaresTestMain reports whether f declares the function TestMain.
func declaresTestMain(f *ast.File) bool {
	for _, d := range f.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil && fd.Name.Name == "TestMain" {
			return true
		}
	}
	return false
}

// insertion is text to insert at a byte offset of a file.
type insertion struct {
	offset int
	text   string
	close  bool // the text ends a wrap: it goes before those that start one
}

// file instruments one file, if it has anything to instrument.
func (in *instrumenter) file(pkg *packages.Package, f *ast.File, name string) error {
	tf := pkg.Fset.File(f.FileStart)
	var edits []insertion
	alias := ""
	wrap := func(e ast.Expr, hook string) {
		edits = append(edits,
			insertion{offset: tf.Offset(e.Pos()), text: alias + "." + hook + "("},
			insertion{offset: tf.Offset(e.End()), text: ")", close: true})
	}
	tracker, err := in.tracker(pkg.Module)
	if err != nil {
		return err
	}
	alias = filepath.Base(tracker)
	deferred := map[*ast.CallExpr]bool{} // go and defer run their call later: left alone
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.GoStmt:
			deferred[n.Call] = true
		case *ast.DeferStmt:
			deferred[n.Call] = true
		case *ast.CallExpr:
			if hook := hookFor(pkg.TypesInfo, n); hook != "" && !deferred[n] {
				wrap(n, hook)
			}
		case *ast.SelectorExpr:
			if open, end, ok := lockReceiver(pkg.Types, pkg.TypesInfo, n); ok {
				edits = append(edits,
					insertion{offset: tf.Offset(n.X.Pos()), text: alias + "." + open},
					insertion{offset: tf.Offset(n.X.End()), text: end, close: true})
			}
		}
		return true
	})
	if strings.HasSuffix(name, "_test.go") {
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil && fd.Name.Name == "TestMain" && fd.Body != nil {
				edits = append(edits, insertion{offset: tf.Offset(fd.Body.Lbrace) + 1, text: " defer " + alias + "." + finishHook + "(0);"})
				ast.Inspect(fd.Body, func(n ast.Node) bool {
					if call, ok := n.(*ast.CallExpr); ok && len(call.Args) == 1 && calleeName(pkg.TypesInfo, call) == exitFunc {
						wrap(call.Args[0], finishHook)
					}
					return true
				})
			}
		}
	}
	if len(edits) == 0 {
		return nil
	}
	edits = append(edits, insertion{offset: tf.Offset(f.Name.End()), text: "; import " + alias + " " + strconv.Quote(tracker)})
	src, err := os.ReadFile(name)
	if err != nil {
		return err
	}
	if len(src) != tf.Size() {
		return fmt.Errorf("%s changed while leakvet read it", name)
	}
	return in.write(name, apply(src, edits))
}

// hookFor returns the hook that wraps call, or "" if none does.
func hookFor(info *types.Info, call *ast.CallExpr) string {
	hook := acquisitionHooks[calleeName(info, call)]
	if hook == "" {
		return ""
	}
	// Each hook takes a value and an error; a callee of another shape (a
	// method of a type of the same name, say) is left alone.
	res, ok := info.TypeOf(call).(*types.Tuple)
	if !ok || res.Len() != 2 || !types.Identical(res.At(1).Type(), types.Universe.Lookup("error").Type()) {
		return ""
	}
	return hook
}

// calleeName returns the full name of the function that call calls, or "".
func calleeName(info *types.Info, call *ast.CallExpr) string {
	if fn, ok := typeutil.Callee(info, call).(*types.Func); ok {
		return fn.Origin().FullName()
	}
	return ""
}

// apply returns src with the insertions made. At one offset, the end of
// a call comes before the start of another.
func apply(src []byte, edits []insertion) []byte {
	slices.SortStableFunc(edits, func(a, b insertion) int {
		return cmp.Or(cmp.Compare(a.offset, b.offset), cmp.Compare(closing(b), closing(a)))
	})
	var out []byte
	last := 0
	for _, e := range edits {
		out = append(out, src[last:e.offset]...)
		out = append(out, e.text...)
		last = e.offset
	}
	return append(out, src[last:]...)
}

func closing(e insertion) int {
	if e.close {
		return 1
	}
	return 0
}

// write puts data in a new file of tmp that the overlay puts in place of
// name, a file of the module.
func (in *instrumenter) write(name string, data []byte) error {
	in.written++
	copyName := filepath.Join(in.tmp, "files", strconv.Itoa(in.written)+"_"+filepath.Base(name))
	if err := os.MkdirAll(filepath.Dir(copyName), 0o755); err != nil {
		return err
	}
	in.replace[name] = copyName
	return os.WriteFile(copyName, data, 0o644)
}

// tracker returns the import path of the tracker's copy in mod, writing
// the copy on first use.
func (in *instrumenter) tracker(mod *packages.Module) (string, error) {
	if path, ok := in.trackers[mod.Dir]; ok {
		return path, nil
	}
	dirName := trackerDirName()
	dir := filepath.Join(mod.Dir, dirName)
	if _, err := os.Stat(dir); !errors.Is(err, os.ErrNotExist) {
		return "", fmt.Errorf("%s exists: leakvet -confirm puts its tracker there, in the overlay only", dir)
	}
	path := mod.Path + "/" + dirName
	files, err := trackerFiles(path)
	if err != nil {
		return "", err
	}
	for _, name := range slices.Sorted(maps.Keys(files)) {
		if err := in.write(filepath.Join(dir, name), files[name]); err != nil {
			return "", err
		}
	}
	in.trackers[mod.Dir] = path
	return path, nil
}

// testMains gives each package with tests and no TestMain one that writes
// the report when the tests are done.
func (in *instrumenter) testMains() error {
	for _, path := range slices.Sorted(maps.Keys(in.tests)) {
		tf := in.tests[path]
		if tf.testMain {
			continue
		}
		name := filepath.Join(tf.dir, "leakvet_instrument_main_test.go")
		if _, err := os.Stat(name); !errors.Is(err, os.ErrNotExist) {
			return fmt.Errorf("%s exists: leakvet -confirm puts a TestMain there, in the overlay only", name)
		}
		tracker, err := in.tracker(tf.module)
		if err != nil {
			return err
		}
		alias := filepath.Base(tracker)
		src := fmt.Sprintf(`package %s

import (
	"os"
	"testing"

	%s %q
)

func TestMain(m *testing.M) { os.Exit(%s.%s(m.Run())) }
`, tf.pkgName, alias, tracker, alias, finishHook)
		if err := in.write(name, []byte(src)); err != nil {
			return err
		}
	}
	return nil
}
