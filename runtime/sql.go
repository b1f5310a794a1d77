package runtime

import (
	"context"
	"database/sql"
	"fmt"
	"sync/atomic"
)

// Kinds of the resources tracked by [WrapDB].
const (
	KindSQLConn = "sql.Conn"
	KindTx      = "sql.Tx"
	KindStmt    = "sql.Stmt"
	KindRows    = "sql.Rows"
)

// maxQuery bounds how much of a query names a statement or rows.
const maxQuery = 80

// DB wraps a *sql.DB so that the connections, transactions, prepared
// statements and rows it hands out are tracked until released. Methods
// not listed here are the embedded *sql.DB's and track nothing; they
// return nothing that needs closing, except QueryRow, whose *sql.Row
// releases itself in Scan.
type DB struct {
	*sql.DB
	t      *Tracker
	driver string
}

// WrapDB returns db wrapped so that it tracks in t. If t is nil, methods
// use the tracker in their context or the default (see [Track]), which
// needs the leakvet build tag; otherwise they track nothing.
func WrapDB(db *sql.DB, t *Tracker) *DB {
	return &DB{DB: db, t: t, driver: fmt.Sprintf("%T", db.Driver())}
}

// Close closes the database. Resources still open stay tracked.
func (db *DB) Close() error { return db.DB.Close() }

// Conn returns a dedicated connection, tracked until Close returns it to
// the pool.
func (db *DB) Conn(ctx context.Context) (*Conn, error) {
	c, err := db.DB.Conn(ctx)
	if err != nil {
		return nil, err
	}
	h, err := trackIn(ctx, db.t, KindSQLConn, db.driver, 3, 0)
	if err != nil {
		c.Close()
		return nil, err
	}
	return &Conn{Conn: c, db: db, h: h}, nil
}

// BeginTx starts a transaction, tracked until Commit or Rollback.
func (db *DB) BeginTx(ctx context.Context, opts *sql.TxOptions) (*Tx, error) {
	tx, err := db.DB.BeginTx(ctx, opts)
	return db.trackTx(ctx, tx, err)
}

// Begin starts a transaction with a background context.
func (db *DB) Begin() (*Tx, error) {
	tx, err := db.DB.BeginTx(context.Background(), nil)
	return db.trackTx(context.Background(), tx, err)
}

// PrepareContext prepares a statement, tracked until Close.
func (db *DB) PrepareContext(ctx context.Context, query string) (*Stmt, error) {
	s, err := db.DB.PrepareContext(ctx, query)
	return db.trackStmt(ctx, s, query, err)
}

// Prepare prepares a statement with a background context.
func (db *DB) Prepare(query string) (*Stmt, error) {
	s, err := db.DB.PrepareContext(context.Background(), query)
	return db.trackStmt(context.Background(), s, query, err)
}

// QueryContext runs a query; its rows are tracked until released.
func (db *DB) QueryContext(ctx context.Context, query string, args ...any) (*Rows, error) {
	rows, err := db.DB.QueryContext(ctx, query, args...)
	return db.trackRows(ctx, rows, query, err)
}

// Query runs a query with a background context.
func (db *DB) Query(query string, args ...any) (*Rows, error) {
	rows, err := db.DB.QueryContext(context.Background(), query, args...)
	return db.trackRows(context.Background(), rows, query, err)
}

// trackTx tracks a transaction just begun; the caller's frame is 4 up.
func (db *DB) trackTx(ctx context.Context, tx *sql.Tx, err error) (*Tx, error) {
	if err != nil {
		return nil, err
	}
	h, err := trackIn(ctx, db.t, KindTx, db.driver, 4, 0)
	if err != nil {
		tx.Rollback()
		return nil, err
	}
	return &Tx{Tx: tx, db: db, releaseOnce: releaseOnce{h: h}}, nil
}

// trackStmt tracks a statement just prepared.
func (db *DB) trackStmt(ctx context.Context, s *sql.Stmt, query string, err error) (*Stmt, error) {
	if err != nil {
		return nil, err
	}
	h, err := trackIn(ctx, db.t, KindStmt, shorten(query), 4, 0)
	if err != nil {
		s.Close()
		return nil, err
	}
	return &Stmt{Stmt: s, db: db, query: query, h: h}, nil
}

// trackRows tracks rows just returned by a query.
func (db *DB) trackRows(ctx context.Context, rows *sql.Rows, query string, err error) (*Rows, error) {
	if err != nil {
		return nil, err
	}
	h, err := trackIn(ctx, db.t, KindRows, shorten(query), 4, 0)
	if err != nil {
		rows.Close()
		return nil, err
	}
	return &Rows{Rows: rows, releaseOnce: releaseOnce{h: h}}, nil
}

