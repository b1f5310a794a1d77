// Package locks holds the lock check's scenarios: mutexes locked and still
// held at a return, each with a Safe twin that releases the lock, hands the
// unlock off, or is a helper whose contract is to return holding it.
package locks

import (
	"errors"
	"os"
	"sync"
)

var errMissing = errors.New("missing")

type Store struct {
	mu   sync.Mutex
	rw   sync.RWMutex
	data map[string]string
}

// Get returns early with the lock held.
func (s *Store) Get(k string) (string, error) {
	s.mu.Lock() // want `s.mu is locked at line 22 and still held at the return at line 25`
	v, ok := s.data[k]
	if !ok {
		return "", errMissing
	}
	s.mu.Unlock()
	return v, nil
}

// SafeGet unlocks on both paths.
func (s *Store) SafeGet(k string) (string, error) {
	s.mu.Lock()
	v, ok := s.data[k]
	if !ok {
		s.mu.Unlock()
		return "", errMissing
	}
	s.mu.Unlock()
	return v, nil
}

// SafeDeferred unlocks by defer.
func (s *Store) SafeDeferred(k string) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.data[k]
}

// SafeDeferredClosure unlocks in a deferred closure.
func (s *Store) SafeDeferredClosure(k string) string {
	s.mu.Lock()
	defer func() {
		s.mu.Unlock()
	}()
	return s.data[k]
}

// Len read-locks and forgets the read unlock on one path.
func (s *Store) Len(max int) int {
	s.rw.RLock() // want `s.rw is read-locked at line 61 and still held at the return at line 64 \(reached when n > max at line 63\)`
	n := len(s.data)
	if n > max {
		return max
	}
	s.rw.RUnlock()
	return n
}

// SafeLen read-unlocks on every path.
func (s *Store) SafeLen(max int) int {
	s.rw.RLock()
	defer s.rw.RUnlock()
	return min(len(s.data), max)
}

// Sum locks in a loop and continues without unlocking: the next iteration
// locks again.
func (s *Store) Sum(keys []string) int {
	n := 0
	for _, k := range keys {
		s.mu.Lock() // want `s.mu is locked at line 82 and locked again by the next iteration of the loop, still held \(deadlock\)`
		if _, ok := s.data[k]; !ok {
			continue
		}
		n++
		s.mu.Unlock()
	}
	return n
}

// SafeSum unlocks before continue.
func (s *Store) SafeSum(keys []string) int {
	n := 0
	for _, k := range keys {
		s.mu.Lock()
		if _, ok := s.data[k]; !ok {
			s.mu.Unlock()
			continue
		}
		n++
		s.mu.Unlock()
	}
	return n
}

// Embedded locks the mutex it embeds.
type Embedded struct {
	sync.Mutex
	n int
}

// Inc forgets the unlock when n is negative.
func (e *Embedded) Inc() error {
	e.Lock() // want `e is locked at line 115 and still held at the return at line 117 \(reached when e.n < 0 at line 116\)`
	if e.n < 0 {
		return errMissing
	}
	e.n++
	e.Unlock()
	return nil
}

// SafeInc unlocks by defer.
func (e *Embedded) SafeInc() { // want SafeInc:"nothing when zero"
	e.Lock()
	defer e.Unlock()
	e.n++
}

// WithLocker leaks a sync.Locker on the error path.
func WithLocker(l sync.Locker, f func() error) error { // want WithLocker:"gives r0 of p1\\(\\) as r0"
	l.Lock() // want `l is locked at line 133 and still held at the return at line 135 \(reached when err != nil at line 134\)`
	if err := f(); err != nil {
		return err
	}
	l.Unlock()
	return nil
}

// SafeWithLocker unlocks by defer.
func SafeWithLocker(l sync.Locker, f func() error) error { // want SafeWithLocker:"gives r0 of p1\\(\\) as r0"
	l.Lock()
	defer l.Unlock()
	return f()
}

var (
	registryMu sync.Mutex
	registry   = map[string]int{}
)

// Register leaks the global lock when the name is taken.
func Register(name string, v int) bool {
	registryMu.Lock() // want `registryMu is locked at line 155 and still held at the return at line 157`
	if _, dup := registry[name]; dup {
		return false
	}
	registry[name] = v
	registryMu.Unlock()
	return true
}

// SafeRegister unlocks the global on both paths.
func SafeRegister(name string, v int) bool {
	registryMu.Lock()
	defer registryMu.Unlock()
	if _, dup := registry[name]; dup {
		return false
	}
	registry[name] = v
	return true
}

