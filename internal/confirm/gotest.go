package confirm

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"os"
	"os/exec"
	"slices"
	"strconv"
	"strings"
)

// testEvent is one line of `go test -json` (see `go doc test2json`).
type testEvent struct {
	Action      string
	Package     string
	Test        string
	Output      string
	ImportPath  string // of build output
	FailedBuild string
}

// packageResult is what happened to one package's tests.
type packageResult struct {
	failed      bool
	failedTests []string
	buildFailed bool
	output      map[string]*strings.Builder // by test; "" for the package
}

// runTests runs go test on the plan's packages with the overlay, and
// LEAKVET_REPORTS naming reports, and tells stderr which packages failed
// to build or had failing tests, with their output. A failure of the
// tests is not an error: the reports of the others still count.
func runTests(p *plan, o *options, reports string, stderr io.Writer) error {
	args := []string{"test", "-json", "-vet=off", "-overlay=" + p.overlayFile,
		"-count=" + strconv.Itoa(o.count), "-timeout=" + o.timeout.String()}
	if o.run != "" {
		args = append(args, "-run="+o.run)
	}
	if o.race {
		args = append(args, "-race")
	}
	args = append(args, p.packages...)
	cmd := exec.Command("go", args...)
	cmd.Env = append(os.Environ(), "LEAKVET_REPORTS="+reports)
	var stdout, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &errOut
	runErr := cmd.Run()
	results, order, events := readEvents(&stdout)
	var exit *exec.ExitError
	if runErr != nil && (!errors.As(runErr, &exit) || exit.ExitCode() != 1 || events == 0) {
		return fmt.Errorf("go test: %v\n%s%s", runErr, nonJSON(stdout.String()), errOut.String())
	}
	reportFailures(stderr, results, order)
	return nil
}

// reportFailures tells w which of the packages failed to build or had
// failing tests, in order, with their output.
func reportFailures(w io.Writer, results map[string]*packageResult, order []string) {
	for _, pkg := range order {
		r := results[pkg]
		switch {
		case r.buildFailed:
			fmt.Fprintf(w, "leakvet: the tests of %s did not build; its sites are joined with no test run:\n%s", pkg, indent(r.output[""].String()))
		case len(r.failedTests) > 0:
			fmt.Fprintf(w, "leakvet: tests of %s failed (%s); the reports they wrote are joined:\n", pkg, strings.Join(r.failedTests, ", "))
			for _, t := range r.failedTests {
				fmt.Fprint(w, indent(r.output[t].String()))
				// go test -json files a subtest's output under the
				// subtest, where its failure message is.
				for _, sub := range slices.Sorted(maps.Keys(r.output)) {
					if strings.HasPrefix(sub, t+"/") {
						fmt.Fprint(w, indent(r.output[sub].String()))
					}
				}
			}
		case r.failed:
			fmt.Fprintf(w, "leakvet: the test binary of %s failed; the reports it wrote are joined:\n%s", pkg, indent(r.output[""].String()))
		}
	}
}

// readEvents reads the events of go test -json and returns the results by
// package, the packages that failed in order, and how many events it read.
func readEvents(r io.Reader) (map[string]*packageResult, []string, int) {
	results := map[string]*packageResult{}
	var failed []string
	result := func(pkg string) *packageResult {
		r := results[pkg]
		if r == nil {
			r = &packageResult{output: map[string]*strings.Builder{"": {}}}
			results[pkg] = r
		}
		return r
	}
	buildOutput := map[string]*strings.Builder{} // by the ImportPath of the build
	dec := json.NewDecoder(r)
	n := 0
	for {
		var e testEvent
		if err := dec.Decode(&e); err != nil {
			break // the end, or output that is not JSON: go test's own errors
		}
		n++
		switch e.Action {
		case "build-output":
			b := buildOutput[e.ImportPath]
			if b == nil {
				b = &strings.Builder{}
				buildOutput[e.ImportPath] = b
			}
			b.WriteString(e.Output)
			continue
		case "output":
			res := result(e.Package)
			b := res.output[e.Test]
			if b == nil {
				b = &strings.Builder{}
				res.output[e.Test] = b
			}
			b.WriteString(e.Output)
		case "fail":
			res := result(e.Package)
			if e.Test != "" {
				if !strings.Contains(e.Test, "/") { // a subtest fails its parent too
					res.failedTests = append(res.failedTests, e.Test)
				}
				continue
			}
			res.failed = true
			if e.FailedBuild != "" {
				res.buildFailed = true
				if b := buildOutput[e.FailedBuild]; b != nil {
					res.output[""].WriteString(b.String())
				}
			}
			if !slices.Contains(failed, e.Package) {
				failed = append(failed, e.Package)
			}
		}
	}
	return results, failed, n
}

// nonJSON returns the lines of out that are not JSON events.
func nonJSON(out string) string {
	var b strings.Builder
	for line := range strings.Lines(out) {
		if !strings.HasPrefix(line, "{") {
			b.WriteString(line)
		}
	}
	return b.String()
}

// indent indents each line of s by a tab.
func indent(s string) string {
	var b strings.Builder
	for line := range strings.Lines(s) {
		b.WriteString("\t" + strings.TrimSuffix(line, "\n") + "\n")
	}
	return b.String()
}
