package ownedlocal

// This file: a child that points back at its parent does not own it.

import (
	"net"
)

// DB is a connection to a database.
type DB struct{ c net.Conn }

// Close closes the connection.
func (db *DB) Close() error { return db.c.Close() } // want Close:"closes p0.c"

// Stmt is a prepared statement. It points back at its connection, which
// it does not own: closing it tells the server and leaves the connection
// open.
type Stmt struct {
	db     *DB
	id     byte
	closed bool
}

// Close deallocates the statement on the server.
func (s *Stmt) Close() error {
	_, err := s.db.c.Write([]byte{s.id})
	s.closed = true
	return err
}

// Prepare returns a new statement on db.
func (db *DB) Prepare(q string) (*Stmt, error) {
	return &Stmt{db: db, id: byte(len(q))}, nil
}

// prepareLeak leaks the statement: it is a new resource, not db.
func prepareLeak(db *DB) (byte, error) {
	st, err := db.Prepare("SELECT 1") // want `st returned by db.Prepare is not closed before the return at line 42`
	if err != nil {
		return 0, err
	}
	return st.id, nil
}

// safePrepare is fine: the statement is closed.
func safePrepare(db *DB) error {
	st, err := db.Prepare("SELECT 1")
	if err != nil {
		return err
	}
	return st.Close()
}
