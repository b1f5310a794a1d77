// Package confirm implements `leakvet -confirm`: it runs the tests of the
// packages it is given with every acquisition site of those packages
// instrumented, and joins the reports that the tests write with leakvet's
// findings, as `leakvet -reports` does, without a change to the module:
//
//	leakvet -confirm ./...
//
// The module's files are never written. `go test -overlay` compiles
// instrumented copies of them instead (see instrument.go), which import a
// copy of leakvet's runtime package that exists only in the overlay, in a
// directory of the module's root, so go.mod needs no requirement (see
// tracker.go). Each test process writes its report at the end of its
// TestMain; then leakvet runs again, as a child process, with -reports
// naming the reports' directory.
package confirm

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"time"
)

// options are the -confirm flags.
type options struct {
	confirm bool
	run     string
	race    bool
	timeout time.Duration
	count   int
}

// Main runs leakvet -confirm when args (the command line without the
// program's name) ask for it, and returns the exit code; ok is false when
// they do not, and the caller runs leakvet as usual. analyzerFlags are
// the flags of leakvet's analyzer, which the command line may also hold.
func Main(analyzerFlags *flag.FlagSet, args []string, stdout, stderr io.Writer) (code int, ok bool) {
	if !asksForConfirm(newFlagSet(&options{}, analyzerFlags), args) {
		return 0, false
	}
	o, rest, patterns, err := parseFlags(analyzerFlags, args)
	if err != nil {
		fmt.Fprintf(stderr, "leakvet: %v\n", err)
		return 2, true
	}
	code, err = o.confirmRun(rest, patterns, stdout, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "leakvet: -confirm: %v\n", err)
		return 1, true
	}
	return code, true
}

// define defines the -confirm flags on fs, to be parsed into o.
func (o *options) define(fs *flag.FlagSet) {
	fs.BoolVar(&o.confirm, "confirm", false, "run the packages' tests with every acquisition site instrumented, then join what they left open with the findings, as -reports does (standalone only, not under go vet)")
	fs.StringVar(&o.run, "confirm-run", "", "with -confirm, run only the tests that match `regexp` (go test -run)")
	fs.BoolVar(&o.race, "confirm-race", false, "with -confirm, run the tests with the race detector (go test -race)")
	fs.DurationVar(&o.timeout, "confirm-timeout", 10*time.Minute, "with -confirm, the time limit of each test binary (go test -timeout)")
	fs.IntVar(&o.count, "confirm-count", 1, "with -confirm, run each test `n` times (go test -count)")
}

// newFlagSet returns the flags that a command line with -confirm may
// hold: the -confirm flags, parsed into o, -json, -test and the
// analyzer's flags. Other flags of the standalone driver (-fix, -diff,
// -c and the debugging flags) do not combine with -confirm.
func newFlagSet(o *options, analyzerFlags *flag.FlagSet) *flag.FlagSet {
	fs := flag.NewFlagSet("leakvet", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	o.define(fs)
	fs.Bool("json", false, "")
	fs.Bool("test", true, "")
	analyzerFlags.VisitAll(func(f *flag.Flag) {
		// Stand-ins, so that parsing here leaves the analyzer's values alone.
		if isBool(f) {
			fs.Bool(f.Name, false, "")
		} else {
			fs.String(f.Name, "", "")
		}
	})
	return fs
}

// isBool reports whether f is a boolean flag, which takes no separate value.
func isBool(f *flag.Flag) bool {
	b, ok := f.Value.(interface{ IsBoolFlag() bool })
	return ok && b.IsBoolFlag()
}

// asksForConfirm reports whether a flag of args, before the first
// package pattern, is one of the -confirm flags. It skips the value of a
// flag that takes one, whether fs or another driver knows the flag.
func asksForConfirm(fs *flag.FlagSet, args []string) bool {
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" || !strings.HasPrefix(a, "-") {
			return false
		}
		name, _, hasValue := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if name == "confirm" || strings.HasPrefix(name, "confirm-") {
			return true
		}
		f := fs.Lookup(name)
		if !hasValue && (f != nil && !isBool(f) || f == nil && driverTakesValue(name)) {
			i++
		}
	}
	return false
}

