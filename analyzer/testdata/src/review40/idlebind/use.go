package idle

import "review40/idlebind/dep"

// ownLeak: the query made in tx then moves into a transaction of its own
// bindLeak: the same through a setter by address. REAL.
func bindLeak(tx *dep.Tx, db *dep.DB) (int, error) { // want bindLeak:"keeps p1"
	q := dep.QueryTx(tx) // want `q returned by dep\.QueryTx is not closed`
	if err := q.Bind(db); err != nil {
		return 0, err
	}
	return q.Count()
}

// SafeInTx: holds nothing. SAFE, but reported: Bind may fill the idle
// field of any query through its address, so no query is taken as empty.
func SafeInTx(tx *dep.Tx) (int, error) {
	q := dep.QueryTx(tx) // want `q returned by dep\.QueryTx is not closed`
	return q.Count()
}

// dbLeak: control. REAL.
func dbLeak(db *dep.DB) (int, error) {
	q, err := dep.QueryDB(db) // want `q returned by dep\.QueryDB is not closed`
	if err != nil {
		return 0, err
	}
	return q.Count()
}
