// Package lockwaits has helpers that take a lock, let it go to wait, take
// it again and return holding it on every way out, for their callers to
// unlock: the lock is the helper's effect, like a Lock method's, and
// only a helper that returns without it on some path is a forgotten lock.
package lockwaits

import (
	"context"
	"sync"
	"time"
)

type db struct {
	mu       sync.RWMutex
	pending  bool
	monitors int
}

// waitSettled read-locks d.mu and returns holding it, waiting while
// updates are pending. The caller must unlock.
func waitSettled(ctx context.Context, d *db) { // want waitSettled:"rlocks p1.mu"
	if d.monitors == 0 {
		d.mu.RLock()
		return
	}
	d.mu.RLock()
	if !d.pending {
		return
	}
	d.mu.RUnlock()
	tick := time.NewTicker(time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			d.mu.RLock()
			return
		case <-tick.C:
			d.mu.RLock()
			if !d.pending {
				return
			}
			d.mu.RUnlock()
		}
	}
}

// SafeCount unlocks what the helper locked.
func SafeCount(ctx context.Context, d *db) int {
	waitSettled(ctx, d)
	defer d.mu.RUnlock()
	return d.monitors
}

// LeakCount forgets the unlock on its early return.
func LeakCount(ctx context.Context, d *db) int {
	waitSettled(ctx, d) // want `d.mu is read-locked at line \d+ and still held at the return at line \d+ \(reached when d.pending at line \d+\)`
	if d.pending {
		return -1
	}
	d.mu.RUnlock()
	return d.monitors
}

// waitGivesUp returns without the lock when the context ends: its
// callers' unlocks are wrong on that path, and its own locks are
// reported.
func waitGivesUp(ctx context.Context, d *db) {
	d.mu.RLock() // want `d.mu is read-locked at line \d+ and still held at the return at line \d+`
	if !d.pending {
		return
	}
	d.mu.RUnlock()
	select {
	case <-ctx.Done():
		return
	case <-time.After(time.Millisecond):
		d.mu.RLock() // want `d.mu is read-locked at line \d+ and still held at the return at line \d+`
		return
	}
}

// SafeGivesUp unlocks on every path; the helper's mixed effect is no
// lock for its callers, so this is an unlock of the caller's lock.
func SafeGivesUp(ctx context.Context, d *db) int { // want SafeGivesUp:"runlocks p1.mu"
	waitGivesUp(ctx, d)
	defer d.mu.RUnlock()
	return d.monitors
}

// store locks with the write lock on its way out of a retry, and leaves
// it held where it returns true only.
type store struct {
	mu   sync.Mutex
	busy bool
}

// lockIdle returns holding s.mu, after waiting while busy.
func (s *store) lockIdle() { // want lockIdle:"locks p0.mu"
	s.mu.Lock()
	for s.busy {
		s.mu.Unlock()
		time.Sleep(time.Millisecond)
		s.mu.Lock()
	}
}

// SafeSet unlocks what lockIdle locked.
func (s *store) SafeSet() {
	s.lockIdle()
	s.busy = true
	s.mu.Unlock()
}
