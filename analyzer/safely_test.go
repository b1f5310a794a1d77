package analyzer

import (
	"go/token"
	"go/types"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"
)

// TestPanicBecomesDiagnostic checks that a panic while analyzing one
// function is reported at that function, naming it, and does not escape.
func TestPanicBecomesDiagnostic(t *testing.T) {
	var got []analysis.Diagnostic
	pass := &analysis.Pass{Fset: token.NewFileSet(), Report: func(d analysis.Diagnostic) { got = append(got, d) }}
	c := &checker{pass: pass, cfg: &config{}, names: map[*types.Func]string{}}
	fn := &ssa.Function{}
	c.safely(fn, func(*ssa.Function) { panic("boom") })
	if len(got) != 1 {
		t.Fatalf("got %d diagnostics, want 1", len(got))
	}
	if d := got[0]; d.Category != "internal-error" || !strings.Contains(d.Message, "could not analyze") || !strings.Contains(d.Message, "boom") {
		t.Errorf("diagnostic = %+v", d)
	}
}
