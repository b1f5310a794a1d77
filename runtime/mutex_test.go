package runtime_test

import (
	"sync"
	"testing"
	"unsafe"

	leakruntime "github.com/leakvet/leakvet/runtime"
)

// counter is a struct with zero-value mutexes as fields, as code that
// switches from sync uses them.
type counter struct {
	mu leakruntime.Mutex
	n  int

	rw   leakruntime.RWMutex
	seen map[int]bool
}

// TestMutexExcludes checks, with and without the leakvet tag, that the
// mutexes exclude as sync's do: goroutines increment and read under them,
// and the race detector sees no race.
func TestMutexExcludes(t *testing.T) {
	var c counter
	c.seen = map[int]bool{}
	const goroutines, rounds = 8, 100
	var wg sync.WaitGroup
	for g := range goroutines {
		wg.Go(func() {
			for i := range rounds {
				c.mu.Lock()
				c.n++
				c.mu.Unlock()
				if i%10 == 0 {
					c.rw.Lock()
					c.seen[g] = true
					c.rw.Unlock()
				} else {
					rl := c.rw.RLocker()
					rl.Lock()
					_ = c.seen[g]
					rl.Unlock()
				}
			}
		})
	}
	wg.Wait()
	if c.n != goroutines*rounds || len(c.seen) != goroutines {
		t.Errorf("n = %d, seen %d goroutines; want %d and %d", c.n, len(c.seen), goroutines*rounds, goroutines)
	}
}

// TestMutexTry checks TryLock and TryRLock against held locks.
func TestMutexTry(t *testing.T) {
	var mu leakruntime.Mutex
	if !mu.TryLock() {
		t.Fatal("TryLock of an unlocked Mutex failed")
	}
	if mu.TryLock() {
		t.Fatal("TryLock of a locked Mutex succeeded")
	}
	mu.Unlock()

	var rw leakruntime.RWMutex
	if !rw.TryRLock() {
		t.Fatal("TryRLock of an unlocked RWMutex failed")
	}
	if !rw.TryRLock() {
		t.Fatal("TryRLock of a read-locked RWMutex failed")
	}
	if rw.TryLock() {
		t.Fatal("TryLock of a read-locked RWMutex succeeded")
	}
	rw.RUnlock()
	rw.RUnlock()
	if !rw.TryLock() {
		t.Fatal("TryLock of an unlocked RWMutex failed")
	}
	if rw.TryRLock() {
		t.Fatal("TryRLock of a write-locked RWMutex succeeded")
	}
	rw.Unlock()
}

// TestMutexOff checks what the mutexes cost without the leakvet tag: the
// size of their sync counterparts, no allocation, and nothing tracked even
// when bound to a tracker.
func TestMutexOff(t *testing.T) {
	if leakruntime.Enabled {
		t.Skip("with the leakvet tag the mutexes track")
	}
	if a, b := unsafe.Sizeof(leakruntime.Mutex{}), unsafe.Sizeof(sync.Mutex{}); a != b {
		t.Errorf("Mutex is %d bytes, sync.Mutex %d", a, b)
	}
	if a, b := unsafe.Sizeof(leakruntime.RWMutex{}), unsafe.Sizeof(sync.RWMutex{}); a != b {
		t.Errorf("RWMutex is %d bytes, sync.RWMutex %d", a, b)
	}
	tr := leakruntime.New()
	defer tr.Close()
	var mu leakruntime.Mutex
	var rw leakruntime.RWMutex
	mu.Track(tr)
	rw.Track(tr)
	if allocs := lockAllocs(&mu, &rw); allocs != 0 {
		t.Errorf("Lock and Unlock allocate %v times", allocs)
	}
	mu.Lock()
	rw.Lock()
	if rep := tr.Check(); !rep.Clean() {
		t.Errorf("without the tag, held locks were tracked:\n%v", rep)
	}
	mu.Unlock()
	rw.Unlock()
}

// lockAllocs returns how many times a lock and unlock of mu and a read
// lock and unlock of rw allocate, on average.
func lockAllocs(mu *leakruntime.Mutex, rw *leakruntime.RWMutex) float64 {
	n := 0
	return testing.AllocsPerRun(100, func() {
		mu.Lock()
		n++
		mu.Unlock()
		rw.RLock()
		_ = n
		rw.RUnlock()
	})
}