// Table locks one mutex per key.
type Table struct {
	locks map[string]*sync.Mutex
}

// Update forgets to unlock the key's mutex on failure.
func (t *Table) Update(key string, f func() error) error { // want Update:"gives r0 of p2\\(\\) as r0"
	t.locks[key].Lock() // want `t.locks\[key\] is locked at line 182 and still held at the return at line 184 \(reached when err != nil at line 183\)`
	if err := f(); err != nil {
		return err
	}
	t.locks[key].Unlock()
	return nil
}

// SafeUpdate unlocks the same key's mutex.
func (t *Table) SafeUpdate(key string, f func() error) error { // want SafeUpdate:"gives r0 of p2\\(\\) as r0"
	t.locks[key].Lock()
	defer t.locks[key].Unlock()
	return f()
}

// Try keeps the lock that TryLock took on one path.
func (s *Store) Try(k string) bool {
	if !s.mu.TryLock() { // want `s.mu is locked at line 199 and still held at the return at line 203 \(reached when s.data\[k\] == "" at line 202\)`
		return false
	}
	if s.data[k] == "" {
		return false
	}
	s.mu.Unlock()
	return true
}

// SafeTry holds the lock only where TryLock succeeded, and releases it.
func (s *Store) SafeTry(k string) bool {
	if !s.mu.TryLock() {
		return false // TryLock failed: nothing is held
	}
	defer s.mu.Unlock()
	return s.data[k] != ""
}

// SafeUnlockFunc hands the unlock to its caller.
func (s *Store) SafeUnlockFunc() func() {
	s.mu.Lock()
	return s.mu.Unlock
}

// SafeUnlockClosure hands an unlocking closure to its caller.
func (s *Store) SafeUnlockClosure() func() { // want SafeUnlockClosure:"keeps p0"
	s.rw.RLock()
	return func() { s.rw.RUnlock() }
}

// SafeGoroutine hands the unlock to a goroutine.
func (s *Store) SafeGoroutine(done chan struct{}) { // want SafeGoroutine:"keeps p0,p1"
	s.mu.Lock()
	go func() {
		defer s.mu.Unlock()
		<-done
	}()
}

// SafeExit does not judge the paths that end the process or panic.
func (s *Store) SafeExit(k string) string {
	s.mu.Lock()
	if k == "" {
		os.Exit(2)
	}
	if k == "?" {
		panic("bad key")
	}
	s.mu.Unlock()
	return k
}

// Queue waits on a condition of its mutex.
type Queue struct {
	mu    sync.Mutex
	cond  *sync.Cond
	items []int
}

// SafeWait: Wait returns with the lock held, as it was.
func (q *Queue) SafeWait() int {
	q.mu.Lock()
	for len(q.items) == 0 {
		q.cond.Wait()
	}
	v := q.items[0]
	q.items = q.items[1:]
	q.mu.Unlock()
	return v
}

// Pop forgets the lock when the queue is closed, even though it waits.
func (q *Queue) Pop(closed func() bool) (int, bool) {
	q.mu.Lock() // want `q.mu is locked at line 273 and still held at the return at line 278 \(reached when closed\(\) at line 277\)`
	for len(q.items) == 0 {
		q.cond.Wait()
	}
	if closed() {
		return 0, false
	}
	v := q.items[0]
	q.mu.Unlock()
	return v, true
}

// Ignored is suppressed.
func (s *Store) Ignored(k string) string { // want Ignored:"locks p0.mu"
	//leakvet:ignore released by the caller through Release
	s.mu.Lock()
	return s.data[k]
}

// Helpers: a method whose contract is to return holding the lock, and one
// that releases it on every path.

// lock returns holding s.mu on every path: its callers must unlock.
func (s *Store) lock() { // want lock:"locks p0.mu"
	s.mu.Lock()
}

// unlock releases s.mu on every path.
func (s *Store) unlock() { // want unlock:"unlocks p0.mu"
	s.mu.Unlock()
}

// ViaHelper locks through the helper and forgets to unlock on one path.
func (s *Store) ViaHelper(k string) error {
	s.lock() // want `s.mu is locked at line 307 and still held at the return at line 309 \(reached when k == "" at line 308\)`
	if k == "" {
		return errMissing
	}
	s.unlock()
	return nil
}

