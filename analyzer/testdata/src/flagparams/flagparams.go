// Package flagparams is a client whose request helper reads and closes the
// response body where a boolean parameter asks it to, as an artifact
// repository's client does, with the flag passed on through a retried
// closure.
package flagparams

import (
	"io"
	"net/http"
)

type Client struct{ hc *http.Client }

func (c *Client) doRequest(req *http.Request, closeBody bool) (resp *http.Response, body []byte, err error) { // want doRequest:"keeps p1; closes p1.Body,p1.URL.User; borrows r0 if p2 is true"
	resp, err = c.hc.Do(req)
	if err != nil {
		return
	}
	if closeBody {
		defer func() {
			if resp != nil && resp.Body != nil {
				resp.Body.Close()
			}
		}()
		body, _ = io.ReadAll(resp.Body)
	}
	return
}

type retrier struct {
	tries int
	run   func() (bool, error)
}

func (r *retrier) execute() error {
	var err error
	for i := 0; i < r.tries; i++ {
		var again bool
		if again, err = r.run(); !again {
			return err
		}
	}
	return err
}

// Send passes its flag on from a closure that a retrier runs.
func (c *Client) Send(req *http.Request, closeBody bool) (resp *http.Response, body []byte, err error) { // want Send:"keeps p0,p1; closes p1.Body,p1.URL.User; borrows r0 if p2 is true"
	r := retrier{tries: 3, run: func() (bool, error) {
		resp, body, err = c.doRequest(req, closeBody)
		return err != nil, err
	}}
	err = r.execute()
	return
}

func (c *Client) SendPost(req *http.Request) (resp *http.Response, body []byte, err error) { // want SendPost:"keeps p1; borrows r0; closes p1.Body,p1.URL.User"
	resp, body, err = c.Send(req, true)
	return
}

func (c *Client) Stream(req *http.Request) (*http.Response, error) { // want Stream:"keeps p1; closes p1.Body,p1.URL.User"
	resp, _, err := c.Send(req, false)
	return resp, err
}

// SafeStatus reads the status of a response whose body SendPost closed.
func (c *Client) SafeStatus(req *http.Request) (int, error) { // want SafeStatus:"keeps p1; closes p1.Body,p1.URL.User"
	resp, _, err := c.SendPost(req)
	if err != nil {
		return 0, err
	}
	return resp.StatusCode, nil
}

// streamStatus leaks the body that Stream leaves open.
func (c *Client) streamStatus(req *http.Request) (int, error) { // want streamStatus:"keeps p1; closes p1.Body,p1.URL.User"
	resp, err := c.Stream(req) // want `the body of resp returned by c.Stream is not closed`
	if err != nil {
		return 0, err
	}
	return resp.StatusCode, nil
}