// driverTakesValue reports whether name is a flag of leakvet's other
// drivers that takes a value, as in `-c 3`.
func driverTakesValue(name string) bool {
	switch name {
	case "c", "cpuprofile", "memprofile", "trace", "debug":
		return true
	}
	return false
}

// parseFlags parses args: the flags of newFlagSet, then the package
// patterns. rest is args without the -confirm flags, for the analysis.
func parseFlags(analyzerFlags *flag.FlagSet, args []string) (o *options, rest, patterns []string, err error) {
	o = &options{}
	fs := newFlagSet(o, analyzerFlags)
	if err := fs.Parse(args); err != nil {
		return nil, nil, nil, fmt.Errorf("%v (with -confirm, the flags are -confirm-run, -confirm-race, -confirm-timeout, -confirm-count, -json, -test and the analyzer's)", err)
	}
	switch {
	case !o.confirm:
		return nil, nil, nil, errors.New("-confirm-run, -confirm-race, -confirm-timeout and -confirm-count need -confirm")
	case fs.Lookup("reports") != nil && isSet(fs, "reports"):
		return nil, nil, nil, errors.New("-confirm writes the reports itself: leave out -reports")
	case o.count < 1:
		return nil, nil, nil, errors.New("-confirm-count must be at least 1")
	case o.timeout <= 0:
		return nil, nil, nil, errors.New("-confirm-timeout must be positive")
	case fs.NArg() == 0:
		return nil, nil, nil, errors.New("-confirm needs package patterns (./... for the whole module)")
	}
	fs.Visit(func(f *flag.Flag) {
		if f.Name != "confirm" && !strings.HasPrefix(f.Name, "confirm-") { // -confirmed-only is the analyzer's
			rest = append(rest, "-"+f.Name+"="+f.Value.String())
		}
	})
	return o, rest, fs.Args(), nil
}

// isSet reports whether the command line set the flag name.
func isSet(fs *flag.FlagSet, name string) bool {
	set := false
	fs.Visit(func(f *flag.Flag) { set = set || f.Name == name })
	return set
}

// confirmRun instruments the packages, runs their tests, then leakvet
// with -reports on what they wrote and the flags of rest, and returns
// that run's exit code.
func (o *options) confirmRun(rest, patterns []string, stdout, stderr io.Writer) (int, error) {
	tmp, err := os.MkdirTemp("", "leakvet-confirm-")
	if err != nil {
		return 0, err
	}
	defer os.RemoveAll(tmp)
	p, err := instrument(patterns, tmp)
	if err != nil {
		return 0, err
	}
	for _, n := range p.notes {
		fmt.Fprintf(stderr, "leakvet: -confirm: %s\n", n)
	}
	reports := tmp + string(os.PathSeparator) + "reports"
	if err := os.Mkdir(reports, 0o755); err != nil {
		return 0, err
	}
	if err := runTests(p, o, reports, stderr); err != nil {
		return 0, err
	}
	exe, err := os.Executable()
	if err != nil {
		return 0, err
	}
	args := append([]string{"-reports=" + reports}, rest...)
	cmd := exec.Command(exe, append(args, patterns...)...)
	cmd.Stdout, cmd.Stderr = stdout, stderr
	err = cmd.Run()
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		return exit.ExitCode(), nil
	}
	return 0, err
}

// DescribeFlags defines the -confirm flags on fs, so that the help of the
// driver that parses fs lists them, unless args ask for -flags: go vet
// reads that list to learn which flags it may pass on to leakvet, and
// -confirm, which runs the tests of whole packages, has no meaning for
// the one package that go vet hands leakvet at a time. Main takes every
// command line that sets these flags, so the driver never parses them.
func DescribeFlags(fs *flag.FlagSet, args []string) {
	for _, a := range args {
		if a == "--" || !strings.HasPrefix(a, "-") {
			break
		}
		if name, value, _ := strings.Cut(strings.TrimLeft(a, "-"), "="); name == "flags" && value != "false" {
			return
		}
	}
	(&options{}).define(fs)
}
