package ifaces

import (
	"os"
	"sync"
	"sync/atomic"
)

// rowIter pages through rows already in memory; Close only records that it
// was called, with a compare-and-swap, and hands back the iteration error.
type rowIter struct {
	rows   []string
	pos    int
	closed int32
	err    error
}

func (it *rowIter) Close() error { // want Close:"releases nothing"
	if atomic.CompareAndSwapInt32(&it.closed, 0, 1) {
		it.rows = nil
	}
	return it.err
}

func queryRows(rows []string) *rowIter { return &rowIter{rows: rows} }

// SafeAtomicFlagClose is fine: the iterator's Close flips a flag and
// releases nothing, so dropping the iterator leaks nothing.
func SafeAtomicFlagClose(rows []string) int {
	it := queryRows(rows)
	return len(it.rows)
}

// guardedBuf marks itself closed under its own lock.
type guardedBuf struct {
	mu     sync.Mutex
	done   atomic.Bool
	closed bool
	buf    []byte
}

func (b *guardedBuf) Close() error { // want Close:"releases nothing"
	b.mu.Lock()
	defer b.mu.Unlock()
	b.closed = true
	b.done.Store(true)
	return nil
}

func newGuardedBuf() *guardedBuf { return &guardedBuf{} }

// SafeLockedFlagClose is fine: Close only sets flags under the receiver's
// own lock.
func SafeLockedFlagClose() int {
	b := newGuardedBuf()
	return len(b.buf)
}

// fileRows flips the same flag, and closes the file it reads from.
type fileRows struct {
	f      *os.File
	closed int32
}

func (r *fileRows) Close() error { // want Close:"releases p0"
	if !atomic.CompareAndSwapInt32(&r.closed, 0, 1) {
		return nil
	}
	return r.f.Close()
}

func openRows(name string) (*fileRows, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	return &fileRows{f: f}, nil
}

func LeakFlagAndFile(name string) (bool, error) {
	r, err := openRows(name) // want `r returned by openRows is not closed`
	if err != nil {
		return false, err
	}
	return r.closed == 0, nil
}

// lockedEntry is handed out locked; its Close unlocks it, which releases
// the lock: it is no type that holds nothing.
type lockedEntry struct {
	mu  sync.Mutex
	val string
}

func (e *lockedEntry) Close() error { // want Close:"^nil r0; unlocks p0\\.mu$"
	e.mu.Unlock()
	return nil
}
