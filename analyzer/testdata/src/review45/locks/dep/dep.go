// Package dep has a lock helper whose callers are all in another package.
package dep

import (
	"sync"
	"time"
)

// A DB is read under its read lock once it has settled.
type DB struct {
	Mu      sync.RWMutex
	pending bool
	N       int
}

// RLockSettled read-locks d.Mu once no update is pending and returns
// holding it: the caller must RUnlock. No function of this package calls
// it, so callersUnlock finds no unlock and it is reported here (a false
// alarm kept: the helper is right).
func (d *DB) RLockSettled() { // want RLockSettled:"rlocks p0.Mu"
	d.Mu.RLock() // want `d.Mu is read-locked at line \d+ and still held`
	for d.pending {
		d.Mu.RUnlock()
		time.Sleep(time.Millisecond)
		d.Mu.RLock()
	}
}

// A Table is a DB with a method that gives the read lock back.
type Table struct {
	mu      sync.RWMutex
	pending bool
	rows    int
}

// RLockSettled is DB's helper, on a type that has an RUnlock method.
func (t *Table) RLockSettled() { // want RLockSettled:"rlocks p0.mu"
	t.mu.RLock() // want `t.mu is read-locked at line \d+ and still held`
	for t.pending {
		t.mu.RUnlock()
		time.Sleep(time.Millisecond)
		t.mu.RLock()
	}
}

// RUnlock gives back the lock that RLockSettled took.
func (t *Table) RUnlock() { t.mu.RUnlock() } // want RUnlock:"runlocks p0.mu"

// Rows reads the row count under the lock.
func (t *Table) Rows() int { return t.rows }
