//go:build leakvet

package runtime_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	goruntime "runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	leakruntime "github.com/leakvet/leakvet/runtime"
)

// nextLine returns the line after its caller's.
func nextLine() int {
	_, _, line, _ := goruntime.Caller(1)
	return line + 1
}

// thisFile returns the path of this file, as stacks name it.
func thisFile() string {
	_, file, _, _ := goruntime.Caller(0)
	return file
}

// goid returns the calling goroutine's id, read as the tracker reads it.
func goid(t *testing.T) uint64 {
	var buf [64]byte
	f := bytes.Fields(buf[:goruntime.Stack(buf[:], false)])
	id, err := strconv.ParseUint(string(f[1]), 10, 64)
	if err != nil {
		t.Fatalf("reading the goroutine id: %v", err)
	}
	return id
}

// lockedAt returns the line of the first frame of a reported stack, and
// fails the test if it is not in this file.
func lockedAt(t *testing.T, stack []leakruntime.Frame) int {
	t.Helper()
	if len(stack) == 0 || !strings.HasSuffix(stack[0].File, "mutex_tracked_test.go") {
		t.Fatalf("stack %v does not start in mutex_tracked_test.go", stack)
	}
	return stack[0].Line
}

// TestMutexHeldAtEnd leaves a Mutex locked by a goroutine that has ended,
// and a lock taken and released by another: the test's tracker reports the
// first, with its kind, the goroutine, the line of Lock and how long it
// was held, and not the second.
func TestMutexHeldAtEnd(t *testing.T) {
	rec := &recorder{name: "TestHeld"}
	tr := leakruntime.ForTest(rec, leakruntime.Clock(newFakeClock().Now))
	var c counter
	c.mu.Track(tr)
	type locked struct {
		line int
		g    uint64
	}
	done := make(chan locked)
	go func() {
		line := nextLine()
		c.mu.Lock()
		done <- locked{line, goid(t)}
	}()
	held := <-done
	go func() {
		c.rw.Track(tr) // a second mutex, locked and released
		c.rw.Lock()
		c.rw.Unlock()
		done <- locked{}
	}()
	<-done

	rep := tr.Check()
	if len(rep.Leaks) != 1 || len(rep.DoubleCloses) != 0 {
		t.Fatalf("report:\n%v\nwant one leak", rep)
	}
	l := rep.Leaks[0]
	wantName := fmt.Sprintf("locked by goroutine %d", held.g)
	if l.Kind != "sync.Mutex" || l.Name != wantName || l.How != leakruntime.OpenAtEnd || l.Test != "TestHeld" {
		t.Errorf("leak = %s %q %s in %q, want sync.Mutex %q open-at-end in TestHeld", l.Kind, l.Name, l.How, l.Test, wantName)
	}
	if line := lockedAt(t, l.Stack); line != held.line {
		t.Errorf("locked at line %d, want %d", line, held.line)
	}
	// The fake clock moves a second per reading: one at each lock, one
	// at the check.
	if d := rep.CheckedAt.Sub(l.OpenedAt); d != 2*time.Second {
		t.Errorf("held for %v at the check, want 2s", d)
	}

	got := rec.finish() // the test's end: a second check, a second later
	for _, want := range []string{
		"runtime: TestHeld: 1 resource open at end",
		"open at end: 1 × sync.Mutex, oldest 3s",
		fmt.Sprintf("%q (3s)", wantName),
		fmt.Sprintf("locked at:\n    github.com/leakvet/leakvet/runtime_test.TestMutexHeldAtEnd.func1\n        %s:%d", thisFile(), held.line),
	} {
		if !strings.Contains(got, want) {
			t.Errorf("test failure lacks %q:\n%s", want, got)
		}
	}
	c.mu.Unlock()
}

