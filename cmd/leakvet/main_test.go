package main_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// The tests build the real command and run it, the three ways users do,
// on a copy of testdata/leaky.

var leakvetBin string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "leakvet-bin")
	if err != nil {
		panic(err)
	}
	leakvetBin = filepath.Join(dir, "leakvet")
	build := exec.Command("go", "build", "-o", leakvetBin, ".")
	build.Stderr = os.Stderr
	code := 1
	if build.Run() == nil {
		code = m.Run()
	}
	os.RemoveAll(dir)
	os.Exit(code)
}

// project copies testdata/leaky into a fresh module and returns its path.
func project(t *testing.T) string {
	t.Helper()
	return copyModule(t, "testdata/leaky", nil)
}

// copyModule copies the directory src into a fresh temporary directory,
// dropping the .txt suffix that keeps go.mod files and sources out of
// this module, and rewriting each file with edit when it is set. It
// returns the copy's path.
func copyModule(t *testing.T, src string, edit func([]byte) []byte) string {
	t.Helper()
	dst := t.TempDir()
	err := filepath.WalkDir(src, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		target := filepath.Join(dst, strings.TrimSuffix(rel, ".txt"))
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if edit != nil {
			data = edit(data)
		}
		return os.WriteFile(target, data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dst
}

// run runs a command in dir and returns its exit code, stdout and stderr.
func run(t *testing.T, dir string, env []string, name string, args ...string) (int, string, string) {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	var exit *exec.ExitError
	switch {
	case err == nil:
		return 0, stdout.String(), stderr.String()
	case errors.As(err, &exit):
		return exit.ExitCode(), stdout.String(), stderr.String()
	}
	t.Fatalf("%s %v: %v", name, args, err)
	return 0, "", ""
}

const (
	relayLeak = "dial.go:11:2: src returned by net.Dial is not closed on all paths: the return at line 17 is reached when err != nil at line 16 (possible resource leak)"
	sizeLeak  = "dial.go:27:2: f returned by os.Open is not closed on any path: it is left open at the return at line 33 and the return at line 35 (possible resource leak)"
	poolLeak  = "pool.go:21:2: c returned by Get is never used, and so never closed (resource leak)"
)

func TestStandaloneReportsLeaks(t *testing.T) {
	dir := project(t)
	code, _, stderr := run(t, dir, nil, leakvetBin, "./dial", "./pool")
	if code != 3 {
		t.Fatalf("exit code %d, want 3 (diagnostics found); stderr:\n%s", code, stderr)
	}
	for _, want := range []string{relayLeak, sizeLeak, poolLeak, "this return statement may be reached without closing src opened on line 11"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("output lacks %q; got:\n%s", want, stderr)
		}
	}
}

func TestJSONOutput(t *testing.T) {
	dir := project(t)
	code, stdout, stderr := run(t, dir, nil, leakvetBin, "-json", "./dial")
	if code != 0 {
		t.Fatalf("exit code %d, want 0 with -json; stderr:\n%s", code, stderr)
	}
	var out map[string]map[string][]struct {
		Posn    string `json:"posn"`
		Message string `json:"message"`
	}
	if err := json.Unmarshal([]byte(stdout), &out); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, stdout)
	}
	diags := out["example.com/leaky/dial"]["leakvet"]
	if len(diags) != 2 {
		t.Fatalf("got %d diagnostics, want 2: %+v", len(diags), diags)
	}
	if !strings.HasSuffix(diags[0].Posn, "dial.go:11:2") || !strings.HasPrefix(diags[0].Message, "src returned by net.Dial") {
		t.Errorf("first diagnostic = %+v", diags[0])
	}
}

func TestFixAddsDeferredClose(t *testing.T) {
	dir := project(t)
	run(t, dir, nil, leakvetBin, "-fix", "./dial")
	src, err := os.ReadFile(filepath.Join(dir, "dial", "dial.go"))
	if err != nil {
		t.Fatal(err)
	}
	want := "\tf, err := os.Open(name)\n\tif err != nil {\n\t\treturn 0, err\n\t}\n\tdefer f.Close()\n"
	if !strings.Contains(string(src), want) {
		t.Fatalf("fixed file lacks the deferred Close:\n%s", src)
	}
	if code, _, stderr := run(t, dir, nil, "go", "build", "./dial"); code != 0 {
		t.Fatalf("fixed code does not build:\n%s", stderr)
	}
	// Relay gets no fix: it has defers already, placed too late.
	code, _, stderr := run(t, dir, nil, leakvetBin, "./dial")
	if code != 3 || !strings.Contains(stderr, relayLeak) || strings.Contains(stderr, "f returned by os.Open") {
		t.Fatalf("after -fix: exit %d, output:\n%s", code, stderr)
	}
}

