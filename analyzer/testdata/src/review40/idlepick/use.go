package idlepick

import "review40/idlepick/dep"

// pickLeak: with tx nil, the query owns a transaction that nothing rolls
// back. REAL.
func pickLeak(tx *dep.Tx, db *dep.DB) (int, error) { // want pickLeak:"keeps p0"
	q, err := dep.Pick(tx, db) // want `q returned by dep\.Pick is not closed`
	if err != nil {
		return 0, err
	}
	return q.Count()
}

func helper(tx *dep.Tx, db *dep.DB, own bool) *dep.Query { // want helper:"keeps p0"
	if own {
		q, err := dep.QueryDB(db)
		if err != nil {
			return nil
		}
		return q.Limit()
	}
	return dep.QueryTx(tx).Limit()
}

// helperLeak: through a same-package helper with a chaining method. REAL
// when own.
func helperLeak(tx *dep.Tx, db *dep.DB, own bool) (int, error) { // want helperLeak:"keeps p0"
	q := helper(tx, db, own) // want `q returned by helper is not closed`
	if q == nil {
		return 0, nil
	}
	return q.Count()
}
