package runtime

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// TestReportSinkTotals records the checks of many trackers that release
// resources opened from one stack, and a second check of one of them,
// and reads the file back: each tracker counts once, with its latest
// check, and the file names at most maxReportTests tests.
func TestReportSinkTotals(t *testing.T) {
	s := newReportSink(filepath.Join(t.TempDir(), "reports"))
	stack := []Frame{{Function: "example.com/app.Open", File: "app.go", Line: 7}}
	const trackers = maxReportTests + 5
	var first *Tracker
	for i := range trackers {
		tr := New(testName(fmt.Sprintf("Test%02d", i)))
		if i == 0 {
			first = tr
		}
		rel := []Released{{Kind: "net.Conn", Stack: stack, Count: 1, Tests: []string{tr.opts.test}}}
		if err := s.record(tr, &Report{Test: tr.opts.test}, rel); err != nil {
			t.Fatal(err)
		}
	}
	// The first tracker checked again, having released one more.
	rel := []Released{{Kind: "net.Conn", Stack: stack, Count: 2, Tests: []string{"Test00"}}}
	if err := s.record(first, &Report{Test: "Test00"}, rel); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(s.file)
	if err != nil {
		t.Fatal(err)
	}
	var p ProcessReport
	if err := json.Unmarshal(data, &p); err != nil {
		t.Fatal(err)
	}
	if len(p.Released) != 1 {
		t.Fatalf("released = %+v, want one site", p.Released)
	}
	r := p.Released[0]
	if r.Count != trackers+1 || len(r.Tests) != maxReportTests || r.OtherTests != 5 || r.Tests[0] != "Test00" {
		t.Errorf("released = %d by %v and %d others; want %d by Test00..Test19 and 5 others", r.Count, r.Tests, r.OtherTests, trackers+1)
	}
}
