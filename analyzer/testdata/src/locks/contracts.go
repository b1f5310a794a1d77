package locks

import (
	"errors"
	"sync"
)

var errClosed = errors.New("closed")

// DB hands its write lock to the transactions it begins.
type DB struct {
	rwlock sync.Mutex
	closed bool
}

// Tx holds its DB's write lock until it ends.
type Tx struct{ db *DB }

// Rollback ends the transaction and releases the write lock.
func (tx *Tx) Rollback() { tx.db.rwlock.Unlock() } // want Rollback:"unlocks p0.db\\*.rwlock"

// SafeBegin is fine: it returns holding the lock exactly when it
// succeeds, for the transaction, and releases it whenever it fails.
func (db *DB) SafeBegin() (*Tx, error) { // want SafeBegin:"keeps p0; wraps p0 in r0"
	db.rwlock.Lock()
	if db.closed {
		db.rwlock.Unlock()
		return nil, errClosed
	}
	return &Tx{db: db}, nil
}

// beginLeaky returns holding the lock on one success and releases it on
// another: the first is a forgotten unlock.
func (db *DB) beginLeaky(readOnly bool) (*Tx, error) { // want beginLeaky:"keeps p0; wraps p0 in r0"
	db.rwlock.Lock() // want `db.rwlock is locked at line \d+ and still held at the return at line \d+ \(reached when readOnly at line \d+\)`
	if readOnly {
		return &Tx{db: db}, nil
	}
	db.rwlock.Unlock()
	return nil, nil
}

// commitLeaky gives up after failed retries with the lock still held.
func (db *DB) commitLeaky(try func() error) error { // want commitLeaky:"gives r0 of p1\\(\\) as r0"
	db.rwlock.Lock() // want `db.rwlock is locked at line \d+ and still held at the return at line \d+`
	var err error
	for range 3 {
		if err = try(); err == nil {
			break
		}
	}
	if err != nil {
		return err
	}
	db.rwlock.Unlock()
	return nil
}

// Reader lets one caller at a time read a response.
type Reader struct{ rlock sync.Mutex }

// SafeYield is fine: it returns the mutex it holds, and the caller
// unlocks it when done reading.
func (r *Reader) SafeYield(ok bool) (lock *sync.Mutex, err error) {
	r.rlock.Lock()
	if !ok {
		r.rlock.Unlock()
		return nil, errClosed
	}
	lock = &r.rlock
	return
}

// Meta guards a DB's metadata.
type Meta struct {
	meta   sync.Mutex
	writer sync.Mutex
	open   bool
}

// SafeBeginDeferred is fine, as SafeBegin: a deferred unlock of another
// mutex puts the results in slots, and the success still returns nil.
func (m *Meta) SafeBeginDeferred() (*Meta, error) { // want SafeBeginDeferred:"keeps p0; returns p0 as r0"
	m.writer.Lock()
	m.meta.Lock()
	defer m.meta.Unlock()
	if !m.open {
		m.writer.Unlock()
		return nil, errClosed
	}
	return m, nil
}

// Publisher reports failures under its lock.
type Publisher struct {
	mu   sync.Mutex
	errs []error
}

// SafeCapturedUnlock is fine: fail unlocks the mutex that the retry
// locks, called through the variable that the retry captures.
func (p *Publisher) SafeCapturedUnlock(publish func() error) { // want SafeCapturedUnlock:"keeps p0"
	fail := func(err error) {
		p.errs = append(p.errs, err)
		p.mu.Unlock()
	}
	retry := func() {
		p.mu.Lock()
		n := len(p.errs)
		p.mu.Unlock()
		if n > 3 {
			return
		}
		if err := publish(); err != nil {
			p.mu.Lock()
			fail(err)
		}
	}
	p.mu.Lock()
	n := len(p.errs)
	p.mu.Unlock()
	if n < 3 {
		retry()
	}
}

var (
	errNotFound = errors.New("not found")
	errEmpty    = errors.New("empty key")
)

// Cache maps keys to values under its lock.
type Cache struct {
	mu sync.Mutex
	m  map[string]string
}

// Get forgets the unlock when it finds the key: it returns holding the
// lock exactly where it succeeds, but gives its caller nothing that
// unlocks it, and no caller does.
func (c *Cache) Get(k string) (string, error) {
	c.mu.Lock() // want `c.mu is locked at line \d+ and still held at the return at line \d+`
	v, ok := c.m[k]
	if !ok {
		c.mu.Unlock()
		return "", errNotFound
	}
	return v, nil
}

// Set forgets the unlock after storing, and no caller unlocks.
func (c *Cache) Set(k, v string) error {
	c.mu.Lock() // want `c.mu is locked at line \d+ and still held at the return at line \d+`
	if k == "" {
		c.mu.Unlock()
		return errEmpty
	}
	c.m[k] = v
	return nil
}

