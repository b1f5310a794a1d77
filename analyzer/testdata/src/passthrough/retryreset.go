package passthrough

// This file retries a request through a helper that closes the previous
// response and gives back the variable it cleared: it returns its
// parameter only where that parameter is nil.

import (
	"errors"
	"io"
	"net/http"
	"strings"
)

// resetForRetry closes the body of the response of the attempt before,
// if any, and rewinds the request body.
func resetForRetry(resp *http.Response, body io.Reader) (io.Reader, *http.Response, error) { // want resetForRetry:"releases p0; keeps p1; borrows r0,r1; returns p1 as r0"
	if resp != nil {
		resp.Body.Close()
		resp = nil
	}
	if r, ok := body.(*strings.Reader); ok {
		if _, err := r.Seek(0, io.SeekStart); err != nil {
			return nil, nil, err
		}
	}
	return body, resp, nil
}

// DoRetriedSafe retries up to three times; a retry closes the response
// before, and fails only after that.
func DoRetriedSafe(c *http.Client, url string, body io.Reader) (*http.Response, error) { // want DoRetriedSafe:"keeps p2"
	var resp *http.Response
	var err error
	for i := 0; i < 3; i++ {
		req, rerr := http.NewRequest("POST", url, body)
		if rerr != nil {
			return nil, rerr
		}
		resp, err = c.Do(req)
		if err == nil && resp.StatusCode < 500 {
			return resp, nil
		}
		if i == 2 {
			break
		}
		body, resp, err = resetForRetry(resp, body)
		if err != nil {
			return nil, err
		}
	}
	if resp != nil {
		resp.Body.Close()
	}
	return nil, errors.New("no luck")
}

// passOpen gives back the response it is given where it is not nil.
func passOpen(resp *http.Response) *http.Response { // want passOpen:"keeps p0; borrows r0; returns p0 as r0"
	var out *http.Response
	if resp != nil {
		out = resp
	}
	return out
}

// PassOpenLeak drops the response that passOpen gave back where the
// status is not 200.
func PassOpenLeak(c *http.Client, req *http.Request) error { // want PassOpenLeak:"keeps p1; closes p1.Body,p1.URL.User"
	resp, err := c.Do(req) // want `the body of resp returned by c.Do is not closed on all paths`
	if err != nil {
		return err
	}
	r := passOpen(resp)
	if r.StatusCode != http.StatusOK {
		return errors.New(r.Status)
	}
	return r.Body.Close()
}
