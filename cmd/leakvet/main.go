// Command leakvet reports resources that are not closed on all paths.
//
// It runs standalone (leakvet ./...), as a vet tool
// (go vet -vettool=$(which leakvet) ./...) and as a fix tool (leakvet -fix ./...).
package main

import (
	"github.com/leakvet/leakvet/analyzer"
	"golang.org/x/tools/go/analysis/singlechecker"
)

func main() { singlechecker.Main(analyzer.Analyzer) }
