package plugin

import (
	"flag"
	"slices"
	"strings"
	"testing"

	"github.com/golangci/plugin-module-register/register"

	"github.com/leakvet/leakvet/analyzer"
)

// newRegistered builds the plugin the way golangci-lint does: through the
// constructor registered under the linter's name.
func newRegistered(t *testing.T, conf any) (register.LinterPlugin, error) {
	t.Helper()
	newPlugin, err := register.GetPlugin(analyzer.Name)
	if err != nil {
		t.Fatalf("GetPlugin(%q): %v", analyzer.Name, err)
	}
	return newPlugin(conf)
}

func TestRegisteredPluginBuildsLeakvet(t *testing.T) {
	p, err := newRegistered(t, nil)
	if err != nil {
		t.Fatalf("new plugin without settings: %v", err)
	}
	if got := p.GetLoadMode(); got != register.LoadModeTypesInfo {
		t.Errorf("GetLoadMode() = %q, want %q", got, register.LoadModeTypesInfo)
	}
	analyzers, err := p.BuildAnalyzers()
	if err != nil {
		t.Fatalf("BuildAnalyzers: %v", err)
	}
	if len(analyzers) != 1 || analyzers[0].Name != analyzer.Name {
		t.Fatalf("BuildAnalyzers() = %v, want one analyzer named %q", analyzers, analyzer.Name)
	}
}

// TestValidSettings decodes settings shaped as golangci-lint passes them
// (YAML decoded into maps and []any) and reads them back through the
// configured analyzer's flags, which share its configuration.
func TestValidSettings(t *testing.T) {
	reports := t.TempDir() // an empty directory of test reports is valid
	tests := []struct {
		name string
		conf any
		want map[string]string // flag name -> flag value
	}{
		{"none", nil, map[string]string{"skip-tests": "false", "exclude-types": "", "borrowers": "", "locks": "true"}},
		{"empty", map[string]any{}, map[string]string{"skip-tests": "false", "exclude-types": "", "borrowers": ""}},
		{"null lists", map[string]any{"exclude-types": nil, "borrowers": nil},
			map[string]string{"exclude-types": "", "borrowers": ""}},
		{
			"all",
			map[string]any{
				"skip-tests":    true,
				"exclude-types": []any{"example.com/pool.Conn", "example.com/pool.Stmt"},
				"borrowers":     []any{"example.com/codec.Decode", "(*example.com/x.T).Read", "(example.com/x.T).Peek"},
			},
			map[string]string{
				"skip-tests":    "true",
				"exclude-types": "example.com/pool.Conn,example.com/pool.Stmt",
				"borrowers":     "(*example.com/x.T).Read,(example.com/x.T).Peek,example.com/codec.Decode",
			},
		},
		{"locks off", map[string]any{"locks": false}, map[string]string{"locks": "false"}},
		{"reports", map[string]any{"reports": reports, "confirmed-only": true},
			map[string]string{"reports": reports, "confirmed-only": "true"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := newRegistered(t, tt.conf)
			if err != nil {
				t.Fatalf("new plugin with %v: %v", tt.conf, err)
			}
			analyzers, err := p.BuildAnalyzers()
			if err != nil {
				t.Fatalf("BuildAnalyzers: %v", err)
			}
			a := analyzers[0]
			for flagName, want := range tt.want {
				f := a.Flags.Lookup(flagName)
				if f == nil {
					t.Fatalf("analyzer has no flag %q", flagName)
				}
				if got := f.Value.String(); got != want {
					t.Errorf("setting %s: analyzer flag = %q, want %q", flagName, got, want)
				}
			}
		})
	}
}

func TestInvalidSettings(t *testing.T) {
	tests := []struct {
		name string
		conf any
		want []string // substrings of the error
	}{
		{"misspelled key", map[string]any{"exlude-types": []any{"example.com/pool.Conn"}},
			[]string{"leakvet", `unknown setting "exlude-types"`, "exclude-types"}},
		{"key in another case", map[string]any{"Skip-Tests": true},
			[]string{`unknown setting "Skip-Tests"`}},
		{"vet flag spelling", map[string]any{"skip_tests": true},
			[]string{`unknown setting "skip_tests"`}},
		{"malformed type name", map[string]any{"exclude-types": []any{"Conn"}},
			[]string{"leakvet", "exclude-types", `"Conn"`}},
		{"pointer type name", map[string]any{"exclude-types": []any{"*example.com/pool.Conn"}},
			[]string{"exclude-types", `"*example.com/pool.Conn"`}},
		{"malformed borrower", map[string]any{"borrowers": []any{"(*example.com/x.T)"}},
			[]string{"borrowers", `"(*example.com/x.T)"`}},
		{"bool as string", map[string]any{"skip-tests": "yes"},
			[]string{"leakvet", "skip-tests"}},
		{"list as string", map[string]any{"exclude-types": "example.com/pool.Conn"},
			[]string{"leakvet", "exclude-types"}},
		{"not a mapping", []any{"skip-tests"},
			[]string{"leakvet", "settings must be a mapping"}},
		{"missing reports directory", map[string]any{"reports": "/nonexistent/leakvet-reports"},
			[]string{"leakvet", "reports", "/nonexistent/leakvet-reports"}},
		{"confirmed-only without reports", map[string]any{"confirmed-only": true},
			[]string{"leakvet", "confirmed-only needs reports"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := newRegistered(t, tt.conf)
			if err == nil {
				t.Fatalf("new plugin with %v = %v, want an error", tt.conf, p)
			}
			for _, want := range tt.want {
				if !strings.Contains(err.Error(), want) {
					t.Errorf("error %q does not contain %q", err, want)
				}
			}
		})
	}
}

// TestEveryFlagIsASetting keeps the plugin's settings and the analyzer's
// vet flags the same set of names, so that each documented vet flag works
// in .golangci.yml under its own name.
func TestEveryFlagIsASetting(t *testing.T) {
	var flags []string
	analyzer.Analyzer.Flags.VisitAll(func(f *flag.Flag) { flags = append(flags, f.Name) })
	slices.Sort(flags)
	if !slices.Equal(flags, settingNames) {
		t.Errorf("vet flags %v, plugin settings %v: want the same names", flags, settingNames)
	}
	if !slices.IsSorted(settingNames) {
		t.Errorf("settingNames %v is not sorted", settingNames)
	}
}
