package runtime_test

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	leakruntime "github.com/leakvet/leakvet/runtime"
)

// reportsChild is set in the environment of the processes that
// TestReportsToDisk starts, so that TestReportsChild runs there only.
const reportsChild = "LEAKVET_TEST_REPORTS_CHILD"

// TestReportsChild runs in a child process with LEAKVET_REPORTS set: two
// scoped trackers, one that releases what it opened from one site twice,
// one that leaks. The leak is recorded, not failed on, by a recorder.
func TestReportsChild(t *testing.T) {
	if os.Getenv(reportsChild) == "" {
		t.Skip("run by TestReportsToDisk")
	}
	clean := &recorder{name: "TestClean"}
	tr := leakruntime.ForTest(clean)
	for range 2 {
		h := mustTrack(t, tr, "net.Conn", "released")
		h.Close()
	}
	if got := clean.finish(); got != "" {
		t.Fatalf("clean tracker reported: %s", got)
	}
	leaky := &recorder{name: "TestLeaky"}
	tr = leakruntime.ForTest(leaky)
	h := mustTrack(t, tr, "fs.File", "left open")
	if got := leaky.finish(); !strings.Contains(got, "1 resource open at end") {
		t.Fatalf("leaky tracker reported %q", got)
	}
	h.Close() // after the check: open at end, not abandoned
}

// TestReportsToDisk runs TestReportsChild in three processes at once, all
// writing to one directory, and reads what they wrote.
func TestReportsToDisk(t *testing.T) {
	if os.Getenv(reportsChild) != "" {
		t.Skip("in the child")
	}
	dir := filepath.Join(t.TempDir(), "reports") // created by the children
	const processes = 3
	var wg sync.WaitGroup
	outputs := make([][]byte, processes)
	errs := make([]error, processes)
	for i := range processes {
		wg.Go(func() {
			cmd := exec.Command(os.Args[0], "-test.run=^TestReportsChild$", "-test.count=1")
			cmd.Env = append(os.Environ(), reportsChild+"=1", leakruntime.ReportsEnv+"="+dir)
			outputs[i], errs[i] = cmd.CombinedOutput()
		})
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("child %d: %v\n%s", i, err, outputs[i])
		}
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != processes {
		t.Fatalf("got %d files, want one per process (%d): %v", len(entries), processes, entries)
	}
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), ".json") || !strings.HasPrefix(e.Name(), "github.com_leakvet_leakvet_runtime.test-") {
			t.Errorf("file name %q: want the binary's import path, a process id and .json", e.Name())
		}
		data, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		var rep leakruntime.ProcessReport
		if err := json.Unmarshal(data, &rep); err != nil {
			t.Fatalf("%s: %v\n%s", e.Name(), err, data)
		}
		checkProcessReport(t, e.Name(), &rep)
	}
}

func checkProcessReport(t *testing.T, name string, rep *leakruntime.ProcessReport) {
	t.Helper()
	if rep.Version != leakruntime.ReportVersion || rep.Module != "github.com/leakvet/leakvet" {
		t.Errorf("%s: version %d, module %q", name, rep.Version, rep.Module)
	}
	if len(rep.Leaks) != 1 {
		t.Fatalf("%s: %d leaks, want 1: %+v", name, len(rep.Leaks), rep.Leaks)
	}
	l := rep.Leaks[0]
	if l.Kind != "fs.File" || l.How != leakruntime.OpenAtEnd || l.Test != "TestLeaky" || len(l.Stack) == 0 || l.Stack[0].Function != thisPkg+"mustTrack" {
		t.Errorf("%s: leak %+v", name, l)
	}
	if len(rep.Released) != 1 {
		t.Fatalf("%s: %d released sites, want 1: %+v", name, len(rep.Released), rep.Released)
	}
	r := rep.Released[0]
	if r.Kind != "net.Conn" || r.Count != 2 || strings.Join(r.Tests, ",") != "TestClean" || r.Stack[0].Function != thisPkg+"mustTrack" {
		t.Errorf("%s: released %+v", name, r)
	}
}

// TestReportsWriteFailure checks that a report that cannot be written
// fails the check that tried, rather than vanishing.
func TestReportsWriteFailure(t *testing.T) {
	if os.Getenv(reportsChild) == "" {
		t.Skip("run by TestReportsToDiskFailure")
	}
	rec := &recorder{name: "TestUnwritable"}
	leakruntime.ForTest(rec)
	got := rec.finish()
	if !strings.Contains(got, "runtime: writing the report to LEAKVET_REPORTS=") {
		t.Fatalf("ForTest reported %q, want the write error", got)
	}
}

func TestReportsToDiskFailure(t *testing.T) {
	if os.Getenv(reportsChild) != "" {
		t.Skip("in the child")
	}
	// A regular file where the directory should be.
	notDir := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(notDir, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestReportsWriteFailure$", "-test.count=1", "-test.v")
	cmd.Env = append(os.Environ(), reportsChild+"=1", leakruntime.ReportsEnv+"="+notDir)
	out, err := cmd.CombinedOutput()
	if err != nil || !strings.Contains(string(out), "--- PASS: TestReportsWriteFailure") {
		t.Fatalf("child: %v\n%s", err, out)
	}
}
