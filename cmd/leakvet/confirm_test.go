package main_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// The join of findings with test reports, end to end: the tests of
// testdata/confirm, a module that uses this repository's runtime package,
// run with `go test` and LEAKVET_REPORTS set; then leakvet -reports reads
// what they wrote. The module has one finding of each outcome, for
// resources and for locks of leakruntime.Mutex, tracked in the tests built
// with the leakvet tag:
//
//	relay.go:14  Greet leaks src when the second dial fails; TestGreetDown
//	             takes that path (confirmed)
//	store.go:12  Size leaks f when Stat fails; TestSize opens and closes it
//	             twice (exercised)
//	store.go:27  Backup leaks f when reading fails; no test calls it
//	             (no category)
//	store.go:42  Visit hands f to a function value, which leakvet assumes
//	             closes it; TestVisit's does not (runtime-only)
//	locks.go:24  Add returns holding c.Mu for a negative amount;
//	             TestAddNegative's goroutine takes that path (confirmed)
//	locks.go:39  Get returns holding c.Mu for a missing key; TestGet's
//	             goroutines find the key twice (exercised)
//	locks.go:51  Hold returns c.Mu.Unlock, which leakvet leaves to the
//	             caller; TestHold never calls it (runtime-only)

// confirmModule copies testdata/confirm into a new directory as a module
// that requires this repository through a replace directive.
func confirmModule(t *testing.T) string {
	t.Helper()
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	dst := copyModule(t, "testdata/confirm", func(data []byte) []byte {
		return []byte(strings.ReplaceAll(string(data), "LEAKVET_ROOT", root))
	})
	// The runtime package needs nothing beyond the standard library, but
	// loading the module graph needs the sums of this module's requirements.
	sums, err := os.ReadFile(filepath.Join(root, "go.sum"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dst, "go.sum"), sums, 0o644); err != nil {
		t.Fatal(err)
	}
	return dst
}

// goTest runs `go test` in mod with LEAKVET_REPORTS=reports. The tests of
// the module leak on purpose, so go test fails.
func goTest(t *testing.T, mod, reports string, args ...string) {
	t.Helper()
	env := []string{"LEAKVET_REPORTS=" + reports, "GOFLAGS=-mod=mod"}
	code, stdout, stderr := run(t, mod, env, "go", append([]string{"test", "-count=1"}, args...)...)
	if code != 1 || !strings.Contains(stdout, "runtime: Test") {
		t.Fatalf("go test %v: exit %d, want 1 with leak reports:\n%s%s", args, code, stdout, stderr)
	}
}

// finding is one diagnostic of leakvet -json, by its position relative
// to the module.
type finding struct {
	Category string `json:"category"`
	Message  string `json:"message"`
	Posn     string `json:"posn"`
}

// findings runs leakvet -json with args in mod and returns its
// diagnostics, keyed by file:line:column relative to mod, each once. The
// findings are all in non-test files, and -test=false spares leakvet the
// analysis of the runtime package's dependencies (net/http, database/sql)
// that only the tests import.
func findings(t *testing.T, mod string, args ...string) map[string]finding {
	t.Helper()
	got, _ := jsonFindings(t, mod, append([]string{"-test=false"}, args...)...)
	return got
}

// jsonFindings runs leakvet -json with args in mod and returns its
// diagnostics by position relative to mod, and its standard error.
func jsonFindings(t *testing.T, mod string, args ...string) (map[string]finding, string) {
	t.Helper()
	code, stdout, stderr := run(t, mod, nil, leakvetBin, append([]string{"-json"}, args...)...)
	if code != 0 {
		t.Fatalf("leakvet -json %v: exit %d\n%s", args, code, stderr)
	}
	var out map[string]map[string][]finding
	if err := json.Unmarshal([]byte(stdout), &out); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, stdout)
	}
	got := map[string]finding{}
	for _, byAnalyzer := range out {
		for _, f := range byAnalyzer["leakvet"] {
			rel, err := filepath.Rel(mod, f.Posn)
			if err != nil {
				t.Fatal(err)
			}
			got[filepath.ToSlash(rel)] = f
		}
	}
	return got, stderr
}

// outcome is what the join should say at a position.
type outcome struct {
	category string
	says     []string // substrings of the message
}

var outcomes = map[string]outcome{
	"relay/relay.go:14:2":  {"confirmed", []string{"src returned by d.Dial is not closed", "; confirmed: 1 ", " by TestGreetDown"}},
	"store/store.go:12:2":  {"exercised", []string{"f returned by fsys.Open is not closed", "; exercised: released both times, by TestSize"}},
	"store/store.go:27:2":  {"", []string{"f returned by fsys.Open is not closed on all paths: the return at line 33 is reached when err != nil at line 32 (possible resource leak)"}},
	"store/store.go:42:12": {"runtime-only", []string{"fs.File opened here: 1 ", " by TestVisit, not found by leakvet (runtime-only leak)"}},
	"locks/locks.go:24:2":  {"confirmed", []string{"c.Mu is locked at line 24 and still held at the return at line 26 (reached when n < 0 at line 25)", "; confirmed: 1 still held at end by TestAddNegative"}},
	"locks/locks.go:39:2":  {"exercised", []string{"c.Mu is locked at line 39 and still held at the return at line 42", "; exercised: released both times, by TestGet"}},
	"locks/locks.go:51:2":  {"runtime-only", []string{"sync.Mutex locked here: 1 still held at end by TestHold, not found by leakvet (runtime-only leak)"}},
}

