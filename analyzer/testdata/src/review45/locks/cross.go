package locks

import "review45/locks/dep"

// CountRows forgets the unlock of the lock that another package's helper
// took, where the table is empty.
func CountRows(d *dep.DB) int {
	d.RLockSettled() // want `d.Mu is read-locked at line \d+ and still held at the return at line \d+`
	if d.N == 0 {
		return 0
	}
	n := d.N
	d.Mu.RUnlock()
	return n
}

// SafeCountRows unlocks.
func SafeCountRows(d *dep.DB) int {
	d.RLockSettled()
	defer d.Mu.RUnlock()
	return d.N
}

// TableRows forgets the unlock through the table's method on one path.
func TableRows(t *dep.Table, limit int) int {
	t.RLockSettled() // want `t.mu is read-locked at line \d+ and still held at the return at line \d+`
	n := t.Rows()
	if n > limit {
		return limit
	}
	t.RUnlock()
	return n
}

// RowsOrZero never gives the lock back: an exported function that reads
// under the helper's lock and returns holding it. It is no lock helper
// (its name and result say it reads), but a function that locks and never
// unlocks is taken as one by contract, here and before the rule alike.
func RowsOrZero(t *dep.Table) int { // want RowsOrZero:"rlocks p0.mu"
	t.RLockSettled() // MISSED (older than these rules, see README.md)
	return t.Rows()
}
