package runtime

import (
	"context"
	"sync/atomic"
)

// trackerKey is the context key for a *Tracker.
type trackerKey struct{}

// defaultTracker is the tracker the context path falls back on when the
// context carries none; see [SetDefault]. It is the package's only
// mutable state, and only the context path reads it.
var defaultTracker atomic.Pointer[Tracker]

// WithTracker returns a copy of ctx carrying t, so that code deep in a
// call chain can reach the tracker through its context.
func WithTracker(ctx context.Context, t *Tracker) context.Context {
	return context.WithValue(ctx, trackerKey{}, t)
}

// FromContext returns the tracker carried by ctx, or nil. It works with
// and without the leakvet build tag; use [Track] in production code so
// that tracking compiles away without the tag.
func FromContext(ctx context.Context) *Tracker {
	if ctx == nil {
		return nil
	}
	t, _ := ctx.Value(trackerKey{}).(*Tracker)
	return t
}

// SetDefault makes t the tracker the context path uses when a context
// carries none, and returns a function that restores the previous default.
// A long-running program built with the leakvet tag can set a default
// created with [Profiles] to watch its open resources in /debug/pprof.
// Without the tag the default is never consulted.
func SetDefault(t *Tracker) (restore func()) {
	previous := defaultTracker.Swap(t)
	return func() { defaultTracker.Store(previous) }
}

// Track is the entry point for production code. With the leakvet build
// tag it tracks a resource in the tracker carried by ctx (or the default,
// see [SetDefault]); without the tag it compiles to nothing and returns a
// nil handle, whose Close is free. Arguments are still evaluated, so build
// expensive names only when [Enabled] is true.
func Track(ctx context.Context, kind, name string) (*Handle, error) {
	if !Enabled {
		return nil, nil
	}
	return trackIn(ctx, nil, kind, name, 3, 0)
}

// trackIn tracks a resource in t or, if t is nil, through the context
// path: in the tracker carried by ctx, else the default, and only with the
// leakvet tag. It returns a nil handle when there is no tracker to use.
// skip counts frames as runtime.Callers would if called by trackIn;
// extra is as for [Tracker.track].
func trackIn(ctx context.Context, t *Tracker, kind, name string, skip, extra int) (*Handle, error) {
	if t == nil && Enabled {
		t = FromContext(ctx) //leakvet:ignore borrowed: the tracker belongs to whoever put it in ctx
		if t == nil {
			t = defaultTracker.Load() //leakvet:ignore borrowed: the default belongs to whoever set it
		}
	}
	return t.track(kind, name, skip+1, extra)
}
