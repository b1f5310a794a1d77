package heldout

// This file holds resources stored in values whose Close does not close
// them.

import (
	"context"
	"database/sql"
	"io"
	"os"
)

// countingReader counts the bytes read through it. Its Close forgets to
// close the reader it wraps.
type countingReader struct {
	r      io.ReadCloser
	n      int
	closed bool
}

func (c *countingReader) Read(p []byte) (int, error) { // want Read:"keeps p1"
	n, err := c.r.Read(p)
	c.n += n
	return n, err
}

func (c *countingReader) Close() error { // want Close:"releases nothing"
	c.closed = true
	return nil
}

// openCounting leaks the file: closing the reader it returns does not
// close the file.
func openCounting(name string) (io.ReadCloser, error) { // want openCounting:"borrows r0"
	f, err := os.Open(name) // want `f returned by os\.Open is not closed before the return at line 39`
	if err != nil {
		return nil, err
	}
	return &countingReader{r: f}, nil
}

// closingReader counts the bytes read through it and closes the reader
// it wraps.
type closingReader struct {
	r io.ReadCloser
	n int
}

func (c *closingReader) Read(p []byte) (int, error) { // want Read:"keeps p1"
	n, err := c.r.Read(p)
	c.n += n
	return n, err
}

func (c *closingReader) Close() error { return c.r.Close() } // want Close:"releases p0"

// openClosing is fine: closing the reader it returns closes the file.
func openClosing(name string) (io.ReadCloser, error) { // want openClosing:"r0 is \\*closingReader"
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	return &closingReader{r: f}, nil
}

// setRole leaks the dedicated connection, which goes back to the pool
// only when it is closed.
func setRole(ctx context.Context, db *sql.DB, role string) error { // want setRole:"keeps p0"
	conn, err := db.Conn(ctx) // want `conn returned by db\.Conn is not closed before the return at line 74`
	if err != nil {
		return err
	}
	_, err = conn.ExecContext(ctx, "SET ROLE "+role)
	return err
}

// setRoleClosing is fine: the connection is closed when setRole returns.
func setRoleClosing(ctx context.Context, db *sql.DB, role string) error { // want setRoleClosing:"keeps p0"
	conn, err := db.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	_, err = conn.ExecContext(ctx, "SET ROLE "+role)
	return err
}
