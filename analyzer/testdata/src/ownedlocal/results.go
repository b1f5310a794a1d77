package ownedlocal

// This file: results that come from the function's own calls are new,
// even asserted out of an empty interface or read back from a struct it
// made.

import (
	"database/sql"
	"sync"
)

// executor runs queries and returns what they produce.
type executor struct{ db *sql.DB }

// run returns the rows of q as an untyped result.
func (e *executor) run(q string) (any, error) {
	return e.db.Query(q)
}

// queryRows returns the rows that its own executor call produced: they are
// new, although asserted out of an empty interface.
func queryRows(e *executor, q string) (*sql.Rows, error) {
	res, err := e.run(q)
	if err != nil {
		return nil, err
	}
	return res.(*sql.Rows), nil
}

// countRows leaks the rows of queryRows.
func countRows(e *executor) (int, error) {
	rows, err := queryRows(e, "SELECT 1") // want `rows returned by queryRows is not closed before the return at line 37`
	if err != nil {
		return 0, err
	}
	cols, err := rows.Columns()
	return len(cols), err
}

// safeCountRows is fine: the rows are closed.
func safeCountRows(e *executor) (int, error) {
	rows, err := queryRows(e, "SELECT 1")
	if err != nil {
		return 0, err
	}
	defer rows.Close()
	cols, err := rows.Columns()
	return len(cols), err
}

// result is filled in by a callback.
type result struct{ rows *sql.Rows }

// each calls fn.
func (e *executor) each(fn func() error) error { return fn() } // want each:"gives r0 of p1\\(\\) as r0"

// queryVia returns the rows that its callback stored in a result it made.
func queryVia(e *executor, q string) (*sql.Rows, error) {
	res := &result{}
	db := e.db
	err := e.each(func() error {
		rows, err := db.Query(q)
		res.rows = rows
		return err
	})
	if err != nil {
		return nil, err
	}
	return res.rows, nil
}

// viaLeak leaks the rows of queryVia.
func viaLeak(e *executor) error {
	rows, err := queryVia(e, "SELECT 1") // want `rows returned by queryVia is not closed before the return at line 78`
	if err != nil {
		return err
	}
	return rows.Err()
}

// Statement carries a query and, once run, its destination.
type Statement struct {
	Query string
	Dest  any
}

// exec runs s and stores its rows in s.Dest.
func (e *executor) exec(s *Statement) error {
	rows, err := e.db.Query(s.Query)
	if err != nil {
		return err
	}
	s.Dest = rows
	return nil
}

// queryStatement returns the rows that exec stored in a statement it made.
func queryStatement(e *executor, q string) (*sql.Rows, error) {
	st := &Statement{Query: q}
	if err := e.exec(st); err != nil {
		return nil, err
	}
	return st.Dest.(*sql.Rows), nil
}

// statementLeak leaks the rows of queryStatement.
func statementLeak(e *executor) error {
	rows, err := queryStatement(e, "SELECT 1") // want `rows returned by queryStatement is not closed before the return at line 112`
	if err != nil {
		return err
	}
	return rows.Err()
}

// cache keeps rows that callers borrow.
type cache struct {
	m    map[string]any
	sync sync.Map
}

// get returns what the cache holds.
func (c *cache) get(k string) any { return c.m[k] } // want get:"borrows r0"

// cached is fine for callers: the rows belong to the cache.
func cached(c *cache, k string) *sql.Rows { // want cached:"borrows r0"
	return c.get(k).(*sql.Rows)
}

// loaded is fine for callers: the rows belong to the sync.Map.
func loaded(c *cache, k string) *sql.Rows { // want loaded:"borrows r0"
	v, _ := c.sync.Load(k)
	return v.(*sql.Rows)
}

// useCache is fine: the cache owns the rows.
func useCache(c *cache) error {
	a := cached(c, "a")
	b := loaded(c, "b")
	if err := a.Err(); err != nil {
		return err
	}
	return b.Err()
}

// querier runs queries; its implementations here return new rows.
type querier interface {
	query(q string) (any, error)
}

// dbQuerier queries a database.
type dbQuerier struct{ db *sql.DB }

func (d dbQuerier) query(q string) (any, error) { return d.db.Query(q) }

// rowsOf returns the rows of q: an implementation in this package makes
// them, so they are new.
func rowsOf(qr querier, q string) (*sql.Rows, error) {
	res, err := qr.query(q)
	if err != nil {
		return nil, err
	}
	return res.(*sql.Rows), nil
}

// countVia leaks the rows of rowsOf.
func countVia(qr querier) error {
	rows, err := rowsOf(qr, "SELECT 1") // want `rows returned by rowsOf is not closed before the return at line 171`
	if err != nil {
		return err
	}
	return rows.Err()
}
