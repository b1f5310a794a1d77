package runtime_test

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"io"
	"slices"
	"sync"
	"testing"

	leakruntime "github.com/leakvet/leakvet/runtime"
)

// countDriver is a small, real database/sql driver: every query returns
// the rows 0, 1 and 2 in one column. It is registered once per process.
type countDriver struct{}

type countConn struct{}
type countStmt struct{}
type countTx struct{}
type countRows struct{ next int64 }

func (countDriver) Open(string) (driver.Conn, error)         { return countConn{}, nil }
func (countConn) Prepare(string) (driver.Stmt, error)        { return countStmt{}, nil }
func (countConn) Close() error                               { return nil }
func (countConn) Begin() (driver.Tx, error)                  { return countTx{}, nil }
func (countStmt) Close() error                               { return nil }
func (countStmt) NumInput() int                              { return -1 }
func (countStmt) Exec([]driver.Value) (driver.Result, error) { return driver.RowsAffected(0), nil }
func (countStmt) Query([]driver.Value) (driver.Rows, error)  { return &countRows{}, nil }
func (countTx) Commit() error                                { return nil }
func (countTx) Rollback() error                              { return nil }
func (*countRows) Columns() []string                         { return []string{"n"} }
func (*countRows) Close() error                              { return nil }

func (r *countRows) Next(dest []driver.Value) error {
	if r.next == 3 {
		return io.EOF
	}
	dest[0] = r.next
	r.next++
	return nil
}

var registerDriver sync.Once

// openDB opens a database on the count driver, wrapped to track in tr.
func openDB(t *testing.T, tr *leakruntime.Tracker) *leakruntime.DB {
	registerDriver.Do(func() { sql.Register("leakvet-count", countDriver{}) })
	db, err := sql.Open("leakvet-count", "")
	if err != nil {
		t.Fatal(err)
	}
	return leakruntime.WrapDB(db, tr)
}

// sqlCase opens resources on db and returns a function that releases what
// it deliberately leaked, so the database can close.
type sqlCase struct {
	name string
	run  func(t *testing.T, db *leakruntime.DB) (release func())
	want []string // kinds reported as open at end
}

var sqlCases = []sqlCase{
	{"rows read to the end release themselves", func(t *testing.T, db *leakruntime.DB) func() {
		rows := must(db.Query("select n"))
		n := 0
		for rows.Next() {
			n++
		}
		if n != 3 {
			t.Errorf("read %d rows, want 3", n)
		}
		rows.Close() // after the end: not a double close
		return func() {}
	}, nil},
	{"rows left open mid-loop", func(t *testing.T, db *leakruntime.DB) func() {
		rows := must(db.QueryContext(context.Background(), "select n"))
		rows.Next()
		return func() { rows.Close() }
	}, []string{leakruntime.KindRows}},
	{"commit then deferred rollback", func(t *testing.T, db *leakruntime.DB) func() {
		tx := must(db.BeginTx(context.Background(), nil))
		defer tx.Rollback()
		rows := must(tx.Query("select n"))
		rows.Close()
		if err := tx.Commit(); err != nil {
			t.Error(err)
		}
		return func() {}
	}, nil},
	{"transaction never finished", func(t *testing.T, db *leakruntime.DB) func() {
		tx := must(db.Begin())
		return func() { tx.Rollback() }
	}, []string{leakruntime.KindTx}},
	{"statement closed", func(t *testing.T, db *leakruntime.DB) func() {
		st := must(db.Prepare("select n"))
		rows := must(st.Query())
		rows.Close()
		st.Close()
		return func() {}
	}, nil},
	{"statement and its rows left open", func(t *testing.T, db *leakruntime.DB) func() {
		st := must(db.PrepareContext(context.Background(), "select n"))
		rows := must(st.QueryContext(context.Background()))
		return func() { rows.Close(); st.Close() }
	}, []string{leakruntime.KindRows, leakruntime.KindStmt}},
	{"conn with everything on it closed", func(t *testing.T, db *leakruntime.DB) func() {
		ctx := context.Background()
		c := must(db.Conn(ctx))
		must(c.QueryContext(ctx, "select n")).Close()
		must(c.PrepareContext(ctx, "select n")).Close()
		must(c.BeginTx(ctx, nil)).Rollback()
		c.Close()
		return func() {}
	}, nil},
	{"conn and its transaction left open", func(t *testing.T, db *leakruntime.DB) func() {
		ctx := context.Background()
		c := must(db.Conn(ctx))
		tx := must(c.BeginTx(ctx, nil))
		return func() { tx.Rollback(); c.Close() }
	}, []string{leakruntime.KindSQLConn, leakruntime.KindTx}},
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err) // only in tests, on a driver that cannot fail
	}
	return v
}

func TestWrapDB(t *testing.T) {
	for _, c := range sqlCases {
		t.Run(c.name, func(t *testing.T) {
			tr := leakruntime.New()
			db := openDB(t, tr)
			defer db.Close()
			release := c.run(t, db)
			rep := tr.Check()
			release()
			var got []string
			for _, l := range rep.Leaks {
				got = append(got, l.Kind)
			}
			slices.Sort(got)
			if !slices.Equal(got, c.want) {
				t.Errorf("leaked kinds = %v, want %v\n%v", got, c.want, rep)
			}
			if len(rep.DoubleCloses) != 0 {
				t.Errorf("unexpected double close:\n%v", rep)
			}
			if err := tr.Close(); err != nil {
				t.Errorf("after release: %v", err)
			}
		})
	}
}

func TestWrapDBNamesAndSites(t *testing.T) {
	tr := leakruntime.New()
	defer tr.Close() // last: closing the database does not close tr
	db := openDB(t, tr)
	defer db.Close()
	rows := must(db.Query("select n from numbers where n < 3"))
	defer rows.Close()
	snap := tr.Snapshot()
	if len(snap) != 1 || snap[0].Name != "select n from numbers where n < 3" {
		t.Fatalf("snapshot = %+v", snap)
	}
	if site := snap[0].Stack[0].Function; site != thisPkg+"TestWrapDBNamesAndSites" {
		t.Errorf("rows reported as opened in %s", site)
	}
}
