// Package singleuse uses singleusedep's transactions.
package singleuse

import "singleusedep"

// SafeSingle is fine: a single-use transaction's Close does nothing.
func SafeSingle(c *singleusedep.Client, key string) string {
	return c.Single().Read(key)
}

// readOnlyLeak drops a transaction that holds a session.
func readOnlyLeak(c *singleusedep.Client, key string) string {
	tx, err := c.ReadOnly() // want `tx returned by c.ReadOnly is not closed`
	if err != nil {
		return ""
	}
	return tx.Read(key)
}

// pinnedLeak drops a transaction that Pin may make hold its session: the
// flag its Close tests is not the constructor's alone.
func pinnedLeak(c *singleusedep.Client) {
	p, err := c.SingleUse() // want `p returned by c.SingleUse is not closed`
	if err != nil {
		return
	}
	p.Pin()
}
