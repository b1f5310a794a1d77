// Package retries holds leaks found in real modules: retry loops that
// drop the previous response, result slots of functions with a defer, and
// helpers that may give back the statement they are given.
package retries

import (
	"database/sql"
	"errors"
	"fmt"
	"net/http"
)

var errBad = errors.New("bad status")

// retry leaks the body of every 5xx response that it retries.
func retry(c *http.Client, req *http.Request) (*http.Response, error) { // want retry:"keeps p1"
	var resp *http.Response
	var err error
	for i := 0; i < 3; i++ {
		resp, err = c.Do(req) // want `the body of resp returned by c.Do is not closed before the loop acquires the next one here`
		if err == nil && resp.StatusCode < 500 {
			break
		}
	}
	return resp, err
}

// retryClosing is fine: the body of a response that is retried is closed
// first, and the last response is the caller's.
func retryClosing(c *http.Client, req *http.Request) (*http.Response, error) { // want retryClosing:"keeps p1"
	var resp *http.Response
	var err error
	for i := 0; i < 3; i++ {
		resp, err = c.Do(req)
		if err != nil {
			continue
		}
		if resp.StatusCode < 500 || i == 2 {
			return resp, nil
		}
		resp.Body.Close()
	}
	return nil, err
}

// retryAfterFirst leaks the body of the first response when it is a 5xx:
// the loop replaces it, and only the last response is returned.
func retryAfterFirst(c *http.Client, req *http.Request) (*http.Response, error) { // want retryAfterFirst:"keeps p1"
	resp, err := c.Do(req) // want `the body of resp returned by c.Do is not closed on all paths: the return at line 53 is reached when i < 3 is false at line 50`
	for i := 0; i < 3 && err == nil && resp.StatusCode >= 500; i++ {
		resp, err = c.Do(req) // want `the body of resp returned by c.Do is not closed before the loop acquires the next one here`
	}
	return resp, err
}

// retryAfterFirstClosing is fine: each response is closed before the
// next request replaces it.
func retryAfterFirstClosing(c *http.Client, req *http.Request) (*http.Response, error) { // want retryAfterFirstClosing:"keeps p1"
	resp, err := c.Do(req)
	for i := 0; i < 3 && err == nil && resp.StatusCode >= 500; i++ {
		resp.Body.Close()
		resp, err = c.Do(req)
	}
	return resp, err
}

// wrapped leaks the body of a response that is not 200: its named result
// is set to nil before the return.
func wrapped(u string) (resp *http.Response, err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("get %s: %w", u, err)
		}
	}()
	resp, err = http.Get(u) // want `the body of resp returned by http.Get is not closed on all paths: the return at line 80 is reached when resp.StatusCode != 200 at line 79`
	if err != nil {
		return
	}
	if resp.StatusCode != 200 {
		return nil, errBad
	}
	return resp, nil
}

// wrappedClosing is fine: the body of a response that is not 200 is
// closed, and the caller owns the one returned.
func wrappedClosing(u string) (resp *http.Response, err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("get %s: %w", u, err)
		}
	}()
	resp, err = http.Get(u)
	if err != nil {
		return
	}
	if resp.StatusCode != 200 {
		resp.Body.Close()
		return nil, errBad
	}
	return resp, nil
}

// txStmt returns the statement to use inside tx, if there is one: tx.Stmt
// only borrows s, so s stays the caller's either way.
func txStmt(tx *sql.Tx, s *sql.Stmt) *sql.Stmt { // want txStmt:"keeps p1; borrows r0; returns p1 as r0"
	if tx != nil {
		return tx.Stmt(s)
	}
	return s
}

// insert leaks the statement: txStmt gives it back and nobody closes it.
func insert(db *sql.DB, tx *sql.Tx) error {
	s, err := db.Prepare("INSERT INTO t VALUES (?)") // want `s returned by db.Prepare is not closed before the return at line 120`
	if err != nil {
		return err
	}
	_, err = txStmt(tx, s).Exec(1)
	return err
}

// insertClosing is fine: the statement is closed when insert returns.
func insertClosing(db *sql.DB, tx *sql.Tx) error {
	s, err := db.Prepare("INSERT INTO t VALUES (?)")
	if err != nil {
		return err
	}
	defer s.Close()
	_, err = txStmt(tx, s).Exec(1)
	return err
}