func TestGoVetTool(t *testing.T) {
	dir := project(t)
	env := []string{"GOCACHE=" + t.TempDir(), "GOFLAGS="}
	code, _, stderr := run(t, dir, env, "go", "vet", "-vettool="+leakvetBin, "./dial", "./pool")
	if code != 1 {
		t.Fatalf("go vet exit code %d, want 1; stderr:\n%s", code, stderr)
	}
	for _, want := range []string{relayLeak, sizeLeak, poolLeak} {
		if !strings.Contains(stderr, want) {
			t.Errorf("go vet output lacks %q; got:\n%s", want, stderr)
		}
	}
	// The fact that closer.Quietly closes its argument crossed packages.
	if strings.Contains(stderr, "pool.go:27") {
		t.Errorf("go vet reported a resource closed in another package:\n%s", stderr)
	}
	// Flags reach the tool through go vet.
	code, _, stderr = run(t, dir, env, "go", "vet", "-vettool="+leakvetBin, "-exclude-types=example.com/leaky/pool.Conn", "./pool")
	if code != 0 {
		t.Fatalf("with -exclude-types: exit %d, output:\n%s", code, stderr)
	}
}

func TestSettingsFlags(t *testing.T) {
	dir := project(t)
	if code, _, stderr := run(t, dir, nil, leakvetBin, "-exclude-types=example.com/leaky/pool.Conn", "./pool"); code != 0 {
		t.Errorf("excluded type still reported: exit %d\n%s", code, stderr)
	}
	code, _, stderr := run(t, dir, nil, leakvetBin, "-exclude-types=Conn", "./pool")
	if code != 2 || !strings.Contains(stderr, `malformed type name "Conn": want import/path.TypeName`) {
		t.Errorf("malformed setting: exit %d, output:\n%s", code, stderr)
	}
}

func TestTypeErrorsDoNotStopOtherPackages(t *testing.T) {
	dir := project(t)
	code, _, stderr := run(t, dir, nil, leakvetBin, "./...")
	if code != 1 {
		t.Fatalf("exit code %d, want 1 (errors); output:\n%s", code, stderr)
	}
	if !strings.Contains(stderr, "broken.go:3:23: cannot use") {
		t.Errorf("type error not shown:\n%s", stderr)
	}
	if !strings.Contains(stderr, relayLeak) {
		t.Errorf("other packages not checked:\n%s", stderr)
	}
	if strings.Contains(stderr, "panic") {
		t.Errorf("crash:\n%s", stderr)
	}
}

// TestTypeErrorsAsInProcessDriver checks that packages that do not parse
// or type-check, and packages that import them, are reported as the
// in-process driver reports them (which -c, a flag leakvet's own driver
// leaves to it, selects): the same errors, failed passes, diagnostics
// and exit code, in text and in JSON.
func TestTypeErrorsAsInProcessDriver(t *testing.T) {
	dir := project(t)
	files := map[string]string{
		"user/user.go": "package user\n\nimport (\n\t\"os\"\n\n\t\"example.com/leaky/broken\"\n)\n\n" +
			"func Use() int {\n\tf, _ := os.Open(\"x\")\n\t_ = f\n\treturn broken.N()\n}\n",
		"parsebad/p.go": "package parsebad\n\nfunc F( {\n}\n",
	}
	writeFiles(t, dir, files)
	env := []string{"LEAKVET_CACHE=off"}
	for _, args := range [][]string{{"./..."}, {"-json", "./..."}, {"./user", "./dial"}, {"-json", "./parsebad", "./pool"}} {
		code, stdout, stderr := run(t, dir, env, leakvetBin, args...)
		wantCode, wantStdout, wantStderr := run(t, dir, env, leakvetBin, append([]string{"-c=-1"}, args...)...)
		if code != wantCode || stdout != wantStdout || stderr != wantStderr {
			t.Errorf("leakvet %v: exit %d, stdout:\n%s\nstderr:\n%s\nwant exit %d, stdout:\n%s\nstderr:\n%s",
				args, code, stdout, stderr, wantCode, wantStdout, wantStderr)
		}
		if code != 1 || !strings.Contains(stdout+stderr, "analysis skipped due to errors in package") {
			t.Errorf("leakvet %v: exit %d, want 1 and the skipped analysis reported:\n%s", args, code, stderr)
		}
	}
}

