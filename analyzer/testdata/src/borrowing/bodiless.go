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
