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
