package analyzer_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
	"github.com/leakvet/leakvet/analyzer"
)

func TestOne(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), analyzer.Analyzer, "goflags", "scanners", "racers", "maderesponses", "lazycaches/cache", "lazycaches", "syscallconns", "selfclosing/dep", "selfclosing", "errpath", "borrowing", "providers", "flagparams")
}
