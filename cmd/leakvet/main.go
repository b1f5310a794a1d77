// Command leakvet reports resources that are not closed on all paths.
//
// It runs standalone (leakvet ./...), as a vet tool
// (go vet -vettool=$(which leakvet) ./...) and as a fix tool (leakvet -fix ./...).
// Standalone, it analyzes one package at a time and keeps of each only
// what its importers need (see package driver); what that driver does
// not handle goes to singlechecker's.
package main

import (
	"os"

	"github.com/leakvet/leakvet/analyzer"
	"github.com/leakvet/leakvet/internal/driver"
	"golang.org/x/tools/go/analysis/singlechecker"
)

func main() {
	deps, err := analyzer.New(analyzer.Settings{FactsOnly: true})
	if err == nil {
		if code, ok := driver.Main(analyzer.Analyzer, deps, os.Args[1:]); ok {
			os.Exit(code)
		}
	}
	singlechecker.Main(analyzer.Analyzer)
}
