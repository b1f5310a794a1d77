package locks

import (
	"errors"
	"sync"
)

// segment is a file of a log, read under its own read lock.
type segment struct {
	lock sync.RWMutex
	data []byte
}

// segmentLog finds segments by id.
type segmentLog struct {
	mu       sync.RWMutex
	segments map[int]*segment
}

// SafeSegmentRLocked is fine: it returns the segment holding its read
// lock, and its documented contract is that the caller calls RUnlock on
// the segment. The lock goes to the caller with the value.
func (l *segmentLog) SafeSegmentRLocked(id int) (*segment, error) {
	l.mu.RLock()
	defer l.mu.RUnlock()
	s, ok := l.segments[id]
	if !ok {
		return nil, errors.New("no such segment")
	}
	s.lock.RLock()
	return s, nil
}

// segmentSize leaks the read lock: the segment whose lock it took is not
// what it returns.
func (l *segmentLog) segmentSize(id int) (int, error) {
	l.mu.RLock()
	defer l.mu.RUnlock()
	s, ok := l.segments[id]
	if !ok {
		return 0, errors.New("no such segment")
	}
	s.lock.RLock() // want `the mutex.lock is read-locked at line \d+ and still held at the return at line \d+`
	return len(s.data), nil
}

// loadSegment fails to read into a segment; it is never nil here.
func loadSegment(s *segment) error {
	if len(s.data) == 0 {
		return errors.New("empty segment")
	}
	return nil
}

// lockedSegmentLeak returns the segment still locked with an error: its
// caller, seeing the error, will not unlock it.
func lockedSegmentLeak(data string) (*segment, error) {
	s := &segment{data: []byte(data)}
	s.lock.RLock() // want `read-locked at line \d+ and still held at the return at line \d+`
	if err := loadSegment(s); err != nil {
		return s, err
	}
	return s, nil
}

// unlocker releases what a try-lock took.
type unlocker interface{ Unlock() error }

// noUnlock is the unlocker of a try-lock that took nothing.
type noUnlock struct{}

func (noUnlock) Unlock() error { return nil } // want Unlock:"nil r0"

// lockFile is a lock shared by the processes of a machine, taken under a
// mutex of this process.
type lockFile struct {
	mu   sync.Mutex
	busy bool
}

// Unlock releases the mutex that a successful tryLock left held.
func (l *lockFile) Unlock() error { // want Unlock:"unlocks p0.mu"
	l.mu.Unlock()
	return nil
}

// SafeTryLock returns l itself, as an unlocker, holding its mutex: the
// caller unlocks it through the interface. Where it took nothing, it
// unlocks before it returns.
func (l *lockFile) SafeTryLock(fail bool) (unlocker, error) { // want SafeTryLock:"keeps p0; borrows r0; returns p0 as r0"
	l.mu.Lock()
	if l.busy {
		l.mu.Unlock()
		return noUnlock{}, nil
	}
	if fail {
		l.mu.Unlock()
		return nil, errors.New("lock failed")
	}
	return l, nil
}

// tryLockBusy returns l still locked with an error where another
// process holds the lock: its caller, seeing the error, will not unlock.
func (l *lockFile) tryLockBusy() (unlocker, error) { // want tryLockBusy:"keeps p0; borrows r0; returns p0 as r0"
	l.mu.Lock() // want `l.mu is locked at line 106 and still held at the return at line 108`
	if l.busy {
		return l, errors.New("busy")
	}
	l.busy = true
	l.mu.Unlock()
	return noUnlock{}, nil
}

// A dictionary iterates over an index's terms under the index's read
// lock, which its Close releases.
type termIndex struct {
	mutex sync.RWMutex
	terms []string
}

type TermDict interface {
	Next() (string, bool)
	Close() error
}

type termDict struct {
	index *termIndex
	pos   int
}

func (d *termDict) Next() (string, bool) {
	if d.pos >= len(d.index.terms) {
		return "", false
	}
	d.pos++
	return d.index.terms[d.pos-1], true
}

func (d *termDict) Close() error { // want Close:"runlocks p0.index\\*.mutex"
	defer d.index.mutex.RUnlock()
	d.pos = len(d.index.terms)
	return nil
}

// SafeTermDict is fine: it returns holding the read lock, which the
// dictionary it returns, as an interface, releases in Close.
func (x *termIndex) SafeTermDict(prefix string) (TermDict, error) { // want SafeTermDict:"borrows r0"
	x.mutex.RLock()
	if prefix == "" {
		x.mutex.RUnlock()
		return nil, errors.New("empty prefix")
	}
	return &termDict{index: x}, nil
}

type countOnly struct {
	index *termIndex
}

func (c *countOnly) Next() (string, bool) { return "", false }
func (c *countOnly) Close() error         { return nil } // want Close:"nil r0; releases nothing"

// termCountLeak returns holding the read lock, but what it returns never
// releases it.
func (x *termIndex) termCountLeak(prefix string) (TermDict, error) { // want termCountLeak:"borrows r0"
	x.mutex.RLock() // want `x.mutex is read-locked at line \d+ and still held at the return at line \d+`
	if prefix == "" {
		x.mutex.RUnlock()
		return nil, errors.New("empty prefix")
	}
	return &countOnly{index: x}, nil
}
