package factsuse

// This file caches prepared statements in the generic LRU of factsdep:
// a statement given to Add belongs to the cache, which the caller must
// not close it from under.

import (
	"context"
	"database/sql"

	"factsdep"
)

type stmtCache struct {
	db    *sql.DB
	stmts *factsdep.LRU[string, *sql.Stmt]
}

// prepare returns the cached statement for query, preparing and caching
// it where there is none: what it returns is the cache's.
func (c *stmtCache) prepare(ctx context.Context, query string) (*sql.Stmt, error) { // want prepare:"borrows r0"
	if st, ok := c.stmts.Get(query); ok {
		return st, nil
	}
	st, err := c.db.PrepareContext(ctx, query)
	if err != nil {
		return nil, err
	}
	c.stmts.Add(query, st)
	return st, nil
}

// SafeExec runs a cached statement and leaves it to the cache.
func (c *stmtCache) SafeExec(ctx context.Context, query string) error { // want SafeExec:"keeps p1"
	st, err := c.prepare(ctx, query)
	if err != nil {
		return err
	}
	_, err = st.ExecContext(ctx)
	return err
}

// tagLeak labels a statement it prepared and drops it: Tag only wraps
// it.
func tagLeak(ctx context.Context, db *sql.DB, query string) error { // want tagLeak:"keeps p0"
	st, err := db.PrepareContext(ctx, query) // want `st returned by db.PrepareContext is not closed before the return at line 52 \(possible resource leak\)`
	if err != nil {
		return err
	}
	t := factsdep.Tag(st)
	_ = t
	return nil
}
