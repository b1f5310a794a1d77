// Package dep is the library side of review28: a doer that closes the body
// when given a value to decode into, retry helpers, and responses that say
// in a field that they hold nothing.
package dep

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
)

// Doer sends requests.
type Doer struct{ Client *http.Client }

// Post closes the body where response is not nil.
func (d *Doer) Post(ctx context.Context, url string, response any) (*http.Response, error) { // want Post:"keeps p1; borrows r0 if p3 is not nil"
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, nil)
	if err != nil {
		return nil, err
	}
	resp, err := d.Client.Do(req)
	if err != nil {
		return nil, err
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

// PostNeg tests for nil the other way round.
func (d *Doer) PostNeg(url string, response any) (*http.Response, error) { // want PostNeg:"borrows r0 if p2 is not nil"
	resp, err := d.Client.Get(url)
	if err != nil {
		return nil, err
	}
	if response == nil {
		return resp, nil
	}
	defer resp.Body.Close()
	err = json.NewDecoder(resp.Body).Decode(response)
	return resp, err
}

// PostStrict closes the body only where response is not nil and strict.
func (d *Doer) PostStrict(url string, response any, strict bool) (*http.Response, error) {
	resp, err := d.Client.Get(url)
	if err != nil {
		return nil, err
	}
	if response != nil {
		if strict {
			defer resp.Body.Close()
		}
		err = json.NewDecoder(resp.Body).Decode(response)
	}
	return resp, err
}

// PostFollow, given a target, closes the first response and returns a
// second one, open.
func (d *Doer) PostFollow(url string, response any) (*http.Response, error) {
	resp, err := d.Client.Get(url)
	if err != nil {
		return nil, err
	}
	if response != nil {
		defer resp.Body.Close()
		if err := json.NewDecoder(resp.Body).Decode(response); err != nil {
			return nil, err
		}
		return d.Client.Get(url + "/next")
	}
	return resp, nil
}

// PostPtr takes a pointer target.
func (d *Doer) PostPtr(url string, into *string) (*http.Response, error) { // want PostPtr:"borrows r0 if p2 is not nil"
	resp, err := d.Client.Get(url)
	if err != nil {
		return nil, err
	}
	if into != nil {
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		*into = string(b)
	}
	return resp, nil
}

// PostCB closes the body where cb is not nil, after handing it the body.
func (d *Doer) PostCB(url string, cb func(io.Reader)) (*http.Response, error) { // want PostCB:"borrows r0 if p2 is not nil"
	resp, err := d.Client.Get(url)
	if err != nil {
		return nil, err
	}
	if cb != nil {
		defer resp.Body.Close()
		cb(resp.Body)
	}
	return resp, nil
}

// Retry returns what the last run of op returned.
func Retry[T any](ctx context.Context, op func() (T, error)) (T, error) { // want Retry:"gives r0 of p1\\(\\) as r0"
	var res T
	var err error
	for range 3 {
		res, err = op()
		if err == nil {
			return res, nil
		}
		if ctx.Err() != nil {
			return res, ctx.Err()
		}
	}
	return res, err
}

// RetrySlot returns through its result variables (it has a defer).
func RetrySlot(op func() (*http.Response, error)) (res *http.Response, err error) { // want RetrySlot:"gives r0 of p0\\(\\) as r0; gives r1 of p0\\(\\) as r1"
	defer func() {}()
	res, err = op()
	return res, err
}

// RetryFallback returns, where op fails, a fresh response of its own.
func RetryFallback(c *http.Client, op func() (*http.Response, error)) (res *http.Response, err error) {
	defer func() {}()
	res, err = op()
	if err != nil {
		res, err = c.Get("fallback")
	}
	return res, err
}

// RetryFallback2 does the same without the defer.
func RetryFallback2(c *http.Client, op func() (*http.Response, error)) (*http.Response, error) {
	res, err := op()
	if err != nil {
		return c.Get("fallback")
	}
	return res, err
}

// Either returns what primary gave, or where it failed what secondary gave.
func Either(primary, secondary func() (*http.Response, error)) (*http.Response, error) { // want Either:"gives r1 of p1\\(\\) as r1"
	res, err := primary()
	if err == nil {
		return res, nil
	}
	return secondary()
}

// WithArg calls op with arg.
func WithArg(op func(any) (*http.Response, error), arg any) (*http.Response, error) { // want WithArg:"keeps p1; gives r0 of p0\\(\\) as r0; gives r1 of p0\\(\\) as r1"
	return op(arg)
}

// RetryDeferSet sets the result in a deferred closure where op panics.
func RetryDeferSet(c *http.Client, op func() (*http.Response, error)) (res *http.Response, err error) {
	defer func() {
		if recover() != nil {
			res, err = c.Get("recovered")
		}
	}()
	return op()
}
