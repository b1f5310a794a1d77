package runtime

import (
	"cmp"
	goruntime "runtime"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Resource describes one tracked resource.
type Resource struct {
	// Kind says what the resource is, such as "net.Conn" or "sql.Rows".
	Kind string `json:"kind"`
	// Name tells resources of one kind apart, such as "tcp 127.0.0.1:5432".
	Name string `json:"name"`
	// OpenedAt is when the resource was tracked; zero, and left out of
	// JSON, for a descriptor found by [WatchDescriptors], whose opening
	// nothing saw.
	OpenedAt time.Time `json:"opened_at,omitzero"`
	// Stack is where the resource was opened, innermost call first, without
	// the frames of this package and of the packages named by
	// [SkipPackages]; empty for a descriptor found by [WatchDescriptors].
	Stack []Frame `json:"frames"`
}

// Frame is one call in a stack.
type Frame struct {
	// Function is the fully qualified function name, as in a stack trace.
	Function string `json:"function"`
	// File and Line locate the call.
	File string `json:"file"`
	Line int    `json:"line"`
}

// String formats the frame as "function (file:line)".
func (f Frame) String() string {
	return f.Function + " (" + f.File + ":" + strconv.Itoa(f.Line) + ")"
}

// resource symbolises r. Stacks are kept as program counters until a
// report needs them, because symbolising costs far more than capturing.
func (t *Tracker) resource(r *record) Resource {
	return Resource{
		Kind:     r.kind,
		Name:     r.name,
		OpenedAt: r.opened,
		Stack:    t.frames(r.pcs),
	}
}

// frames symbolises pcs, dropping the frames of skipped packages, and
// keeps at most the configured depth. (The capture counts physical
// frames and includes this package's; a physical frame can stand for
// several inlined calls, so the cap applies here.)
func (t *Tracker) frames(pcs []uintptr) []Frame {
	if len(pcs) == 0 {
		return nil
	}
	var out []Frame
	iter := goruntime.CallersFrames(pcs)
	for len(out) < t.opts.depth {
		f, more := iter.Next()
		if f.Function != "" && !t.skipped(f.Function) {
			out = append(out, Frame{Function: f.Function, File: f.File, Line: f.Line})
		}
		if !more {
			break
		}
	}
	return out
}

// skipped reports whether fn belongs to a package whose frames are dropped.
// Matching on "path." keeps "pkg_test." and "pkg/sub." frames.
func (t *Tracker) skipped(fn string) bool {
	for _, p := range t.opts.skip {
		if strings.HasPrefix(fn, p) {
			return true
		}
	}
	return false
}

// reportable drops the records that the ignore options leave out.
func (t *Tracker) reportable(rs []*record) []*record {
	if len(t.opts.ignoreKinds) == 0 && len(t.opts.ignoreFuncs) == 0 {
		return rs
	}
	return slices.DeleteFunc(rs, t.ignored)
}

// ignored reports whether r is left out of reports by an ignore option.
func (t *Tracker) ignored(r *record) bool {
	if t.opts.ignoreKinds[r.kind] {
		return true
	}
	if len(t.opts.ignoreFuncs) == 0 {
		return false
	}
	iter := goruntime.CallersFrames(r.pcs)
	for {
		f, more := iter.Next()
		if slices.Contains(t.opts.ignoreFuncs, f.Function) {
			return true
		}
		if !more {
			return false
		}
	}
}

// sortRecords orders records oldest first. Ties, possible with a coarse
// clock, fall back to kind and name so output stays deterministic.
func sortRecords(rs []*record) {
	slices.SortStableFunc(rs, func(a, b *record) int {
		return cmp.Or(
			a.opened.Compare(b.opened),
			cmp.Compare(a.kind, b.kind),
			cmp.Compare(a.name, b.name),
		)
	})
}
