// Package locks probes rule 1 (a009000, ffe0a44): a function that locks a
// mutex its caller can name, may unlock it to wait and lock it again, and
// returns holding it on every path, has the lock summary "locks" and is
// not reported where another method of the receiver's type unlocks the
// mutex (pairedUnlock) or a function of the package unlocks it after
// calling it (callersUnlock).
package locks

import (
	"context"
	"sync"
	"time"
)

// A Queue hands out items; Lock and Unlock let a caller batch several
// operations under one lock.
type Queue struct {
	mu     sync.Mutex
	items  []int
	closed bool
}

func (q *Queue) Lock()   { q.mu.Lock() }   // want Lock:"locks p0.mu"
func (q *Queue) Unlock() { q.mu.Unlock() } // want Unlock:"unlocks p0.mu"

// Pop waits for an item and takes it. It lets the lock go to wait, takes
// it again, and forgets the unlock on its way out: every later Pop, Push
// or Lock blocks for good. It is no lock helper (nothing says it returns
// locked, and no caller unlocks after it), but the receiver's type has an
// Unlock method, which pairedUnlock takes as the other half of Pop.
// HIDDEN by rule 1.
func (q *Queue) Pop() int { // want Pop:"locks p0.mu"
	q.mu.Lock() // want `q.mu is locked at line \d+ and still held at the return at line \d+`
	for len(q.items) == 0 {
		q.mu.Unlock()
		time.Sleep(time.Millisecond)
		q.mu.Lock()
	}
	x := q.items[0]
	q.items = q.items[1:]
	return x
}

// SafePush locks and unlocks.
func (q *Queue) SafePush(x int) {
	q.mu.Lock()
	q.items = append(q.items, x)
	q.mu.Unlock()
}

// A Counter counts reads of a value that becomes ready later.
type Counter struct {
	mu    sync.Mutex
	n     int
	ready bool
	reads int
}

// waitValue waits for the value and reads it; it forgets the unlock at
// the end. Report, its only caller, locks and unlocks the mutex again
// after the call for a section of its own (which deadlocks, as the lock
// is still held): callersUnlock takes that unlock for the release of
// waitValue's lock, and Report's own lock and unlock pair up. Nothing is
// reported anywhere. HIDDEN by rule 1.
func (c *Counter) waitValue() int { // want waitValue:"locks p0.mu"
	c.mu.Lock() // want `c.mu is locked at line \d+ and still held at the return at line \d+`
	for !c.ready {
		c.mu.Unlock()
		time.Sleep(time.Millisecond)
		c.mu.Lock()
	}
	return c.n
}

// Report reads the value and counts the read.
func (c *Counter) Report() int {
	n := c.waitValue()
	c.mu.Lock()
	c.reads++
	c.mu.Unlock()
	return n
}

// A Conn writes when it is not busy.
type Conn struct {
	mu   sync.Mutex
	busy bool
	out  []byte
}

// waitIdle returns holding c.mu on every way out, also where the context
// ends (false): the caller must unlock in both cases. A true lock helper.
func (c *Conn) waitIdle(ctx context.Context) bool { // want waitIdle:"locks p0.mu"
	c.mu.Lock()
	for c.busy {
		if ctx.Err() != nil {
			return false
		}
		c.mu.Unlock()
		time.Sleep(time.Millisecond)
		c.mu.Lock()
	}
	return true
}

// Write forgets that waitIdle holds the lock where it gives up.
func (c *Conn) Write(ctx context.Context, b []byte) error { // want Write:"keeps p2"
	if !c.waitIdle(ctx) { // want `c.mu is locked at line \d+ and still held at the return at line \d+`
		return ctx.Err()
	}
	defer c.mu.Unlock()
	c.out = append(c.out, b...)
	return nil
}

// SafeWrite unlocks on both ways.
func (c *Conn) SafeWrite(ctx context.Context, b []byte) error { // want SafeWrite:"keeps p2"
	ok := c.waitIdle(ctx)
	defer c.mu.Unlock()
	if !ok {
		return ctx.Err()
	}
	c.out = append(c.out, b...)
	return nil
}

// A Store is written when it is idle.
type Store struct {
	mu   sync.Mutex
	busy bool
	val  int
}

// lockIdle returns holding s.mu, after waiting while busy.
func (s *Store) lockIdle() { // want lockIdle:"locks p0.mu"
	s.mu.Lock()
	for s.busy {
		s.mu.Unlock()
		time.Sleep(time.Millisecond)
		s.mu.Lock()
	}
}

// SetIfChanged forgets to unlock where nothing changes.
func (s *Store) SetIfChanged(v int) bool {
	s.lockIdle() // want `s.mu is locked at line \d+ and still held at the return at line \d+`
	if s.val == v {
		return false
	}
	s.val = v
	s.mu.Unlock()
	return true
}

// SafeSet unlocks what lockIdle locked.
func (s *Store) SafeSet(v int) {
	s.lockIdle()
	defer s.mu.Unlock()
	s.val = v
}

// regMu guards the registry; registryReady says it was loaded.
var (
	regMu         sync.Mutex
	registryReady bool
	registry      = map[string]int{}
)

// lockLoaded waits for the registry and returns holding regMu.
func lockLoaded() { // want lockLoaded:"locks review45/locks.regMu"
	regMu.Lock()
	for !registryReady {
		regMu.Unlock()
		time.Sleep(time.Millisecond)
		regMu.Lock()
	}
}

// Lookup forgets to unlock where the name is unknown.
func Lookup(name string) (int, bool) {
	lockLoaded() // want `regMu is locked at line \d+ and still held at the return at line \d+`
	v, ok := registry[name]
	if !ok {
		return 0, false
	}
	regMu.Unlock()
	return v, true
}

// SafeLookup unlocks.
func SafeLookup(name string) int {
	lockLoaded()
	defer regMu.Unlock()
	return registry[name]
}
