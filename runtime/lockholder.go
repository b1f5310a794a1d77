package runtime

import (
	"bytes"
	goruntime "runtime"
	"slices"
	"strconv"
)

// What the tracking of locks needs with or without the leakvet tag: the
// drop-in mutexes use it with the tag, and so do, without it, the hooks
// that `leakvet -confirm` compiles into a copy of this package to track
// the sync mutexes of the code under test.

// unlockedNotLocked records an unlock of a mutex of the given kind that
// was not locked, as a second close of the lock released last (or of a
// lock with no stack, if none was tracked), with the unlocking stack.
func (t *Tracker) unlockedNotLocked(kind string, last *record) { //nolint:unused // used with the leakvet tag, and by the hooks of -confirm's copy
	var buf [maxCapture]uintptr
	n := callerPCs(buf[:min(t.opts.depth+3, maxCapture)])
	r := last
	if r == nil {
		r = &record{t: t, kind: kind, name: "not locked", opened: t.now()}
	}
	_ = t.closedTwice(r, slices.Clone(buf[:n]))
}

// holder names a lock by how it was taken and by which goroutine.
func holder(how string) string { //nolint:unused // as unlockedNotLocked
	return how + " by goroutine " + strconv.FormatUint(goroutineID(), 10)
}

// goroutineID returns the id of the calling goroutine, as stack traces
// show it, from the first line of its trace ("goroutine 7 [running]:"),
// or 0 if that cannot be read. Go has no cheaper way: it costs several
// microseconds, most of what a tracked lock costs, paid only while a lock
// is tracked.
func goroutineID() uint64 { //nolint:unused // as unlockedNotLocked
	var buf [64]byte
	line := bytes.TrimPrefix(buf[:goruntime.Stack(buf[:], false)], []byte("goroutine "))
	if i := bytes.IndexByte(line, ' '); i > 0 {
		if id, err := strconv.ParseUint(string(line[:i]), 10, 64); err == nil {
			return id
		}
	}
	return 0
}

// tryLocker is what the tracking needs of sync.Mutex and sync.RWMutex to
// tell an unlocked mutex from one locked before tracking began.
type tryLocker interface { //nolint:unused // as unlockedNotLocked
	TryLock() bool
	Unlock()
}
