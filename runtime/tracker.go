package runtime

import (
	"errors"
	"fmt"
	"math/rand/v2"
	goruntime "runtime"
	"slices"
	"sync"
	"sync/atomic"
	"time"
	"unsafe"
)

// ErrClosed is returned by Track once the tracker has been closed: a
// resource opened after its test ended is itself a sign of a leaked
// goroutine, so it is refused instead of silently tracked.
var ErrClosed = errors.New("runtime: tracker is closed")

// shardCount spreads open records over independently locked lists so
// parallel tests and servers do not serialise on one mutex.
const shardCount = 16

// Tracker records open resources: where each was opened, its kind and
// name, and when. Create one with [New] or, in a test, [ForTest].
//
// All methods are safe for concurrent use and safe on a nil *Tracker, where
// they do nothing; instrumented code can therefore keep its Track calls in
// production builds and pass a nil tracker.
type Tracker struct {
	opts   options
	start  time.Time // when New ran, with its monotonic reading
	closed atomic.Bool
	shards [shardCount]shard

	// sink is the process's report file, nil unless LEAKVET_REPORTS is
	// set (see [ReportsEnv]).
	sink *reportSink
	// fds is the descriptor check, nil unless [WatchDescriptors] is on
	// where it works.
	fds *descriptorWatch

	mu        sync.Mutex // guards the fields below
	abandoned []*record
	doubles   []doubleClose
	sinkErr   error // the last failure to write a report, for Close
}

// shard is one list of open records with its own lock.
type shard struct {
	mu sync.Mutex
	// open holds the shard's open records; each knows its index, so that
	// removing one moves the last into its place. A slice rather than a
	// linked list keeps two pointers out of every record and makes fewer
	// pointer writes, which the garbage collector pays for while it runs.
	open []*record
	// released counts the closed records by opening stack, only when
	// reports are written.
	released map[releaseKey]*releaseCount
	_        [24]byte // keep neighbouring shards off the same cache line
}

// state is the lifecycle of a record; it changes under its shard's lock.
type state uint8

const (
	stateOpen state = iota
	stateReleased
	stateAbandoned
)

// record is the tracker's view of one resource. The user holds a [Handle]
// pointing at it. With abandoned detection the handle is a separate object
// the record never points to, so that the handle can become unreachable
// while the record stays on the tracker's list.
type record struct {
	t          *Tracker
	kind, name string
	opened     time.Time
	index      int32 // in its shard's open list, while open
	state      state
	shard      uint8
	closedN    uint8 // see closed
	// pcs is where the resource was opened: in inline when it fits, which
	// saves an allocation per Track for the short stacks of tests, else
	// allocated apart. closed is where it was closed, with [CloseStacks]:
	// the first of closedN frames allocated apart, which keeps the record
	// 16 bytes smaller than a slice would.
	pcs    []uintptr
	inline [inlinePCs]uintptr
	closed *uintptr
	// handle is the handle given out when abandoned detection is off: it
	// then need not be a separate object, which saves an allocation.
	handle Handle
}

// inlinePCs is how many frames a record holds without a second
// allocation: a test's stack, with the testing package's and this
// package's frames, is usually shorter.
const inlinePCs = 10

// closeStack returns where r was closed, if that was recorded.
func (r *record) closeStack() []uintptr {
	if r.closed == nil {
		return nil
	}
	return unsafe.Slice(r.closed, r.closedN)
}

// doubleClose is a record closed a second time, with that second stack.
type doubleClose struct {
	r   *record
	pcs []uintptr
}

// Handle is the receipt for one tracked resource. Call Close when the
// resource is released. A nil *Handle is valid and its Close does nothing,
// which is what [Track] returns when tracking is switched off.
type Handle struct {
	r       *record
	cleanup goruntime.Cleanup // set with abandoned detection
}

// New returns a tracker configured by opts. Nothing checks it until you
// call [Tracker.Check] or [Tracker.Close]; in tests prefer [ForTest].
func New(opts ...Option) *Tracker {
	t := &Tracker{opts: buildOptions(opts), start: time.Now(), sink: processSink()}
	if t.opts.descriptors && descriptorsSupported {
		t.fds = newDescriptorWatch()
	}
	return t
}

// now returns the time by the tracker's clock.
func (t *Tracker) now() time.Time {
	if t.opts.now != nil {
		return t.opts.now()
	}
	return t.start.Add(time.Since(t.start))
}

