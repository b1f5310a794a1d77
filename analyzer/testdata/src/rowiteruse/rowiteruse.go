// Package rowiteruse reads rows through rowiterdep's generic iterator:
// the iterator, made by a generic constructor of another package, is a
// value of a generic type that the constructor's fact names, and its
// methods close the rows.
package rowiteruse

import "rowiterdep"

func scanName(row rowiterdep.Scannable) (name string, err error) {
	err = row.Scan(&name)
	return
}

// A known false alarm: Iter returns before the defer that closes the
// rows where the iterator holds the query's error, when there are no
// rows; the analysis does not tie the two fields together.
func SafeNames(db *rowiterdep.Database) ([]string, error) {
	rows, err := db.Query("SELECT name FROM t") // want `rows returned by db.Query is not closed`
	return rowiterdep.NewRowIterWithError(rows, scanName, err).AsList()
}

func SafeCount(db *rowiterdep.Database) (int, error) {
	n := 0
	rows, err := db.Query("SELECT name FROM t") // want `rows returned by db.Query is not closed`
	return n, rowiterdep.NewRowIterWithError(rows, scanName, err).Iter(func(s string) (bool, error) {
		n++
		return true, nil
	})
}

// The iterator is made and dropped: its rows stay open.
func unreadLeak(db *rowiterdep.Database) error {
	rows, err := db.Query("SELECT name FROM t") // want `rows returned by db.Query is not closed`
	it := rowiterdep.NewRowIterWithError(rows, scanName, err)
	_ = it
	return err
}

// Peek reads a row and leaves the rows open.
func peekLeak(db *rowiterdep.Database) (string, error) {
	rows, err := db.Query("SELECT name FROM t") // want `rows returned by db.Query is not closed`
	if err != nil {
		return "", err
	}
	return rowiterdep.NewPeeker(rows, scanName).Peek()
}
