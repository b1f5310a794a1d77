package analyzer

import (
	"cmp"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"go/ast"
	"go/token"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/astutil"

	leakruntime "github.com/leakvet/leakvet/runtime"
)

// Dynamic confirmation
//
// Tests run with LEAKVET_REPORTS=DIR write what their trackers saw to DIR,
// one JSON file per test process (see the runtime package): the resources
// that leaked and the sites whose resources were released, each with the
// stack that opened it. With -reports=DIR, leakvet reads them all before
// the analysis and joins them with its findings by source line:
//
//   - a finding whose acquisition a test leaked is "confirmed";
//   - one whose acquisition tests reached and always released is
//     "exercised" (the leaking path was not taken, or it is a false alarm);
//   - one that no test reached keeps no category;
//   - a leak at a line where leakvet found nothing is reported there, as
//     "runtime-only": a miss of the static pass.
//
// The site of a runtime stack is its first frame in the code of the main
// module of the test binary (the frames of the runtime package's wrappers
// and of packages given to SkipPackages are already gone). It is matched
// to the package by the function's import path and to the file by its base
// name, which a package has only once: absolute paths, paths rewritten by
// -trimpath and reports from another checkout of the module all agree on
// both.

// Diagnostic categories of the join.
const (
	categoryConfirmed   = "confirmed"
	categoryExercised   = "exercised"
	categoryRuntimeOnly = "runtime-only"
)

// lineKey is a source line of a package, as runtime stacks and the
// analysis can both name it.
type lineKey struct {
	pkg  string // import path, as in the stack's function names
	file string // base name
	line int
}

// runtimeSite is what the tests did with the resources opened at one line.
type runtimeSite struct {
	kinds    map[string]bool
	leaks    map[leakruntime.LeakKind]*testCount
	released testCount
}

// testCount counts resources and the tests that opened them: by name,
// and beyond the names a report lists, by number.
type testCount struct {
	count  int
	tests  map[string]bool
	others int
}

func (tc *testCount) add(n int, tests ...string) {
	tc.count += n
	if tc.tests == nil {
		tc.tests = map[string]bool{}
	}
	for _, t := range tests {
		tc.tests[t] = true
	}
}

// runtimeIndex holds every report of a directory, by opening line.
type runtimeIndex struct {
	sites map[lineKey]*runtimeSite
}

// readReports reads every report in dir: the files whose names end in
// .json and do not start with a dot (the runtime's temporary files do).
// A file that is not a report of a known version is an error that names
// it: matching half a directory would silently drop confirmations.
func readReports(dir string) (*runtimeIndex, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		if !filepath.IsAbs(dir) && errors.Is(err, fs.ErrNotExist) {
			// go vet runs its tool in each package's directory.
			return nil, fmt.Errorf("reading test reports: %w (with go vet, give an absolute path)", err)
		}
		return nil, fmt.Errorf("reading test reports: %w", err)
	}
	idx := &runtimeIndex{sites: map[lineKey]*runtimeSite{}}
	for _, e := range entries { // sorted by name
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".json") || strings.HasPrefix(e.Name(), ".") {
			continue
		}
		name := filepath.Join(dir, e.Name())
		rep, err := readReport(name)
		if err != nil {
			return nil, err
		}
		idx.add(rep)
	}
	return idx, nil
}

// readReport reads and checks one report file.
func readReport(name string) (*leakruntime.ProcessReport, error) {
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, fmt.Errorf("reading test reports: %w", err)
	}
	var rep leakruntime.ProcessReport
	if err := json.Unmarshal(data, &rep); err != nil {
		var syntax *json.SyntaxError
		if errors.As(err, &syntax) {
			return nil, fmt.Errorf("%s: not a leakvet test report: invalid JSON at byte %d: %v", name, syntax.Offset, err)
		}
		return nil, fmt.Errorf("%s: not a leakvet test report: %v", name, err)
	}
	switch rep.Version {
	case leakruntime.ReportVersion:
		return &rep, nil
	case 0:
		return nil, fmt.Errorf("%s: not a leakvet test report: no format version", name)
	}
	return nil, fmt.Errorf("%s: test report format version %d, this leakvet reads version %d", name, rep.Version, leakruntime.ReportVersion)
}

