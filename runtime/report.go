package runtime

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"
)

// LeakKind says how a resource leaked.
type LeakKind string

const (
	// OpenAtEnd is a resource still open when its tracker was checked.
	OpenAtEnd LeakKind = "open-at-end"
	// Abandoned is a resource whose handle became unreachable while the
	// resource was open: nothing can close it any more.
	Abandoned LeakKind = "abandoned"
)

// label is the kind as a report's reader sees it.
func (k LeakKind) label() string {
	if k == OpenAtEnd {
		return "open at end"
	}
	return string(k)
}

// Leak is one leaked resource.
type Leak struct {
	Resource
	// How says whether the resource was open at the end or abandoned.
	How LeakKind `json:"leak"`
	// Test names the test whose tracker found the leak, if any.
	Test string `json:"test,omitempty"`
}

// DoubleClose is a resource whose handle was closed twice.
type DoubleClose struct {
	Resource
	// FirstClose and SecondClose are where the two Close calls were made.
	// FirstClose is empty unless the tracker records [CloseStacks].
	FirstClose  []Frame `json:"first_close"`
	SecondClose []Frame `json:"second_close"`
	// Test names the test whose tracker saw the double close, if any.
	Test string `json:"test,omitempty"`
}

// Report is the result of [Tracker.Check]: every leak and double close,
// oldest first. Its Error method formats it for a person, grouped by kind
// and opening call site; it marshals to JSON for tools.
type Report struct {
	// Test names the test the tracker belongs to, if any.
	Test string `json:"test,omitempty"`
	// CheckedAt is when the check ran; ages are measured up to it.
	CheckedAt time.Time `json:"checked_at"`
	// Leaks are the resources open at end or abandoned, oldest first.
	Leaks []Leak `json:"leaks"`
	// DoubleCloses are the resources closed twice, in the order seen.
	DoubleCloses []DoubleClose `json:"double_closes"`
}

// Group is the leaks of one kind, leaked the same way, opened at the same
// call site: one site leaking 500 connections is one group.
type Group struct {
	// How and Kind are shared by every leak in the group.
	How  LeakKind
	Kind string
	// Site is the innermost reported frame of the opening stack.
	Site Frame
	// Stack is the opening stack of the oldest leak in the group.
	Stack []Frame
	// Leaks are the group's members, oldest first.
	Leaks []Leak
	// Stacks counts the distinct opening stacks that reach Site.
	Stacks int
}

// report builds a Report from the tracker's records.
func (t *Tracker) report(open, abandoned []*record, doubles []doubleClose) *Report {
	rep := &Report{Test: t.opts.test, CheckedAt: t.now()}
	abandoned = t.reportable(abandoned)
	sortRecords(open)
	sortRecords(abandoned)
	for _, r := range open {
		rep.Leaks = append(rep.Leaks, Leak{Resource: t.resource(r), How: OpenAtEnd, Test: t.opts.test})
	}
	for _, r := range abandoned {
		rep.Leaks = append(rep.Leaks, Leak{Resource: t.resource(r), How: Abandoned, Test: t.opts.test})
	}
	slices.SortStableFunc(rep.Leaks, func(a, b Leak) int { return a.OpenedAt.Compare(b.OpenedAt) })
	for _, d := range doubles {
		rep.DoubleCloses = append(rep.DoubleCloses, DoubleClose{
			Resource:    t.resource(d.r),
			FirstClose:  t.frames(d.r.closeStack()),
			SecondClose: t.frames(d.pcs),
			Test:        t.opts.test,
		})
	}
	return rep
}

// Clean reports whether nothing leaked and nothing was closed twice.
func (r *Report) Clean() bool {
	return r == nil || len(r.Leaks) == 0 && len(r.DoubleCloses) == 0
}

// Err returns the report as an error, or nil if it is clean. The error
// is the *Report itself, for errors.As.
func (r *Report) Err() error {
	if r.Clean() {
		return nil
	}
	return r
}

// Groups returns the leaks grouped by how they leaked, kind and opening
// call site, oldest group first.
func (r *Report) Groups() []*Group {
	if r == nil {
		return nil
	}
	type key struct {
		how  LeakKind
		kind string
		site Frame
	}
	index := make(map[key]*Group)
	var groups []*Group
	stacks := make(map[*Group]map[string]bool)
	for _, l := range r.Leaks { // already oldest first
		k := key{l.How, l.Kind, site(l.Stack)}
		g := index[k]
		if g == nil {
			g = &Group{How: l.How, Kind: l.Kind, Site: k.site, Stack: l.Stack}
			index[k] = g
			groups = append(groups, g)
			stacks[g] = make(map[string]bool)
		}
		g.Leaks = append(g.Leaks, l)
		stacks[g][fmt.Sprint(l.Stack)] = true
	}
	for _, g := range groups {
		g.Stacks = len(stacks[g])
	}
	return groups
}

// site is the frame a group is keyed on.
func site(stack []Frame) Frame {
	if len(stack) == 0 {
		return Frame{Function: "unknown"}
	}
	return stack[0]
}

