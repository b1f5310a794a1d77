package driver

import (
	"encoding/json"
	"os"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// VetUnit prepares a call of the vet tool by go vet, which names one
// package's configuration file (a .cfg file, the last argument), and
// returns the analyzer to run on that package: deps when go vet wants
// only the package's facts (a dependency of the packages it vets, whose
// findings it would drop), root otherwise. The summaries deps exports are
// root's, so the facts importers read are the same. For any other command
// line it returns root and changes nothing.
//
// go vet starts the tool once per package, dependencies included, so the
// collector's settings matter as they do for Main: with the default GOGC
// of 100 it takes about a fifth of the CPU time of go vet ./... on this
// repository, and the heap of one package's run is small.
func VetUnit(root, deps *analysis.Analyzer, args []string) *analysis.Analyzer {
	if len(args) == 0 || !strings.HasSuffix(args[len(args)-1], ".cfg") {
		return root
	}
	tuneGC()
	data, err := os.ReadFile(args[len(args)-1])
	if err != nil {
		return root // unitchecker reports it
	}
	var cfg struct{ VetxOnly bool }
	if json.Unmarshal(data, &cfg) != nil || !cfg.VetxOnly || deps == nil {
		return root
	}
	return deps
}
