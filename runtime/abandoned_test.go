package runtime_test

import (
	"strings"
	"testing"

	leakruntime "github.com/leakvet/leakvet/runtime"
)

// dropHandle tracks a resource and drops its handle without closing it.
//
//go:noinline
func dropHandle(t *testing.T, tr *leakruntime.Tracker, name string) {
	//leakvet:ignore deliberately dropped: the test checks it is reported as abandoned
	if _, err := tr.Track("net.Conn", name); err != nil {
		t.Fatal(err)
	}
}

// checkUntil runs Check until cond holds on its report, at most a bounded
// number of times: one garbage collection normally suffices, but the
// runtime does not promise that every unreachable object is found by the
// first.
func checkUntil(tr *leakruntime.Tracker, cond func(*leakruntime.Report) bool) *leakruntime.Report {
	var rep *leakruntime.Report
	for range 20 {
		if rep = tr.Check(); cond(rep) {
			break
		}
	}
	return rep
}

func countHow(rep *leakruntime.Report, how leakruntime.LeakKind) int {
	n := 0
	for _, l := range rep.Leaks {
		if l.How == how {
			n++
		}
	}
	return n
}

func TestAbandoned(t *testing.T) {
	tr := leakruntime.New(leakruntime.DetectAbandoned(true))
	dropHandle(t, tr, "dropped")
	kept := mustTrack(t, tr, "net.Conn", "kept")

	rep := checkUntil(tr, func(r *leakruntime.Report) bool { return countHow(r, leakruntime.Abandoned) == 1 })
	if countHow(rep, leakruntime.Abandoned) != 1 || countHow(rep, leakruntime.OpenAtEnd) != 1 {
		t.Fatalf("leaks = %+v, want one abandoned and one open at end", rep.Leaks)
	}
	for _, l := range rep.Leaks {
		want := map[leakruntime.LeakKind]string{leakruntime.Abandoned: "dropped", leakruntime.OpenAtEnd: "kept"}[l.How]
		if l.Name != want {
			t.Errorf("%s leak is %q, want %q", l.How, l.Name, want)
		}
	}
	if l := findLeak(rep, "dropped"); l.Stack[0].Function != thisPkg+"dropHandle" {
		t.Errorf("abandoned resource opened at %s, want dropHandle", l.Stack[0].Function)
	}
	text := rep.Error()
	if !strings.Contains(text, "1 resource abandoned") || !strings.Contains(text, "abandoned: 1 × net.Conn") {
		t.Errorf("report text does not show the abandoned resource:\n%s", text)
	}
	kept.Close()
	// The abandoned resource stays reported: nothing can close it.
	if err := tr.Close(); err == nil {
		t.Error("Close = nil, want the abandoned resource reported")
	}
}

func findLeak(rep *leakruntime.Report, name string) leakruntime.Leak {
	for _, l := range rep.Leaks {
		if l.Name == name {
			return l
		}
	}
	return leakruntime.Leak{}
}

func TestClosedHandleIsNotAbandoned(t *testing.T) {
	tr := leakruntime.New(leakruntime.DetectAbandoned(true))
	defer tr.Close()
	closeAndDrop(t, tr)
	for range 3 {
		if rep := tr.Check(); !rep.Clean() {
			t.Fatalf("a closed, then dropped, handle is reported:\n%v", rep)
		}
	}
}

//go:noinline
func closeAndDrop(t *testing.T, tr *leakruntime.Tracker) {
	mustTrack(t, tr, "net.Conn", "closed").Close()
}

func TestAbandonedDetectionOff(t *testing.T) {
	tr := leakruntime.New() // off by default
	defer tr.Close()
	dropHandle(t, tr, "dropped")
	rep := tr.Check()
	if countHow(rep, leakruntime.OpenAtEnd) != 1 || countHow(rep, leakruntime.Abandoned) != 0 {
		t.Fatalf("leaks = %+v, want one open at end", rep.Leaks)
	}
}
