// Package peers holds cases reported as false alarms (or misses) against
// bodyclose and sqlclosecheck, which leakvet must get right.
package peers

import (
	"context"
	"database/sql"
	"io"
	"log"
	"net/http"
	"time"
)

// get is fine: the caller owns the response (bodyclose#4).
func get() *http.Response {
	resp, _ := http.Get("https://example.com")
	return resp
}

// useGet is fine: it closes the body of the response get returned.
func useGet() {
	resp := get()
	resp.Body.Close()
}

func safeClose(label string, c io.Closer) { // want safeClose:"releases p1"
	if err := c.Close(); err != nil {
		log.Printf("%s: %v", label, err)
	}
}

// helperCloses is fine: safeClose closes the body (bodyclose#80).
func helperCloses(url string) error {
	resp, err := http.Get(url)
	if err != nil {
		return err
	}
	defer safeClose("get", resp.Body)
	_, err = io.Copy(io.Discard, resp.Body)
	return err
}

// localCloser is fine: the function literal closes the body (bodyclose#18).
func localCloser() {
	res, err := http.Get("http://example.com/")
	if err != nil {
		return
	}
	resCloser := func(c io.Closer) {
		c.Close()
	}
	resCloser(res.Body)
}

func closeResponse(body io.ReadCloser, logger *log.Logger) { // want closeResponse:"releases p0"
	if err := body.Close(); err != nil {
		logger.Print(err)
	}
}

// pollUntilReady is fine: every case closes the body through a helper
// (bodyclose#30).
func pollUntilReady(url string, shutdown <-chan bool, logger *log.Logger) bool {
	ticker := time.NewTicker(time.Second)
	defer ticker.Stop()
	for {
		select {
		case <-shutdown:
			return false
		case <-ticker.C:
			response, err := http.Get(url)
			if err != nil {
				continue
			}
			if response.StatusCode == http.StatusOK {
				closeResponse(response.Body, logger)
				return true
			}
			closeResponse(response.Body, logger)
		}
	}
}

func deferRows(rows *sql.Rows) { // want deferRows:"releases p0"
	if err := rows.Close(); err != nil {
		log.Print(err)
	}
}

// rowsHelper is fine: deferRows closes the rows (sqlclosecheck#43).
func rowsHelper(ctx context.Context, db *sql.DB) error { // want rowsHelper:"keeps p0"
	rows, err := db.QueryContext(ctx, "SELECT 1")
	if err != nil {
		return err
	}
	defer deferRows(rows)
	for rows.Next() {
	}
	return rows.Err()
}

// rowsClosure is fine: the deferred literal closes the rows (sqlclosecheck#43).
func rowsClosure(ctx context.Context, db *sql.DB, callback func(int)) error { // want rowsClosure:"keeps p0"
	rows, err := db.QueryContext(ctx, "SELECT 1")
	if err != nil {
		return err
	}
	defer func() { _ = rows.Close() }()
	for rows.Next() {
		var n int
		if err = rows.Scan(&n); err != nil {
			return err
		}
		callback(n)
	}
	return rows.Err()
}

// conditionalRows leaks: rows from either branch are never closed when a
// Scan fails (a miss of sqlclosecheck#11).
func conditionalRows(db *sql.DB, onlyAdults bool) ([]string, error) {
	var (
		rows *sql.Rows
		err  error
	)
	if onlyAdults {
		rows, err = db.Query("SELECT name FROM users WHERE age >= 21") // want `rows returned by db.Query is not closed on all paths`
	} else {
		rows, err = db.Query("SELECT name FROM users") // want `rows returned by db.Query is not closed on all paths`
	}
	if err != nil {
		return nil, err
	}
	var names []string
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			return nil, err
		}
		names = append(names, name)
	}
	return names, rows.Err()
}
