// Command gclcheck runs a golangci-lint binary built with the leakvet
// plugin over a fixture module once per configuration file and checks the
// JSON report against the expectations written in the fixture's comments.
//
//	go run ./scripts/gclcheck -bin "$(scripts/golangci-lint.sh --path)" \
//		-fixture plugin/testdata/fixture -configs plugin/testdata/configs
//
// A fixture line marks what the configurations report there:
//
//	// want "text"            every configuration reports an issue containing text
//	// want[a,b] "text"       only configurations a.yml and b.yml report it
//	// allow "text"           an issue containing text may be reported, need not be
//	// allow[a] "text"        the same, only under a.yml
//
// Any other issue fails the check. A configuration whose file contains a
// line "# want-error: text" must instead make golangci-lint fail with text in
// its output.
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
)

func main() {
	bin := flag.String("bin", "", "golangci-lint binary with the leakvet plugin")
	fixture := flag.String("fixture", "plugin/testdata/fixture", "fixture module directory")
	configs := flag.String("configs", "plugin/testdata/configs", "directory of golangci-lint configurations (*.yml)")
	flag.Parse()
	if *bin == "" {
		fmt.Fprintln(os.Stderr, "gclcheck: -bin is required")
		os.Exit(2)
	}
	failed, err := checkAll(*bin, *fixture, *configs)
	if err != nil {
		fmt.Fprintln(os.Stderr, "gclcheck:", err)
		os.Exit(2)
	}
	if failed {
		os.Exit(1)
	}
}

// checkAll checks every configuration and reports whether any failed.
func checkAll(bin, fixture, configDir string) (failed bool, err error) {
	if bin, err = filepath.Abs(bin); err != nil {
		return false, err
	}
	configs, err := filepath.Glob(filepath.Join(configDir, "*.yml"))
	if err != nil || len(configs) == 0 {
		return false, fmt.Errorf("no configurations in %s", configDir)
	}
	var names []string
	for _, c := range configs {
		names = append(names, strings.TrimSuffix(filepath.Base(c), ".yml"))
	}
	exps, err := readExpectations(fixture, names)
	if err != nil {
		return false, err
	}
	for i, c := range configs {
		problems, err := checkConfig(bin, fixture, c, names[i], exps)
		if err != nil {
			return false, fmt.Errorf("%s: %w", c, err)
		}
		if len(problems) == 0 {
			fmt.Printf("ok   %s\n", c)
			continue
		}
		failed = true
		fmt.Printf("FAIL %s\n", c)
		for _, p := range problems {
			fmt.Printf("\t%s\n", p)
		}
	}
	return failed, nil
}

// An expectation is a "want" or "allow" comment of the fixture.
type expectation struct {
	file     string // relative to the fixture module, slash-separated
	line     int
	required bool     // want rather than allow
	configs  []string // nil: every configuration
	text     string
}

func (e expectation) appliesTo(config string) bool {
	return e.configs == nil || slices.Contains(e.configs, config)
}

func (e expectation) String() string {
	kind := "allow"
	if e.required {
		kind = "want"
	}
	return fmt.Sprintf("%s:%d: %s %q", e.file, e.line, kind, e.text)
}

var expectRE = regexp.MustCompile(`//\s*(want|allow)(?:\[([\w,-]+)\])?\s+"([^"]*)"`)

// readExpectations collects the expectations of the .go files under dir,
// rejecting a configuration name that has no file.
func readExpectations(dir string, configs []string) ([]expectation, error) {
	var exps []expectation
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(dir, path)
		if err != nil {
			return err
		}
		for i, line := range strings.Split(string(data), "\n") {
			for _, m := range expectRE.FindAllStringSubmatch(line, -1) {
				e := expectation{file: filepath.ToSlash(rel), line: i + 1, required: m[1] == "want", text: m[3]}
				if m[2] != "" {
					e.configs = strings.Split(m[2], ",")
				}
				for _, c := range e.configs {
					if !slices.Contains(configs, c) {
						return fmt.Errorf("%s:%d: no configuration %s.yml", path, i+1, c)
					}
				}
				exps = append(exps, e)
			}
		}
		return nil
	})
	if err == nil && len(exps) == 0 {
		err = fmt.Errorf("no expectations in %s", dir)
	}
	return exps, err
}

