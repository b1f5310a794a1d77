package analyzer_test

import (
	"fmt"
	"go/types"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/leakvet/leakvet/analyzer"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// loadModule writes files (path → source) as module example.com/bench in
// a temporary directory and loads the packages matching patterns.
func loadModule(tb testing.TB, files map[string]string, patterns ...string) []*packages.Package {
	tb.Helper()
	dir := tb.TempDir()
	files["go.mod"] = "module example.com/bench\n\ngo 1.26\n"
	for name, src := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			tb.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
			tb.Fatal(err)
		}
	}
	cfg := &packages.Config{Mode: packages.LoadAllSyntax, Dir: dir, Tests: false}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		tb.Fatal(err)
	}
	if packages.PrintErrors(pkgs) > 0 {
		tb.Fatal("packages have errors")
	}
	return pkgs
}

// analyze runs leakvet on pkgs (and, for facts, their dependencies) and
// returns the number of diagnostics in the root packages.
func analyze(tb testing.TB, pkgs []*packages.Package) int {
	graph, err := checker.Analyze([]*analysis.Analyzer{analyzer.Analyzer}, pkgs, nil)
	if err != nil {
		tb.Fatal(err)
	}
	n := 0
	for _, act := range graph.Roots {
		if act.Err != nil {
			tb.Fatal(act.Err)
		}
		n += len(act.Diagnostics)
	}
	return n
}

// importLine matches a line that imports one package.
var importLine = regexp.MustCompile(`^\s*(import\s+)?(\w+\s+)?"[^"]+"\s*$`)

// scenarioFiles reads the scenario packages as files of one module, with
// their imports of each other rewritten to the module's paths. A package
// that imports leakvet's own packages (the runtime tracker) is left out:
// the module cannot require them.
func scenarioFiles(tb testing.TB) map[string]string {
	files := map[string]string{}
	pkgs := append(slices.Clone(scenarios), "fixes")
	imports := []string{}
	for _, pkg := range pkgs {
		imports = append(imports, `"`+pkg+`"`, `"example.com/bench/`+pkg+`"`)
	}
	rewrite := strings.NewReplacer(imports...)
	for _, pkg := range pkgs {
		dir := filepath.Join("testdata", "src", pkg)
		entries, err := os.ReadDir(dir)
		if err != nil {
			tb.Fatal(err)
		}
		for _, e := range entries {
			if !strings.HasSuffix(e.Name(), ".go") {
				continue
			}
			src, err := os.ReadFile(filepath.Join(dir, e.Name()))
			if err != nil {
				tb.Fatal(err)
			}
			if strings.Contains(string(src), `"github.com/leakvet/leakvet/`) {
				continue
			}
			lines := strings.Split(string(src), "\n")
			for i, l := range lines {
				if importLine.MatchString(l) {
					lines[i] = rewrite.Replace(l)
				}
			}
			files[pkg+"/"+e.Name()] = strings.Join(lines, "\n")
		}
	}
	return files
}

// BenchmarkScenarios measures leakvet on the scenario packages, including
// the facts of the standard library packages they import.
func BenchmarkScenarios(b *testing.B) {
	pkgs := loadModule(b, scenarioFiles(b), "./...")
	b.ReportAllocs()
	for b.Loop() {
		if analyze(b, pkgs) == 0 {
			b.Fatal("no diagnostics")
		}
	}
}

// largeFunction generates a package with one function of segments
// segments, each acquiring a resource and branching around it; every
// fifth segment leaks on one branch. The package imports nothing, so the

// generatedResource declares the resource type and the acquisition that
// the generated functions use.
const generatedResource = `
type res struct{ n int }

var released []int

func (r *res) Close() error {
	released = append(released, r.n)
	return nil
}

func (r *res) Read() int { return r.n }

func open(i int) (*res, error) {
	if i < 0 {
		return nil, errFail
	}
	return &res{n: i}, nil
}

type failure struct{}

func (failure) Error() string { return "fail" }

var errFail error = failure{}
`

// benchmark measures this function alone.
func largeFunction(segments int) string {
	var sb strings.Builder
	sb.WriteString("package large\n" + generatedResource + "\nfunc Huge(x int) error {\n")
	for i := 0; i < segments; i++ {
		fmt.Fprintf(&sb, "\tr%d, err := open(x + %d)\n\tif err != nil {\n\t\treturn err\n\t}\n", i, i)
		fmt.Fprintf(&sb, "\tif x == %d {\n\t\tx++\n\t} else if x == %d {\n\t\tx--\n\t}\n", i, -i)
		if i%5 == 0 {
			fmt.Fprintf(&sb, "\tif x > %d {\n\t\treturn nil\n\t}\n", 1000+i)
		} else {
			fmt.Fprintf(&sb, "\tif x > %d {\n\t\tr%d.Close()\n\t\treturn nil\n\t}\n", 1000+i, i)
		}
		fmt.Fprintf(&sb, "\tx += r%d.n\n\tr%d.Close()\n", i, i)
	}
	sb.WriteString("\treturn nil\n}\n")
	return sb.String()
}

// BenchmarkLargeFunction measures one generated function as it doubles in
// size. The number of acquisitions grows with it, so linear work per
// acquisition makes the total grow fourfold per doubling.
func BenchmarkLargeFunction(b *testing.B) {
	for _, segments := range []int{100, 200, 400, 800} {
		b.Run(fmt.Sprintf("acquisitions=%d", segments), func(b *testing.B) {
			pkgs := loadModule(b, map[string]string{"large/large.go": largeFunction(segments)}, "./large")
			b.ReportAllocs()
			for b.Loop() {
				if got, want := analyze(b, pkgs), (segments+4)/5; got != want {
					b.Fatalf("%d diagnostics, want %d", got, want)
				}
			}
		})
	}
}

