package runtime_test

import (
	"errors"
	"runtime/pprof"
	"strings"
	"sync"
	"testing"
	"time"

	leakruntime "github.com/leakvet/leakvet/runtime"
)

const thisPkg = "github.com/leakvet/leakvet/runtime_test."

func mustTrack(t *testing.T, tr *leakruntime.Tracker, kind, name string) *leakruntime.Handle {
	t.Helper()
	h, err := tr.Track(kind, name)
	if err != nil {
		t.Fatalf("Track(%q, %q): %v", kind, name, err)
	}
	return h
}

func TestTrackAndClose(t *testing.T) {
	tr := leakruntime.New()
	a := mustTrack(t, tr, "net.Conn", "tcp a")
	b := mustTrack(t, tr, "net.Conn", "tcp b")
	c := mustTrack(t, tr, "fs.File", "c.txt")
	for _, h := range []*leakruntime.Handle{a, c} {
		if err := h.Close(); err != nil {
			t.Fatalf("Close: %v", err)
		}
	}

	snap := tr.Snapshot()
	if len(snap) != 1 || snap[0].Kind != "net.Conn" || snap[0].Name != "tcp b" {
		t.Fatalf("Snapshot = %+v, want only net.Conn \"tcp b\"", snap)
	}
	// mustTrack is the innermost frame outside this package; the test is
	// its caller.
	if got := snap[0].Stack[0].Function; got != thisPkg+"mustTrack" {
		t.Errorf("innermost frame = %s, want mustTrack", got)
	}
	if got := snap[0].Stack[1].Function; got != thisPkg+"TestTrackAndClose" {
		t.Errorf("second frame = %s, want TestTrackAndClose", got)
	}

	rep := tr.Check()
	if len(rep.Leaks) != 1 || rep.Leaks[0].How != leakruntime.OpenAtEnd || rep.Leaks[0].Name != "tcp b" {
		t.Fatalf("Check().Leaks = %+v, want tcp b open at end", rep.Leaks)
	}
	if err := b.Close(); err != nil {
		t.Fatal(err)
	}
	if err := tr.Close(); err != nil {
		t.Fatalf("Close after releasing everything: %v", err)
	}
}

func TestDoubleClose(t *testing.T) {
	tr := leakruntime.New(leakruntime.CloseStacks(true))
	h := mustTrack(t, tr, "fs.File", "data.csv")
	if err := h.Close(); err != nil {
		t.Fatalf("first Close: %v", err)
	}
	err := h.Close()
	if err == nil || !strings.Contains(err.Error(), `fs.File "data.csv" closed twice`) {
		t.Fatalf("second Close = %v, want a closed-twice error", err)
	}
	rep := tr.Check()
	if len(rep.Leaks) != 0 || len(rep.DoubleCloses) != 1 {
		t.Fatalf("report = %+v, want exactly one double close", rep)
	}
	d := rep.DoubleCloses[0]
	first, second := d.FirstClose[0], d.SecondClose[0]
	if first.Function != thisPkg+"TestDoubleClose" || second.Function != first.Function {
		t.Errorf("close stacks start at %s and %s, want the test", first.Function, second.Function)
	}
	if first.Line >= second.Line {
		t.Errorf("first close on line %d, second on %d: want first before second", first.Line, second.Line)
	}
	text := rep.Error()
	for _, want := range []string{"1 resource closed twice", "first closed at:", "closed again at:"} {
		if !strings.Contains(text, want) {
			t.Errorf("report text lacks %q:\n%s", want, text)
		}
	}
	if tr.Close() == nil {
		t.Error("Close = nil, want the double close reported")
	}
}

func TestDoubleCloseWithoutCloseStacks(t *testing.T) {
	tr := leakruntime.New() // close stacks are off by default
	defer tr.Close()
	h := mustTrack(t, tr, "fs.File", "data.csv")
	h.Close()
	if err := h.Close(); err == nil {
		t.Fatal("second Close = nil, want an error")
	}
	d := tr.Check().DoubleCloses
	if len(d) != 1 || len(d[0].FirstClose) != 0 || d[0].SecondClose[0].Function != thisPkg+"TestDoubleCloseWithoutCloseStacks" {
		t.Fatalf("double closes = %+v, want the second Close's stack only", d)
	}
	if text := tr.Check().Error(); strings.Contains(text, "first closed at:") || !strings.Contains(text, "closed again at:") {
		t.Errorf("report:\n%s", text)
	}
}

