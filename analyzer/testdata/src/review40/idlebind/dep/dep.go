// Package dep: a query in a transaction of its own (Close rolls back) or in
// the caller's (Close does nothing), as in the idlefield test, plus ways a
// query made in the caller's transaction comes to own one later.
package dep

import (
	"errors"
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
}

func QueryDB(db *DB) (*Query, error) {
	tx, err := db.Begin()
	if err != nil {
		return nil, err
	}
	return &Query{xtx: tx, xdb: db}, nil
}

// QueryTx makes a query in the caller's transaction.
func QueryTx(tx *Tx) *Query { // want QueryTx:"keeps p0; wraps p0 in r0"
	q := &Query{xtx: tx}
	q.init()
	return q
}

func (q *Query) init() {
	if q.xtx == nil && q.xdb == nil {
		q.fail(errors.New("no database"))
	}
}

// Bind does it through a helper that sets a field by its address.
func (q *Query) Bind(db *DB) error { // want Bind:"keeps p1"
	tx, err := db.Begin()
	if err != nil {
		return err
	}
	q.xtx = tx
	setDB(&q.xdb, db)
	return nil
}

func setDB(p **DB, db *DB) { *p = db } // want setDB:"keeps p1"

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