// add indexes the leaks and releases of one report.
func (idx *runtimeIndex) add(rep *leakruntime.ProcessReport) {
	testOf := func(test string) string {
		if test == "" { // a tracker of no test, such as VerifyMain's
			return path.Base(rep.Binary)
		}
		return test
	}
	for _, l := range rep.Leaks {
		if l.How != leakruntime.OpenAtEnd && l.How != leakruntime.Abandoned {
			continue // a kind of leak this leakvet does not know
		}
		if s := idx.site(l.Stack, rep.Module, l.Kind); s != nil {
			tc := s.leaks[l.How]
			if tc == nil {
				tc = &testCount{}
				s.leaks[l.How] = tc
			}
			tc.add(1, testOf(l.Test))
		}
	}
	for _, r := range rep.Released {
		if s := idx.site(r.Stack, rep.Module, r.Kind); s != nil {
			tests := r.Tests
			if len(tests) == 0 {
				tests = []string{testOf("")}
			}
			s.released.add(r.Count, tests...)
			s.released.others += max(r.OtherTests, 0)
		}
	}
}

// site returns the entry of the site of stack, or nil if it has none.
func (idx *runtimeIndex) site(stack []leakruntime.Frame, module, kind string) *runtimeSite {
	k, ok := siteOf(stack, module)
	if !ok {
		return nil
	}
	s := idx.sites[k]
	if s == nil {
		s = &runtimeSite{kinds: map[string]bool{}, leaks: map[leakruntime.LeakKind]*testCount{}}
		idx.sites[k] = s
	}
	s.kinds[kind] = true
	return s
}

