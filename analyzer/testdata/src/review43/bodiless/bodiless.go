// Package bodiless probes rule 6 (543906d): an &http.Response{} made
// without a Body stays bodiless through a defer's result slot, reads of its
// fields and a self-recursive retry.
package bodiless

import (
	"net/http"
)

type client struct{ hc *http.Client }

// get gives a copy of the response whose Body a deferred closure fills
// in from the real one: the copy's body is the transport's.
func (c *client) get(url string) (out *http.Response, err error) {
	res, err := c.hc.Get(url)
	out = &http.Response{}
	defer func() {
		if res != nil {
			out.Body = res.Body
		}
	}()
	if err != nil {
		return out, err
	}
	out.StatusCode = res.StatusCode
	return out, nil
}

// LeakDeferFilled keeps only the status of get's response: its body,
// filled in by the defer, stays open.
func LeakDeferFilled(c *client, url string) (int, error) {
	resp, err := c.get(url) // want `the body of resp returned by c\.get is not closed`
	if err != nil {
		return 0, err
	}
	return resp.StatusCode, nil
}

// getRetry gives a bodiless copy on the first try but, where the server
// throttles, retries by giving the retry's real response.
func (c *client) getRetry(url string, retries int) (*http.Response, error) {
	resp := &http.Response{}
	if retries > 0 && resp.StatusCode == 0 {
		res, err := c.hc.Get(url)
		if err != nil {
			return nil, err
		}
		if res.StatusCode == http.StatusTooManyRequests {
			res.Body.Close()
			return c.getRetry(url, retries-1)
		}
		return res, nil
	}
	return resp, nil
}

// LeakRetried drops the response of getRetry, which may be the real one.
func LeakRetried(c *client, url string) (int, error) {
	resp, err := c.getRetry(url, 3) // want `the body of resp returned by c\.getRetry is not closed`
	if err != nil {
		return 0, err
	}
	return resp.StatusCode, nil
}

// getViaSlot copies the response through the result slot, and a deferred
// closure then swaps in the real response.
func (c *client) getViaSlot(url string) (resp *http.Response, err error) {
	res, err := c.hc.Get(url) // want `the body of res returned by c\.hc\.Get is not closed`
	defer func() {
		if err == nil {
			resp = res
		}
	}()
	resp = &http.Response{}
	if err != nil {
		return resp, err
	}
	return resp, nil
}

// LeakSlotSwapped keeps the status only: the body of the swapped-in
// response stays open.
func LeakSlotSwapped(c *client, url string) (int, error) {
	resp, err := c.getViaSlot(url) // want `the body of resp returned by c\.getViaSlot is not closed`
	if err != nil {
		return 0, err
	}
	return resp.StatusCode, nil
}
