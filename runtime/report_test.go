package runtime_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	leakruntime "github.com/leakvet/leakvet/runtime"
)

// openConns opens n conns from one call site.
func openConns(t *testing.T, tr *leakruntime.Tracker, n int) {
	for i := range n {
		//leakvet:ignore deliberate leak: the tests check how it is reported
		if _, err := tr.Track("net.Conn", fmt.Sprintf("tcp 10.0.0.%d:5432", i)); err != nil {
			t.Fatal(err)
		}
	}
}

// openFile opens a file from another call site.
func openFile(t *testing.T, tr *leakruntime.Tracker, name string) {
	//leakvet:ignore deliberate leak: the tests check how it is reported
	if _, err := tr.Track("fs.File", name); err != nil {
		t.Fatal(err)
	}
}

func TestReportGroupsAndOrder(t *testing.T) {
	clock := newFakeClock()
	tr := leakruntime.New(leakruntime.Clock(clock.Now))
	defer tr.Close()
	openFile(t, tr, "a.txt") // t=1s
	openConns(t, tr, 500)    // t=2s..501s
	openFile(t, tr, "b.txt") // t=502s
	rep := tr.Check()        // t=503s

	groups := rep.Groups()
	type summary struct {
		kind, site string
		count      int
	}
	var got []summary
	for _, g := range groups {
		got = append(got, summary{g.Kind, g.Site.Function, len(g.Leaks)})
	}
	want := []summary{
		{"fs.File", thisPkg + "openFile", 2},
		{"net.Conn", thisPkg + "openConns", 500},
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("groups = %v, want %v", got, want)
	}
	if n := groups[0].Leaks; n[0].Name != "a.txt" || n[1].Name != "b.txt" {
		t.Errorf("files not oldest first: %s, %s", n[0].Name, n[1].Name)
	}

	text := rep.Error()
	wantLines := []string{
		"runtime: 502 resources open at end",
		`open at end: 2 × fs.File, oldest 8m22s`,
		`  "a.txt" (8m22s), "b.txt" (1s)`,
		`open at end: 500 × net.Conn, oldest 8m21s`,
		`  "tcp 10.0.0.0:5432" (8m21s), "tcp 10.0.0.1:5432" (8m20s), "tcp 10.0.0.2:5432" (8m19s), "tcp 10.0.0.3:5432" (8m18s), "tcp 10.0.0.4:5432" (8m17s), and 495 more`,
		"    " + thisPkg + "openConns",
	}
	for _, w := range wantLines {
		if !strings.Contains(text, w+"\n") {
			t.Errorf("report lacks line %q:\n%s", w, text)
		}
	}
	// One block per group: the 500 conns share one stack.
	if n := strings.Count(text, "opened at:"); n != 2 {
		t.Errorf("report has %d stacks, want 2 (one per group):\n%s", n, text)
	}
}

func TestReportDistinctStacksSameSite(t *testing.T) {
	tr := leakruntime.New()
	defer tr.Close()
	viaA(t, tr)
	viaB(t, tr)
	groups := tr.Check().Groups()
	if len(groups) != 1 || groups[0].Stacks != 2 || len(groups[0].Leaks) != 2 {
		t.Fatalf("groups = %+v, want one group of 2 reached by 2 stacks", groups)
	}
}

func viaA(t *testing.T, tr *leakruntime.Tracker) { openFile(t, tr, "x") }
func viaB(t *testing.T, tr *leakruntime.Tracker) { openFile(t, tr, "y") }

func TestReportJSON(t *testing.T) {
	clock := newFakeClock()
	rec := &recorder{name: "TestSomething"}
	//leakvet:ignore closed by the cleanup ForTest registers, run by rec.finish
	tr := leakruntime.ForTest(rec, leakruntime.Clock(clock.Now), leakruntime.DetectAbandoned(false))
	openFile(t, tr, "data.csv")
	h := mustTrack(t, tr, "net.Conn", "twice")
	h.Close()
	h.Close()

	data, err := json.Marshal(tr.Check())
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		Test      string    `json:"test"`
		CheckedAt time.Time `json:"checked_at"`
		Leaks     []struct {
			Kind     string    `json:"kind"`
			Name     string    `json:"name"`
			OpenedAt time.Time `json:"opened_at"`
			Leak     string    `json:"leak"`
			Test     string    `json:"test"`
			Frames   []struct {
				Function string `json:"function"`
				File     string `json:"file"`
				Line     int    `json:"line"`
			} `json:"frames"`
		} `json:"leaks"`
		DoubleCloses []struct {
			Name        string            `json:"name"`
			FirstClose  []json.RawMessage `json:"first_close"`
			SecondClose []json.RawMessage `json:"second_close"`
		} `json:"double_closes"`
	}
	if err := json.Unmarshal(data, &got); err != nil {
		t.Fatal(err)
	}
	if got.Test != "TestSomething" || len(got.Leaks) != 1 || len(got.DoubleCloses) != 1 {
		t.Fatalf("JSON = %s", data)
	}
	l := got.Leaks[0]
	if l.Kind != "fs.File" || l.Name != "data.csv" || l.Leak != "open-at-end" || l.Test != "TestSomething" {
		t.Errorf("leak = %+v", l)
	}
	if !l.OpenedAt.Equal(time.Date(2026, 1, 2, 3, 4, 6, 0, time.UTC)) {
		t.Errorf("opened_at = %v", l.OpenedAt)
	}
	f := l.Frames[0]
	if f.Function != thisPkg+"openFile" || !strings.HasSuffix(f.File, "report_test.go") || f.Line == 0 {
		t.Errorf("first frame = %+v, want openFile in report_test.go", f)
	}
	if d := got.DoubleCloses[0]; d.Name != "twice" || len(d.FirstClose) == 0 || len(d.SecondClose) == 0 {
		t.Errorf("double close = %+v", d)
	}
	if out := rec.finish(); !strings.Contains(out, "runtime: TestSomething: 1 resource open at end, 1 resource closed twice") {
		t.Errorf("ForTest reported %q", out)
	}
}

func TestCleanReportJSON(t *testing.T) {
	tr := leakruntime.New(leakruntime.Clock(newFakeClock().Now))
	defer tr.Close()
	rep := tr.Check()
	data, err := json.Marshal(rep)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"checked_at":"2026-01-02T03:04:06Z","leaks":[],"double_closes":[]}`
	if string(data) != want {
		t.Errorf("JSON = %s, want %s", data, want)
	}
	if rep.Err() != nil || rep.String() != "runtime: no leaked resources" {
		t.Errorf("clean report: Err = %v, String = %q", rep.Err(), rep.String())
	}
}