// siteOf returns the line of the first frame of stack in the main module,
// or, when the report does not name the module, outside the standard
// library. The file is named by its base name, whichever system wrote
// the report.
func siteOf(stack []leakruntime.Frame, module string) (lineKey, bool) {
	for _, f := range stack {
		pkg := funcPackage(f.Function)
		if pkg == "" || f.File == "" || f.Line <= 0 {
			continue
		}
		inModule := pkg == "main" || module != "" && (pkg == module || strings.HasPrefix(pkg, module+"/")) ||
			module == "" && strings.Contains(strings.SplitN(pkg, "/", 2)[0], ".")
		if inModule {
			return lineKey{pkg: pkg, file: path.Base(strings.ReplaceAll(f.File, `\`, "/")), line: f.Line}, true
		}
	}
	return lineKey{}, false
}

// funcPackage returns the import path of the package of a function named
// as in a stack trace: "example.com/a/b.(*T).M.func1" is in
// "example.com/a/b".
func funcPackage(fn string) string {
	slash := strings.LastIndex(fn, "/")
	dot := strings.Index(fn[slash+1:], ".")
	if dot < 0 {
		return ""
	}
	return fn[:slash+1+dot]
}

// reportsFlag is the flag.Value of -reports: it reads the reports as the
// flag is parsed, so that a bad directory or file stops the run once,
// with an error naming it, before any package is analysed.
type reportsFlag struct{ c *config }

var _ flag.Value = (*reportsFlag)(nil)

func (f *reportsFlag) String() string {
	if f == nil || f.c == nil {
		return ""
	}
	return f.c.reportsDir
}

func (f *reportsFlag) Set(dir string) error {
	idx, err := readReports(dir)
	if err != nil {
		return err
	}
	f.c.reportsDir, f.c.runtime = dir, idx
	return nil
}

// confirmedOnlyFlag is the boolean flag.Value of -confirmed-only. It must
// come after -reports: without reports it would silently report nothing,
// and a flag is the one place to stop the run once with an error.
type confirmedOnlyFlag struct{ c *config }

var _ flag.Value = (*confirmedOnlyFlag)(nil)

func (f *confirmedOnlyFlag) IsBoolFlag() bool { return true }

func (f *confirmedOnlyFlag) String() string {
	if f == nil || f.c == nil {
		return "false"
	}
	return strconv.FormatBool(f.c.confirmedOnly)
}

func (f *confirmedOnlyFlag) Set(s string) error {
	on, err := strconv.ParseBool(s)
	if err != nil {
		return err
	}
	if on && f.c.runtime == nil {
		return errors.New("needs -reports=DIR before it")
	}
	f.c.confirmedOnly = on
	return nil
}

// A join annotates the diagnostics of one package with what the tests
// did at their acquisitions, and adds the leaks only the tests found.
type join struct {
	pass          *analysis.Pass // a copy whose Report annotates
	report        func(analysis.Diagnostic)
	idx           *runtimeIndex
	confirmedOnly bool
	pkgs          []string             // the import paths of the package's functions in stacks
	files         map[string]*ast.File // by base name
	claimed       map[lineKey]bool     // lines a finding was joined with
}

// newJoin returns a join for pass, or nil when no reports were given.
func newJoin(pass *analysis.Pass, cfg *config) *join {
	if cfg.runtime == nil {
		return nil // the flags and New refuse confirmedOnly without reports
	}
	j := &join{report: pass.Report, idx: cfg.runtime, confirmedOnly: cfg.confirmedOnly,
		pkgs: []string{pass.Pkg.Path()}, files: map[string]*ast.File{}, claimed: map[lineKey]bool{}}
	if pass.Pkg.Name() == "main" {
		j.pkgs = append(j.pkgs, "main") // stacks name main packages so
	}
	for _, f := range pass.Files {
		j.files[filepath.Base(pass.Fset.File(f.FileStart).Name())] = f
	}
	p := *pass
	p.Report = j.annotate
	j.pass = &p
	return j
}

// annotate gives d the category of what the tests did at its acquisition
// and reports it, unless -confirmed-only leaves it out.
func (j *join) annotate(d analysis.Diagnostic) {
	if d.Category == "" {
		if s, keys := j.sitesAt(d.Pos); s != nil {
			for _, k := range keys {
				j.claimed[k] = true
			}
			if len(s.leaks) > 0 {
				d.Category = categoryConfirmed
				d.Message += "; " + msgConfirmed(sortedKeys(s.kinds), leakCounts(s))
			} else if s.released.count > 0 {
				d.Category = categoryExercised
				d.Message += "; " + msgExercised(s.released.count, sortedKeys(s.released.tests), s.released.others)
			}
		}
	}
	if j.confirmedOnly && d.Category != categoryConfirmed {
		return
	}
	j.report(d)
}

// sitesAt merges the runtime sites on the lines of the statement at pos
// (an acquisition's call may span lines) and returns them with their
// keys, or nil if the tests reached none of them.
func (j *join) sitesAt(pos token.Pos) (*runtimeSite, []lineKey) {
	tf := j.pass.Fset.File(pos)
	if tf == nil {
		return nil, nil
	}
	base := filepath.Base(tf.Name())
	first, last := tf.Line(pos), tf.Line(pos)
	if f := j.files[base]; f != nil {
		path, _ := astutil.PathEnclosingInterval(f, pos, pos)
		for _, n := range path {
			if stmt, ok := n.(ast.Stmt); ok {
				if simpleStmt(stmt) {
					first, last = tf.Line(stmt.Pos()), tf.Line(stmt.End())
				}
				break
			}
		}
	}
	var merged *runtimeSite
	var keys []lineKey
	for _, pkg := range j.pkgs {
		for line := first; line <= last; line++ {
			k := lineKey{pkg: pkg, file: base, line: line}
			s := j.idx.sites[k]
			if s == nil {
				continue
			}
			if merged == nil {
				merged = &runtimeSite{kinds: map[string]bool{}, leaks: map[leakruntime.LeakKind]*testCount{}}
			}
			merged.merge(s)
			keys = append(keys, k)
		}
	}
	return merged, keys
}

// simpleStmt reports whether stmt holds no other statements: the lines of
// a block or an if statement would take in acquisitions other than the
// one at the position (a directive comment at the end of a line is
// outside its statement, and inside the function's body).
func simpleStmt(stmt ast.Stmt) bool {
	switch stmt.(type) {
	case *ast.BlockStmt, *ast.IfStmt, *ast.ForStmt, *ast.RangeStmt, *ast.SwitchStmt,
		*ast.TypeSwitchStmt, *ast.SelectStmt, *ast.CaseClause, *ast.CommClause, *ast.LabeledStmt:
		return false
	}
	return true
}

func (s *runtimeSite) merge(o *runtimeSite) {
	for k := range o.kinds {
		s.kinds[k] = true
	}
	for how, tc := range o.leaks {
		m := s.leaks[how]
		if m == nil {
			m = &testCount{}
			s.leaks[how] = m
		}
		m.add(tc.count, sortedKeys(tc.tests)...)
	}
	s.released.add(o.released.count, sortedKeys(o.released.tests)...)
	s.released.others += o.released.others
}

// reportRuntimeOnly reports, at their lines, the leaks of the tests in
// this package's files that no finding was joined with. Lines that a
// //leakvet:ignore covers stay silent, and so do test files with
// -skip-tests.
func (j *join) reportRuntimeOnly(ig *ignores, skipTests bool) {
	var keys []lineKey
	for k, s := range j.idx.sites {
		if len(s.leaks) > 0 && !j.claimed[k] && slices.Contains(j.pkgs, k.pkg) && j.files[k.file] != nil {
			keys = append(keys, k)
		}
	}
	slices.SortFunc(keys, func(a, b lineKey) int {
		return cmp.Or(cmp.Compare(a.file, b.file), cmp.Compare(a.line, b.line), cmp.Compare(a.pkg, b.pkg))
	})
	for _, k := range keys {
		if skipTests && strings.HasSuffix(k.file, "_test.go") {
			continue
		}
		pos := j.linePos(j.files[k.file], k.line)
		if !pos.IsValid() || ig.covers(j.pass.Fset.Position(pos)) {
			continue
		}
		s := j.idx.sites[k]
		j.report(analysis.Diagnostic{Pos: pos, Category: categoryRuntimeOnly, Message: msgRuntimeOnly(sortedKeys(s.kinds), leakCounts(s))})
	}
}

// linePos returns the position of the first call on line of f, where a
// resource opened on that line was acquired, or else the line's start; no
// position if f has no such line (a report from another version of it).
func (j *join) linePos(f *ast.File, line int) token.Pos {
	tf := j.pass.Fset.File(f.FileStart)
	if line > tf.LineCount() {
		return token.NoPos
	}
	pos := tf.LineStart(line)
	first := token.NoPos
	ast.Inspect(f, func(n ast.Node) bool {
		if n == nil || tf.Line(n.Pos()) > line || tf.Line(n.End()) < line {
			return false
		}
		if call, ok := n.(*ast.CallExpr); ok && tf.Line(call.Pos()) == line && (!first.IsValid() || call.Pos() < first) {
			first = call.Pos()
		}
		return true
	})
	if first.IsValid() {
		return first
	}
	return pos
}

// leakCount is how many resources of a site leaked one way, and in which
// tests.
type leakCount struct {
	how   leakruntime.LeakKind
	count int
	tests []string
}

// leakCounts lists the leaks of s, open at end first.
func leakCounts(s *runtimeSite) []leakCount {
	var out []leakCount
	for _, how := range []leakruntime.LeakKind{leakruntime.OpenAtEnd, leakruntime.Abandoned} {
		if tc := s.leaks[how]; tc != nil {
			out = append(out, leakCount{how: how, count: tc.count, tests: sortedKeys(tc.tests)})
		}
	}
	return out
}

func sortedKeys(m map[string]bool) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
