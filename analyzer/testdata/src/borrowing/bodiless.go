package borrowing

import (
	"bytes"
	"net/http"
	"os"
)

type connectProxy struct {
	onConnect func(*http.Response) error
}

// defaultConnectResponse builds a response without a body: nothing for
// its caller to close.
func defaultConnectResponse() *http.Response { // want defaultConnectResponse:"empty r0"
	return &http.Response{Status: "200 OK", StatusCode: 200, Header: http.Header{}}
}

// SafeBodilessResponse is fine: the default response has no body, so
// dropping it when there is no hook leaks nothing.
func (p *connectProxy) SafeBodilessResponse(resp *http.Response) ([]byte, error) { // want SafeBodilessResponse:"keeps p1; exposes p1"
	if resp == nil {
		resp = defaultConnectResponse()
	}
	if p.onConnect == nil {
		return nil, nil
	}
	if err := p.onConnect(resp); err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := resp.Write(&buf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// fileResponse builds a response around a file: its caller owns the body.
func fileResponse(name string) (*http.Response, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	return &http.Response{StatusCode: 200, Body: f}, nil
}

// LeakFileResponse drops the body of a response that has one.
func LeakFileResponse(name string, hook func(*http.Response) error) error {
	resp, err := fileResponse(name) // want `the body of resp returned by fileResponse is not closed`
	if err != nil {
		return err
	}
	if hook == nil {
		return nil
	}
	defer resp.Body.Close()
	return hook(resp)
}

// A response made up without a body and handed up through helpers holds
// no body at any level.
func retryAfterResponseWithCode(code int, delay string) *http.Response { // want retryAfterResponseWithCode:"empty r0"
	return &http.Response{StatusCode: code, Header: http.Header{"Retry-After": []string{delay}}}
}

func retryAfterResponse() *http.Response { return retryAfterResponseWithCode(500, "1") } // want retryAfterResponse:"empty r0"

// retryWait only reads the response it is given, itself and through a
// helper that reads it too.
func retryWait(resp *http.Response) bool {
	if resp == nil || resp.StatusCode < 500 {
		return false
	}
	return retryAfterSet(resp)
}

func retryAfterSet(resp *http.Response) bool { return resp.Header.Get("Retry-After") != "" }

func SafeRetryDecision(resp *http.Response, err error, retryable bool) bool {
	if err != nil && retryable {
		resp = retryAfterResponse()
	}
	if err != nil && !retryable {
		return false
	}
	return retryWait(resp)
}

// attachBody gives the response it is given a body of its own.
func attachBody(resp *http.Response, name string) {
	if f, err := os.Open(name); err == nil {
		resp.Body = f
	}
}

func leakFilledRetryResponse(name string) bool {
	resp := retryAfterResponse() // want `the body of resp returned by retryAfterResponse is not closed`
	attachBody(resp, name)
	return retryWait(resp)
}

// A helper that passes up a response from the network passes up its body.
func fetchResponse(c *http.Client, url string) *http.Response {
	resp, err := c.Get(url)
	if err != nil {
		return nil
	}
	return resp
}

func passedResponse(c *http.Client, url string) *http.Response { return fetchResponse(c, url) }

func leakPassedResponse(c *http.Client, url string) bool {
	resp := passedResponse(c, url) // want `the body of resp returned by passedResponse is not closed`
	return resp != nil && resp.StatusCode == 200
}
