package analyzer_test

import (
	"testing"

	"github.com/leakvet/leakvet/analyzer"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// TestStandardLibraryRuns runs leakvet over standard packages rich in
// resources and all their dependencies, and checks that no function made
// the analysis fail. (The whole standard library, with `leakvet std`, is
// run by hand: it takes a minute and 12 GB.)
func TestStandardLibraryRuns(t *testing.T) {
	cfg := &packages.Config{Mode: packages.LoadAllSyntax}
	pkgs, err := packages.Load(cfg, "net/http", "database/sql", "os/exec", "archive/zip")
	if err != nil {
		t.Fatal(err)
	}
	graph, err := checker.Analyze([]*analysis.Analyzer{analyzer.Analyzer}, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	actions := 0
	for act := range graph.All() {
		if act.Analyzer != analyzer.Analyzer {
			continue
		}
		actions++
		if act.Err != nil {
			t.Errorf("%s: %v", act, act.Err)
		}
		for _, d := range act.Diagnostics {
			if d.Category == "internal-error" {
				t.Errorf("%s: %s", act.Package.Fset.Position(d.Pos), d.Message)
			}
		}
	}
	if actions < 50 {
		t.Errorf("leakvet ran on %d packages, want the packages and their dependencies", actions)
	}
}
