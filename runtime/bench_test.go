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