// MarshalJSON encodes the report with empty lists as [] rather than null.
func (r *Report) MarshalJSON() ([]byte, error) {
	if r == nil {
		return []byte("null"), nil
	}
	type plain Report
	p := plain(*r)
	if p.Leaks == nil {
		p.Leaks = []Leak{}
	}
	if p.DoubleCloses == nil {
		p.DoubleCloses = []DoubleClose{}
	}
	return json.Marshal(p)
}

// Error formats the report for a person; see [Report.String].
func (r *Report) Error() string { return r.String() }

// maxNames bounds how many names a group lists before summarising.
const maxNames = 5

// String formats the report: a summary line, then one block per group
// with its count, oldest age, names and opening stack, then double closes.
func (r *Report) String() string {
	if r.Clean() {
		return "runtime: no leaked resources"
	}
	var b strings.Builder
	b.WriteString(r.summary())
	for _, g := range r.Groups() {
		r.writeGroup(&b, g)
	}
	for _, d := range r.DoubleCloses {
		w := wordsFor(d.Kind)
		fmt.Fprintf(&b, "\n\n%s: %s %q\n  %s at:", w.twice, d.Kind, d.Name, w.opened)
		writeStack(&b, d.Stack)
		if len(d.FirstClose) > 0 {
			fmt.Fprintf(&b, "\n  %s at:", w.firstClosed)
			writeStack(&b, d.FirstClose)
		}
		fmt.Fprintf(&b, "\n  %s again at:", w.closed)
		writeStack(&b, d.SecondClose)
	}
	return b.String()
}

// summary is the report's first line.
func (r *Report) summary() string {
	counts := map[LeakKind]int{}
	for _, l := range r.Leaks {
		counts[l.How]++
	}
	var parts []string
	if n := counts[OpenAtEnd]; n > 0 {
		parts = append(parts, plural(n, "resource")+" open at end")
	}
	if n := counts[Abandoned]; n > 0 {
		parts = append(parts, plural(n, "resource")+" abandoned")
	}
	if n := len(r.DoubleCloses); n > 0 {
		parts = append(parts, plural(n, "resource")+" closed twice")
	}
	prefix := "runtime: "
	if r.Test != "" {
		prefix += r.Test + ": "
	}
	return prefix + strings.Join(parts, ", ")
}

// writeGroup writes one group's block. Descriptors found by
// [WatchDescriptors] have no opening time or stack: their block says so.
func (r *Report) writeGroup(b *strings.Builder, g *Group) {
	oldest := g.Leaks[0]
	fmt.Fprintf(b, "\n\n%s: %d × %s", g.How.label(), len(g.Leaks), g.Kind)
	if !oldest.OpenedAt.IsZero() {
		fmt.Fprintf(b, ", oldest %s", age(r.CheckedAt.Sub(oldest.OpenedAt)))
	}
	b.WriteString("\n  ")
	for i, l := range g.Leaks {
		if i == maxNames {
			fmt.Fprintf(b, ", and %d more", len(g.Leaks)-maxNames)
			break
		}
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(b, "%q", l.Name)
		if !l.OpenedAt.IsZero() {
			fmt.Fprintf(b, " (%s)", age(r.CheckedAt.Sub(l.OpenedAt)))
		}
	}
	if len(g.Stack) == 0 && isDescriptorKind(g.Kind) {
		b.WriteString("\n  opened at: unknown (no tracker saw it opened)")
		return
	}
	fmt.Fprintf(b, "\n  %s at:", wordsFor(g.Kind).opened)
	writeStack(b, g.Stack)
	if g.Stacks > 1 {
		fmt.Fprintf(b, "\n  (and %d other stacks reaching the same site)", g.Stacks-1)
	}
}

// words are how a report says that a resource was opened and closed.
type words struct {
	opened, closed, firstClosed, twice string
}

// wordsFor returns the words for a kind: a lock ([Mutex], [RWMutex]) is
// locked and unlocked, anything else opened and closed.
func wordsFor(kind string) words {
	if kind == KindMutex || kind == KindRWMutex {
		return words{opened: "locked", closed: "unlocked", firstClosed: "unlocked", twice: "unlocked while not locked"}
	}
	return words{opened: "opened", closed: "closed", firstClosed: "first closed", twice: "closed twice"}
}

// writeStack writes frames as a Go traceback does, one call per two lines.
func writeStack(b *strings.Builder, frames []Frame) {
	if len(frames) == 0 {
		b.WriteString(" (no frames outside skipped packages)")
	}
	for _, f := range frames {
		fmt.Fprintf(b, "\n    %s\n        %s:%d", f.Function, f.File, f.Line)
	}
}

// age rounds a duration for display.
func age(d time.Duration) time.Duration {
	switch {
	case d >= time.Second:
		return d.Round(10 * time.Millisecond)
	case d >= time.Millisecond:
		return d.Round(10 * time.Microsecond)
	}
	return d.Round(time.Microsecond)
}

// plural formats a count with its noun.
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
