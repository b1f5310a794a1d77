package driver

import (
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis"
)

func TestVetUnitPicksTheFactsOnlyAnalyzerForDependencies(t *testing.T) {
	root, deps := &analysis.Analyzer{Name: "root"}, &analysis.Analyzer{Name: "deps"}
	dir := t.TempDir()
	write := func(name, content string) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(content), 0o666); err != nil {
			t.Fatal(err)
		}
		return path
	}
	dep := write("dep.cfg", `{"ImportPath": "a", "VetxOnly": true}`)
	vetted := write("vetted.cfg", `{"ImportPath": "b", "VetxOnly": false}`)
	for _, tc := range []struct {
		args []string
		want *analysis.Analyzer
	}{
		{[]string{"-locks=false", dep}, deps},
		{[]string{vetted}, root},
		{[]string{"./..."}, root},
		{nil, root},
		{[]string{filepath.Join(dir, "missing.cfg")}, root},
	} {
		if got := VetUnit(root, deps, tc.args); got != tc.want {
			t.Errorf("VetUnit(%q) = %s, want %s", tc.args, got.Name, tc.want.Name)
		}
	}
}
