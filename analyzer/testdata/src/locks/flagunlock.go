package locks

import "sync"

// Unlocks of either kind, as a flag says, release the lock of the kind
// that the same flag took.

type mailbox struct {
	sync.RWMutex
	messages map[string]int
}

type mailStore struct {
	sync.Mutex
	boxes map[string]*mailbox
}

func (s *mailStore) SafeWithMailbox(name string, writeLock bool, f func(mb *mailbox)) {
	s.Lock()
	mb, ok := s.boxes[name]
	if !ok {
		mb = &mailbox{messages: map[string]int{}}
		s.boxes[name] = mb
	}
	s.Unlock()
	if writeLock {
		mb.Lock()
	} else {
		mb.RLock()
	}
	defer func() {
		if writeLock {
			mb.Unlock()
		} else {
			mb.RUnlock()
		}
	}()
	f(mb)
}

func (mb *mailbox) unlock(write bool) { // want unlock:"may unlock p0"
	if write {
		mb.Unlock()
	} else {
		mb.RUnlock()
	}
}

func (mb *mailbox) SafeCount() int {
	mb.RLock()
	defer mb.unlock(false)
	return len(mb.messages)
}

// The return before the defer leaves the read lock held.
func (mb *mailbox) LeakyCount(skip bool) int {
	mb.RLock() // want `mb is read-locked at line 57 and still held at the return at line 59 \(reached when skip at line 58\)`
	if skip {
		return 0
	}
	defer mb.unlock(false)
	return len(mb.messages)
}
