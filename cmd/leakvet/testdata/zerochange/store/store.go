// Package store reads names through database/sql: the rows of one query
// are left open when a name does not scan, which a test makes happen; the
// other's are left open on a path no test takes.
package store

import "database/sql"

// Names returns every name. It leaks the rows when a name is NULL.
func Names(db *sql.DB) ([]string, error) {
	rows, err := db.Query("SELECT name FROM people")
	if err != nil {
		return nil, err
	}
	var names []string
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			return nil, err
		}
		names = append(names, name)
	}
	err = rows.Err()
	rows.Close()
	return names, err
}

// First returns the first name. It leaks the rows when that name is
// NULL, which it is not in the tests.
func First(db *sql.DB) (string, error) {
	rows, err := db.Query("SELECT name FROM people")
	if err != nil {
		return "", err
	}
	var name string
	if rows.Next() {
		if err := rows.Scan(&name); err != nil {
			return "", err
		}
	}
	err = rows.Err()
	rows.Close()
	return name, err
}