// An issue is the part of golangci-lint's JSON report that is checked.
type issue struct {
	FromLinter string
	Text       string
	Pos        struct {
		Filename string
		Line     int
	}
}

func (is issue) String() string {
	return fmt.Sprintf("%s:%d: %s: %s", is.Pos.Filename, is.Pos.Line, is.FromLinter, is.Text)
}

// checkConfig runs golangci-lint with one configuration and returns what
// does not match the expectations.
func checkConfig(bin, fixture, config, name string, exps []expectation) ([]string, error) {
	cfg, err := os.ReadFile(config)
	if err != nil {
		return nil, err
	}
	absConfig, err := filepath.Abs(config)
	if err != nil {
		return nil, err
	}
	tmp, err := os.MkdirTemp("", "gclcheck-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)
	report := filepath.Join(tmp, "report.json")

	cmd := exec.Command(bin, "run", "--config="+absConfig, "--output.json.path="+report, "--show-stats=false", "./...")
	cmd.Dir = fixture
	// A fresh cache, so that no result of an earlier plugin is reused.
	cmd.Env = append(os.Environ(), "GOLANGCI_LINT_CACHE="+filepath.Join(tmp, "cache"), "GOWORK=off")
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	runErr := cmd.Run()
	code := 0
	if ee, ok := errors.AsType[*exec.ExitError](runErr); ok {
		code = ee.ExitCode()
	} else if runErr != nil {
		return nil, runErr
	}

	if m := wantErrorRE.FindSubmatch(cfg); m != nil {
		return checkFailure(code, out.String(), string(m[1])), nil
	}
	// Exit code 1 means that issues were found.
	if code != 0 && code != 1 {
		return []string{fmt.Sprintf("golangci-lint exited with %d:\n%s", code, indent(out.String()))}, nil
	}
	data, err := os.ReadFile(report)
	if err != nil {
		return nil, err
	}
	var rep struct{ Issues []issue }
	if err := json.Unmarshal(data, &rep); err != nil {
		return nil, fmt.Errorf("reading the JSON report: %w", err)
	}
	return compare(name, exps, rep.Issues), nil
}

// wantErrorRE matches the line of a configuration that must fail.
var wantErrorRE = regexp.MustCompile(`(?m)^# want-error: (.*)$`)

// checkFailure checks that golangci-lint failed with want in its output.
func checkFailure(code int, out, want string) []string {
	if code == 0 || code == 1 {
		return []string{fmt.Sprintf("golangci-lint exited with %d, want a configuration error containing %q:\n%s", code, want, indent(out))}
	}
	if !strings.Contains(out, want) {
		return []string{fmt.Sprintf("golangci-lint failed without %q in its output:\n%s", want, indent(out))}
	}
	return nil
}

// compare matches the issues against the expectations for config.
func compare(config string, exps []expectation, issues []issue) []string {
	var problems []string
	matches := func(e expectation, is issue) bool {
		return is.FromLinter == "leakvet" && is.Pos.Filename == e.file && is.Pos.Line == e.line &&
			strings.Contains(is.Text, e.text)
	}
	for _, e := range exps {
		if !e.required || !e.appliesTo(config) {
			continue
		}
		if !slices.ContainsFunc(issues, func(is issue) bool { return matches(e, is) }) {
			problems = append(problems, "missing: "+e.String())
		}
	}
	for _, is := range issues {
		expected := slices.ContainsFunc(exps, func(e expectation) bool {
			return e.appliesTo(config) && matches(e, is)
		})
		if !expected {
			problems = append(problems, "unexpected: "+is.String())
		}
	}
	return problems
}

func indent(s string) string {
	return "\t\t" + strings.ReplaceAll(strings.TrimRight(s, "\n"), "\n", "\n\t\t")
}
