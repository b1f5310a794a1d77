package borrowing

// This file calls request helpers that read and close the response body
// unless the caller's options ask them not to: the response is the
// caller's only where the option is set.

import (
	"encoding/json"
	"io"
	"net/http"
)

// RequestParams are the options of a request.
type RequestParams struct {
	URL          string
	ResponseJSON any
	DontReadBody bool
}

// RequestClient sends requests.
type RequestClient struct {
	HTTP *http.Client
}

// MakeFullRequest reads the body into ResponseJSON and closes it, unless
// DontReadBody is set; the response is returned for its headers.
func (c *RequestClient) MakeFullRequest(params RequestParams) ([]byte, *http.Response, error) { // want MakeFullRequest:"borrows r1 if p1.DontReadBody is false"
	resp, err := c.HTTP.Get(params.URL)
	if err != nil {
		return nil, nil, err
	}
	defer func() {
		logDone(params.URL)
	}()
	if !params.DontReadBody {
		defer resp.Body.Close()
	}
	if params.DontReadBody {
		return nil, resp, nil
	}
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, resp, err
	}
	if params.ResponseJSON != nil {
		err = json.Unmarshal(body, params.ResponseJSON)
	}
	return body, resp, err
}

func logDone(string) {}

// SafeGetJSON is fine: the helper read and closed the body.
func SafeGetJSON(c *RequestClient, url string, out any) error {
	_, _, err := c.MakeFullRequest(RequestParams{URL: url, ResponseJSON: out})
	return err
}

// SafeStatus is fine too: the response is kept for its status only.
func SafeStatus(c *RequestClient, url string) (int, error) {
	_, resp, err := c.MakeFullRequest(RequestParams{URL: url, DontReadBody: false})
	if err != nil {
		return 0, err
	}
	return resp.StatusCode, nil
}

// streamLeak asks for the body and drops it.
func streamLeak(c *RequestClient, url string) (int, error) {
	_, resp, err := c.MakeFullRequest(RequestParams{URL: url, DontReadBody: true}) // want `the body of resp returned by c.MakeFullRequest is not closed`
	if err != nil {
		return 0, err
	}
	return resp.StatusCode, nil
}

// streamOptionLeak does the same with options it was given.
func streamOptionLeak(c *RequestClient, params RequestParams) (int, error) {
	_, resp, err := c.MakeFullRequest(params) // want `the body of resp returned by c.MakeFullRequest is not closed`
	if err != nil {
		return 0, err
	}
	return resp.StatusCode, nil
}

// rawRequest changes the option before it reads it: nothing is known of
// the response.
func (c *RequestClient) rawRequest(params *RequestParams) (*http.Response, error) {
	params.DontReadBody = len(params.URL) > 100
	resp, err := c.HTTP.Get(params.URL)
	if err != nil {
		return nil, err
	}
	if !params.DontReadBody {
		resp.Body.Close()
	}
	return resp, nil
}

// rawLeak drops a response whose body may be open.
func rawLeak(c *RequestClient, url string) error {
	resp, err := c.rawRequest(&RequestParams{URL: url}) // want `the body of resp returned by c.rawRequest is not closed`
	if err != nil {
		return err
	}
	_ = resp.StatusCode
	return nil
}
