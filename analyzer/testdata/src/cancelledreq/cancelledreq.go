// Package cancelledreq: a response to a request whose context a deferred
// cancel ends holds nothing past the function's return: net/http's
// transport tears down the connection under a body still open.
package cancelledreq

import (
	mustpkg "cancelledreq/must"
	"context"
	"net/http"
	"net/http/httptrace"
	"time"
)

func SafePost(c *http.Client, url string) error {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, "POST", url, nil)
	if err != nil {
		return err
	}
	_, err = c.Do(req)
	return err
}

func SafeTraced(rt http.RoundTripper, req *http.Request) (int, error) {
	ctx, cancel := context.WithCancel(req.Context())
	defer cancel()
	ctx = httptrace.WithClientTrace(ctx, &httptrace.ClientTrace{})
	resp, err := rt.RoundTrip(req.WithContext(ctx))
	if err != nil {
		return 0, err
	}
	return resp.StatusCode, nil
}

// LeakNotCancelled keeps the cancel for later: nothing ends the request
// where the function returns.
func LeakNotCancelled(c *http.Client, url string, keep *[]context.CancelFunc) error {
	ctx, cancel := context.WithCancel(context.Background())
	*keep = append(*keep, cancel)
	req, err := http.NewRequestWithContext(ctx, "POST", url, nil)
	if err != nil {
		return err
	}
	_, err = c.Do(req) // want `the \*http.Response returned by c.Do is discarded without closing its body`
	return err
}

// LeakDetached sends with a context that the cancel does not end.
func LeakDetached(c *http.Client, url string) (int, error) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	req, err := http.NewRequestWithContext(context.WithoutCancel(ctx), "GET", url, nil)
	if err != nil {
		return 0, err
	}
	resp, err := c.Do(req) // want `the body of resp returned by c.Do is not closed`
	if err != nil {
		return 0, err
	}
	return resp.StatusCode, nil
}

// LeakCancelledLater defers the cancel only past the request.
func LeakCancelledLater(c *http.Client, url string) (int, error) {
	ctx, cancel := context.WithCancel(context.Background())
	req, err := http.NewRequestWithContext(ctx, "GET", url, nil)
	if err != nil {
		cancel()
		return 0, err
	}
	resp, err := c.Do(req) // want `the body of resp returned by c.Do is not closed`
	if err != nil {
		cancel()
		return 0, err
	}
	if resp.StatusCode != 200 {
		return 0, nil
	}
	defer cancel()
	return resp.StatusCode, nil
}

func must[T any](v T, err error) T { // want must:"keeps p0; borrows r0; returns p0 as r0"
	if err != nil {
		panic(err)
	}
	return v
}

func SafeMust(c *http.Client, url string) error {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	_, err := c.Do(must(http.NewRequestWithContext(ctx, "POST", url, nil)))
	return err
}

func SafeHead(c *http.Client, url string) (int, error) {
	resp, err := c.Do(must(http.NewRequest("HEAD", url, nil)))
	if err != nil {
		return 0, err
	}
	return resp.StatusCode, nil
}

func LeakMustGet(c *http.Client, url string) (int, error) {
	resp, err := c.Do(must(http.NewRequest("GET", url, nil))) // want `the body of resp returned by c.Do is not closed`
	if err != nil {
		return 0, err
	}
	return resp.StatusCode, nil
}

func SafeMustHead(c *http.Client, url string) (int64, error) {
	resp, err := c.Do(mustpkg.Get(http.NewRequest("HEAD", url, nil)))
	if err != nil {
		return 0, err
	}
	return resp.ContentLength, nil
}

func LeakMustGetOther(c *http.Client, url string) (int64, error) {
	resp, err := c.Do(mustpkg.Get(http.NewRequest("GET", url, nil))) // want `the body of resp returned by c.Do is not closed`
	if err != nil {
		return 0, err
	}
	return resp.ContentLength, nil
}