// TestRWMutexReaders holds two read locks from two goroutines; the
// second releases its own, though the first is older, and the first's is
// reported. Then the test releases it for that goroutine.
func TestRWMutexReaders(t *testing.T) {
	tr := leakruntime.New()
	defer tr.Close()
	var rw leakruntime.RWMutex
	rw.Track(tr)
	type reader struct {
		line int
		g    uint64
	}
	locked, unlock, done := make(chan reader), make(chan bool), make(chan bool)
	for range 2 {
		go func() {
			line := nextLine()
			rw.RLock()
			locked <- reader{line, goid(t)}
			if <-unlock {
				rw.RUnlock()
			}
			done <- true
		}()
	}
	first := <-locked
	<-locked
	unlock <- false // the first keeps its read lock
	unlock <- true  // the second releases its own
	<-done
	<-done

	rep := tr.Check()
	if len(rep.Leaks) != 1 || len(rep.DoubleCloses) != 0 {
		t.Fatalf("report:\n%v\nwant the first reader's lock", rep)
	}
	l := rep.Leaks[0]
	want := fmt.Sprintf("read-locked by goroutine %d", first.g)
	if l.Kind != "sync.RWMutex" || l.Name != want || lockedAt(t, l.Stack) != first.line {
		t.Errorf("leak = %s %q at line %d, want sync.RWMutex %q at line %d", l.Kind, l.Name, l.Stack[0].Line, want, first.line)
	}
	rw.RUnlock() // handed over: releases the only one left
	if rep := tr.Check(); !rep.Clean() {
		t.Errorf("after RUnlock:\n%v", rep)
	}
	if !rw.TryLock() {
		t.Fatal("the RWMutex is still locked")
	}
	rw.Unlock()
}

// TestMutexTryLockTracked: a TryLock that succeeds is tracked, one that
// fails is not.
func TestMutexTryLockTracked(t *testing.T) {
	tr := leakruntime.New()
	defer tr.Close()
	var mu leakruntime.Mutex
	var rw leakruntime.RWMutex
	mu.Track(tr)
	rw.Track(tr)
	line := nextLine()
	if !mu.TryLock() {
		t.Fatal("TryLock failed")
	}
	rw.Lock()
	failed := make(chan bool)
	go func() { failed <- !mu.TryLock() }()
	go func() { failed <- !rw.TryLock() }()
	go func() { failed <- !rw.TryRLock() }()
	for range 3 {
		if !<-failed {
			t.Fatal("a Try of a locked mutex succeeded")
		}
	}
	rw.Unlock()

	rep := tr.Check()
	if len(rep.Leaks) != 1 || len(rep.DoubleCloses) != 0 {
		t.Fatalf("report:\n%v\nwant the successful TryLock only", rep)
	}
	if got := lockedAt(t, rep.Leaks[0].Stack); got != line {
		t.Errorf("TryLock reported at line %d, want %d", got, line)
	}
	mu.Unlock()
	if rep := tr.Check(); !rep.Clean() {
		t.Errorf("after Unlock:\n%v", rep)
	}
}

