package runtime_test

import (
	"context"
	goruntime "runtime"
	"sync"
	"testing"

	leakruntime "github.com/leakvet/leakvet/runtime"
)

// baselineTracker is the design this package starts from, kept here only
// to be measured in the same run: one mutex, a map of tags, and five
// caller frames captured with runtime.Callers per tag.
type baselineTracker struct {
	mu   sync.Mutex
	open map[*baselineTag]struct{}
}

type baselineTag struct {
	owner  *baselineTracker
	caller [5]uintptr
}

func (t *baselineTracker) create() *baselineTag {
	tag := &baselineTag{owner: t}
	goruntime.Callers(2, tag.caller[:])
	t.mu.Lock()
	t.open[tag] = struct{}{}
	t.mu.Unlock()
	return tag
}

func (tag *baselineTag) close() {
	tag.owner.mu.Lock()
	delete(tag.owner.open, tag)
	tag.owner.mu.Unlock()
}

func BenchmarkBaselineMutexMap(b *testing.B) {
	t := &baselineTracker{open: map[*baselineTag]struct{}{}}
	for b.Loop() {
		t.create().close()
	}
}

func BenchmarkBaselineMutexMapParallel(b *testing.B) {
	t := &baselineTracker{open: map[*baselineTag]struct{}{}}
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			t.create().close()
		}
	})
}

func BenchmarkCallers5(b *testing.B) {
	var pcs [5]uintptr
	for b.Loop() {
		goruntime.Callers(2, pcs[:])
	}
}

// BenchmarkTrackClose is one Track and Close with stack capture, through
// an explicit tracker: on with and without the build tag.
func BenchmarkTrackClose(b *testing.B) {
	tr := leakruntime.New()
	defer tr.Close()
	for b.Loop() {
		h, _ := tr.Track("net.Conn", "bench")
		h.Close()
	}
}

func BenchmarkTrackCloseParallel(b *testing.B) {
	tr := leakruntime.New()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			h, _ := tr.Track("net.Conn", "bench")
			h.Close()
		}
	})
}

func BenchmarkTrackCloseAbandonedDetection(b *testing.B) {
	tr := leakruntime.New(leakruntime.DetectAbandoned(true))
	defer tr.Close()
	for b.Loop() {
		h, _ := tr.Track("net.Conn", "bench")
		h.Close()
	}
}

// BenchmarkTrackCloseCloseStacks also records where each resource is
// closed, as ForTest does.
func BenchmarkTrackCloseCloseStacks(b *testing.B) {
	tr := leakruntime.New(leakruntime.CloseStacks(true))
	defer tr.Close()
	for b.Loop() {
		h, _ := tr.Track("net.Conn", "bench")
		h.Close()
	}
}

// BenchmarkTrackCloseContext is the production path: switched off (about a
// nanosecond, no allocation) without the leakvet tag, tracking with it.
func BenchmarkTrackCloseContext(b *testing.B) {
	ctx := leakruntime.WithTracker(context.Background(), leakruntime.New())
	for b.Loop() {
		h, _ := leakruntime.Track(ctx, "net.Conn", "bench")
		h.Close()
	}
}

// BenchmarkLockUnlock measures an uncontended Lock and Unlock (RLock and
// RUnlock for Read) of leakruntime's mutexes beside sync's, in the same
// run, for benchstat -col /impl. The loops are written out so that each
// call is direct, as in code that names the type, and each critical
// section touches a counter, as the least a lock guards. Without the
// leakvet tag the two should not differ.
func BenchmarkLockUnlock(b *testing.B) {
	b.Run("type=Mutex/impl=sync", func(b *testing.B) {
		var mu sync.Mutex
		var n int
		b.ReportAllocs()
		for range b.N {
			mu.Lock()
			n++
			mu.Unlock()
		}
		sinkInt = n
	})
	b.Run("type=Mutex/impl=leakruntime", func(b *testing.B) {
		var mu leakruntime.Mutex
		var n int
		b.ReportAllocs()
		for range b.N {
			mu.Lock()
			n++
			mu.Unlock()
		}
		sinkInt = n
	})
	b.Run("type=RWMutex/impl=sync", func(b *testing.B) {
		var rw sync.RWMutex
		var n int
		b.ReportAllocs()
		for range b.N {
			rw.Lock()
			n++
			rw.Unlock()
		}
		sinkInt = n
	})
	b.Run("type=RWMutex/impl=leakruntime", func(b *testing.B) {
		var rw leakruntime.RWMutex
		var n int
		b.ReportAllocs()
		for range b.N {
			rw.Lock()
			n++
			rw.Unlock()
		}
		sinkInt = n
	})
	b.Run("type=RWMutexRead/impl=sync", func(b *testing.B) {
		var rw sync.RWMutex
		var n int
		b.ReportAllocs()
		for range b.N {
			rw.RLock()
			_ = n
			rw.RUnlock()
		}
		sinkInt = n
	})
	b.Run("type=RWMutexRead/impl=leakruntime", func(b *testing.B) {
		var rw leakruntime.RWMutex
		var n int
		b.ReportAllocs()
		for range b.N {
			rw.RLock()
			_ = n
			rw.RUnlock()
		}
		sinkInt = n
	})
}

// sinkInt keeps the benchmarks' counters alive.
var sinkInt int