// checkOutcomes checks that got has exactly the findings of want.
func checkOutcomes(t *testing.T, got map[string]finding, want map[string]outcome) {
	t.Helper()
	for posn, w := range want {
		f, ok := got[posn]
		if !ok {
			t.Errorf("no finding at %s; got %v", posn, got)
			continue
		}
		if f.Category != w.category {
			t.Errorf("%s: category %q, want %q (%s)", posn, f.Category, w.category, f.Message)
		}
		for _, s := range w.says {
			if !strings.Contains(f.Message, s) {
				t.Errorf("%s: message %q lacks %q", posn, f.Message, s)
			}
		}
	}
	for posn, f := range got {
		if _, ok := want[posn]; !ok {
			t.Errorf("unexpected finding at %s: %+v", posn, f)
		}
	}
}

func TestReportsJoin(t *testing.T) {
	mod := confirmModule(t)
	reports := filepath.Join(t.TempDir(), "reports") // created by the tests
	// The leakvet tag turns on the tracking of leakruntime.Mutex.
	goTest(t, mod, reports, "-tags=leakvet", "./...")

	// go test ran the three packages' binaries in parallel: one file each.
	entries, err := os.ReadDir(reports)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if len(names) != 3 || !strings.HasPrefix(names[0], "example.com_confirm_locks.test-") ||
		!strings.HasPrefix(names[1], "example.com_confirm_relay.test-") || !strings.HasPrefix(names[2], "example.com_confirm_store.test-") {
		t.Fatalf("report files %v, want one per test binary", names)
	}

	checkOutcomes(t, findings(t, mod, "-reports="+reports, "./..."), outcomes)

	// Text output says the category too; the order is the same on every run.
	code, _, first := run(t, mod, nil, leakvetBin, "-test=false", "-reports="+reports, "./...")
	_, _, second := run(t, mod, nil, leakvetBin, "-test=false", "-reports="+reports, "./...")
	if code != 3 || first != second {
		t.Errorf("text output: exit %d, want 3; two runs differ:\n%s\n---\n%s", code, first, second)
	}
	for _, want := range []string{"relay.go:14:2: src returned by d.Dial", "; confirmed: 1 ", "store.go:42:12: fs.File opened here", "locks.go:51:2: sync.Mutex locked here"} {
		if !strings.Contains(first, want) {
			t.Errorf("text output lacks %q:\n%s", want, first)
		}
	}

	// -confirmed-only keeps the confirmed finding and the runtime-only leak.
	confirmed := map[string]outcome{}
	for posn, o := range outcomes {
		if o.category == "confirmed" || o.category == "runtime-only" {
			confirmed[posn] = o
		}
	}
	checkOutcomes(t, findings(t, mod, "-reports="+reports, "-confirmed-only", "./..."), confirmed)

	// Another checkout of the module, at another path, reads the same
	// reports the same way.
	other := confirmModule(t)
	checkOutcomes(t, findings(t, other, "-reports="+reports, "./..."), outcomes)

	// Without -reports, no finding has a category and the runtime-only
	// leak is unknown.
	plain := findings(t, mod, "./...")
	if len(plain) != 5 || plain["relay/relay.go:14:2"].Category != "" || strings.Contains(plain["relay/relay.go:14:2"].Message, "confirmed") ||
		plain["locks/locks.go:24:2"].Category != "" {
		t.Errorf("without -reports: %v", plain)
	}
}

// TestReportsJoinTrimpath joins reports whose stacks name files by module
// path, as binaries built with -trimpath do.
func TestReportsJoinTrimpath(t *testing.T) {
	mod := confirmModule(t)
	reports := filepath.Join(t.TempDir(), "reports")
	goTest(t, mod, reports, "-trimpath", "./store")
	data, err := os.ReadFile(onlyFile(t, reports))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), `"file": "example.com/confirm/store/store.go"`) {
		t.Fatalf("report does not name files by module path:\n%s", data)
	}
	want := map[string]outcome{}
	for posn, o := range outcomes {
		if strings.HasPrefix(posn, "store/") {
			want[posn] = o
		}
	}
	checkOutcomes(t, findings(t, mod, "-reports="+reports, "./store"), want)
}

