package runtime

import (
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strings"
	"sync"
	"unsafe"
)

// Reports on disk
//
// When the environment variable named by [ReportsEnv] names a directory,
// every check of every tracker of the process ([ForTest]'s, [VerifyMain]'s,
// [Tracker.Check], [Tracker.Close]) also writes what the process's trackers
// found so far to one file there, as a [ProcessReport]. `leakvet
// -reports=DIR` reads the directory and joins the leaks, and the sites whose
// resources were always released, with its own findings.
//
// Each process writes its own file, under a name made of its binary, its
// process id and a random number, and replaces it whole on each check: the
// new content goes to a temporary file that is then renamed over the old
// one, so a reader sees a complete file, and `go test ./...`, which runs
// the test binaries of several packages at once, never has two processes
// writing one file.

// ReportsEnv is the environment variable that names the directory trackers
// write their reports to. When it is unset or empty nothing is written, and
// nothing is recorded that only a report would need.
const ReportsEnv = "LEAKVET_REPORTS"

// ReportVersion is the version of the format of [ProcessReport]. A reader
// refuses a file of another version rather than misread it.
const ReportVersion = 1

// ProcessReport is the content of one file written to the directory named
// by [ReportsEnv]: what the trackers of one process found at their last
// check.
type ProcessReport struct {
	// Version is [ReportVersion].
	Version int `json:"version"`
	// Binary is the import path of the process's main package, such as
	// "example.com/app/db.test" for the tests of example.com/app/db.
	Binary string `json:"binary"`
	// Module is the path of the main module, whose code leakvet analyses;
	// empty when the binary carries no build information.
	Module string `json:"module,omitempty"`
	// Leaks are the resources open at end or abandoned, by test, oldest
	// first.
	Leaks []Leak `json:"leaks"`
	// Released are the opening stacks whose resources were closed, with
	// how many were and by which tests: a site that appears here and
	// never in Leaks was exercised and always released.
	Released []Released `json:"released"`
	// DoubleCloses are the resources closed twice.
	DoubleCloses []DoubleClose `json:"double_closes"`
}

// Released counts the resources of one kind opened from one stack and
// then closed.
type Released struct {
	Kind  string  `json:"kind"`
	Stack []Frame `json:"frames"`
	Count int     `json:"count"`
	// Tests are the tests whose trackers saw the resources, sorted, at
	// most 20; empty for trackers that belong to no test, such as
	// [VerifyMain]'s. OtherTests counts the tests left out.
	Tests      []string `json:"tests"`
	OtherTests int      `json:"other_tests,omitempty"`
}

// processSink is the report file of this process, or nil when
// [ReportsEnv] is unset. It is process-wide by nature: one file per
// process, shared by all its trackers, so it is the package's second piece
// of state after the default tracker. The variable is read once.
var processSink = sync.OnceValue(func() *reportSink {
	dir := os.Getenv(ReportsEnv)
	if dir == "" {
		return nil
	}
	return newReportSink(dir)
})

// reportSink collects the last check of each tracker of the process and
// writes them all to one file.
type reportSink struct {
	dir            string
	binary, module string

	mu   sync.Mutex // guards the fields below
	file string     // the file's path, chosen at the first write
	// checks is the last check of each tracker, what it adds to the
	// totals; leaky is those with leaks or double closes. released totals
	// the releases of the last checks by kind and stack. Each check
	// replaces its tracker's part, so that writing the file after each of
	// n tests costs what the file holds, not n.
	checks   map[*Tracker]trackerCheck
	leaky    map[*Tracker]*Report
	released map[string]*releasedTotal
}

// trackerCheck is what one check of one tracker found.
type trackerCheck struct {
	rep      *Report
	released []Released
}

// releasedTotal sums the releases of one kind and stack over trackers.
type releasedTotal struct {
	kind  string
	stack []Frame
	count int
	tests map[string]int // test name -> trackers counted that name it
}

// maxReportTests bounds how many tests a released site names in the
// file; the others are counted.
const maxReportTests = 20

func newReportSink(dir string) *reportSink {
	s := &reportSink{dir: dir, checks: map[*Tracker]trackerCheck{},
		leaky: map[*Tracker]*Report{}, released: map[string]*releasedTotal{}}
	s.binary = filepath.Base(os.Args[0])
	if bi, ok := debug.ReadBuildInfo(); ok {
		s.binary = cmp.Or(bi.Path, s.binary)
		s.module = bi.Main.Path
	}
	return s
}

// record replaces t's part with its latest check and rewrites the
// process's file.
func (s *reportSink) record(t *Tracker, rep *Report, released []Released) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if old, ok := s.checks[t]; ok {
		s.addReleased(old.released, -1)
	}
	s.addReleased(released, 1)
	s.checks[t] = trackerCheck{rep: rep, released: released}
	if rep.Clean() {
		delete(s.leaky, t)
	} else {
		s.leaky[t] = rep
	}
	data, err := json.MarshalIndent(s.merge(), "", "  ")
	if err != nil {
		return fmt.Errorf("runtime: %s: %w", ReportsEnv, err)
	}
	if err := s.write(data); err != nil {
		return fmt.Errorf("runtime: writing the report to %s=%s: %w", ReportsEnv, s.dir, err)
	}
	return nil
}

