package heldout

import (
	"context"
	"net/http"
)

// SafeHeadCheck is fine: the response to a HEAD request has no body, so
// a status check that drops it leaks nothing.
func SafeHeadCheck(ctx context.Context, c *http.Client, url string) bool { // want SafeHeadCheck:"keeps p0"
	req, err := http.NewRequest(http.MethodHead, url, nil)
	if err != nil {
		return false
	}
	req = req.WithContext(ctx)
	res, err := c.Do(req)
	if err != nil {
		return false
	}
	return res.StatusCode < 300
}

// SafeHeadCheckContext is fine for the same reason.
func SafeHeadCheckContext(ctx context.Context, url string) bool { // want SafeHeadCheckContext:"keeps p0"
	req, err := http.NewRequestWithContext(ctx, "HEAD", url, nil)
	if err != nil {
		return false
	}
	res, err := http.DefaultClient.Do(req)
	return err == nil && res.StatusCode < 300
}

// getCheckLeaky drops the body of a GET response.
func getCheckLeaky(ctx context.Context, c *http.Client, url string) bool { // want getCheckLeaky:"keeps p0"
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return false
	}
	res, err := c.Do(req) // want `the body of res returned by c.Do is not closed`
	if err != nil {
		return false
	}
	return res.StatusCode < 300
}

// methodCheckLeaky drops the body of a response to a request whose
// method the caller chooses.
func methodCheckLeaky(c *http.Client, method, url string) bool {
	req, err := http.NewRequest(method, url, nil)
	if err != nil {
		return false
	}
	res, err := c.Do(req) // want `the body of res returned by c.Do is not closed`
	if err != nil {
		return false
	}
	return res.StatusCode < 300
}

// doer sends requests through any HTTP client.
type doer interface {
	Do(*http.Request) (*http.Response, error)
}

// SafeHeadThroughDoer is fine: whatever client sends the HEAD request,
// its response has no body.
func SafeHeadThroughDoer(d doer, url string) bool {
	req, err := http.NewRequest("HEAD", url, nil)
	if err != nil {
		return false
	}
	res, err := d.Do(req)
	return err == nil && res.StatusCode < 300
}

// getThroughDoerLeaky drops the body of a GET response sent through a
// doer.
func getThroughDoerLeaky(d doer, url string) bool {
	req, err := http.NewRequest("GET", url, nil)
	if err != nil {
		return false
	}
	res, err := d.Do(req) // want `the body of res returned by d.Do is not closed`
	return err == nil && res.StatusCode < 300
}
