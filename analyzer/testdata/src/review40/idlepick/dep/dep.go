// Package dep: a query in a transaction of its own (Close rolls back) or in
// the caller's (Close does nothing), as in the idlefield test, plus ways a
// query made in the caller's transaction comes to own one later.
package dep

import (
	"errors"
	"io"
	"os"
)

type Stats struct{ Reads, Writes int }

func (s *Stats) add(o Stats) { s.Reads += o.Reads; s.Writes += o.Writes }

type DB struct{ path string }

type Tx struct {
	f     *os.File
	stats Stats
}

func (db *DB) Begin() (*Tx, error) {
	f, err := os.Open(db.path)
	if err != nil {
		return nil, err
	}
	return &Tx{f: f}, nil
}

func (tx *Tx) Rollback() error { return tx.f.Close() } // want Rollback:"nothing when zero; closes p0\\.f"

type Query struct {
	xtx   *Tx
	xdb   *DB
	err   error
	stats Stats
	// Trace, if set, gets a line per row read.
	Trace io.Writer
}

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

func (q *Query) fail(err error) { // want fail:"keeps p1"
	if q.xtx != nil {
		q.xtx.stats.add(q.stats)
	}
	q.xdb = nil
	q.err = err
}

func (q *Query) Close() error { // want Close:"nil r0; closes p0\\.xtx\\.f"
	if q.xtx != nil && q.xdb != nil {
		q.xtx.Rollback()
		q.xtx = nil
	}
	q.fail(errors.New("closed"))
	return nil
}

func (q *Query) Count() (int, error) { // want Count:"gives p0\\.err as r1"
	if q.err != nil {
		return 0, q.err
	}
	return 1, nil
}

// Pick runs in tx when given one, else in a transaction of its own.
func Pick(tx *Tx, db *DB) (*Query, error) { // want Pick:"keeps p0"
	if tx != nil {
		return QueryTx(tx), nil
	}
	return QueryDB(db)
}

// Limit returns the query (a chaining method).
func (q *Query) Limit() *Query { return q } // want Limit:"keeps p0; borrows r0; returns p0 as r0"
