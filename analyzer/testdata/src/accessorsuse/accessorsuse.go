// Package accessorsuse is a file system over accessorsdep's storage: it
// writes through Writable in several places and never closes what it
// gives, the storage's own file.
package accessorsuse

import (
	"errors"
	"net"
	"os"
	"sync"

	"accessorsdep"
)

type FileSystem struct {
	backend accessorsdep.Storage
	size    int64
}

// SafeWriteSuperblock is fine: Writable gives the storage's file, which
// the storage owns.
func (fs *FileSystem) SafeWriteSuperblock(b []byte) error { // want SafeWriteSuperblock:"keeps p1"
	w, err := fs.backend.Writable()
	if err != nil {
		return err
	}
	if _, err := w.WriteAt(b, 1024); err != nil {
		return err
	}
	if fs.size == 0 {
		return errors.New("empty file system")
	}
	return nil
}

// SafeWriteTables is fine too, through a closure.
func (fs *FileSystem) SafeWriteTables(tables [][]byte) error {
	w, err := fs.backend.Writable()
	if err != nil {
		return err
	}
	write := func(i int) error {
		_, err := w.WriteAt(tables[i], int64(i)*4096)
		return err
	}
	for i := range tables {
		if err := write(i); err != nil {
			return err
		}
	}
	return nil
}

// SafeCheck is fine: the result is only checked.
func SafeCheck(s accessorsdep.Storage) error {
	if _, err := s.Writable(); err != nil {
		return err
	}
	return nil
}

// LeakEntry leaks: an archive's entry is a new file, and the package
// closes entries elsewhere.
func LeakEntry(a accessorsdep.Archive) ([]byte, error) {
	r, err := a.Entry() // want `r returned by a.Entry is not closed on all paths`
	if err != nil {
		return nil, err
	}
	b := make([]byte, 16)
	if _, err := r.Read(b); err != nil {
		return nil, err
	}
	return b, r.Close()
}

// LeakEntryAgain leaks the same way.
func LeakEntryAgain(a accessorsdep.Archive) error {
	r, err := a.Entry() // want `r returned by a.Entry is not closed`
	if err != nil {
		return err
	}
	_, err = r.Read(make([]byte, 16))
	return err
}

// ioctlTarget gives Sys's file to a helper that keeps it: the package
// treats what Sys gives as its own, so each call is a resource.
type ioctlTarget struct{ f *os.File }

func (t *ioctlTarget) Close() error { return t.f.Close() } // want Close:"releases p0; nothing when zero; closes p0.f"

func newTarget(f *os.File) *ioctlTarget { return &ioctlTarget{f: f} } // want newTarget:"keeps p0; wraps p0 in r0"

func Target(s accessorsdep.Storage) (*ioctlTarget, error) {
	f, err := s.Sys()
	if err != nil {
		return nil, err
	}
	return newTarget(f), nil
}

// LeakSys leaks: the package keeps what Sys gives elsewhere.
func LeakSys(s accessorsdep.Storage) (uintptr, error) {
	f, err := s.Sys() // want `f returned by s.Sys is not closed`
	if err != nil {
		return 0, err
	}
	return f.Fd(), nil
}

// Latches orders transactions; its Close stops the goroutine that its
// constructor starts.
type Latches struct {
	sync.RWMutex
	unlocks chan int
	closed  bool
}

// NewLatches starts the scheduler.
func NewLatches() *Latches {
	l := &Latches{unlocks: make(chan int, 8)}
	go l.run()
	return l
}

func (l *Latches) run() {
	for range l.unlocks {
	}
}

func (l *Latches) Lock(keys []string) int { return len(keys) }
func (l *Latches) Unlock(n int)           { l.unlocks <- n }

// Close stops the scheduler.
func (l *Latches) Close() {
	l.RWMutex.Lock()
	defer l.RWMutex.Unlock()
	if !l.closed {
		close(l.unlocks)
		l.closed = true
	}
}

// store is what a transaction commits to; the store lives in a package
// that imports this one.
type store interface {
	TxnLatches() *Latches
	// Scheduler starts a scheduler for one commit.
	Scheduler() *Latches
}

type txn struct{ store store }

// unimplementedStore is a stub for tests.
type unimplementedStore struct{}

func (unimplementedStore) TxnLatches() *Latches { panic("unimplemented") }
func (unimplementedStore) Scheduler() *Latches  { panic("unimplemented") }

// SafeCommitLatched is fine: the package calls TxnLatches three times,
// checks, uses and (deferred) unlocks through what it gives, and never
// closes, keeps or returns it: the store's own scheduler.
func (t *txn) SafeCommitLatched(keys []string) error {
	if t.store.TxnLatches() == nil {
		return errors.New("no latches")
	}
	n := t.store.TxnLatches().Lock(keys)
	defer t.store.TxnLatches().Unlock(n)
	if n == 0 {
		return errors.New("nothing to commit")
	}
	return nil
}

// SafeCommitScheduled is fine: it closes, deferred, the scheduler that it
// starts, which tells that Scheduler gives a new one.
func (t *txn) SafeCommitScheduled(keys []string) {
	defer t.store.Scheduler().Close()
}

// scheduledLeak drops the scheduler where there is nothing to commit.
func (t *txn) scheduledLeak(keys []string) error {
	s := t.store.Scheduler() // want `s returned by t.store.Scheduler is not closed on all paths`
	if len(keys) == 0 {
		return errors.New("nothing to commit")
	}
	s.Lock(keys)
	s.Close()
	return nil
}

// Searcher is a client of a search service, whose connection its Close
// closes.
type Searcher struct{ conn net.Conn }

func (s *Searcher) Search(q string) (int, error) {
	if q == "" {
		return 0, errors.New("empty query")
	}
	return len(q), nil
}
func (s *Searcher) Close() error { return s.conn.Close() } // want Close:"releases p0; closes p0.conn"

// spanReader reads through the client its configuration gives: client
// is a function that the package's caller sets.
type spanReader struct {
	client func() *Searcher
}

// NewSpanReader keeps the caller's functions.
func NewSpanReader(client func() *Searcher) *spanReader { // want NewSpanReader:"keeps p0; borrows r0"
	return &spanReader{client: client}
}

// Close closes the shared client: the reader's own Close releases what
// it holds, which its other methods borrow.
func (r *spanReader) Close() error { return r.client().Close() }

// SafeFind is fine: the package calls client in several places and, but
// for the reader's own Close, never closes what it gives, the
// configuration's shared client.
func (r *spanReader) SafeFind(q string) (int, error) {
	n, err := r.client().Search(q)
	if err != nil {
		return 0, err
	}
	return n, nil
}

// SafeCount is fine too.
func (r *spanReader) SafeCount(q string) int {
	c := r.client()
	if c == nil {
		return 0
	}
	n, _ := c.Search(q)
	return n
}

// sessionReader opens a session for each read: the package closes what
// session gives.
type sessionReader struct {
	session func() *Searcher
}

// NewSessionReader keeps the caller's function.
func NewSessionReader(session func() *Searcher) *sessionReader { // want NewSessionReader:"keeps p0; wraps p0 in r0"
	return &sessionReader{session: session}
}

// SafeRead closes its session.
func (r *sessionReader) SafeRead(q string) (int, error) {
	s := r.session()
	defer s.Close()
	return s.Search(q)
}

// readLeak drops its session where the search fails.
func (r *sessionReader) readLeak(q string) (int, error) {
	s := r.session() // want `s returned by r.session is not closed on all paths`
	n, err := s.Search(q)
	if err != nil {
		return 0, err
	}
	return n, s.Close()
}
