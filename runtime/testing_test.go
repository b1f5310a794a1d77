package runtime_test

import (
	"fmt"
	"strings"
	"sync"
	"testing"

	leakruntime "github.com/leakvet/leakvet/runtime"
)

func TestForTestFailsLeakyTest(t *testing.T) {
	rec := &recorder{name: "TestLeaky"}
	//leakvet:ignore closed by the cleanup ForTest registers, run by rec.finish
	tr := leakruntime.ForTest(rec, leakruntime.DetectAbandoned(false))
	//leakvet:ignore deliberate leak: the test checks that ForTest reports it
	mustTrack(t, tr, "net.Conn", "tcp 127.0.0.1:5432")
	out := rec.finish()
	if !strings.HasPrefix(out, "runtime: TestLeaky: 1 resource open at end") {
		t.Fatalf("ForTest reported %q", out)
	}
	//leakvet:ignore the tracker is closed, so Track returns no handle
	if _, err := tr.Track("net.Conn", "late"); err == nil {
		t.Error("tracker still tracks after its test ended")
	}
}

func TestForTestPassesCleanTest(t *testing.T) {
	rec := &recorder{name: "TestClean"}
	//leakvet:ignore closed by the cleanup ForTest registers, run by rec.finish
	tr := leakruntime.ForTest(rec)
	mustTrack(t, tr, "net.Conn", "tcp 127.0.0.1:5432").Close()
	if out := rec.finish(); out != "" {
		t.Fatalf("clean test reported %q", out)
	}
}

func TestForTestDetectsAbandonedByDefault(t *testing.T) {
	rec := &recorder{name: "TestAbandons"}
	//leakvet:ignore closed by the cleanup ForTest registers, run by rec.finish
	tr := leakruntime.ForTest(rec)
	dropHandle(t, tr, "dropped")
	// Wait (boundedly) for the cleanup before the scope ends, then let the
	// scope's own check report it.
	checkUntil(tr, func(r *leakruntime.Report) bool { return countHow(r, leakruntime.Abandoned) == 1 })
	if out := rec.finish(); !strings.Contains(out, "1 resource abandoned") {
		t.Fatalf("ForTest reported %q, want the abandoned resource", out)
	}
}

// TestParallelScopes runs parallel subtests, each with its own scope: each
// sees only its own resources, so none is blamed for another's.
func TestParallelScopes(t *testing.T) {
	for i := range 4 {
		t.Run(fmt.Sprint(i), func(t *testing.T) {
			t.Parallel()
			//leakvet:ignore closed by the cleanup ForTest registers
			tr := leakruntime.ForTest(t)
			var hs []*leakruntime.Handle
			for j := range i + 1 {
				hs = append(hs, mustTrack(t, tr, "net.Conn", fmt.Sprintf("%d/%d", i, j)))
			}
			snap := tr.Snapshot()
			if len(snap) != i+1 {
				t.Errorf("scope %d sees %d resources, want %d", i, len(snap), i+1)
			}
			for _, r := range snap {
				if !strings.HasPrefix(r.Name, fmt.Sprint(i)+"/") {
					t.Errorf("scope %d sees %q from another test", i, r.Name)
				}
			}
			for _, h := range hs {
				h.Close()
			}
		})
	}
}

// TestParallelBlame runs a leaking and a clean test concurrently: only the
// leaking one fails, with only its own resource.
func TestParallelBlame(t *testing.T) {
	leaky, clean := &recorder{name: "TestLeaky"}, &recorder{name: "TestClean"}
	var wg sync.WaitGroup
	start := make(chan struct{})
	for _, rec := range []*recorder{leaky, clean} {
		wg.Go(func() {
			//leakvet:ignore closed by the cleanup ForTest registers, run by finish
			tr := leakruntime.ForTest(rec, leakruntime.DetectAbandoned(false))
			<-start
			for i := range 50 {
				//leakvet:ignore the leaky test leaks its first handle on purpose
				h, _ := tr.Track("net.Conn", rec.name)
				if rec == clean || i > 0 {
					h.Close()
				}
			}
		})
	}
	close(start)
	wg.Wait()
	if out := clean.finish(); out != "" {
		t.Errorf("clean test blamed: %q", out)
	}
	out := leaky.finish()
	if !strings.Contains(out, "TestLeaky: 1 resource open at end") || strings.Contains(out, `"TestClean"`) {
		t.Errorf("leaky test report = %q", out)
	}
}