// TestMutexUnlockNotLocked unlocks mutexes that are not locked, which
// sync makes a fatal error: each is reported as a second close with the
// stacks of the last lock and unlock and of the unlock too many, and the
// mutex stays usable.
func TestMutexUnlockNotLocked(t *testing.T) {
	tr := leakruntime.New(leakruntime.CloseStacks(true))
	defer tr.Close()
	var mu leakruntime.Mutex
	mu.Track(tr)
	lockLine := nextLine()
	mu.Lock()
	unlockLine := nextLine()
	mu.Unlock()
	againLine := nextLine()
	mu.Unlock()

	var never leakruntime.Mutex
	never.Track(tr)
	neverLine := nextLine()
	never.Unlock()

	var rw leakruntime.RWMutex
	rw.Track(tr)
	rUnlockLine := nextLine()
	rw.RUnlock() // not read-locked
	rw.RLock()
	unlockReadLine := nextLine()
	rw.Unlock() // read-locked, not write-locked
	rw.RUnlock()
	rw.Lock()
	rUnlockWriteLine := nextLine()
	rw.RUnlock() // write-locked, not read-locked
	rw.Unlock()

	rep := tr.Check()
	if len(rep.Leaks) != 0 || len(rep.DoubleCloses) != 5 {
		t.Fatalf("report:\n%v\nwant five unlocks of unlocked mutexes", rep)
	}
	d := rep.DoubleCloses[0]
	if d.Kind != "sync.Mutex" || lockedAt(t, d.Stack) != lockLine || lockedAt(t, d.FirstClose) != unlockLine || lockedAt(t, d.SecondClose) != againLine {
		t.Errorf("double unlock = %s locked at %v, unlocked at %v and %v; want sync.Mutex at lines %d, %d, %d",
			d.Kind, d.Stack, d.FirstClose, d.SecondClose, lockLine, unlockLine, againLine)
	}
	d = rep.DoubleCloses[1]
	if d.Kind != "sync.Mutex" || d.Name != "not locked" || len(d.Stack) != 0 || lockedAt(t, d.SecondClose) != neverLine {
		t.Errorf("unlock of a never locked Mutex = %s %q at %v, want sync.Mutex \"not locked\" at line %d", d.Kind, d.Name, d.SecondClose, neverLine)
	}
	for i, line := range []int{rUnlockLine, unlockReadLine, rUnlockWriteLine} {
		d := rep.DoubleCloses[2+i]
		if d.Kind != "sync.RWMutex" || lockedAt(t, d.SecondClose) != line {
			t.Errorf("RWMutex unlock %d = %s at %v, want line %d", i, d.Kind, d.SecondClose, line)
		}
	}
	text := rep.String()
	for _, want := range []string{
		"5 resources closed twice",
		fmt.Sprintf("unlocked while not locked: sync.Mutex %q\n  locked at:", rep.DoubleCloses[0].Name),
		fmt.Sprintf("\n  unlocked at:\n    github.com/leakvet/leakvet/runtime_test.TestMutexUnlockNotLocked\n        %s:%d", thisFile(), unlockLine),
		fmt.Sprintf("\n  unlocked again at:\n    github.com/leakvet/leakvet/runtime_test.TestMutexUnlockNotLocked\n        %s:%d", thisFile(), againLine),
	} {
		if !strings.Contains(text, want) {
			t.Errorf("report text lacks %q:\n%s", want, text)
		}
	}
	for _, l := range []interface{ TryLock() bool }{&mu, &never, &rw} {
		if !l.TryLock() {
			t.Errorf("%T is locked after an unlock too many", l)
		}
	}
	mu.Unlock()
	never.Unlock()
	rw.Unlock()
}

// TestMutexDefaultTracker: a zero Mutex that is not bound records its
// locks in the default tracker, as VerifyMain sets it.
func TestMutexDefaultTracker(t *testing.T) {
	tr := leakruntime.New()
	defer tr.Close()
	restore := leakruntime.SetDefault(tr)
	var mu leakruntime.Mutex
	mu.Lock()
	restore()
	if got := tr.Snapshot(); len(got) != 1 || got[0].Kind != "sync.Mutex" {
		t.Errorf("default tracker holds %v, want the lock", got)
	}
	mu.Unlock() // released in the tracker that saw the lock
	if rep := tr.Check(); !rep.Clean() {
		t.Errorf("after Unlock:\n%v", rep)
	}
}

// TestMutexLockedBeforeTracking locks a mutex with no tracker and unlocks
// it once bound: the unlock is not of an unlocked mutex, and unlocks.
func TestMutexLockedBeforeTracking(t *testing.T) {
	tr := leakruntime.New()
	defer tr.Close()
	var mu leakruntime.Mutex
	var rw leakruntime.RWMutex
	mu.Lock()
	rw.RLock()
	mu.Track(tr)
	rw.Track(tr)
	mu.Unlock()
	rw.RUnlock()
	if rep := tr.Check(); !rep.Clean() {
		t.Errorf("report:\n%v", rep)
	}
	if !mu.TryLock() || !rw.TryLock() {
		t.Fatal("still locked")
	}
	mu.Unlock()
	rw.Unlock()
}

