package basic

import "database/sql"

// rowsCountLeak never calls Close, but rows.Next() returning false closes
// the rows: the message names the path that leaks them, and does not say
// that no path closes them.
func rowsCountLeak(db *sql.DB, stop bool) (int, error) {
	rows, err := db.Query("SELECT 1") // want `rows returned by db.Query is not closed on all paths: the return at line 16 is reached when stop at line 15`
	if err != nil {
		return 0, err
	}
	n := 0
	for rows.Next() {
		if stop {
			return n, errStatus
		}
		if n > 100 {
			return n, nil
		}
		n++
	}
	return n, nil
}