func TestClosedTrackerRefusesTracking(t *testing.T) {
	tr := leakruntime.New()
	open := mustTrack(t, tr, "net.Conn", "before")
	if err := tr.Close(); err == nil {
		t.Fatal("Close with an open resource = nil, want a report")
	}
	h, err := tr.Track("net.Conn", "after")
	if !errors.Is(err, leakruntime.ErrClosed) || h != nil {
		t.Fatalf("Track after Close = %v, %v; want nil, ErrClosed", h, err)
	}
	if err.Error() != "runtime: tracker is closed" {
		t.Errorf("error text = %q", err)
	}
	// A handle from before still closes, and then nothing is open.
	if err := open.Close(); err != nil {
		t.Fatalf("closing an earlier handle: %v", err)
	}
	if err := tr.Close(); err != nil {
		t.Errorf("second Close = %v, want nil", err)
	}
}

func TestNilTrackerAndHandle(t *testing.T) {
	var tr *leakruntime.Tracker
	h, err := tr.Track("net.Conn", "x")
	if h != nil || err != nil {
		t.Errorf("nil Track = %v, %v", h, err)
	}
	if err := h.Close(); err != nil {
		t.Errorf("nil Handle Close = %v", err)
	}
	if s := tr.Snapshot(); s != nil {
		t.Errorf("nil Snapshot = %v", s)
	}
	if rep := tr.Check(); !rep.Clean() || rep.Err() != nil {
		t.Errorf("nil Check = %+v", rep)
	}
	if err := tr.Close(); err != nil {
		t.Errorf("nil Close = %v", err)
	}
}

