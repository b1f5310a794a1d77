// Package singleusedep is a database client whose read-only transactions
// hold a session until closed, unless they are single-use: a single-use
// one gives its session back after its one read, and its Close does
// nothing.
package singleusedep

import "os"

// Client is a client of the database.
type Client struct{ dir string }

// Tx is a read-only transaction.
type Tx struct {
	singleUse bool
	dir       string
	done      chan struct{}
	session   *os.File
}

// Close gives the transaction's session back.
func (t *Tx) Close() { // want Close:"keeps p0; closes p0.session"
	if t.singleUse {
		return
	}
	close(t.done)
	t.session.Close()
}

// Read reads a row.
func (t *Tx) Read(key string) string { return t.dir + key }

// Single returns a single-use transaction, which needs no Close.
func (c *Client) Single() *Tx { // want Single:"borrows r0"
	t := &Tx{singleUse: true, done: make(chan struct{})}
	t.dir = c.dir
	return t
}

// ReadOnly returns a transaction that holds a session until closed.
func (c *Client) ReadOnly() (*Tx, error) {
	f, err := os.Open(c.dir)
	if err != nil {
		return nil, err
	}
	return &Tx{dir: c.dir, done: make(chan struct{}), session: f}, nil
}

// Pinned is a transaction that a method may turn from single-use into one
// that holds its session.
type Pinned struct {
	once    bool
	session *os.File
}

// Close gives the session back, unless the transaction is single-use.
func (p *Pinned) Close() error { // want Close:"keeps p0; releases p0 on failure; nothing when zero; closes p0.session"
	if p.once {
		return nil
	}
	return p.session.Close()
}

// Pin makes the transaction hold its session until closed.
func (p *Pinned) Pin() { p.once = false } // want Pin:"nothing when zero"

// SingleUse returns a single-use transaction, which Pin may change.
func (c *Client) SingleUse() (*Pinned, error) {
	f, err := os.Open(c.dir)
	if err != nil {
		return nil, err
	}
	return &Pinned{once: true, session: f}, nil
}