// Track records a resource of the given kind (such as "net.Conn") and name
// (such as "tcp 127.0.0.1:5432") opened by the caller, and returns the
// handle to close when the resource is released. After [Tracker.Close] it
// returns a nil handle and [ErrClosed].
func (t *Tracker) Track(kind, name string) (*Handle, error) {
	return t.track(kind, name, 3, 0)
}

// track captures the stack skipping skip frames (counted as for
// runtime.Callers) and extra frames beyond the configured depth, for
// wrappers whose callers sit below library frames (net/http's client).
func (t *Tracker) track(kind, name string, skip, extra int) (*Handle, error) {
	if t == nil {
		return nil, nil
	}
	r := &record{t: t, kind: kind, name: name, opened: t.now()}
	// callerPCs starts at track's caller and counts physical frames, of
	// which there are no more than the logical frames skip counts: so
	// capture the skip-2 frames of this package too, and let reports drop
	// them by name.
	var buf [maxCapture]uintptr
	n := callerPCs(buf[:min(skip-2+t.opts.depth+extra, maxCapture)])
	if n <= inlinePCs {
		r.pcs = r.inline[:n:n]
		copy(r.pcs, buf[:n])
	} else {
		r.pcs = slices.Clone(buf[:n])
	}
	r.shard = uint8(rand.Uint32() % shardCount)
	h := &r.handle
	if t.opts.abandoned {
		// The cleanup must hang off an object the record does not reach.
		h = &Handle{}
	}
	h.r = r
	if !t.insert(r) {
		return nil, ErrClosed
	}
	if t.opts.abandoned {
		h.cleanup = goruntime.AddCleanup(h, abandon, r)
	}
	if t.opts.profiles != "" {
		// Profile.Add counts skip from its caller; Callers counts itself.
		profileFor(t.opts.profiles+kind).Add(r, skip-1)
	}
	return h, nil
}

// insert puts r on its shard's list, unless the tracker is closed. The
// closed flag is read under the shard's lock, and Close sets it before
// reading the lists, so no resource is tracked unseen by the final check.
func (t *Tracker) insert(r *record) bool {
	s := &t.shards[r.shard]
	s.mu.Lock()
	defer s.mu.Unlock()
	if t.closed.Load() {
		return false
	}
	r.index = int32(len(s.open))
	s.open = append(s.open, r)
	return true
}

// Close marks the resource released. Closing a handle twice does not
// change the tracker's state but is reported: Close returns an error and
// the tracker's next report shows where the resource was opened and
// closed again, and, with [CloseStacks], where it was first closed.
func (h *Handle) Close() error {
	if h == nil || h.r == nil {
		return nil // kept tiny so that it inlines: tracking is off
	}
	return h.close()
}

// releaseAfter releases h once the wrapped resource has been closed with
// closeErr, even if closing failed (the resource cannot usefully be closed
// again), and returns the first error of the two. The wrappers' Close
// methods end with it.
func releaseAfter(h *Handle, closeErr error) error {
	if err := h.Close(); closeErr == nil {
		return err
	}
	return closeErr
}

// close is Close for a handle that tracks something.
func (h *Handle) close() error {
	r := h.r
	t := r.t
	var pcs [closeDepth]uintptr
	n := 0
	if t.opts.closeStacks {
		n = callerPCs(pcs[:])
	}
	s := &t.shards[r.shard]
	s.mu.Lock()
	if r.state != stateOpen {
		s.mu.Unlock()
		if n == 0 { // a double close is rare: always say where it happened
			n = callerPCs(pcs[:])
		}
		return t.closedTwice(r, slices.Clone(pcs[:n]))
	}
	t.unlink(s, r)
	r.state = stateReleased
	if t.sink != nil {
		s.countRelease(r)
	}
	if n > 0 {
		r.closed, r.closedN = &slices.Clone(pcs[:n])[0], uint8(n)
	}
	s.mu.Unlock()
	// A released handle needs no cleanup; stopping it spares the garbage
	// collector a queued call per resource and halves the cost of
	// abandoned detection.
	h.cleanup.Stop()
	if t.opts.profiles != "" {
		profileFor(t.opts.profiles + r.kind).Remove(r)
	}
	return nil
}

