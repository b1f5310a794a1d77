// Package lockstate probes rule 3 (f3956cb): a lock taken where a field of
// a value was nil (if w.tx == nil { mu.Lock(); ...; w.tx = tx }) is
// handed to the value by the stores of non-nil values into that field,
// where some method of the receiver's type unlocks the mutex on some path.
package lockstate

import (
	"errors"
	"net"
	"sync"
)

// A Tx is a transaction of a DB.
type Tx struct{ done bool }

func (tx *Tx) Commit() error   { tx.done = true; return nil } // want Commit:"nil r0; nothing when zero"
func (tx *Tx) Rollback() error { tx.done = true; return nil } // want Rollback:"nil r0; nothing when zero"

func (tx *Tx) apply(n int) error {
	if n < 0 {
		return errors.New("negative")
	}
	return nil
}

// A DB opens transactions.
type DB struct{ busy bool }

func (db *DB) Begin() (*Tx, error) {
	if db.busy {
		return nil, errors.New("busy")
	}
	return &Tx{}, nil
}

// A Writer writes through one transaction, under its store's lock, which
// it keeps while w.tx is set; Close commits and unlocks.
type Writer struct {
	mu *sync.Mutex
	db *DB
	tx *Tx
}

// Close commits and unlocks where a transaction is open.
func (w *Writer) Close() error { // want Close:"may unlock p0.mu\\*"
	if w.tx == nil {
		return nil
	}
	defer w.mu.Unlock()
	err := w.tx.Commit()
	w.tx = nil
	return err
}

// LeakTupleStore stores Begin's transaction into the field before it tests
// the error: where Begin fails, the field holds nil, Close will not
// unlock, and the return leaves the lock held for good. (A failed apply
// rolls back and unlocks, as it should.)
func (w *Writer) LeakTupleStore(n int) error {
	if w.tx == nil {
		w.mu.Lock() // want `w.mu is locked at line \d+ and still held`
		var err error
		w.tx, err = w.db.Begin()
		if err != nil {
			return err
		}
	}
	if err := w.tx.apply(n); err != nil {
		_ = w.tx.Rollback()
		w.tx = nil
		w.mu.Unlock()
		return err
	}
	return nil
}

// LeakRolledBack rolls back a failed write and clears the field, but
// forgets to unlock: Close sees no transaction and does not unlock either.
func (w *Writer) LeakRolledBack(n int) error {
	if w.tx == nil {
		w.mu.Lock() // want `w.mu is locked at line \d+ and still held`
		tx, err := w.db.Begin()
		if err != nil {
			w.mu.Unlock()
			return err
		}
		w.tx = tx
	}
	if err := w.tx.apply(n); err != nil {
		_ = w.tx.Rollback()
		w.tx = nil
		return err
	}
	return nil
}

// SafeEarlyReturn returns early where a transaction is open, then takes
// the lock with a new one: the test is w.tx != nil, not w.tx == nil.
func (w *Writer) SafeEarlyReturn() error {
	if w.tx != nil {
		return nil
	}
	w.mu.Lock() // want `w.mu is locked at line \d+ and still held`
	tx, err := w.db.Begin()
	if err != nil {
		w.mu.Unlock()
		return err
	}
	w.tx = tx
	return nil
}

// A Client dials lazily; mu also serializes its batches: BeginBatch
// locks, EndBatch unlocks where a batch is open.
type Client struct {
	mu      sync.Mutex
	addr    string
	conn    net.Conn
	inBatch bool
}

// BeginBatch holds mu until EndBatch.
func (c *Client) BeginBatch() { // want BeginBatch:"locks p0.mu"
	c.mu.Lock()
	c.inBatch = true
}

// EndBatch unlocks where a batch is open.
func (c *Client) EndBatch() { // want EndBatch:"may unlock p0.mu"
	if c.inBatch {
		c.inBatch = false
		c.mu.Unlock()
	}
}

// LeakLazyDial dials under mu where there is no connection yet, and
// forgets to unlock once it has one: nothing of the type unlocks on the
// strength of c.conn (EndBatch unlocks only where a batch is open), and
// the next BeginBatch deadlocks.
func (c *Client) LeakLazyDial() (net.Conn, error) { // want LeakLazyDial:"borrows r0; gives p0.conn as r0"
	if c.conn == nil {
		c.mu.Lock() // want `c.mu is locked at line \d+ and still held`
		conn, err := net.Dial("tcp", c.addr)
		if err != nil {
			c.mu.Unlock()
			return nil, err
		}
		c.conn = conn
	}
	return c.conn, nil
}
