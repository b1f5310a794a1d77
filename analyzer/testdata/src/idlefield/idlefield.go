// Package idlefield uses queries whose Close does nothing where they run
// in a transaction the caller owns.
package idlefield

import "idlefield/dep"

// SafeCountInTx is fine: a query made in the caller's transaction holds
// nothing of its own to close.
func SafeCountInTx(tx *dep.Tx) (int, error) {
	q := dep.QueryTx(tx)
	n, err := q.Count()
	if err != nil {
		return 0, err
	}
	return n, nil
}

// countLeak drops a query that runs in a transaction of its own.
func countLeak(db *dep.DB) (int, error) {
	q, err := dep.QueryDB(db) // want `q returned by dep.QueryDB is not closed`
	if err != nil {
		return 0, err
	}
	return q.Count()
}

// recent builds a query in the caller's transaction; it holds nothing
// whatever its methods set.
func recent(tx *dep.Tx) *dep.Query { // want recent:"keeps p0; empty r0; empty for good r0"
	q := dep.QueryTx(tx)
	q.Limit(10)
	return q
}

// SafeRecentCount is fine: the query that its helper builds runs in the
// caller's transaction.
func SafeRecentCount(tx *dep.Tx) (int, error) { // want SafeRecentCount:"keeps p0"
	q := recent(tx)
	return q.Count()
}