// Listener sends one command at a time, under senderLock.
type Listener struct {
	senderLock sync.Mutex
	connLock   sync.Mutex
	err        error
}

// acquireSenderLock is fine: it returns holding senderLock where it
// succeeds, and its caller defers releaseSenderLock.
func (l *Listener) acquireSenderLock() error { // want acquireSenderLock:"gives p0.err as r0"
	l.senderLock.Lock()
	l.connLock.Lock()
	err := l.err
	l.connLock.Unlock()
	if err != nil {
		l.senderLock.Unlock()
		return err
	}
	return nil
}

func (l *Listener) releaseSenderLock() { l.senderLock.Unlock() } // want releaseSenderLock:"unlocks p0.senderLock"

// SafeExec is fine: it releases the lock that acquireSenderLock took.
func (l *Listener) SafeExec() error { // want SafeExec:"gives p0.err as r0; may unlock p0.senderLock"
	if err := l.acquireSenderLock(); err != nil {
		return err
	}
	defer l.releaseSenderLock()
	return nil
}

// guard points at a mutex, for as long as it lives.
type guard struct{ mu *sync.Mutex }

// Yielder hands its lock to whoever reads l.
type Yielder struct {
	mu sync.Mutex
	l  *sync.Mutex
}

// guardLeaky keeps a pointer to the mutex in a struct of its own, which
// is gone when it returns: no hand-off, and the early return leaks.
func (s *Yielder) guardLeaky(skip bool) {
	s.mu.Lock() // want `s.mu is locked at line \d+ and still held at the return at line \d+ \(reached when skip at line \d+\)`
	g := &guard{mu: &s.mu}
	if skip {
		return
	}
	_ = g
	s.mu.Unlock()
}

// SafeYieldField is fine: it stores the mutex it holds in the receiver,
// which outlives the call, for whoever takes it from there.
func (s *Yielder) SafeYieldField(ok bool) {
	s.mu.Lock()
	if !ok {
		s.mu.Unlock()
		return
	}
	s.l = &s.mu
}

func (tx *Tx) init(db *DB) { tx.db = db } // want init:"keeps p1"

// SafeBeginInit is fine, as SafeBegin: the transaction it returns gets
// its DB from a method, and its Rollback unlocks the DB's write lock.
func (db *DB) SafeBeginInit() (*Tx, error) { // want SafeBeginInit:"keeps p0"
	db.rwlock.Lock()
	if db.closed {
		db.rwlock.Unlock()
		return nil, errClosed
	}
	t := &Tx{}
	t.init(db)
	return t, nil
}

// Session sends one command at a time: beginCommand takes the write lock
// for the encoder it returns, and the encoder's end releases it.
type Session struct {
	writeMu sync.Mutex
	pending []func() int
	tag     int
}

type encoder struct{ s *Session }

func (e *encoder) end() { e.s.writeMu.Unlock() } // want end:"unlocks p0.s\\*.writeMu"

// SafeBeginCommand is fine: it holds the lock by contract, for the
// encoder, though a closure captures the receiver (which moves it into a
// variable of its own).
func (s *Session) SafeBeginCommand() *encoder { // want SafeBeginCommand:"keeps p0"
	s.writeMu.Lock()
	s.pending = append(s.pending, func() int { return s.tag })
	return &encoder{s: s}
}

// sendLeaky forgets the unlock on its early return, with the receiver
// captured in the same way.
func (s *Session) sendLeaky(skip bool) { // want sendLeaky:"keeps p0"
	s.writeMu.Lock() // want `s.writeMu is locked at line \d+ and still held at the return at line \d+ \(reached when skip at line \d+\)`
	s.pending = append(s.pending, func() int { return s.tag })
	if skip {
		return
	}
	s.writeMu.Unlock()
}

// Server starts once; unlockOnce makes the function that releases its
// lock, to be deferred and also called early.
type Server struct {
	lock    sync.Mutex
	started bool
}

func unlockOnce(l sync.Locker) func() { // want unlockOnce:"keeps p0; may unlock p0"
	var once sync.Once
	return func() { once.Do(l.Unlock) }
}

// SafeStart is fine: the function that unlockOnce made, deferred after
// the lock, unlocks it at every return.
func (srv *Server) SafeStart() error {
	unlock := unlockOnce(&srv.lock)
	srv.lock.Lock()
	defer unlock()
	if srv.started {
		return errClosed
	}
	srv.started = true
	return nil
}

// startLeaky returns before it defers the unlock.
func (srv *Server) startLeaky() error {
	unlock := unlockOnce(&srv.lock)
	srv.lock.Lock() // want `srv.lock is locked at line \d+ and still held at the return at line \d+ \(reached when srv.started at line \d+\)`
	if srv.started {
		return errClosed
	}
	defer unlock()
	srv.started = true
	return nil
}
