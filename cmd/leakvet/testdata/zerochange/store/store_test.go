package store

import (
	"database/sql"
	"database/sql/driver"
	"errors"
	"io"
	"strings"
	"sync"
	"testing"
)

// memDriver is a small, real database/sql driver: every query on a
// database it opens returns one column, name, with a row for each
// comma-separated name of the data source name; NULL stands for a null.
type memDriver struct{}

type memConn struct{ names []string }
type memStmt struct{ names []string }
type memRows struct{ names []string }

func (memDriver) Open(dsn string) (driver.Conn, error) { return memConn{strings.Split(dsn, ",")}, nil }
func (c memConn) Prepare(string) (driver.Stmt, error)  { return memStmt(c), nil }
func (memConn) Close() error                           { return nil }
func (memConn) Begin() (driver.Tx, error)              { return nil, errors.New("memory: no transactions") }
func (memStmt) Close() error                           { return nil }
func (memStmt) NumInput() int                          { return 0 }
func (memStmt) Exec([]driver.Value) (driver.Result, error) {
	return nil, errors.New("memory: read only")
}
func (s memStmt) Query([]driver.Value) (driver.Rows, error) {
	return &memRows{s.names}, nil
}
func (*memRows) Columns() []string { return []string{"name"} }
func (*memRows) Close() error      { return nil }

func (r *memRows) Next(dest []driver.Value) error {
	if len(r.names) == 0 {
		return io.EOF
	}
	dest[0] = r.names[0]
	if r.names[0] == "NULL" {
		dest[0] = nil
	}
	r.names = r.names[1:]
	return nil
}

var register sync.Once

// open opens a database of the names, closed when the test ends.
func open(t *testing.T, names string) *sql.DB {
	register.Do(func() { sql.Register("memory", memDriver{}) })
	db, err := sql.Open("memory", names)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// TestNamesNull takes Names's leaking path: a NULL name does not scan.
func TestNamesNull(t *testing.T) {
	if _, err := Names(open(t, "ann,NULL")); err == nil {
		t.Fatal("Names scanned a NULL name into a string")
	}
}

// TestFirst reads the first name twice; First closes its rows both times.
func TestFirst(t *testing.T) {
	db := open(t, "ann,bob")
	for range 2 {
		if name, err := First(db); err != nil || name != "ann" {
			t.Fatalf("First = %q, %v", name, err)
		}
	}
}