// TestListErrorsAsInProcessDriver checks that packages that go list
// reports errors for (a cgo package whose cgo step fails, an import that
// no module provides), and the packages that import them, are reported
// as the in-process driver reports them, while leakvet's own driver, which
// keeps only types and facts of finished packages, analyzes the rest.
func TestListErrorsAsInProcessDriver(t *testing.T) {
	dir := project(t)
	files := map[string]string{
		"cgobad/c.go": "package cgobad\n\n// #cgo pkg-config: leakvet-no-such-library\nimport \"C\"\n\nfunc N() int { return 1 }\n",
		"cgobad/g.go": "package cgobad\n\nimport \"os\"\n\nfunc Open() *os.File {\n\tf, _ := os.Open(\"x\")\n\treturn f\n}\n",
		"cgouser/u.go": "package cgouser\n\nimport (\n\t\"os\"\n\n\t\"example.com/leaky/cgobad\"\n)\n\n" +
			"func Use() int {\n\tf, _ := os.Open(\"x\")\n\t_ = f\n\treturn cgobad.N()\n}\n",
		"missing/m.go": "package missing\n\nimport \"example.com/leaky/nosuch\"\n\nfunc M() int { return nosuch.X }\n",
	}
	writeFiles(t, dir, files)
	// Without a C compiler cgo is off by default, and c.go would be
	// left out; with it on, the cgo step fails either way.
	for _, args := range [][]string{{"./..."}, {"-json", "./..."}, {"./cgouser", "./dial"}, {"-json", "./missing", "./pool"}} {
		cache := t.TempDir()
		env := []string{"CGO_ENABLED=1", "LEAKVET_CACHE=" + cache}
		code, stdout, stderr := run(t, dir, env, leakvetBin, args...)
		wantCode, wantStdout, wantStderr := run(t, dir, []string{"CGO_ENABLED=1", "LEAKVET_CACHE=off"}, leakvetBin, append([]string{"-c=-1"}, args...)...)
		if code != wantCode || stdout != wantStdout || stderr != wantStderr {
			t.Errorf("leakvet %v: exit %d, stdout:\n%s\nstderr:\n%s\nwant exit %d, stdout:\n%s\nstderr:\n%s",
				args, code, stdout, stderr, wantCode, wantStdout, wantStderr)
		}
		if code != 1 || !strings.Contains(stdout+stderr, "analysis skipped due to errors in package") {
			t.Errorf("leakvet %v: exit %d, want 1 and the skipped analysis reported:\n%s", args, code, stderr)
		}
		// Only leakvet's own driver writes the cache: the run was not
		// handed to the in-process one.
		if len(cacheEntries(t, cache)) == 0 {
			t.Errorf("leakvet %v: nothing in the cache; the packages were not analyzed by leakvet's driver", args)
		}
	}
	_, _, stderr := run(t, dir, []string{"CGO_ENABLED=1", "LEAKVET_CACHE=off"}, leakvetBin, "./...")
	if !strings.Contains(stderr, relayLeak) {
		t.Errorf("the packages without errors were not analyzed; stderr:\n%s", stderr)
	}
}

