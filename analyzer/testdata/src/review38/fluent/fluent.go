// Package fluent uses methods whose result has the receiver's own type.
package fluent

import (
	"time"

	"review38/fluentdep"
)

// Timed runs q under a deadline through a view of c: c is the caller's,
// nothing new.
func Timed(c fluentdep.Conn, q string) error {
	return c.WithTimeout(time.Second).Exec(q)
}

// Retry reconnects after a failed Exec and drops the new connection.
func Retry(c fluentdep.Conn, q string) error {
	if err := c.Exec(q); err == nil {
		return nil
	}
	// Hidden by a first form of a rule of this round, reported again (rule 5, fluentResult: Reconnect names no making verb).
	nc := c.Reconnect() // want `nc returned by c.Reconnect is not closed`
	return nc.Exec(q)
}

// Dup drops the duplicated handle.
func Dup(c fluentdep.Conn, q string) error {
	// Hidden by a first form of a rule of this round, reported again (rule 5, fluentResult: Duplicate is not Dup+upper).
	d := c.Duplicate() // want `d returned by c.Duplicate is not closed`
	return d.Exec(q)
}

// InTxn runs q in a transaction whose connection it never closes.
func InTxn(c fluentdep.Conn, q string) error {
	// safe shape: reported by both.
	tx := c.Txn() // want `tx returned by c.Txn is not closed`
	if err := tx.Exec(q); err != nil {
		return err
	}
	return tx.Exec("COMMIT")
}

// Swap replaces a broken connection of its own by a new one and closes
// only the new one: the first leaks.
func Swap(addr, q string) error {
	// Hidden by a first form of a rule of this round, reported again (rule 5, flow alias: closing the Reconnect result counts as closing c).
	c, err := fluentdep.Dial(addr) // want `c returned by fluentdep.Dial is not closed`
	if err != nil {
		return err
	}
	if err := c.Exec("PING"); err != nil {
		c = c.Reconnect()
	}
	defer c.Close()
	return c.Exec(q)
}