// SafeViaHelper releases through the helper by defer.
func (s *Store) SafeViaHelper(k string) error {
	s.lock()
	defer s.unlock()
	if k == "" {
		return errMissing
	}
	return nil
}

// Conditional locking released under the same condition.

// SafeConditional locks only when asked, and unlocks under the same test.
func (s *Store) SafeConditional(lock bool, k string) string {
	if lock {
		s.mu.Lock()
	}
	v := s.data[k]
	if lock {
		s.mu.Unlock()
	}
	return v
}

// Conditional returns early between the two tests.
func (s *Store) Conditional(lock bool, k string) string {
	if lock {
		s.mu.Lock() // want `s.mu is locked at line 342 and still held at the return at line 345 \(reached when k == "" at line 344\)`
	}
	if k == "" {
		return ""
	}
	v := s.data[k]
	if lock {
		s.mu.Unlock()
	}
	return v
}

// SafeFlag remembers in a variable that it locked.
func (s *Store) SafeFlag(k string) string {
	locked := false
	if k != "" {
		s.mu.Lock()
		locked = true
	}
	v := s.data[k]
	if locked {
		s.mu.Unlock()
	}
	return v
}

// Unlocks of the wrong kind, and twice.

// Mismatched releases a read lock with Unlock.
func (s *Store) Mismatched(k string) string {
	s.rw.RLock()
	v := s.data[k]
	s.rw.Unlock() // want `s.rw is read-locked at line 372 but released here by Unlock, which releases a write lock \(use RUnlock\)`
	return v
}

// MismatchedWrite releases a write lock with RUnlock.
func (s *Store) MismatchedWrite(k, v string) {
	s.rw.Lock()
	s.data[k] = v
	s.rw.RUnlock() // want `s.rw is locked at line 380 but released here by RUnlock, which releases a read lock \(use Unlock\)`
}

// SafeReadWrite pairs each lock with its own unlock.
func (s *Store) SafeReadWrite(k, v string) string {
	s.rw.RLock()
	old := s.data[k]
	s.rw.RUnlock()
	s.rw.Lock()
	s.data[k] = v
	s.rw.Unlock()
	return old
}

// Twice unlocks again on the error path.
func (s *Store) Twice(f func() error) error { // want Twice:"gives r0 of p1\\(\\) as r0"
	s.mu.Lock()
	err := f()
	s.mu.Unlock()
	if err != nil {
		s.mu.Unlock() // want `s.mu is unlocked here after it was unlocked at line 400, with no lock between on this path \(unlock of unlocked mutex\)`
		return err
	}
	return nil
}

// SafeTwice locks again between the two unlocks.
func (s *Store) SafeTwice(f func() error) error { // want SafeTwice:"gives r0 of p1\\(\\) as r0"
	s.mu.Lock()
	s.mu.Unlock()
	err := f()
	s.mu.Lock()
	s.mu.Unlock()
	return err
}

// SafeRelock unlocks to call out, and relocks; the deferred unlock taken
// first covers the second lock.
func (s *Store) SafeRelock(f func()) { // want SafeRelock:"releases p1"
	s.mu.Lock()
	defer s.mu.Unlock()
	s.mu.Unlock()
	f()
	s.mu.Lock()
}

// SafeScanHold keeps the lock and records it in a field beside the
// mutex, for the method that releases it.
type Rows struct {
	closemu sync.RWMutex
	hold    bool
}

func (r *Rows) SafeScan(keep bool) {
	r.closemu.RLock()
	if keep {
		r.hold = true
		return
	}
	r.closemu.RUnlock()
}

// Node is a tree locked hand over hand.
type Node struct {
	mu     sync.Mutex
	parent *Node
}

// SafeClimb unlocks each node after locking its parent.
func (n *Node) SafeClimb() {
	i := n
	i.mu.Lock()
	for i.parent != nil {
		p := i.parent
		p.mu.Lock()
		i.mu.Unlock()
		i = p
	}
	i.mu.Unlock()
}

// SafeRelockForCaller runs with s.mu held by its caller: it unlocks to
// call out and locks again before returning, as the caller expects.
func (s *Store) SafeRelockForCaller(f func() bool) bool {
	s.mu.Unlock()
	ok := f()
	s.mu.Lock()
	if !ok {
		return false
	}
	return true
}

// SafeReadTwice holds two read locks and releases both.
func (s *Store) SafeReadTwice() {
	s.rw.RLock()
	s.rw.RLock()
	s.rw.RUnlock()
	s.rw.RUnlock()
}
