// Package lockstate: a writer takes its store's lock when it opens a
// transaction (only where it has none) and keeps both until its Close,
// which commits and unlocks. Once the transaction is set in the writer,
// a return holds the lock by design, failed or not; before that, a
// failure must unlock.
package lockstate

import (
	"errors"
	"sync"
)

// A Tx is a transaction of a DB.
type Tx struct{ done bool }

func (tx *Tx) Commit() error { tx.done = true; return nil } // want Commit:"nil r0; nothing when zero"

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

type store struct {
	writer sync.Mutex
	db     *DB
}

// A Writer writes through one transaction, under the store's lock.
type Writer struct {
	qs  *store
	tx  *Tx
	err error
}

// SafeWrite opens the transaction and the lock together; a failed apply
// leaves both to Close.
func (w *Writer) SafeWrite(n int) error {
	if w.tx == nil {
		w.qs.writer.Lock()
		tx, err := w.qs.db.Begin()
		if err != nil {
			w.qs.writer.Unlock()
			w.err = err
			return err
		}
		w.tx = tx
	}
	if err := w.tx.apply(n); err != nil {
		w.err = err
		return err
	}
	return nil
}

// LeakWrite unlocks when it has nothing to write, but forgets to when
// Begin fails: no transaction records the lock there.
func (w *Writer) LeakWrite(n int) error {
	if w.tx == nil {
		w.qs.writer.Lock() // want `w.qs.writer is locked at line \d+ and still held at the return at line \d+`
		tx, err := w.qs.db.Begin()
		if err != nil {
			w.err = err
			return err
		}
		if n == 0 {
			w.qs.writer.Unlock() // nothing to write
			return nil
		}
		w.tx = tx
	}
	return w.tx.apply(n)
}

// Close commits and unlocks.
func (w *Writer) Close() error { // want Close:"gives p0.err as r0; may unlock p0.qs\\*.writer"
	if w.tx == nil {
		return w.err
	}
	defer w.qs.writer.Unlock()
	err := w.tx.Commit()
	w.tx = nil
	return err
}

// An Unclosed writer has no method that unlocks.
type Unclosed struct {
	qs *store
	tx *Tx
}

// LeakNoUnlocker keeps the lock with the transaction, but nothing of the
// type ever unlocks it.
func (u *Unclosed) LeakNoUnlocker(n int) error {
	if u.tx == nil {
		u.qs.writer.Lock() // want `u.qs.writer is locked at line \d+ and still held`
		tx, err := u.qs.db.Begin()
		if err != nil {
			u.qs.writer.Unlock()
			return err
		}
		u.tx = tx
	}
	return u.tx.apply(n)
}
