package confirm

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	leakruntime "github.com/leakvet/leakvet/runtime"
)

// TestTrackerLanguage checks that the copy's files ask for the language
// version of leakvet's go.mod, which the runtime package is written in.
func TestTrackerLanguage(t *testing.T) {
	data, err := os.ReadFile("../../go.mod")
	if err != nil {
		t.Fatal(err)
	}
	var v string
	for line := range strings.Lines(string(data)) {
		if rest, ok := strings.CutPrefix(line, "go "); ok {
			v = strings.TrimSpace(rest)
		}
	}
	if strings.Count(v, ".") > 1 {
		v = v[:strings.LastIndex(v, ".")]
	}
	if want := "go" + v; trackerLanguage != want {
		t.Errorf("trackerLanguage = %q, go.mod says %q", trackerLanguage, want)
	}
}

func TestConstrain(t *testing.T) {
	known := map[string]bool{"leakvet": false, "amd64": false, "arm64": false}
	tests := []struct {
		line string
		keep bool
		want string
	}{
		{"", true, "//go:build go1.26"},
		{"//go:build leakvet", false, ""},
		{"//go:build !leakvet", true, "//go:build go1.26"},
		{"//go:build amd64 || arm64", false, ""},
		{"//go:build !amd64 && !arm64", true, "//go:build go1.26"},
		{"//go:build linux && !leakvet", true, "//go:build go1.26 && linux"},
		{"//go:build linux || leakvet", true, "//go:build go1.26 && linux"},
		{"//go:build linux && leakvet", false, ""},
		{"//go:build (linux || darwin) && !leakvet", true, "//go:build go1.26 && (linux || darwin)"},
	}
	for _, tt := range tests {
		src := tt.line + "\n\npackage runtime\n"
		out, keep, err := constrain([]byte(src), known)
		if err != nil || keep != tt.keep {
			t.Errorf("%q: keep %v, %v; want %v", tt.line, keep, err, tt.keep)
			continue
		}
		if keep && !strings.HasPrefix(string(out), tt.want+"\n") || keep && strings.Count(string(out), "//go:build") != 1 {
			t.Errorf("%q: got\n%s\nwant the line %q", tt.line, out, tt.want)
		}
	}
}

// TestTrackerFiles checks the copy: no tests, no assembly, no embedding,
// the portable stack capture, and its own import path for reports to drop.
func TestTrackerFiles(t *testing.T) {
	files, err := trackerFiles("example.com/m/leakvet_instrument_x")
	if err != nil {
		t.Fatal(err)
	}
	for name := range files {
		if strings.HasSuffix(name, "_test.go") || !strings.HasSuffix(name, ".go") {
			t.Errorf("the copy has %s", name)
		}
	}
	for _, name := range []string{"stack_fp.go", "source.go", "enabled_on.go", "lockstate_on.go"} {
		if files[name] != nil {
			t.Errorf("the copy has %s", name)
		}
	}
	for _, name := range []string{"stack_other.go", "enabled_off.go", "lockstate_off.go", "instrument_hooks.go", "instrument_locks.go"} {
		if files[name] == nil {
			t.Errorf("the copy lacks %s", name)
		}
	}
	if !strings.Contains(string(files["options.go"]), `const pkgPath = "example.com/m/leakvet_instrument_x"`) {
		t.Error("the copy's options.go keeps the import path of the runtime package")
	}
}

func TestApply(t *testing.T) {
	src := "f(os.Open(p))"
	got := string(apply([]byte(src), []insertion{
		{offset: 2, text: "H.File("}, {offset: 12, text: ")", close: true}, {offset: 0, text: "g("}, {offset: 13, text: ")", close: true},
	}))
	if want := "g(f(H.File(os.Open(p))))"; got != want {
		t.Errorf("apply = %q, want %q", got, want)
	}
}

func TestTrackerPkgPath(t *testing.T) {
	if got := reflect.TypeFor[leakruntime.Tracker]().PkgPath(); got != trackerPkgPath {
		t.Errorf("the runtime package is %s, trackerPkgPath says %s", got, trackerPkgPath)
	}
}

// TestInstrumentSkipsTracker checks that -confirm on leakvet's own module
// leaves its tracker alone: neither instrumented nor tested, with a note
// that says so, and an error when nothing else is left.
func TestInstrumentSkipsTracker(t *testing.T) {
	p, err := instrument([]string{trackerPkgPath, "github.com/leakvet/leakvet/internal/confirm"}, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"github.com/leakvet/leakvet/internal/confirm"}; !slices.Equal(p.packages, want) {
		t.Errorf("packages = %v, want %v", p.packages, want)
	}
	for name := range p.replace {
		if filepath.Base(filepath.Dir(name)) == "runtime" {
			t.Errorf("the overlay replaces the tracker's file %s", name)
		}
	}
	if want := trackerPkgPath + " is leakvet's tracker itself: its tests are not run"; !slices.Contains(p.notes, want) {
		t.Errorf("notes = %q, want one %q", p.notes, want)
	}
	_, err = instrument([]string{trackerPkgPath}, t.TempDir())
	if err == nil || !strings.Contains(err.Error(), "but leakvet's tracker") {
		t.Errorf("instrumenting only the tracker: error %v, want one that names the tracker", err)
	}
}