// TestMutexUntrackedAllocs: with the tag but no tracker, the mutexes do
// not allocate.
func TestMutexUntrackedAllocs(t *testing.T) {
	var mu leakruntime.Mutex
	var rw leakruntime.RWMutex
	if allocs := lockAllocs(&mu, &rw); allocs != 0 {
		t.Errorf("untracked Lock and Unlock allocate %v times", allocs)
	}
}

// TestMutexReportsChild runs in a child process with LEAKVET_REPORTS set:
// a test's mutex locked and released at one line, and locked and held at
// another when the test ends. It logs both lines for the parent.
func TestMutexReportsChild(t *testing.T) {
	if os.Getenv(reportsChild) == "" {
		t.Skip("run by TestMutexReportsToDisk")
	}
	rec := &recorder{name: "TestLocks"}
	tr := leakruntime.ForTest(rec)
	var mu leakruntime.Mutex
	mu.Track(tr)
	released := nextLine()
	mu.Lock()
	mu.Unlock()
	held := nextLine()
	mu.Lock()
	if got := rec.finish(); !strings.Contains(got, "open at end: 1 × sync.Mutex") {
		t.Fatalf("the test's tracker reported %q", got)
	}
	mu.Unlock()
	t.Logf("released=%d held=%d", released, held)
}

// TestMutexReportsToDisk runs TestMutexReportsChild and reads the file it
// wrote: the released lock counts as released at its line, as a closed
// resource does, which is what lets leakvet -reports call a site
// exercised, and the held lock is a leak at its line.
func TestMutexReportsToDisk(t *testing.T) {
	if os.Getenv(reportsChild) != "" {
		t.Skip("in the child")
	}
	dir := filepath.Join(t.TempDir(), "reports")
	cmd := exec.Command(os.Args[0], "-test.run=^TestMutexReportsChild$", "-test.count=1", "-test.v")
	cmd.Env = append(os.Environ(), reportsChild+"=1", leakruntime.ReportsEnv+"="+dir)
	out, err := cmd.CombinedOutput()
	m := regexp.MustCompile(`released=(\d+) held=(\d+)`).FindSubmatch(out)
	if err != nil || m == nil {
		t.Fatalf("child: %v\n%s", err, out)
	}
	released, _ := strconv.Atoi(string(m[1]))
	held, _ := strconv.Atoi(string(m[2]))
	files, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil || len(files) != 1 {
		t.Fatalf("report files %v (%v), want one", files, err)
	}
	data, err := os.ReadFile(files[0])
	if err != nil {
		t.Fatal(err)
	}
	var rep leakruntime.ProcessReport
	if err := json.Unmarshal(data, &rep); err != nil {
		t.Fatalf("%v\n%s", err, data)
	}
	if len(rep.Released) != 1 || len(rep.Leaks) != 1 {
		t.Fatalf("report file:\n%s\nwant one released site and one leak", data)
	}
	r, l := rep.Released[0], rep.Leaks[0]
	if r.Kind != "sync.Mutex" || r.Count != 1 || strings.Join(r.Tests, ",") != "TestLocks" || lockedAt(t, r.Stack) != released {
		t.Errorf("released = %+v, want 1 sync.Mutex by TestLocks at line %d", r, released)
	}
	if l.Kind != "sync.Mutex" || l.How != leakruntime.OpenAtEnd || l.Test != "TestLocks" || lockedAt(t, l.Stack) != held {
		t.Errorf("leak = %+v, want sync.Mutex open-at-end in TestLocks at line %d", l, held)
	}
}

// BenchmarkLockUnlockTracked measures a tracked Lock and Unlock: the
// stack capture, the goroutine id and the record, as a test pays them.
func BenchmarkLockUnlockTracked(b *testing.B) {
	tr := leakruntime.New()
	defer tr.Close()
	var mu leakruntime.Mutex
	mu.Track(tr)
	b.ReportAllocs()
	for range b.N {
		mu.Lock()
		mu.Unlock()
	}
}
