// Package h begins transactions through api.Beginner without importing
// database/sql: one function commits, two leave theirs open.
package h

import "review25/api"

func Touch(b api.Beginner) error {
	tx, err := b.Begin()
	if err != nil {
		return err
	}
	if _, err := tx.Exec("UPDATE t SET n = n + 1"); err != nil {
		tx.Rollback()
		return err
	}
	return tx.Commit()
}

func Count(b api.Beginner) (int, error) {
	tx, err := b.Begin() // want `tx returned by b\.Begin is neither committed nor rolled back`
	if err != nil {
		return 0, err
	}
	var n int
	err = tx.QueryRow("SELECT n FROM t").Scan(&n)
	return n, err
}

func Ping(b api.Beginner) error {
	tx, err := b.Begin() // want `tx returned by b\.Begin is neither committed nor rolled back`
	if err != nil {
		return err
	}
	_, err = tx.Exec("SELECT 1")
	return err
}
