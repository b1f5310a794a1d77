// Package flag1 is a client whose request helper closes the body it reads
// where closeBody is set, with callers that pass the flag on in ways that
// leave the body open.
package flag1

import (
	"io"
	"net/http"
)

type Client struct{ hc *http.Client }

// doRequest closes the body where closeBody is true (the rule's helper).
func (c *Client) doRequest(req *http.Request, closeBody bool) (resp *http.Response, body []byte, err error) { // want doRequest:"keeps p1; closes p1\\.Body,p1\\.URL\\.User; borrows r0 if p2 is true"
	resp, err = c.hc.Do(req)
	if err != nil {
		return
	}
	if closeBody {
		defer resp.Body.Close()
		body, _ = io.ReadAll(resp.Body)
	}
	return
}

func retry(n int, run func() (bool, error)) error { // want retry:"gives r1 of p1\\(\\) as r0"
	var err error
	for i := 0; i < n; i++ {
		var again bool
		if again, err = run(); !again {
			return err
		}
	}
	return err
}

// SendFallback passes the flag on from a retried closure, but falls back to
// a plain request (body open) on the last try.
func (c *Client) SendFallback(req *http.Request, closeBody bool) (resp *http.Response, body []byte, err error) { // want SendFallback:"keeps p0,p1; closes p1\\.Body,p1\\.URL\\.User"
	tries := 0
	err = retry(3, func() (bool, error) {
		tries++
		if tries == 3 {
			resp, err = c.hc.Do(req)
			return false, err
		}
		resp, body, err = c.doRequest(req, closeBody)
		return err != nil, err
	})
	return
}

// leakFallback LEAKS on the last try: SendFallback's fallback response
// has an open body.
func (c *Client) leakFallback(req *http.Request) (int, error) { // want leakFallback:"keeps p1; closes p1\\.Body,p1\\.URL\\.User"
	resp, _, err := c.SendFallback(req, true) // want `the body of resp returned by c\.SendFallback is not closed`
	if err != nil {
		return 0, err
	}
	return resp.StatusCode, nil
}

// SendStreamRetry passes the flag from a closure that clears it for the
// retries (a stream is wanted once the first read failed).
func (c *Client) SendStreamRetry(req *http.Request, closeBody bool) (resp *http.Response, body []byte, err error) { // want SendStreamRetry:"keeps p0,p1; closes p1\\.Body,p1\\.URL\\.User"
	err = retry(3, func() (bool, error) {
		resp, body, err = c.doRequest(req, closeBody)
		closeBody = false
		return err != nil, err
	})
	return
}

// leakStreamRetry LEAKS on a retry: the flag was cleared, so the body of
// the response it gets is open.
func (c *Client) leakStreamRetry(req *http.Request) (int, error) { // want leakStreamRetry:"keeps p1; closes p1\\.Body,p1\\.URL\\.User"
	resp, _, err := c.SendStreamRetry(req, true) // want `the body of resp returned by c\.SendStreamRetry is not closed`
	if err != nil {
		return 0, err
	}
	return resp.StatusCode, nil
}
