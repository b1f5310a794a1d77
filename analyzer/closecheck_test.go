package analyzer_test

import (
	"testing"

	"github.com/leakvet/leakvet/analyzer"
	"golang.org/x/tools/go/analysis/analysistest"
)

func TestScenarios(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), analyzer.Analyzer, "basic")
}