// closedTwice records a second Close of r.
func (t *Tracker) closedTwice(r *record, pcs []uintptr) error {
	t.mu.Lock()
	t.doubles = append(t.doubles, doubleClose{r: r, pcs: pcs})
	t.mu.Unlock()
	return fmt.Errorf("runtime: %s %q closed twice", r.kind, r.name)
}

// unlink removes r from s's open list; s.mu must be held.
func (t *Tracker) unlink(s *shard, r *record) {
	last := len(s.open) - 1
	if moved := s.open[last]; moved != r {
		s.open[r.index] = moved
		moved.index = r.index
	}
	s.open[last] = nil
	s.open = s.open[:last]
}

// abandon runs as a cleanup once a handle is unreachable. If its resource
// was never closed, the resource moves from the open list to the
// abandoned list.
func abandon(r *record) {
	t := r.t
	s := &t.shards[r.shard]
	s.mu.Lock()
	if r.state != stateOpen {
		s.mu.Unlock()
		return
	}
	t.unlink(s, r)
	r.state = stateAbandoned
	s.mu.Unlock()
	t.mu.Lock()
	t.abandoned = append(t.abandoned, r)
	t.mu.Unlock()
	if t.opts.profiles != "" {
		profileFor(t.opts.profiles + r.kind).Remove(r)
	}
}

// openRecords returns the records still open, in no particular order.
func (t *Tracker) openRecords() []*record {
	var open []*record
	for i := range t.shards {
		s := &t.shards[i]
		s.mu.Lock()
		open = append(open, s.open...)
		s.mu.Unlock()
	}
	return open
}

// Snapshot returns the resources open right now, oldest first. It does
// not run the garbage collector, so it may still list resources that are
// abandoned but not yet collected.
func (t *Tracker) Snapshot() []Resource {
	if t == nil {
		return nil
	}
	open := t.openRecords()
	sortRecords(open)
	out := make([]Resource, len(open))
	for i, r := range open {
		out[i] = t.resource(r)
	}
	return out
}

// Check reports the resources leaked so far without closing the tracker:
// those still open (after the grace period, see [GracePeriod]) and, when
// abandoned detection is on, those abandoned. It first runs one garbage
// collection and waits for the resulting cleanups, so a resource abandoned
// before the call is reported as abandoned, here, and not later elsewhere.
// With [WatchDescriptors], the report ends with the descriptors opened
// since the tracker's snapshot and not closed. With [ReportsEnv] set, the
// report also goes to the process's report file.
func (t *Tracker) Check() *Report {
	if t == nil {
		return &Report{}
	}
	// Before the tracker's own garbage collection, which would close the
	// descriptors of dropped files before the check could see them.
	fdLeaks := t.fds.check(max(t.opts.grace, descriptorWait), t.opts.test)
	if t.opts.abandoned {
		collectAbandoned()
	}
	open := t.waitOpen()
	t.mu.Lock()
	abandoned := append([]*record(nil), t.abandoned...)
	doubles := append([]doubleClose(nil), t.doubles...)
	t.mu.Unlock()
	rep := t.report(open, abandoned, doubles)
	rep.Leaks = append(rep.Leaks, fdLeaks...)
	if t.sink != nil {
		t.writeReport(rep)
	}
	return rep
}

// Close checks the tracker as [Tracker.Check] does, refuses any further
// Track with [ErrClosed], and returns the report as an error if anything
// leaked or was closed twice. Closing twice checks again. When reports
// are written to disk (see [ReportsEnv]) and writing one failed, or when
// listing the descriptors for [WatchDescriptors] failed, Close returns
// that error too.
func (t *Tracker) Close() error {
	if t == nil {
		return nil
	}
	t.closed.Store(true)
	err := t.Check().Err()
	t.mu.Lock()
	writeErr := t.sinkErr
	t.mu.Unlock()
	if fdErr := t.fds.lastErr(); writeErr != nil || fdErr != nil {
		return errors.Join(writeErr, fdErr, err)
	}
	return err
}

// waitOpen returns the open records that are not ignored, polling for up
// to the grace period while any remain.
func (t *Tracker) waitOpen() []*record {
	deadline := time.Now().Add(t.opts.grace)
	pause := 100 * time.Microsecond
	for {
		open := t.reportable(t.openRecords())
		if len(open) == 0 || !time.Now().Before(deadline) {
			return open
		}
		time.Sleep(min(pause, time.Until(deadline)))
		pause = min(2*pause, 20*time.Millisecond)
	}
}