func TestConcurrentTracking(t *testing.T) {
	const workers, perWorker, kept = 8, 300, 5
	tr := leakruntime.New()
	var wg sync.WaitGroup
	keptHandles := make([][]*leakruntime.Handle, workers)
	for w := range workers {
		wg.Go(func() {
			for i := range perWorker {
				h, err := tr.Track("net.Conn", "conn")
				if err != nil {
					t.Error(err)
					return
				}
				if i < kept {
					keptHandles[w] = append(keptHandles[w], h)
					continue
				}
				if i%50 == 0 {
					tr.Snapshot() // readers race with writers
				}
				if err := h.Close(); err != nil {
					t.Error(err)
				}
			}
		})
	}
	wg.Wait()
	if n := len(tr.Snapshot()); n != workers*kept {
		t.Fatalf("open after concurrent tracking = %d, want %d", n, workers*kept)
	}
	for _, hs := range keptHandles {
		for _, h := range hs {
			if err := h.Close(); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := tr.Close(); err != nil {
		t.Fatalf("Close = %v", err)
	}
}

func TestCloseRacesTrack(t *testing.T) {
	// Every Track either succeeds, and its resource is then reported by
	// Close, or fails with ErrClosed: none slips in unseen.
	tr := leakruntime.New()
	var wg sync.WaitGroup
	var mu sync.Mutex
	tracked := 0
	for range 4 {
		wg.Go(func() {
			for range 200 {
				//leakvet:ignore deliberate leak: Close must report every tracked resource
				if _, err := tr.Track("k", "n"); err == nil {
					mu.Lock()
					tracked++
					mu.Unlock()
				}
			}
		})
	}
	err := tr.Close()
	wg.Wait()
	var rep *leakruntime.Report
	if tracked > 0 && !errors.As(err, &rep) {
		t.Fatalf("Close = %v, want a *Report", err)
	}
	if rep != nil && len(rep.Leaks) > tracked {
		t.Fatalf("report has %d leaks, only %d tracked", len(rep.Leaks), tracked)
	}
	if after := tr.Check(); len(after.Leaks) != tracked {
		t.Errorf("after Close returned, Check reports %d leaks; %d were tracked", len(after.Leaks), tracked)
	}
}

func TestIgnoreRules(t *testing.T) {
	tr := leakruntime.New(
		leakruntime.IgnoreKinds("pool.Conn"),
		leakruntime.IgnoreFunctions(thisPkg+"openBackground"),
	)
	defer tr.Close()
	//leakvet:ignore deliberate leak: ignored by kind
	mustTrack(t, tr, "pool.Conn", "idle")
	openBackground(t, tr)
	//leakvet:ignore deliberate leak: the test checks it is reported
	mustTrack(t, tr, "net.Conn", "reported")
	rep := tr.Check()
	if len(rep.Leaks) != 1 || rep.Leaks[0].Name != "reported" {
		t.Fatalf("leaks = %+v, want only \"reported\"", rep.Leaks)
	}
	if n := len(tr.Snapshot()); n != 3 {
		t.Errorf("Snapshot has %d resources, want all 3 (ignoring only affects reports)", n)
	}
}

func openBackground(t *testing.T, tr *leakruntime.Tracker) {
	//leakvet:ignore deliberate leak: ignored by function
	mustTrack(t, tr, "net.Conn", "background")
}

func TestGracePeriod(t *testing.T) {
	// Without a grace period, a resource a goroutine has yet to close is
	// reported.
	release := make(chan struct{})
	done := make(chan struct{})
	noGrace := leakruntime.New()
	defer noGrace.Close()
	closeLater(t, noGrace, release, done)
	n := len(noGrace.Check().Leaks)
	close(release)
	<-done
	if n != 1 {
		t.Fatalf("without grace: %d leaks, want 1", n)
	}

	// With one, the check waits for the goroutine to close it.
	release = make(chan struct{})
	done = make(chan struct{})
	grace := leakruntime.New(leakruntime.GracePeriod(time.Minute))
	closeLater(t, grace, release, done)
	close(release)
	err := grace.Close()
	<-done
	if err != nil {
		t.Fatalf("with grace: %v", err)
	}
}

// closeLater tracks a resource that a goroutine closes once release is
// closed, then closes done.
func closeLater(t *testing.T, tr *leakruntime.Tracker, release, done chan struct{}) {
	h := mustTrack(t, tr, "net.Conn", "async")
	go func() {
		defer close(done)
		<-release
		h.Close()
	}()
}

func TestStackDepth(t *testing.T) {
	tr := leakruntime.New(leakruntime.StackDepth(1))
	defer tr.Close()
	h := mustTrack(t, tr, "k", "n")
	defer h.Close()
	s := tr.Snapshot()[0].Stack
	if len(s) != 1 || s[0].Function != thisPkg+"mustTrack" {
		t.Errorf("stack = %v, want only mustTrack", s)
	}
}

func TestSkipPackages(t *testing.T) {
	tr := leakruntime.New(leakruntime.SkipPackages("github.com/leakvet/leakvet/runtime_test"))
	defer tr.Close()
	h := mustTrack(t, tr, "k", "n")
	defer h.Close()
	for _, f := range tr.Snapshot()[0].Stack {
		if strings.HasPrefix(f.Function, thisPkg) {
			t.Errorf("frame %s of a skipped package is reported", f.Function)
		}
	}
}

func TestProfiles(t *testing.T) {
	tr := leakruntime.New(leakruntime.Profiles("leakvet-test."))
	defer tr.Close()
	a := mustTrack(t, tr, "net.Conn", "a")
	b := mustTrack(t, tr, "net.Conn", "b")
	p := pprof.Lookup("leakvet-test.net.Conn")
	if p == nil || p.Count() != 2 {
		t.Fatalf("profile %v, want 2 open conns", p)
	}
	a.Close()
	if p.Count() != 1 {
		t.Errorf("after one Close, profile count = %d, want 1", p.Count())
	}
	b.Close()
	if p.Count() != 0 {
		t.Errorf("after both, profile count = %d, want 0", p.Count())
	}
	// A second tracker shares the process-wide profile.
	tr2 := leakruntime.New(leakruntime.Profiles("leakvet-test."))
	defer tr2.Close()
	c := mustTrack(t, tr2, "net.Conn", "c")
	if p.Count() != 1 {
		t.Errorf("second tracker: count = %d, want 1", p.Count())
	}
	c.Close()
}
