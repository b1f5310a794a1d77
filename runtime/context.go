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
// carries none, and returns the previous default. A long-running program
// built with the leakvet tag can set a default created with [Profiles] to
// watch its open resources in /debug/pprof. Without the tag the default
// is never consulted.
func SetDefault(t *Tracker) *Tracker {
	return defaultTracker.Swap(t)
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
	return contextTracker(ctx).track(kind, name, 3, 0)
}

// contextTracker is the tracker the context path uses: the one in ctx,
// else the default. It is nil without the leakvet tag.
func contextTracker(ctx context.Context) *Tracker {
	if !Enabled {
		return nil
	}
	if t := FromContext(ctx); t != nil {
		return t
	}
	return defaultTracker.Load()
}
