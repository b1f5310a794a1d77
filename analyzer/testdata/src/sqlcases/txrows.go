package sqlcases

// This file queries on transactions: database/sql closes a transaction's
// rows when the transaction commits or rolls back, so the function that
// ends the transaction releases the rows with it.

import (
	"context"
	"database/sql"
)

// SafeCountDeferredRollback is fine: the deferred Rollback closes the
// rows left open where Scan fails.
func SafeCountDeferredRollback(ctx context.Context, db *sql.DB) (int, error) { // want SafeCountDeferredRollback:"keeps p0"
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return 0, err
	}
	defer tx.Rollback()
	rows, err := tx.QueryContext(ctx, "SELECT n FROM t")
	if err != nil {
		return 0, err
	}
	total := 0
	for rows.Next() {
		var n int
		if err := rows.Scan(&n); err != nil {
			return 0, err
		}
		total += n
	}
	if err := rows.Err(); err != nil {
		return 0, err
	}
	return total, tx.Commit()
}

// SafeCountClosureRollback is fine: the deferred closure rolls back on
// every path (after Commit, Rollback does nothing).
func SafeCountClosureRollback(db *sql.DB) (n int, err error) {
	tx, err := db.Begin()
	if err != nil {
		return 0, err
	}
	defer func() {
		_ = tx.Rollback()
	}()
	rows, err := tx.Query("SELECT n FROM t")
	if err != nil {
		return 0, err
	}
	for rows.Next() {
		if err = rows.Scan(&n); err != nil {
			return 0, err
		}
	}
	return n, tx.Commit()
}

// firstIDOnFailure rolls back only when it fails: where it succeeds
// early, neither the rows nor the transaction end.
func firstIDOnFailure(db *sql.DB) (id int, err error) {
	tx, err := db.Begin()
	if err != nil {
		return 0, err
	}
	defer func() {
		if err != nil {
			tx.Rollback()
		}
	}()
	rows, err := tx.Query("SELECT id FROM t") // want `rows returned by tx.Query is not closed`
	if err != nil {
		return 0, err
	}
	if rows.Next() {
		err = rows.Scan(&id)
		return id, err
	}
	return 0, tx.Commit()
}

// swapThenRollback queries one transaction and, by the time the deferred
// closure runs, its variable holds another.
func swapThenRollback(db *sql.DB, tx *sql.Tx) (int, error) { // want swapThenRollback:"keeps p1"
	t := tx
	defer func() { t.Rollback() }()
	rows, err := t.Query("SELECT id FROM t") // want `rows returned by t.Query is not closed`
	if err != nil {
		return 0, err
	}
	var id int
	if rows.Next() {
		rows.Scan(&id)
	}
	t, err = db.Begin()
	if err != nil {
		return 0, err
	}
	return id, nil
}

// countInTx leaves the rows open where Scan fails, and the transaction is
// its caller's, which may go on using it with the rows still open.
func countInTx(tx *sql.Tx) (int, error) {
	rows, err := tx.Query("SELECT n FROM t") // want `rows returned by tx.Query is not closed on all paths: the return at line 114 is reached when err != nil at line 113`
	if err != nil {
		return 0, err
	}
	total := 0
	for rows.Next() {
		var n int
		if err := rows.Scan(&n); err != nil {
			return 0, err
		}
		total += n
	}
	return total, rows.Err()
}

// countOtherTx ends another transaction than the one it queries.
func countOtherTx(db *sql.DB, tx *sql.Tx) (int, error) {
	other, err := db.Begin()
	if err != nil {
		return 0, err
	}
	defer other.Rollback()
	rows, err := tx.Query("SELECT n FROM t") // want `rows returned by tx.Query is not closed on all paths`
	if err != nil {
		return 0, err
	}
	var n int
	for rows.Next() {
		if err := rows.Scan(&n); err != nil {
			return 0, err
		}
	}
	return n, rows.Err()
}
