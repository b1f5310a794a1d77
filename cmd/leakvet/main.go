// Command leakvet reports resources that are not closed on all paths.
//
// It runs standalone (leakvet ./...), as a vet tool
// (go vet -vettool=$(which leakvet) ./...) and as a fix tool (leakvet -fix ./...).
// Standalone, it analyzes one package at a time and keeps of each only
// what its importers need (see package driver); what that driver does
// not handle goes to singlechecker's. With -confirm, it first runs the
// packages' tests instrumented (see package confirm).
package main

import (
	"flag"
	"os"

	"github.com/leakvet/leakvet/analyzer"
	"github.com/leakvet/leakvet/internal/confirm"
	"github.com/leakvet/leakvet/internal/driver"
	"golang.org/x/tools/go/analysis/singlechecker"
)

func main() {
	if code, ok := confirm.Main(&analyzer.Analyzer.Flags, os.Args[1:], os.Stdout, os.Stderr); ok {
		os.Exit(code)
	}
	deps, err := analyzer.New(analyzer.Settings{FactsOnly: true})
	if err == nil {
		if code, ok := driver.Main(analyzer.Analyzer, deps, os.Args[1:]); ok {
			os.Exit(code)
		}
	}
	confirm.DescribeFlags(flag.CommandLine, os.Args[1:])
	singlechecker.Main(driver.VetUnit(analyzer.Analyzer, deps, os.Args[1:]))
}
