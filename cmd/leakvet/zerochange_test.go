package main_test

import (
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// leakvet -confirm, end to end, on testdata/zerochange: a module that
// imports nothing of leakvet and requires nothing at all. Its tests run
// against real files, a real TCP listener on 127.0.0.1, a real httptest
// server and database/sql with a driver of the test's own that serves rows
// from memory; leakvet instruments them and joins what they did:
//
//	files/files.go:14  Header leaks f when the file is short; TestHeaderShort
//	                   takes that path (confirmed)
//	files/files.go:29  Size leaks f when Stat fails; TestSize opens and
//	                   closes it twice (exercised)
//	files/files.go:44  Backup leaks src when the copy cannot be created; no
//	                   test calls it (no category)
//	files/files.go:60  Visit hands f to a function value, which leakvet
//	                   assumes closes it; TestVisit's does not (runtime-only)
//	store/store.go:10  Names leaks its rows when a name does not scan;
//	                   TestNamesNull has it scan a NULL (confirmed)
//	store/store.go:30  First leaks its rows when the first name does not
//	                   scan; TestFirst reads a name twice (exercised)
//	web/web.go:12      Fetch drops the body of a 404; TestFetchMissing gets
//	                   one from an httptest server (confirmed)
//	wire/wire.go:8     Hello never closes conn; TestHello, under the
//	                   package's own TestMain, dials a listener (confirmed)
//	cache/cache.go:26  Put returns with the embedded sync.RWMutex locked
//	                   for an empty key; TestPutEmpty passes one (confirmed)
//	cache/cache.go:41  Lookup returns read-locked for a missing key;
//	                   TestLookup and its goroutines find every key
//	                   (exercised)
//	cache/cache.go:60  Begin returns c.mu.Unlock, which leakvet leaves to
//	                   the caller; TestBegin never calls it (runtime-only)
var zeroChangeOutcomes = map[string]outcome{
	"files/files.go:14:2":  {"confirmed", []string{"f returned by os.Open is not closed", "; confirmed: 1 left open at end by TestHeaderShort"}},
	"files/files.go:29:2":  {"exercised", []string{"f returned by os.Open is not closed", "; exercised: released both times, by TestSize"}},
	"files/files.go:44:2":  {"", []string{"src returned by os.Open is not closed on all paths: the return at line 50 is reached when err != nil at line 49 (possible resource leak)"}},
	"files/files.go:60:12": {"runtime-only", []string{"os.File opened here: 1 left open at end by TestVisit, not found by leakvet (runtime-only leak)"}},
	"store/store.go:10:2":  {"confirmed", []string{"rows returned by db.Query is not closed", "; confirmed: 1 left open at end by TestNamesNull"}},
	"store/store.go:30:2":  {"exercised", []string{"rows returned by db.Query is not closed", "; exercised: released both times, by TestFirst"}},
	"web/web.go:12:2":      {"confirmed", []string{"the body of resp returned by http.Get is not closed", "; confirmed: 1 ", " by TestFetchMissing"}},
	"wire/wire.go:8:2":     {"confirmed", []string{"conn returned by net.Dial is not closed", "; confirmed: 1 left open at end by TestHello"}},
	"cache/cache.go:26:2":  {"confirmed", []string{"c is locked at line 26 and still held at the return at line 28", "; confirmed: 1 still held at end by TestPutEmpty"}},
	// The goroutines of TestLookup belong to no test: the test binary counts them.
	"cache/cache.go:41:2": {"exercised", []string{"c is read-locked at line 41 and still held at the return at line 44", "; exercised: released all 5 times, by TestLookup and cache.test"}},
	"cache/cache.go:60:2": {"runtime-only", []string{"sync.Mutex locked here: 1 still held at end by TestBegin, not found by leakvet (runtime-only leak)"}},
}

// zeroChangeModule copies testdata/zerochange into a new module.
func zeroChangeModule(t *testing.T) string {
	t.Helper()
	return copyModule(t, "testdata/zerochange", nil)
}

// treeHash hashes the names, modes and contents of every file and
// directory under dir.
func treeHash(t *testing.T, dir string) string {
	t.Helper()
	h := sha256.New()
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		fmt.Fprintf(h, "%q %v\n", rel, info.Mode())
		if d.Type().IsRegular() {
			data, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			fmt.Fprintf(h, "%d\n", len(data))
			h.Write(data)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return fmt.Sprintf("%x", h.Sum(nil))
}

// confirmFindings runs leakvet -json -confirm with args in mod and returns
// its diagnostics by position relative to mod, and its standard error.
func confirmFindings(t *testing.T, mod string, args ...string) (map[string]finding, string) {
	t.Helper()
	return jsonFindings(t, mod, append([]string{"-confirm"}, args...)...)
}

func TestConfirmZeroChange(t *testing.T) {
	mod := zeroChangeModule(t)
	before := treeHash(t, mod)
	got, stderr := confirmFindings(t, mod, "./...")
	checkOutcomes(t, got, zeroChangeOutcomes)
	if stderr != "" {
		t.Errorf("the tests pass, yet leakvet says:\n%s", stderr)
	}
	if after := treeHash(t, mod); after != before {
		t.Errorf("the module changed: tree hash %s before, %s after", before, after)
	}
}

// TestConfirmConfirmedOnly checks that -confirmed-only reaches the
// analysis that joins the reports: it keeps the confirmed finding and the
// runtime-only leak of package files, and drops the others.
func TestConfirmConfirmedOnly(t *testing.T) {
	mod := zeroChangeModule(t)
	got, stderr := confirmFindings(t, mod, "-confirmed-only", "./files")
	want := map[string]outcome{}
	for posn, o := range zeroChangeOutcomes {
		if strings.HasPrefix(posn, "files/") && (o.category == "confirmed" || o.category == "runtime-only") {
			want[posn] = o
		}
	}
	checkOutcomes(t, got, want)
	if stderr != "" {
		t.Errorf("the tests pass, yet leakvet says:\n%s", stderr)
	}
}

// TestConfirmFailingTests checks that a package whose tests fail, or do
// not build, is reported as such and that the others are still joined;
// and that -confirm-run picks the tests.
func TestConfirmFailingTests(t *testing.T) {
	mod := zeroChangeModule(t)
	writeFile(t, filepath.Join(mod, "wire", "fail_test.go"), `package wire

import "testing"

func TestFails(t *testing.T) { t.Fatal("fails for its own reasons") }
`)
	writeFile(t, filepath.Join(mod, "broken", "broken.go"), "// Package broken has tests that do not build.\npackage broken\n")
	writeFile(t, filepath.Join(mod, "broken", "broken_test.go"), "package broken\n\nfunc init() { undefined() }\n")
	before := treeHash(t, mod)
	// -test=false: the analysis would stop at the type errors of the
	// broken tests.
	got, stderr := confirmFindings(t, mod, "-test=false", "-confirm-run=TestHello|TestFails|TestSize", "./...")
	for _, want := range []string{
		"leakvet: tests of example.com/zerochange/wire failed (TestFails); the reports they wrote are joined:\n",
		"fail_test.go:5: fails for its own reasons",
		"leakvet: the tests of example.com/zerochange/broken did not build",
		"undefined: undefined",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	want := map[string]outcome{}
	for posn, o := range zeroChangeOutcomes {
		switch posn {
		case "files/files.go:14:2", "web/web.go:12:2", "store/store.go:10:2", "store/store.go:30:2": // not run
			o = outcome{"", []string{"(possible resource leak)"}}
		case "cache/cache.go:26:2", "cache/cache.go:41:2": // not run
			o = outcome{"", []string{"still held at the return"}}
		case "files/files.go:60:12", "cache/cache.go:60:2": // not run: no leak to see
			continue
		}
		want[posn] = o
	}
	checkOutcomes(t, got, want)
	if after := treeHash(t, mod); after != before {
		t.Errorf("the module changed: tree hash %s before, %s after", before, after)
	}
}

func writeFile(t *testing.T, name, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(name, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestConfirmErrors checks that bad command lines stop leakvet -confirm
// with an error that says what is wrong, and never a panic.
func TestConfirmErrors(t *testing.T) {
	mod := zeroChangeModule(t)
	tests := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"-confirm"}, 2, "-confirm needs package patterns (./... for the whole module)"},
		{[]string{"-confirm-run=X", "./..."}, 2, "need -confirm"},
		{[]string{"-confirm", "-fix", "./..."}, 2, "flag provided but not defined: -fix"},
		{[]string{"-confirm", "-reports=x", "./..."}, 2, "leave out -reports"},
		{[]string{"-confirm", "-confirm-count=0", "./..."}, 2, "-confirm-count must be at least 1"},
		{[]string{"-confirm", "./nothing/..."}, 1, "no packages match ./nothing/..."},
		{[]string{"-confirm", "fmt"}, 1, "no package of fmt is in the main module"},
		// The value of a flag is no package pattern: -confirm after it counts.
		{[]string{"-c", "3", "-confirm", "./..."}, 2, "flag provided but not defined: -c"},
		{[]string{"-borrowers", "example.com/x.F", "-confirm", "./nothing/..."}, 1, "no packages match ./nothing/..."},
	}
	for _, tt := range tests {
		code, _, stderr := run(t, mod, nil, leakvetBin, tt.args...)
		if code != tt.code || !strings.Contains(stderr, tt.want) || strings.Contains(stderr, "panic") {
			t.Errorf("leakvet %v: exit %d, want %d with %q; stderr:\n%s", tt.args, code, tt.code, tt.want, stderr)
		}
	}
}

// TestConfirmFlagsOutsideGoVet checks that leakvet -help lists the
// -confirm flags and leakvet -flags, which go vet reads to learn the
// flags it may pass on, does not: go vet hands leakvet one package at a
// time, and rejects -confirm itself.
func TestConfirmFlagsOutsideGoVet(t *testing.T) {
	mod := zeroChangeModule(t)
	names := []string{"confirm", "confirm-run", "confirm-race", "confirm-timeout", "confirm-count"}
	code, _, stderr := run(t, mod, nil, leakvetBin, "-help")
	for _, name := range names {
		if code != 0 || !strings.Contains(stderr, "\n  -"+name+" ") && !strings.Contains(stderr, "\n  -"+name+"\n") {
			t.Errorf("leakvet -help: exit %d, no -%s in:\n%s", code, name, stderr)
		}
	}
	code, stdout, stderr := run(t, mod, nil, leakvetBin, "-flags")
	var flags []struct{ Name string }
	if err := json.Unmarshal([]byte(stdout), &flags); code != 0 || err != nil {
		t.Fatalf("leakvet -flags: exit %d, %v\n%s%s", code, err, stdout, stderr)
	}
	listed := map[string]bool{}
	for _, f := range flags {
		listed[f.Name] = true
	}
	for _, name := range names {
		if listed[name] {
			t.Errorf("leakvet -flags lists -%s, which go vet would then pass on", name)
		}
	}
	if !listed["reports"] || !listed["confirmed-only"] {
		t.Errorf("leakvet -flags lacks -reports or -confirmed-only: %s", stdout)
	}
	code, _, stderr = run(t, mod, nil, "go", "vet", "-vettool="+leakvetBin, "-confirm", "./files")
	if code == 0 || !strings.Contains(stderr, "flag provided but not defined: -confirm") {
		t.Errorf("go vet -vettool=leakvet -confirm: exit %d, want go vet's own refusal:\n%s", code, stderr)
	}
}
