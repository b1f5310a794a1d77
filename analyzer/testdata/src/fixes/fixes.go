package fixes

import (
	"database/sql"
	"net/http"
	"os"
)

func file(name string) (string, error) {
	f, err := os.Open(name) // want `f returned by os.Open is not closed before the return at line 14`
	if err != nil {
		return "", err
	}
	return f.Name(), nil
}

func body(url string) (int, error) {
	resp, err := http.Get(url) // want `the body of resp returned by http.Get is not closed before the return at line 22`
	if err != nil {
		return 0, err
	}
	return resp.StatusCode, nil
}

func tx(db *sql.DB) error {
	tx, err := db.Begin() // want `tx returned by db.Begin is neither committed nor rolled back before the return at line 31`
	if err != nil {
		return err
	}
	_, err = tx.Exec("DELETE FROM t")
	return err
}

type thing struct{ f *os.File }

func (t *thing) Close() error { return t.f.Close() } // want Close:"releases p0"

func newThing() *thing {
	f, _ := os.Open(os.DevNull)
	return &thing{f: f}
}

func noError() {
	t := newThing() // want `t returned by newThing is never used, and so never closed \(resource leak\)`
	_ = t
}

// partlyClosed gets no fix: adding a defer next to the Close would close twice.
func partlyClosed(name string) error {
	f, err := os.Open(name) // want `f returned by os.Open is not closed on all paths`
	if err != nil {
		return err
	}
	if _, err := f.Stat(); err != nil {
		return err
	}
	return f.Close()
}
