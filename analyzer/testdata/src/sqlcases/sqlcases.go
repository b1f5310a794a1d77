package sqlcases

import (
	"context"
	"database/sql"
)

// scanFails leaks the rows when Scan fails inside the loop.
func scanFails(db *sql.DB) ([]string, error) {
	rows, err := db.Query("SELECT name FROM t") // want `rows returned by db.Query is not closed on all paths: the return at line 18 is reached when err != nil at line 17`
	if err != nil {
		return nil, err
	}
	var names []string
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			return nil, err
		}
		names = append(names, n)
	}
	return names, rows.Err()
}

// deferredClose is fine.
func deferredClose(ctx context.Context, db *sql.DB) (int, error) { // want deferredClose:"keeps p0"
	rows, err := db.QueryContext(ctx, "SELECT 1")
	if err != nil {
		return 0, err
	}
	defer rows.Close()
	n := 0
	for rows.Next() {
		n++
	}
	return n, rows.Err()
}

// drained is fine: when Next returns false the rows are closed.
func drained(db *sql.DB) (int, error) {
	rows, err := db.Query("SELECT 1")
	if err != nil {
		return 0, err
	}
	n := 0
	for rows.Next() {
		n++
	}
	return n, rows.Err()
}

// txErrorPath leaks the transaction when Exec fails.
func txErrorPath(db *sql.DB) error {
	tx, err := db.Begin() // want `tx returned by db\.Begin is neither committed nor rolled back on all paths: the return at line 59 is reached when err != nil at line 58`
	if err != nil {
		return err
	}
	if _, err := tx.Exec("DELETE FROM t"); err != nil {
		return err
	}
	return tx.Commit()
}

// txRollback is fine: Rollback after Commit does nothing.
func txRollback(ctx context.Context, db *sql.DB) error { // want txRollback:"keeps p0"
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, "DELETE FROM t"); err != nil {
		return err
	}
	return tx.Commit()
}

// txStmt is fine: a statement prepared on a transaction closes with it.
func txStmt(tx *sql.Tx) error {
	stmt, err := tx.Prepare("INSERT INTO t VALUES (?)")
	if err != nil {
		return err
	}
	_, err = stmt.Exec(1)
	return err
}

// stmtLeak leaks the statement prepared on the database.
func stmtLeak(db *sql.DB) error {
	stmt, err := db.Prepare("INSERT INTO t VALUES (?)") // want `stmt returned by db\.Prepare is not closed before the return at line 94`
	if err != nil {
		return err
	}
	_, err = stmt.Exec(1)
	return err
}

// queryRow is fine: a Row has no Close; Scan releases it.
func queryRow(db *sql.DB) (n int, err error) {
	err = db.QueryRow("SELECT 1").Scan(&n)
	return
}

// discardedRows leaks: Query's rows are thrown away.
func discardedRows(db *sql.DB) error {
	_, err := db.Query("DELETE FROM t") // want `the \*sql.Rows returned by db.Query is discarded without being closed`
	return err
}
