package analyzer

import (
	"flag"
	"fmt"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/buildssa"
	"golang.org/x/tools/go/analysis/passes/ctrlflow"
)

// Name is the name of the analyzer, of its vet flags' prefix in
// multichecker mode, and of the golangci-lint linter.
const Name = "leakvet"

// Settings configure one copy of the analyzer. The zero value is the
// default configuration.
type Settings struct {
	// SkipTests, when set, leaves functions declared in _test.go files
	// unchecked.
	SkipTests bool
	// ExcludeTypes lists types that are never treated as resources,
	// each as "import/path.TypeName" (for example "example.com/pool.Conn").
	// A pointer to a listed type is excluded too.
	ExcludeTypes []string
	// Borrowers lists functions and methods that use a resource passed to
	// them but never close or keep it, so that the caller still owns it:
	// "import/path.Func" or "(*import/path.Type).Method" /
	// "(import/path.Type).Method".
	Borrowers []string
}

// Analyzer is the leakvet analyzer with default settings; its flags
// (-skip-tests, -exclude-types, -borrowers) configure it on the command
// line.
var Analyzer = newAnalyzer(&config{})

// New returns an analyzer configured by s, or an error naming the first
// malformed entry of s.
func New(s Settings) (*analysis.Analyzer, error) {
	c := &config{skipTests: s.SkipTests}
	for _, t := range s.ExcludeTypes {
		if err := c.excludeTypes.add(t, parseTypeName); err != nil {
			return nil, fmt.Errorf("exclude-types: %v", err)
		}
	}
	for _, f := range s.Borrowers {
		if err := c.borrowers.add(f, parseFuncName); err != nil {
			return nil, fmt.Errorf("borrowers: %v", err)
		}
	}
	return newAnalyzer(c), nil
}

// config is the parsed form of Settings, shared by the flags and by New.
type config struct {
	skipTests    bool
	excludeTypes nameList
	borrowers    nameList
}

func newAnalyzer(c *config) *analysis.Analyzer {
	a := &analysis.Analyzer{
		Name:      Name,
		Doc:       doc,
		URL:       "https://pkg.go.dev/github.com/leakvet/leakvet/analyzer",
		Requires:  []*analysis.Analyzer{buildssa.Analyzer, ctrlflow.Analyzer},
		FactTypes: []analysis.Fact{new(Summary)},
		Run: func(pass *analysis.Pass) (any, error) {
			return run(pass, c)
		},
	}
	a.Flags.BoolVar(&c.skipTests, "skip-tests", c.skipTests, "do not check functions declared in _test.go files")
	a.Flags.Var(&listFlag{&c.excludeTypes, parseTypeName}, "exclude-types",
		"comma-separated types never treated as resources, e.g. example.com/pool.Conn")
	a.Flags.Var(&listFlag{&c.borrowers, parseFuncName}, "borrowers",
		"comma-separated functions that use but never close their resource arguments, e.g. example.com/codec.Decode,(*example.com/x.T).Read")
	return a
}

// nameList is a set of validated, fully qualified names.
type nameList map[string]bool

func (l *nameList) add(s string, parse func(string) error) error {
	s = strings.TrimSpace(s)
	if err := parse(s); err != nil {
		return err
	}
	if *l == nil {
		*l = make(nameList)
	}
	(*l)[s] = true
	return nil
}

// listFlag is a flag.Value for a comma-separated nameList.
type listFlag struct {
	list  *nameList
	parse func(string) error
}

var _ flag.Value = (*listFlag)(nil)

func (f *listFlag) String() string {
	if f == nil || f.list == nil {
		return ""
	}
	var names []string
	for n := range *f.list {
		names = append(names, n)
	}
	return strings.Join(sorted(names), ",")
}

func (f *listFlag) Set(s string) error {
	for _, part := range strings.Split(s, ",") {
		if strings.TrimSpace(part) == "" {
			continue
		}
		if err := f.list.add(part, f.parse); err != nil {
			return err
		}
	}
	return nil
}