// shorten trims a query to a readable name.
func shorten(query string) string {
	if len(query) <= maxQuery {
		return query
	}
	return query[:maxQuery] + "…"
}

// Conn is a tracked *sql.Conn.
type Conn struct {
	*sql.Conn
	db *DB
	h  *Handle
}

// Close returns the connection to the pool and releases its handle.
func (c *Conn) Close() error {
	return releaseAfter(c.h, c.Conn.Close())
}

// BeginTx starts a transaction on the connection, tracked until Commit or
// Rollback.
func (c *Conn) BeginTx(ctx context.Context, opts *sql.TxOptions) (*Tx, error) {
	tx, err := c.Conn.BeginTx(ctx, opts)
	return c.db.trackTx(ctx, tx, err)
}

// PrepareContext prepares a statement on the connection, tracked until
// Close.
func (c *Conn) PrepareContext(ctx context.Context, query string) (*Stmt, error) {
	s, err := c.Conn.PrepareContext(ctx, query)
	return c.db.trackStmt(ctx, s, query, err)
}

// QueryContext runs a query on the connection; its rows are tracked until
// released.
func (c *Conn) QueryContext(ctx context.Context, query string, args ...any) (*Rows, error) {
	rows, err := c.Conn.QueryContext(ctx, query, args...)
	return c.db.trackRows(ctx, rows, query, err)
}

// Tx is a tracked *sql.Tx. Commit or Rollback releases it; calling
// Rollback after Commit, as a deferred Rollback does, is not a double
// close. Statements from Tx.Prepare are not tracked: database/sql closes
// them when the transaction ends.
type Tx struct {
	*sql.Tx
	db *DB
	releaseOnce
}

// Commit commits the transaction and releases it.
func (tx *Tx) Commit() error {
	err := tx.Tx.Commit()
	tx.release()
	return err
}

// Rollback aborts the transaction and releases it.
func (tx *Tx) Rollback() error {
	err := tx.Tx.Rollback()
	tx.release()
	return err
}

// releaseOnce releases a handle the first time release is called, for
// resources that end in more than one way (a transaction's first Commit
// or Rollback; rows closed by Close or by their last Next), so that the
// later ways are no double close.
type releaseOnce struct {
	h    *Handle
	done atomic.Bool
}

func (o *releaseOnce) release() {
	if o.done.CompareAndSwap(false, true) {
		o.h.Close()
	}
}

// QueryContext runs a query in the transaction; its rows are tracked until
// released.
func (tx *Tx) QueryContext(ctx context.Context, query string, args ...any) (*Rows, error) {
	rows, err := tx.Tx.QueryContext(ctx, query, args...)
	return tx.db.trackRows(ctx, rows, query, err)
}

// Query runs a query in the transaction with a background context.
func (tx *Tx) Query(query string, args ...any) (*Rows, error) {
	rows, err := tx.Tx.QueryContext(context.Background(), query, args...)
	return tx.db.trackRows(context.Background(), rows, query, err)
}

// Stmt is a tracked *sql.Stmt.
type Stmt struct {
	*sql.Stmt
	db    *DB
	query string
	h     *Handle
}

// Close closes the statement and releases its handle.
func (s *Stmt) Close() error {
	return releaseAfter(s.h, s.Stmt.Close())
}

// QueryContext runs the statement; its rows are tracked until released.
func (s *Stmt) QueryContext(ctx context.Context, args ...any) (*Rows, error) {
	rows, err := s.Stmt.QueryContext(ctx, args...)
	return s.db.trackRows(ctx, rows, s.query, err)
}

// Query runs the statement with a background context.
func (s *Stmt) Query(args ...any) (*Rows, error) {
	rows, err := s.Stmt.QueryContext(context.Background(), args...)
	return s.db.trackRows(context.Background(), rows, s.query, err)
}

// Rows is tracked *sql.Rows. Close releases it, and so does a Next that
// returns false after the last result set, because database/sql closes the
// rows itself at that point. Closing after that is not a double close.
type Rows struct {
	*sql.Rows
	releaseOnce
}

// Next prepares the next row, releasing the rows once database/sql has
// closed them.
func (r *Rows) Next() bool {
	if r.Rows.Next() {
		return true
	}
	// Columns fails only on closed rows; open ones have another result set.
	if _, err := r.Rows.Columns(); err != nil {
		r.release()
	}
	return false
}

// Close closes the rows and releases them.
func (r *Rows) Close() error {
	err := r.Rows.Close()
	r.release()
	return err
}
