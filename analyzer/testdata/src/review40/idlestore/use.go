package idlestore

import (
	"os"

	"review40/idlepick/dep"
)

// traceLeak: the trace file is stored in a query that holds nothing, and
// nothing closes it. REAL.
func traceLeak(tx *dep.Tx, path string) (int, error) {
	f, err := os.Create(path) // want `f returned by os\.Create is not closed`
	if err != nil {
		return 0, err
	}
	q := dep.QueryTx(tx)
	q.Trace = f
	return q.Count()
}

// SafeInTx: SAFE (the rule's target).
func SafeInTx(tx *dep.Tx) (int, error) {
	q := dep.QueryTx(tx)
	return q.Count()
}
