// Package implsuse calls the interfaces of implsdep, whose only
// implementations are unexported there, and database/sql's methods
// through interfaces of its own.
package implsuse

import (
	"context"
	"database/sql"
	"errors"
	"sync"

	"implsdep"
)

var errEmpty = errors.New("empty name")

type DB struct {
	mu    sync.Mutex
	stmts implsdep.Store
	open  implsdep.Opener
}

// prepare returns a cached statement: New unlocks db.mu.
func (db *DB) prepare(name string) (*implsdep.Stmt, error) { // want prepare:"borrows r0"
	db.mu.Lock()
	if s, ok := db.stmts.Get(name); ok {
		db.mu.Unlock()
		return s, nil
	}
	return db.stmts.New(name, &db.mu)
}

// SafeCachedName returns the name of a statement that the cache keeps.
func (db *DB) SafeCachedName(name string) (string, error) {
	s, err := db.prepare(name)
	if err != nil {
		return "", err
	}
	if s.Name() == "" {
		return "", errEmpty
	}
	return s.Name(), nil
}

// LeakLocked returns with db.mu held when the open fails: Open leaves
// the lock alone.
func (db *DB) LeakLocked(name string) error {
	db.mu.Lock() // want `db.mu is locked at line \d+ and still held at the return at line \d+`
	s, err := db.open.Open(name, &db.mu)
	if err != nil {
		return err
	}
	db.mu.Unlock()
	return s.Close()
}

// LeakOpenedName drops the statement it opened when its name is empty.
func (db *DB) LeakOpenedName(name string) (string, error) {
	s, err := db.open.Open(name, nil) // want `s returned by db.open.Open is not closed on all paths`
	if err != nil {
		return "", err
	}
	if s.Name() == "" {
		return "", errEmpty
	}
	defer s.Close()
	return s.Name(), nil
}

// Tx is the part of *sql.Tx that the package uses.
type Tx interface {
	StmtContext(ctx context.Context, s *sql.Stmt) *sql.Stmt
	Commit() error
	Rollback() error
}

// SafeTxStmt runs s in tx: the transaction's copy of s is closed with it,
// and s stays the caller's: StmtContext gives a statement of s's type for
// s, which stands for s (see wrapperResult).
func SafeTxStmt(ctx context.Context, tx Tx, s *sql.Stmt) error { // want SafeTxStmt:"keeps p0"
	_, err := tx.StmtContext(ctx, s).ExecContext(ctx)
	return err
}

// Preparer is implemented by *sql.DB, whose statements are the caller's,
// and by *sql.Tx, whose statements are the transaction's.
type Preparer interface {
	PrepareContext(ctx context.Context, query string) (*sql.Stmt, error)
}

// LeakPrepared drops a statement that *sql.DB would leave open.
func LeakPrepared(ctx context.Context, p Preparer) error { // want LeakPrepared:"keeps p0"
	s, err := p.PrepareContext(ctx, "SELECT 1") // want `s returned by p.PrepareContext is not closed`
	if err != nil {
		return err
	}
	_, err = s.ExecContext(ctx)
	return err
}