// onlyFile returns the path of the one file in dir.
func onlyFile(t *testing.T, dir string) string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil || len(entries) != 1 {
		t.Fatalf("%s: %v, %v; want one file", dir, entries, err)
	}
	return filepath.Join(dir, entries[0].Name())
}

// TestReportsErrors checks that bad report directories stop leakvet with
// an error that names the directory or file, and never a panic.
func TestReportsErrors(t *testing.T) {
	dir := project(t)
	tests := []struct {
		name  string
		files map[string]string // the directory's content; nil: no directory
		args  []string
		want  []string
	}{
		{"missing directory", nil, nil, []string{"reading test reports", "no such file or directory"}},
		{"corrupt report", map[string]string{"a.json": `{"version": 1, "leaks": [`}, nil,
			[]string{"a.json: not a leakvet test report: invalid JSON"}},
		{"not a report", map[string]string{"b.json": `{"leaks": []}`}, nil,
			[]string{"b.json: not a leakvet test report: no format version"}},
		{"unknown version", map[string]string{"c.json": `{"version": 99}`}, nil,
			[]string{"c.json: test report format version 99, this leakvet reads version 1"}},
		{"wrong shape", map[string]string{"d.json": `{"version": 1, "leaks": {}}`}, nil,
			[]string{"d.json: not a leakvet test report"}},
		{"confirmed-only first", map[string]string{}, []string{"-confirmed-only"},
			[]string{"confirmed-only: needs -reports=DIR before it"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			reports := filepath.Join(t.TempDir(), "reports")
			if tt.files != nil {
				if err := os.Mkdir(reports, 0o755); err != nil {
					t.Fatal(err)
				}
				for name, content := range tt.files {
					if err := os.WriteFile(filepath.Join(reports, name), []byte(content), 0o644); err != nil {
						t.Fatal(err)
					}
				}
			}
			args := slices.Concat(tt.args, []string{"-reports=" + reports, "./dial"})
			code, _, stderr := run(t, dir, nil, leakvetBin, args...)
			if code != 2 || strings.Contains(stderr, "panic") {
				t.Errorf("exit %d, want 2; output:\n%s", code, stderr)
			}
			for _, want := range tt.want {
				if !strings.Contains(stderr, want) {
					t.Errorf("output lacks %q:\n%s", want, stderr)
				}
			}
		})
	}
}

// TestReportsGoVet passes -reports and -confirmed-only through go vet.
func TestReportsGoVet(t *testing.T) {
	mod := confirmModule(t)
	reports := filepath.Join(t.TempDir(), "reports")
	goTest(t, mod, reports, "./store")
	code, _, stderr := run(t, mod, []string{"GOFLAGS=-mod=mod"}, "go", "vet", "-vettool="+leakvetBin, "-reports="+reports, "-confirmed-only", "./store")
	if code != 1 {
		t.Fatalf("go vet exit code %d, want 1; output:\n%s", code, stderr)
	}
	if !strings.Contains(stderr, "store.go:42:12: fs.File opened here") || strings.Contains(stderr, "store.go:12:2") {
		t.Errorf("go vet -confirmed-only output:\n%s", stderr)
	}
}

// TestReportsCacheFollowsReports checks that the cache of findings knows
// the reports: the same -reports directory with other reports in it gives
// other categories, with nothing in the module changed.
func TestReportsCacheFollowsReports(t *testing.T) {
	mod := confirmModule(t)
	reports := filepath.Join(t.TempDir(), "reports")
	env := []string{"LEAKVET_CACHE=" + t.TempDir()}
	category := func(posn string) string {
		t.Helper()
		code, stdout, stderr := run(t, mod, env, leakvetBin, "-json", "-test=false", "-reports="+reports, "./...")
		if code != 0 {
			t.Fatalf("leakvet: exit %d\n%s", code, stderr)
		}
		var out map[string]map[string][]finding
		if err := json.Unmarshal([]byte(stdout), &out); err != nil {
			t.Fatalf("output is not JSON: %v\n%s", err, stdout)
		}
		for _, byAnalyzer := range out {
			for _, f := range byAnalyzer["leakvet"] {
				if rel, _ := filepath.Rel(mod, f.Posn); filepath.ToSlash(rel) == posn {
					return f.Category
				}
			}
		}
		t.Fatalf("no finding at %s:\n%s", posn, stdout)
		return ""
	}
	goTest(t, mod, reports, "./relay")
	if got := category("relay/relay.go:14:2"); got != "confirmed" {
		t.Fatalf("with the relay's report: category %q, want confirmed", got)
	}
	if err := os.RemoveAll(reports); err != nil {
		t.Fatal(err)
	}
	goTest(t, mod, reports, "./store")
	if got := category("relay/relay.go:14:2"); got != "" {
		t.Errorf("with only the store's report: category %q at the relay, want none (a stale cache entry)", got)
	}
	if got := category("store/store.go:12:2"); got != "exercised" {
		t.Errorf("with only the store's report: category %q at the store, want exercised", got)
	}
}
