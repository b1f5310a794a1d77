// Package plugin makes leakvet a golangci-lint v2 module plugin.
//
// Importing the package registers the linter "leakvet" with
// github.com/golangci/plugin-module-register, which a custom golangci-lint
// binary built with the package (see scripts/golangci-lint.sh) picks up when
// its configuration declares the linter:
//
//	linters:
//	  enable:
//	    - leakvet
//	  settings:
//	    custom:
//	      leakvet:
//	        type: module
//	        description: reports resources that are not closed on all paths
//	        settings:
//	          skip-tests: false
//	          locks: true
//	          exclude-types:
//	            - example.com/pool.Conn
//	          borrowers:
//	            - example.com/codec.Decode
//	            - (*example.com/x.T).Read
//	          reports: /abs/path/to/leakvet-reports
//
// The settings are the analyzer's vet flags under the same names and with
// the same meaning:
//
//   - skip-tests (bool): do not check functions declared in _test.go files.
//   - locks (bool, default true): also report mutexes locked and still
//     held at a return, released by the unlock of the other kind, or
//     unlocked twice; false turns the lock check off.
//   - takeover (bool): also check parameters that a function closes on some
//     path and keeps on another.
//   - exclude-types (list of "import/path.TypeName"): types never treated as
//     resources; a pointer to a listed type is excluded too.
//   - borrowers (list of "import/path.Func" or "(*import/path.Type).Method"):
//     functions and methods that use a resource passed to them but never
//     close or keep it, so that the caller still owns it.
//   - reports (directory): the reports written by tests run with
//     LEAKVET_REPORTS set to it; each finding then says whether a test
//     confirmed it or exercised it without a leak, and leaks only the
//     tests found are reported.
//   - confirmed-only (bool): with reports, report only the findings a test
//     confirmed and the leaks only the tests found.
//
// An unknown setting or a malformed entry makes golangci-lint stop with an
// error that names it.
package plugin

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/leakvet/leakvet/analyzer"
)

// init registers the plugin: a module plugin is found by golangci-lint
// through the side effect of importing its package, so this is the one
// init the house style allows.
func init() {
	register.Plugin(analyzer.Name, New)
}

// settings is the YAML form of analyzer.Settings. Its keys are the names of
// the analyzer's vet flags.
type settings struct {
	SkipTests     bool     `json:"skip-tests"`
	TakeOver      bool     `json:"takeover"`
	ExcludeTypes  []string `json:"exclude-types"`
	Borrowers     []string `json:"borrowers"`
	Reports       string   `json:"reports"`
	ConfirmedOnly bool     `json:"confirmed-only"`
	Locks         *bool    `json:"locks"` // nil: on
}

// settingNames lists the keys of settings, sorted, for error messages.
var settingNames = []string{"borrowers", "confirmed-only", "exclude-types", "locks", "reports", "skip-tests", "takeover"}

// linter is the leakvet plugin built from one set of settings.
type linter struct {
	analyzer *analysis.Analyzer
}

var _ register.LinterPlugin = (*linter)(nil)

// New returns the leakvet plugin configured by conf, the "settings" value
// of the linter's entry in the golangci-lint configuration (nil when it has
// none). It returns an error naming the first unknown key or malformed
// entry, so that a typo stops the run instead of silently changing nothing.
func New(conf any) (register.LinterPlugin, error) {
	if err := checkKeys(conf); err != nil {
		return nil, fmt.Errorf("%s: %w", analyzer.Name, err)
	}
	s, err := register.DecodeSettings[settings](conf)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", analyzer.Name, err)
	}
	a, err := analyzer.New(analyzer.Settings{
		SkipTests:     s.SkipTests,
		TakeOver:      s.TakeOver,
		ExcludeTypes:  s.ExcludeTypes,
		Borrowers:     s.Borrowers,
		Reports:       s.Reports,
		ConfirmedOnly: s.ConfirmedOnly,
		NoLocks:       s.Locks != nil && !*s.Locks,
	})
	if err != nil {
		return nil, fmt.Errorf("%s: settings: %w", analyzer.Name, err)
	}
	return &linter{analyzer: a}, nil
}

// checkKeys returns an error naming the first unknown key of conf.
// register.DecodeSettings rejects unknown keys too, but its JSON decoder
// matches keys case-insensitively and its message does not list the valid
// keys.
func checkKeys(conf any) error {
	if conf == nil {
		return nil
	}
	data, err := json.Marshal(conf)
	if err != nil {
		return fmt.Errorf("settings: %w", err)
	}
	var keys map[string]json.RawMessage
	if err := json.Unmarshal(data, &keys); err != nil {
		return fmt.Errorf("settings must be a mapping of %s, got %s", strings.Join(settingNames, ", "), data)
	}
	var unknown []string
	for k := range keys {
		if !slices.Contains(settingNames, k) {
			unknown = append(unknown, k)
		}
	}
	if len(unknown) > 0 {
		slices.Sort(unknown)
		return fmt.Errorf("unknown setting %q (valid settings: %s)", unknown[0], strings.Join(settingNames, ", "))
	}
	return nil
}

// BuildAnalyzers returns the configured leakvet analyzer.
func (l *linter) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	return []*analysis.Analyzer{l.analyzer}, nil
}

// GetLoadMode asks for type information: leakvet needs SSA, and with the
// syntax-only mode golangci-lint's buildssa panics for every go/analysis
// linter in the run.
func (l *linter) GetLoadMode() string {
	return register.LoadModeTypesInfo
}
