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
	dst := t.TempDir()
	err := filepath.WalkDir("testdata/leaky", func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel("testdata/leaky", path)
		target := filepath.Join(dst, strings.TrimSuffix(rel, ".txt"))
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
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
	sizeLeak  = "dial.go:27:2: f returned by os.Open is not closed on all paths: the return at line 33 is reached when err != nil at line 32 (possible resource leak)"
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
