package f

import (
	"database/sql"
	"io"
	"os"

	"review27/fdep"
)

func query(db *sql.DB) (fdep.Rows, error) { return db.Query("x") } // want query:`r0 is \*database/sql\.Rows`

func send(r io.Reader) error { _, err := io.ReadAll(r); return err }

func H1(db *sql.DB) error {
	rows, err := query(db) // want `rows returned by query is not closed`
	if err != nil {
		return err
	}
	return fdep.NewPeeking[int](rows).Each(func(int) {})
}

func H2(db *sql.DB, lazy bool) error {
	rows, err := query(db) // want `rows returned by query is not closed`
	if err != nil {
		return err
	}
	return fdep.NewEither[string](rows, lazy).Each(func(string) {})
}

func H3(db *sql.DB) error {
	rows, err := query(db) // want `rows returned by query is not closed`
	if err != nil {
		return err
	}
	c := fdep.NewPair[int, string](rows)
	if p, ok := c.(*fdep.Pair[int, string]); ok {
		return p.Close()
	}
	return nil
}

func H4(db *sql.DB) error {
	rows, err := query(db) // want `rows returned by query is not closed`
	if err != nil {
		return err
	}
	c := fdep.Outer[int, string](rows)
	if p, ok := c.(*fdep.Pair[int, string]); ok {
		return p.Close()
	}
	return nil
}

func H5(db *sql.DB) error {
	rows, err := query(db) // want `rows returned by query is not closed`
	if err != nil {
		return err
	}
	c := fdep.NewIntPair(rows)
	if p, ok := c.(*fdep.Pair[string, int]); ok {
		return p.Close()
	}
	return nil
}

func H6(db *sql.DB) error {
	rows, err := query(db) // want `rows returned by query is not closed`
	if err != nil {
		return err
	}
	c := fdep.NewSlicePair[int](rows)
	if p, ok := c.(*fdep.Pair[int, int]); ok {
		return p.Close()
	}
	return nil
}

func H7(db *sql.DB) error {
	rows, err := query(db) // want `rows returned by query is not closed`
	if err != nil {
		return err
	}
	c := fdep.NewSame[int](rows)
	if p, ok := c.(*fdep.Pair[int, string]); ok {
		return p.Close()
	}
	return nil
}

func H8[T any](db *sql.DB) error {
	rows, err := query(db) // want `rows returned by query is not closed`
	if err != nil {
		return err
	}
	return fdep.NewPeeking[T](rows).Each(func(T) {})
}

// Rule 5 across packages.
func W10(s fdep.Spooler, name string) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	sp, err := s.Spool(f) // want `sp returned by s.Spool is not closed`
	if err != nil {
		return err
	}
	return send(sp)
}

func W11(name string) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	tmp, err := os.CreateTemp("", "x") // real leak, reported by neither build: `tmp returned by os.CreateTemp is not closed`
	if err != nil {
		return err
	}
	w := fdep.WrapWith(f, tmp)
	return send(w)
}
