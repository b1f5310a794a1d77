package locks

import "sync"

// LockingEditor is a value that shares a lock: its methods have value
// receivers, and the Locker it holds is the one its copies hold.
type LockingEditor struct {
	L sync.Locker
	n *int
}

// Begin takes the shared lock for the statement that Complete ends.
func (e LockingEditor) Begin() { // want Begin:"locks p0.L"
	e.L.Lock()
}

// Complete ends the statement and gives the shared lock back.
func (e LockingEditor) Complete() error { // want Complete:"unlocks p0.L"
	defer e.L.Unlock()
	*e.n = 0
	return nil
}

// CopiedCounter has its mutex in the value, which a value receiver copies.
type CopiedCounter struct {
	mu sync.Mutex
	n  *int
}

// Inc locks the mutex of its own copy and returns holding it.
func (c CopiedCounter) Inc() {
	c.mu.Lock() // want `c.mu is locked at line 32 and still held`
	*c.n++
}