// addReleased adds (sign 1) or takes back (sign -1) one check's releases.
func (s *reportSink) addReleased(released []Released, sign int) {
	for _, r := range released {
		key := r.Kind + "\x00" + fmt.Sprint(r.Stack)
		total := s.released[key]
		if total == nil {
			total = &releasedTotal{kind: r.Kind, stack: r.Stack, tests: map[string]int{}}
			s.released[key] = total
		}
		total.count += sign * r.Count
		for _, test := range r.Tests {
			if total.tests[test] += sign; total.tests[test] == 0 {
				delete(total.tests, test)
			}
		}
		if total.count == 0 && len(total.tests) == 0 {
			delete(s.released, key)
		}
	}
}

// merge builds the process's report from the trackers' parts, sorted so
// that the file does not depend on the order tests ended in.
func (s *reportSink) merge() *ProcessReport {
	p := &ProcessReport{Version: ReportVersion, Binary: s.binary, Module: s.module,
		Leaks: []Leak{}, Released: []Released{}, DoubleCloses: []DoubleClose{}}
	for _, rep := range s.leaky {
		p.Leaks = append(p.Leaks, rep.Leaks...)
		p.DoubleCloses = append(p.DoubleCloses, rep.DoubleCloses...)
	}
	keys := slices.Sorted(maps.Keys(s.released))
	for _, key := range keys {
		total := s.released[key]
		tests := slices.Sorted(maps.Keys(total.tests))
		r := Released{Kind: total.kind, Stack: total.stack, Count: total.count, Tests: tests}
		if len(tests) > maxReportTests {
			r.Tests, r.OtherTests = tests[:maxReportTests], len(tests)-maxReportTests
		}
		p.Released = append(p.Released, r)
	}
	slices.SortFunc(p.Leaks, func(a, b Leak) int {
		return cmp.Or(cmp.Compare(a.Test, b.Test), a.OpenedAt.Compare(b.OpenedAt), cmp.Compare(a.Kind, b.Kind), cmp.Compare(a.Name, b.Name))
	})
	slices.SortFunc(p.DoubleCloses, func(a, b DoubleClose) int {
		return cmp.Or(cmp.Compare(a.Test, b.Test), a.OpenedAt.Compare(b.OpenedAt))
	})
	return p
}

// write replaces the process's file with data: it writes a temporary file
// in the same directory and renames it, so that readers, and `leakvet
// -reports`, never see half a file. Readers skip names that start with a
// dot, as the temporary files' do.
func (s *reportSink) write(data []byte) error {
	if s.file == "" {
		if err := os.MkdirAll(s.dir, 0o755); err != nil {
			return err
		}
		name := strings.NewReplacer("/", "_", "\\", "_", ":", "_").Replace(s.binary)
		s.file = filepath.Join(s.dir, fmt.Sprintf("%s-%d-%08x.json", name, os.Getpid(), rand.Uint32()))
	}
	tmp, err := os.CreateTemp(s.dir, "."+filepath.Base(s.file)+".*")
	if err != nil {
		return err
	}
	_, err = tmp.Write(data)
	err = errors.Join(err, tmp.Chmod(0o644), tmp.Close()) // CreateTemp's 0600 would hide it from other users
	if err == nil {
		err = os.Rename(tmp.Name(), s.file)
	}
	if err != nil {
		os.Remove(tmp.Name())
	}
	return err
}

// releaseKey identifies an opening stack of one kind. stack is the
// stack's program counters seen as a string (see pcsKey), so that a
// release is counted without an allocation once its site is known.
type releaseKey struct {
	kind  string
	stack string
}

// releaseCount is how many resources opened from one stack were closed.
type releaseCount struct {
	pcs   []uintptr
	count int
}

// pcsKey views pcs as a string, for a map key. pcs must not change
// afterwards: a record's never does.
func pcsKey(pcs []uintptr) string {
	return unsafe.String((*byte)(unsafe.Pointer(unsafe.SliceData(pcs))), len(pcs)*int(unsafe.Sizeof(uintptr(0))))
}

// countRelease counts r as released in s; s.mu must be held.
func (s *shard) countRelease(r *record) {
	k := releaseKey{kind: r.kind, stack: pcsKey(r.pcs)}
	if c := s.released[k]; c != nil {
		c.count++
		return
	}
	if s.released == nil {
		s.released = map[releaseKey]*releaseCount{}
	}
	s.released[k] = &releaseCount{pcs: r.pcs, count: 1}
}

// releasedSites symbolises the releases counted by t's shards.
func (t *Tracker) releasedSites() []Released {
	type count struct {
		kind  string
		pcs   []uintptr
		count int
	}
	var counts []count
	for i := range t.shards {
		s := &t.shards[i]
		s.mu.Lock()
		for k, c := range s.released {
			counts = append(counts, count{k.kind, c.pcs, c.count})
		}
		s.mu.Unlock()
	}
	tests := []string{}
	if t.opts.test != "" {
		tests = []string{t.opts.test}
	}
	out := make([]Released, len(counts))
	for i, c := range counts {
		out[i] = Released{Kind: c.kind, Stack: t.frames(c.pcs), Count: c.count, Tests: tests}
	}
	return out
}

// writeReport records rep, the result of a check of t, in the process's
// report file. An error is kept for [Tracker.Close] to return.
func (t *Tracker) writeReport(rep *Report) {
	if err := t.sink.record(t, rep, t.releasedSites()); err != nil {
		t.mu.Lock()
		t.sinkErr = err
		t.mu.Unlock()
	}
}
