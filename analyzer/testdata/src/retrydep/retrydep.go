// Package retrydep is a library of the shapes in retryuse: a generic retry
// helper that returns what its operation returned, and an HTTP doer that
// reads and closes the body when it is given a value to decode it into.
package retrydep

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"time"
)

// Operation is what Retry runs.
type Operation[T any] func() (T, error)

// PermanentError stops Retry.
type PermanentError struct{ Err error }

func (e *PermanentError) Error() string { return e.Err.Error() }

// Permanent wraps err so that Retry gives up.
func Permanent(err error) error { return &PermanentError{err} } // want Permanent:"keeps p0; wraps p0 in r0"

type timer struct{ t *time.Timer }

func (t *timer) Stop() { // want Stop:"nothing when zero"
	if t.t != nil {
		t.t.Stop()
	}
}

// Retry runs operation until it succeeds, fails for good or has run tries
// times, and returns what its last run returned. Its defer makes it return
// through its result variables.
func Retry[T any](ctx context.Context, operation Operation[T], tries int) (T, error) { // want Retry:"gives r0 of p1\\(\\) as r0"
	t := &timer{}
	defer t.Stop()
	for n := 1; ; n++ {
		res, err := operation()
		if err == nil {
			return res, nil
		}
		var permanent *PermanentError
		if errors.As(err, &permanent) || n >= tries {
			return res, err
		}
		t.t = time.NewTimer(time.Millisecond)
		select {
		case <-t.t.C:
		case <-ctx.Done():
			return res, context.Cause(ctx)
		}
	}
}

// Doer sends requests.
type Doer struct{ Client *http.Client }

// Post sends body to url. Where response is not nil, the reply is decoded
// into it and the body is closed; otherwise the caller must close it.
func (d *Doer) Post(ctx context.Context, url string, body io.Reader, response any) (*http.Response, error) { // want Post:"keeps p1,p3; borrows r0 if p4 is not nil"
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, body)
	if err != nil {
		return nil, err
	}
	return d.do(req, response)
}

func (d *Doer) do(req *http.Request, response any) (*http.Response, error) { // want do:"keeps p1; closes p1.Body,p1.URL.User; borrows r0 if p2 is not nil"
	resp, err := d.Client.Do(req)
	if err != nil {
		return nil, err
	}
	if err = checkError(req, resp); err != nil {
		return resp, err
	}
	if response != nil {
		defer func() { _ = resp.Body.Close() }()
		raw, err := io.ReadAll(resp.Body)
		if err != nil {
			return resp, err
		}
		if err := json.Unmarshal(raw, response); err != nil {
			return resp, err
		}
	}
	return resp, nil
}

// checkError closes the body of a failed response; a deferred closure
// closes it, after the return of a successful one.
func checkError(req *http.Request, resp *http.Response) error { // want checkError:"keeps p1; releases p1 on failure"
	if resp.StatusCode < http.StatusBadRequest {
		return nil
	}
	defer func() { _ = resp.Body.Close() }()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return fmt.Errorf("%d %s: %w", resp.StatusCode, req.Method, err)
	}
	return fmt.Errorf("%d %s: %s", resp.StatusCode, req.Method, body)
}
