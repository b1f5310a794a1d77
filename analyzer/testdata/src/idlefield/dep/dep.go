// Package dep has a query that runs in a transaction of its own, which its
// Close rolls back, or in one its caller owns, where Close does nothing.
package dep

import (
	"errors"
	"os"
)

// Stats counts what queries did.
type Stats struct {
	Reads, Writes int
	Nested        Counts
}

// Counts counts rows.
type Counts struct{ Rows int }

func (c *Counts) add(o Counts) { c.Rows += o.Rows }

func (s *Stats) add(o Stats) {
	s.Reads += o.Reads
	s.Writes += o.Writes
	s.Nested.add(o.Nested)
}

// A DB names a database file.
type DB struct{ path string }

// A Tx is a transaction, which holds the database file open.
type Tx struct {
	f     *os.File
	stats Stats
}

// Begin starts a transaction.
func (db *DB) Begin() (*Tx, error) {
	f, err := os.Open(db.path)
	if err != nil {
		return nil, err
	}
	return &Tx{f: f}, nil
}

// Rollback ends the transaction.
func (tx *Tx) Rollback() error { return tx.f.Close() } // want Rollback:"nothing when zero; closes p0\\.f"

// A Query reads rows. One made by QueryDB runs in a transaction of its
// own until it is closed; one made by QueryTx runs in the caller's
// transaction and holds nothing.
type Query struct {
	xtx   *Tx
	xdb   *DB
	err   error
	stats Stats
	limit int
}

// QueryDB makes a query in a transaction of its own.
func QueryDB(db *DB) (*Query, error) {
	tx, err := db.Begin()
	if err != nil {
		return nil, err
	}
	return &Query{xtx: tx, xdb: db}, nil
}

// QueryTx makes a query in the caller's transaction.
func QueryTx(tx *Tx) *Query { // want QueryTx:"keeps p0; empty r0; empty for good r0; wraps p0 in r0"
	q := &Query{xtx: tx}
	q.init()
	return q
}

func (q *Query) init() {
	if q.xtx == nil && q.xdb == nil {
		q.fail(errors.New("no database"))
	}
}

// fail ends the query, and adds its counts to the caller's.
func (q *Query) fail(err error) { // want fail:"keeps p1"
	if q.xtx != nil {
		q.xtx.stats.add(q.stats)
	}
	q.xdb = nil
	q.err = err
}

// Close ends the query: it rolls back a transaction of its own.
func (q *Query) Close() error { // want Close:"nil r0; closes p0\\.xtx\\.f"
	if q.xtx != nil && q.xdb != nil {
		q.xtx.Rollback()
		q.xtx = nil
	}
	q.fail(errors.New("closed"))
	return nil
}

// Limit limits the rows the query reads.
func (q *Query) Limit(n int) *Query { // want Limit:"keeps p0; borrows r0; returns p0 as r0"
	q.limit = n
	return q
}

// Count counts the rows.
func (q *Query) Count() (int, error) { // want Count:"gives p0\\.err as r1"
	if q.err != nil {
		return 0, q.err
	}
	return 1, nil
}