// TestLargeFunction checks that the generated function, which the
// benchmarks measure, is analyzed correctly: exactly every fifth
// acquisition leaks.
func TestLargeFunction(t *testing.T) {
	pkgs := loadModule(t, map[string]string{"large/large.go": largeFunction(50)}, "./large")
	if got := analyze(t, pkgs); got != 10 {
		t.Fatalf("%d diagnostics, want 10", got)
	}
}

// growingFunction generates a package whose function Grow has segments
// segments, each acquiring a resource, branching on it, looping over it
// and releasing it, with every fourth segment leaking it on one branch:
// the function doubles when segments does. The package imports nothing,
// so the benchmark measures this function alone.
func growingFunction(segments int) string {
	var sb strings.Builder
	sb.WriteString("package grow\n" + generatedResource + "\nfunc Grow(x int) error {\n")
	for i := 0; i < segments; i++ {
		fmt.Fprintf(&sb, "\tr%d, err := open(x + %d)\n\tif err != nil {\n\t\treturn err\n\t}\n", i, i)
		fmt.Fprintf(&sb, "\tfor j := 0; j < x%%7; j++ {\n\t\tif r%d.Read() == j {\n\t\t\tx += j\n\t\t\tcontinue\n\t\t}\n\t\tx--\n\t}\n", i)
		fmt.Fprintf(&sb, "\tswitch x %% 3 {\n\tcase 0:\n\t\tx++\n\tcase 1:\n\t\tx--\n\tdefault:\n\t\tx *= 2\n\t}\n")
		if i%4 == 0 {
			fmt.Fprintf(&sb, "\tif x > %d {\n\t\treturn nil\n\t}\n", 1000+i)
		} else {
			fmt.Fprintf(&sb, "\tif x > %d {\n\t\tr%d.Close()\n\t\treturn nil\n\t}\n", 1000+i, i)
		}
		fmt.Fprintf(&sb, "\tr%d.Close()\n", i)
	}
	sb.WriteString("\treturn nil\n}\n")
	return sb.String()
}

// BenchmarkFunctionSize measures leakvet's own pass on one generated
// function (growingFunction) as it doubles in size, from 50 to 800
// segments. The SSA form that the pass consumes is built once, outside
// the measurement: building it (golang.org/x/tools/go/ssa) grows faster
// than the function, since placing the phi nodes of each variable visits
// the whole function. The cost of the pass should double with the
// function: scripts/bench.sh prints the ratio of each size to the one
// before, for time and allocations. Besides the wall time (sec/op) it
// reports the CPU time of the process per function (cpu-sec/op): on a
// machine shared with other work the wall time varies by a factor of
// two from run to run, the CPU time much less.
func BenchmarkFunctionSize(b *testing.B) {
	for _, segments := range []int{50, 100, 200, 400, 800} {
		b.Run(fmt.Sprintf("segments=%d", segments), func(b *testing.B) {
			pkgs := loadModule(b, map[string]string{"grow/grow.go": growingFunction(segments)}, "./grow")
			pass := prebuiltPass(b, pkgs[0])
			b.ReportAllocs()
			cpu0, cpuOK := cpuTime()
			for b.Loop() {
				var n int
				pass.Report = func(analysis.Diagnostic) { n++ }
				if _, err := analyzer.Analyzer.Run(pass); err != nil {
					b.Fatal(err)
				}
				if want := (segments + 3) / 4; n != want {
					b.Fatalf("%d diagnostics, want %d", n, want)
				}
			}
			if cpu1, ok := cpuTime(); cpuOK && ok {
				b.ReportMetric((cpu1-cpu0).Seconds()/float64(b.N), "cpu-sec/op")
			}
		})
	}
}

// prebuiltPass returns a pass of leakvet over pkg, which imports nothing,
// with the results of the analyzers it requires computed once.
func prebuiltPass(tb testing.TB, pkg *packages.Package) *analysis.Pass {
	tb.Helper()
	results := map[*analysis.Analyzer]any{}
	var exec func(a *analysis.Analyzer) *analysis.Pass
	exec = func(a *analysis.Analyzer) *analysis.Pass {
		inputs := map[*analysis.Analyzer]any{}
		for _, req := range a.Requires {
			if _, ok := results[req]; !ok {
				exec(req)
			}
			inputs[req] = results[req]
		}
		pass := &analysis.Pass{
			Analyzer: a, Fset: pkg.Fset, Files: pkg.Syntax, Pkg: pkg.Types, TypesInfo: pkg.TypesInfo,
			TypesSizes: pkg.TypesSizes, ResultOf: inputs, ReadFile: os.ReadFile,
			Report:            func(analysis.Diagnostic) {},
			ImportObjectFact:  func(types.Object, analysis.Fact) bool { return false },
			ExportObjectFact:  func(types.Object, analysis.Fact) {},
			ImportPackageFact: func(*types.Package, analysis.Fact) bool { return false },
			ExportPackageFact: func(analysis.Fact) {},
		}
		if a != analyzer.Analyzer {
			res, err := a.Run(pass)
			if err != nil {
				tb.Fatal(err)
			}
			results[a] = res
		}
		return pass
	}
	return exec(analyzer.Analyzer)
}

// TestGrowingFunction checks that the function BenchmarkFunctionSize
// measures is analyzed correctly: exactly every fourth acquisition leaks.
func TestGrowingFunction(t *testing.T) {
	pkgs := loadModule(t, map[string]string{"grow/grow.go": growingFunction(20)}, "./grow")
	if got := analyze(t, pkgs); got != 5 {
		t.Fatalf("%d diagnostics, want 5", got)
	}
}