// writeFiles writes each file of files, by its path relative to dir.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, src := range files {
		if err := os.MkdirAll(filepath.Join(dir, filepath.Dir(name)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// cacheEntries returns the names of the entries in the cache directory dir.
func cacheEntries(t *testing.T, dir string) map[string]bool {
	t.Helper()
	names := map[string]bool{}
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && !strings.HasPrefix(d.Name(), ".tmp-") {
			names[path] = true
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return names
}

func TestCacheGivesTheSameOutput(t *testing.T) {
	dir := project(t)
	cache := []string{"LEAKVET_CACHE=" + t.TempDir()}
	_, _, cold := run(t, dir, cache, leakvetBin, "./dial", "./pool")
	entries := cacheEntries(t, cache[0][len("LEAKVET_CACHE="):])
	if len(entries) == 0 {
		t.Fatal("the first run left nothing in the cache")
	}
	code, _, warm := run(t, dir, cache, leakvetBin, "./dial", "./pool")
	if code != 3 || warm != cold {
		t.Errorf("second run: exit %d, output:\n%s\nwant exit 3 and the first run's:\n%s", code, warm, cold)
	}
	if after := cacheEntries(t, cache[0][len("LEAKVET_CACHE="):]); len(after) != len(entries) {
		t.Errorf("second run added %d cache entries, want none", len(after)-len(entries))
	}
	_, jsonCold, _ := run(t, dir, []string{"LEAKVET_CACHE=off"}, leakvetBin, "-json", "./dial", "./pool")
	_, jsonWarm, _ := run(t, dir, cache, leakvetBin, "-json", "./dial", "./pool")
	if jsonWarm != jsonCold {
		t.Errorf("-json from the cache:\n%s\nwithout the cache:\n%s", jsonWarm, jsonCold)
	}
}

func TestCacheOff(t *testing.T) {
	dir := project(t)
	// The user's cache directory moves; the go command's does not.
	_, gocache, _ := run(t, dir, nil, "go", "env", "GOCACHE")
	caches := t.TempDir()
	env := []string{"LEAKVET_CACHE=off", "XDG_CACHE_HOME=" + caches, "GOCACHE=" + strings.TrimSpace(gocache)}
	if code, _, stderr := run(t, dir, env, leakvetBin, "./dial"); code != 3 {
		t.Fatalf("exit %d, output:\n%s", code, stderr)
	}
	if entries := cacheEntries(t, caches); len(entries) != 0 {
		t.Errorf("LEAKVET_CACHE=off wrote %d files under the cache directory", len(entries))
	}
	// Without LEAKVET_CACHE, the cache is in the user's cache directory.
	env[0] = "LEAKVET_CACHE="
	run(t, dir, env, leakvetBin, "./dial")
	if entries := cacheEntries(t, filepath.Join(caches, "leakvet")); len(entries) == 0 {
		t.Errorf("no cache entries in %s", filepath.Join(caches, "leakvet"))
	}
}

func TestCacheIgnoresDamagedEntries(t *testing.T) {
	dir := project(t)
	cacheDir := t.TempDir()
	cache := []string{"LEAKVET_CACHE=" + cacheDir}
	_, _, want := run(t, dir, cache, leakvetBin, "./dial", "./pool")
	for name := range cacheEntries(t, cacheDir) {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		data[len(data)-1] ^= 0xff // one flipped byte
		if err := os.WriteFile(name, data[:len(data)*3/4+1], 0o644); err != nil {
			t.Fatal(err)
		}
	}
	code, _, got := run(t, dir, cache, leakvetBin, "./dial", "./pool")
	if code != 3 || got != want {
		t.Errorf("with damaged entries: exit %d, output:\n%s\nwant exit 3 and:\n%s", code, got, want)
	}
}

func TestCacheRedoesOnlyWhatAnEditReaches(t *testing.T) {
	dir := project(t)
	cacheDir := t.TempDir()
	cache := []string{"LEAKVET_CACHE=" + cacheDir}
	_, _, want := run(t, dir, cache, leakvetBin, "./...")
	before := cacheEntries(t, cacheDir)
	// closer is a leaf of the project that pool imports; dial imports
	// neither.
	f, err := os.OpenFile(filepath.Join(dir, "closer", "closer.go"), os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.WriteString("\n// An edit that changes no fact.\n"); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	_, _, got := run(t, dir, cache, leakvetBin, "./...")
	if got != want {
		t.Errorf("after the edit:\n%s\nwant:\n%s", got, want)
	}
	var redone []string
	for name := range cacheEntries(t, cacheDir) {
		if !before[name] {
			redone = append(redone, name)
		}
	}
	if len(redone) != 2 {
		t.Errorf("after editing closer, %d packages analyzed again, want 2 (closer and pool)", len(redone))
	}
}

func TestConcurrentRunsShareTheCache(t *testing.T) {
	dir := project(t)
	cache := []string{"LEAKVET_CACHE=" + t.TempDir()}
	_, _, want := run(t, dir, []string{"LEAKVET_CACHE=off"}, leakvetBin, "./dial", "./pool")
	outputs := make(chan string, 3)
	for range 3 {
		go func() {
			cmd := exec.Command(leakvetBin, "./dial", "./pool")
			cmd.Dir = dir
			cmd.Env = append(os.Environ(), cache...)
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			_ = cmd.Run()
			outputs <- stderr.String()
		}()
	}
	for range 3 {
		if got := <-outputs; got != want {
			t.Errorf("concurrent run printed:\n%s\nwant:\n%s", got, want)
		}
	}
}
