// Package retryuse posts through retrydep: a response is the caller's only
// where it passes no value to decode into, through a closure run by a
// generic retry helper of another package.
package retryuse

import (
	"context"
	"io"
	"net/http"

	"retrydep"
)

type core struct{ doer *retrydep.Doer }

func (c *core) post(ctx context.Context, uri string, body io.Reader, response any) (*http.Response, error) { // want post:"keeps p0,p1,p3,p4; borrows r0 if p4 is not nil"
	op := func() (*http.Response, error) {
		resp, err := c.doer.Post(ctx, uri, body, response)
		if err != nil {
			return resp, retrydep.Permanent(err)
		}
		return resp, nil
	}
	return retrydep.Retry(ctx, op, 3)
}

type account struct{ Name string }

// Safe: the reply is decoded into a, so the body is closed before the
// response comes back.
func (c *core) Get(ctx context.Context) (account, error) { // want Get:"keeps p1"
	var a account
	_, err := c.post(ctx, "u", nil, &a)
	return a, err
}

// Safe: only the headers of a closed response are read.
func (c *core) Location(ctx context.Context) (string, error) { // want Location:"keeps p1"
	var a account
	resp, err := c.post(ctx, "u", nil, &a)
	if err != nil {
		return "", err
	}
	return resp.Header.Get("Location"), nil
}

// Safe: a closure that decodes into a field of its own.
func (c *core) Field(ctx context.Context, into *account) (string, error) { // want Field:"keeps p1"
	resp, err := c.post(ctx, "u", nil, &into.Name)
	if err != nil {
		return "", err
	}
	return resp.Status, nil
}

// A nil target: the body comes back open and is dropped.
func (c *core) Deactivate(ctx context.Context) error { // want Deactivate:"keeps p1"
	_, err := c.post(ctx, "u", nil, nil) // want `the \*http.Response returned by c.post is discarded without closing its body`
	return err
}

// A target that may be nil: the body may come back open. (A nil
// *account would not do: converted to any, it is not nil.)
func (c *core) Maybe(ctx context.Context, into any) error { // want Maybe:"keeps p1"
	_, err := c.post(ctx, "u", nil, into) // want `the \*http.Response returned by c.post is discarded without closing its body`
	return err
}

// The doer called directly, with a nil target.
func Direct(ctx context.Context, d *retrydep.Doer) (int, error) { // want Direct:"keeps p0"
	resp, err := d.Post(ctx, "u", nil, nil) // want `the body of resp returned by d.Post is not closed`
	if err != nil {
		return 0, err
	}
	return resp.StatusCode, nil
}

// The retry helper given a closure that opens a body of its own: the
// result is the caller's.
func Fetch(ctx context.Context, c *http.Client) error { // want Fetch:"keeps p1"
	resp, err := retrydep.Retry(ctx, func() (*http.Response, error) { return c.Get("u") }, 3) // want `the body of resp returned by retrydep.Retry is not closed`
	if err != nil {
		return err
	}
	_ = resp.StatusCode
	return nil
}

// A deferred closure that closes the body, registered after a return
// that skips it: that return leaks the body.
func Status(c *http.Client) error {
	resp, err := c.Get("u") // want `the body of resp returned by c.Get is not closed on all paths`
	if err != nil {
		return err
	}
	if resp.StatusCode < http.StatusBadRequest {
		return nil
	}
	defer func() { _ = resp.Body.Close() }()
	_, err = io.ReadAll(resp.Body)
	return err
}
