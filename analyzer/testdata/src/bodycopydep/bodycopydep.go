// Package bodycopydep is a client whose request methods read the response
// body into memory and close it before they give the response back for
// its status and headers: in functions with a defer, whose results live in
// slots, and beside the errors of bad statuses, which callers do not
// close anything for.
package bodycopydep

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
)

type Client struct {
	HTTP   *http.Client
	OnDone func(*http.Request, *http.Response)
}

// closeBody closes a body only where a read of nothing says it is still
// open.
func closeBody(res *http.Response) error { // want closeBody:"keeps p0"
	if res == nil {
		return errors.New("no response")
	}
	if _, err := res.Body.Read(nil); err != http.ErrBodyReadAfterClose {
		return err
	}
	return res.Body.Close()
}

// Do reads and closes the body, and gives the response back with a copy
// of it.
func (c *Client) Do(ctx context.Context, r *http.Request, into any) (*http.Response, error) { // want Do:"keeps p1,p2; borrows r0"
	var err error
	res, errDo := c.HTTP.Do(r.WithContext(ctx))
	defer func() {
		err = errors.Join(err, closeBody(res))
	}()
	if c.OnDone != nil {
		c.OnDone(r, res)
	}
	if errDo != nil {
		return nil, errDo
	}
	body, errRead := io.ReadAll(res.Body)
	if errRead != nil {
		return nil, errRead
	}
	if errClose := res.Body.Close(); errClose != nil {
		return nil, errClose
	}
	res.Body = io.NopCloser(bytes.NewReader(body))
	if len(body) > 0 {
		if err := json.Unmarshal(body, into); err != nil {
			return nil, err
		}
	}
	if res.StatusCode >= 300 {
		return nil, errors.New(string(body))
	}
	return res, nil
}

// DoOpen gives the response back with its body open where there is
// nothing to decode into.
func (c *Client) DoOpen(ctx context.Context, r *http.Request, into any) (*http.Response, error) { // want DoOpen:"keeps p1; borrows r0 if p3 is not nil"
	var err error
	res, errDo := c.HTTP.Do(r.WithContext(ctx))
	defer func() {
		err = errors.Join(err, closeBody(res))
	}()
	if errDo != nil {
		return nil, errDo
	}
	if into == nil {
		return res, nil
	}
	body, errRead := io.ReadAll(res.Body)
	res.Body.Close()
	if errRead != nil {
		return nil, errRead
	}
	res.Body = io.NopCloser(bytes.NewReader(body))
	return res, json.Unmarshal(body, into)
}

// GetWithInfo returns the response beside the error of a bad status, with
// a copy of its body, and closes the body where the status is good.
func (c *Client) GetWithInfo(url string) (*http.Response, map[string]any, error) { // want GetWithInfo:"borrows r0"
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		return nil, nil, err
	}
	res, err := c.HTTP.Do(req)
	if err != nil {
		return res, nil, err
	}
	if res.StatusCode/100 != 2 {
		b, err := io.ReadAll(res.Body)
		if err != nil {
			return res, nil, fmt.Errorf("reading the body: %w", err)
		}
		res.Body = io.NopCloser(bytes.NewReader(b))
		return res, nil, fmt.Errorf("unexpected status %d", res.StatusCode)
	}
	defer res.Body.Close()
	out := map[string]any{}
	if err := json.NewDecoder(res.Body).Decode(&out); err != nil {
		return res, nil, fmt.Errorf("decoding: %w", err)
	}
	return res, out, nil
}

// GetStream closes the body of a bad status and gives the caller the
// body of a good one to read.
func (c *Client) GetStream(url string) (*http.Response, error) {
	res, err := c.HTTP.Get(url)
	if err != nil {
		return nil, err
	}
	if res.StatusCode/100 != 2 {
		res.Body.Close()
		return res, fmt.Errorf("unexpected status %d", res.StatusCode)
	}
	return res, nil
}

// GetMaybe returns the open response beside an error that may be nil.
func (c *Client) GetMaybe(url string, check func(*http.Response) error) (*http.Response, error) {
	res, err := c.HTTP.Get(url)
	if err != nil {
		return nil, err
	}
	return res, check(res)
}

// GetWithInfoOpen returns the response beside the error of a bad status
// with its body open: a new error beside it does not close it.
func (c *Client) GetWithInfoOpen(url string) (*http.Response, map[string]any, error) {
	res, err := c.HTTP.Get(url)
	if err != nil {
		return nil, nil, err
	}
	if res.StatusCode/100 != 2 {
		return res, nil, fmt.Errorf("unexpected status %d", res.StatusCode)
	}
	defer res.Body.Close()
	out := map[string]any{}
	if err := json.NewDecoder(res.Body).Decode(&out); err != nil {
		return res, nil, fmt.Errorf("decoding: %w", err)
	}
	return res, out, nil
}
