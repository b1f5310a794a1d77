package flagparams

import (
	"io"
	"net/http"
)

// RedirClient's request helper follows a redirect of a POST by calling
// SendPost again: the helpers call each other, and the flag decides for
// all of them.
type RedirClient struct{ hc *http.Client }

func (c *RedirClient) doRequest(req *http.Request, closeBody bool) (resp *http.Response, body []byte, err error) { // want doRequest:"keeps p1; closes p1.Body,p1.URL.User; borrows r0 if p2 is true"
	resp, err = c.hc.Do(req)
	if err != nil && req.Method == http.MethodPost {
		resp, body, err = c.SendPost(req)
		return
	}
	if err != nil {
		return
	}
	if closeBody {
		defer resp.Body.Close()
		body, _ = io.ReadAll(resp.Body)
	}
	return
}

func (c *RedirClient) Send(req *http.Request, closeBody bool) (resp *http.Response, body []byte, err error) { // want Send:"keeps p0,p1; closes p1.Body,p1.URL.User; borrows r0 if p2 is true"
	r := retrier{tries: 3, run: func() (bool, error) {
		resp, body, err = c.doRequest(req, closeBody)
		return err != nil, err
	}}
	err = r.execute()
	return
}

func (c *RedirClient) SendPost(req *http.Request) (resp *http.Response, body []byte, err error) { // want SendPost:"keeps p1; borrows r0; closes p1.Body,p1.URL.User"
	resp, body, err = c.Send(req, true)
	return
}

func (c *RedirClient) Stream(req *http.Request) (*http.Response, error) { // want Stream:"keeps p1; closes p1.Body,p1.URL.User"
	resp, _, err := c.Send(req, false)
	return resp, err
}

// SafeRedirStatus reads the status of a response whose body SendPost
// closed.
func (c *RedirClient) SafeRedirStatus(req *http.Request) (int, error) { // want SafeRedirStatus:"keeps p1; closes p1.Body,p1.URL.User"
	resp, _, err := c.SendPost(req)
	if err != nil {
		return 0, err
	}
	return resp.StatusCode, nil
}

// redirStreamStatus leaks the body that Stream leaves open.
func (c *RedirClient) redirStreamStatus(req *http.Request) (int, error) { // want redirStreamStatus:"keeps p1; closes p1.Body,p1.URL.User"
	resp, err := c.Stream(req) // want `the body of resp returned by c.Stream is not closed`
	if err != nil {
		return 0, err
	}
	return resp.StatusCode, nil
}
