// Package cancel: leaks that a deferred cancel of the request context does not end (bodies the package makes, contexts replaced in place, defers in loops).
package cancel

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"os"
	"time"
)

// fileRT answers from files: its bodies are *os.File, which no context
// cancellation closes.
type fileRT struct{ dir string }

func (t fileRT) RoundTrip(req *http.Request) (*http.Response, error) {
	f, err := os.Open(t.dir + req.URL.Path)
	if err != nil {
		return nil, err
	}
	return &http.Response{StatusCode: 200, Body: f, Request: req}, nil
}

// Doer is what clients of this package use; the cache is one.
type Doer interface {
	Do(*http.Request) (*http.Response, error)
}

type fileCache struct{ dir string }

func (c *fileCache) Do(req *http.Request) (*http.Response, error) {
	f, err := os.Open(c.dir + req.URL.Path)
	if err != nil {
		return nil, err
	}
	return &http.Response{StatusCode: 200, Body: f, Request: req}, nil
}

var _ Doer = (*fileCache)(nil)

// DoerCancelled: the deferred cancel does nothing to the *os.File body
// a Doer of this package (fileCache) returns: the file stays open.
func DoerCancelled(d Doer, url string) (int, error) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, "GET", url, nil)
	if err != nil {
		return 0, err
	}
	resp, err := d.Do(req) // want `the\ body\ of\ resp\ returned\ by\ d\.Do\ is\ not\ closed\ before\ the\ return\ at\ line\ 55`
	if err != nil {
		return 0, err
	}
	return resp.StatusCode, nil
}

// RoundTripperCancelled: same through http.RoundTripper, implemented by
// fileRT in this package.
func RoundTripperCancelled(rt http.RoundTripper, url string) (int, error) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, "GET", url, nil)
	if err != nil {
		return 0, err
	}
	resp, err := rt.RoundTrip(req) // want `the\ body\ of\ resp\ returned\ by\ rt\.RoundTrip\ is\ not\ closed\ before\ the\ return\ at\ line\ 71`
	if err != nil {
		return 0, err
	}
	return resp.StatusCode, nil
}

// ClientFileTransport: an *http.Client whose Transport is fileRT: the
// client hands back fileRT's *os.File body; cancel closes nothing.
func ClientFileTransport(dir, url string) (int, error) {
	c := &http.Client{Transport: fileRT{dir: dir}}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, "GET", url, nil)
	if err != nil {
		return 0, err
	}
	resp, err := c.Do(req) // want `the\ body\ of\ resp\ returned\ by\ c\.Do\ is\ not\ closed\ before\ the\ return\ at\ line\ 88`
	if err != nil {
		return 0, err
	}
	return resp.StatusCode, nil
}

// detach returns its argument, but first replaces the request's context
// with one no cancel ends.
func detach(r *http.Request) *http.Request { // want detach:"keeps\\ p0;\\ returns\\ p0\\ as\\ r0"
	*r = *r.WithContext(context.WithoutCancel(r.Context()))
	return r
}

// DetachedInPlace: passedThrough sees detach(req) as req, made with the
// cancelled ctx; the request actually sent has a context that the
// deferred cancel does not end, so the body (a real transport
// connection) is never torn down.
func DetachedInPlace(c *http.Client, url string) (int, error) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, "GET", url, nil)
	if err != nil {
		return 0, err
	}
	resp, err := c.Do(detach(req)) // want `the\ body\ of\ resp\ returned\ by\ c\.Do\ is\ not\ closed\ before\ the\ return\ at\ line\ 113`
	if err != nil {
		return 0, err
	}
	return resp.StatusCode, nil
}

// InPlaceNoHelper: same without a helper.
func InPlaceNoHelper(c *http.Client, url string) (int, error) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, "GET", url, nil)
	if err != nil {
		return 0, err
	}
	*req = *req.WithContext(context.Background())
	resp, err := c.Do(req) // want `the\ body\ of\ resp\ returned\ by\ c\.Do\ is\ not\ closed\ before\ the\ return\ at\ line\ 129`
	if err != nil {
		return 0, err
	}
	return resp.StatusCode, nil
}

// LoopDeferred: cancels deferred in a loop run only at return; every
// response of the loop holds its connection until then (borderline:
// released at return).
func LoopDeferred(c *http.Client, urls []string) int {
	n := 0
	for _, u := range urls {
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		req, err := http.NewRequestWithContext(ctx, "GET", u, nil)
		if err != nil {
			continue
		}
		resp, err := c.Do(req) // want `the\ body\ of\ resp\ returned\ by\ c\.Do\ is\ not\ closed\ before\ the\ return\ at\ line\ 150`
		if err != nil {
			continue
		}
		n += resp.StatusCode
	}
	return n
}

// ConditionalDefer: cancel deferred only on one path (control).
func ConditionalDefer(c *http.Client, url string, t bool) (int, error) {
	ctx, cancel := context.WithCancel(context.Background())
	if t {
		defer cancel()
	}
	req, err := http.NewRequestWithContext(ctx, "GET", url, bytes.NewReader(nil))
	if err != nil {
		return 0, err
	}
	resp, err := c.Do(req) // want `the\ body\ of\ resp\ returned\ by\ c\.Do\ is\ not\ closed\ before\ the\ return\ at\ line\ 167`
	if err != nil {
		return 0, err
	}
	return resp.StatusCode, nil
}

// SafePost (testdata): SAFE.
func SafePost(c *http.Client, url string) error {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, "POST", url, nil)
	if err != nil {
		return err
	}
	_, err = c.Do(req) // want `the\ \*http\.Response\ returned\ by\ c\.Do\ is\ discarded\ without\ closing\ its\ body`
	return err
}

var _ = io.EOF
