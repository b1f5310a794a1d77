package locks

import "sync"

// A deferred closure that read-unlocks first and then, on one branch,
// takes the write lock for one step releases the read lock on every path.

type peerTable struct{ mu sync.RWMutex }

type peerServer struct {
	table *peerTable
	peers map[string]int
}

func (s *peerServer) dropPeer(name string) { delete(s.peers, name) }

func (s *peerServer) SafeHandleMessage(name string, kind int, ok bool) int {
	needStop := false
	s.table.mu.RLock()
	defer func() {
		s.table.mu.RUnlock()
		if needStop {
			s.table.mu.Lock()
			s.dropPeer(name)
			s.table.mu.Unlock()
		}
	}()
	switch kind {
	case 1:
		if ok {
			needStop = true
			return 1
		}
	case 2:
		if !ok {
			return 2
		}
		needStop = true
	}
	return s.peers[name]
}

// An unlock helper that releases the read lock and takes the write lock
// for a step, called by name.
func (s *peerServer) releaseAndDrop(name string) { // want releaseAndDrop:"runlocks p0.table\\*.mu"
	s.table.mu.RUnlock()
	s.table.mu.Lock()
	s.dropPeer(name)
	s.table.mu.Unlock()
}

func (s *peerServer) SafeLookupThenDrop(name string) int {
	s.table.mu.RLock()
	n := s.peers[name]
	s.releaseAndDrop(name)
	return n
}

// The closure read-unlocks on one branch only: on the other it takes the
// write lock while the read lock is still held.
func (s *peerServer) LeakyHandleMessage(name string, fast bool) int {
	s.table.mu.RLock() // want `s.table.mu is read-locked at line 62 and still held at the return at line 76 \(reached when fast is false at line 63\)`
	if fast {
		n := s.peers[name]
		s.table.mu.RUnlock()
		return n
	}
	defer func() {
		if len(name) > 3 {
			s.table.mu.RUnlock()
		}
		s.table.mu.Lock()
		s.dropPeer(name)
		s.table.mu.Unlock()
	}()
	return s.peers[name]
}

// A run loop that locks, unlocks to work, and returns from inside with
// the lock held is no locking helper: the return leaks the lock.
type pubQueue struct {
	mu     sync.Mutex
	cond   *sync.Cond
	items  []int
	closed bool
}

func (q *pubQueue) runLeak(send func(int)) { // want runLeak:"locks p0.mu"
	for {
		q.mu.Lock() // want `q.mu is locked at line 90 and still held at the return at line 94 \(reached when q.closed at line 93\)`
		for len(q.items) == 0 {
			q.cond.Wait()
			if q.closed {
				return
			}
		}
		item := q.items[0]
		q.items = q.items[1:]
		q.mu.Unlock()
		send(item)
	}
}
