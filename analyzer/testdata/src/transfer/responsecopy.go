package transfer

// This file copies a response to change its headers: the copy holds the
// body of the original.

import (
	"errors"
	"net/http"
)

// SafeWithHeader is fine: the copy it returns holds the body.
func SafeWithHeader(c *http.Client, req *http.Request, key, value string) (*http.Response, error) { // want SafeWithHeader:"keeps p1; closes p1.Body,p1.URL.User"
	resp, err := c.Do(req)
	if err != nil {
		return nil, err
	}
	nr := *resp
	nr.Header = nr.Header.Clone()
	nr.Header.Set(key, value)
	return &nr, nil
}

// withHeaderLeak drops the copy, and the body, when the key is empty.
func withHeaderLeak(c *http.Client, req *http.Request, key, value string) (*http.Response, error) { // want withHeaderLeak:"keeps p1; closes p1.Body,p1.URL.User"
	resp, err := c.Do(req) // want `the body of resp returned by c.Do is not closed on all paths: the return at line 31 is reached when key == "" at line 30 \(possible resource leak\)`
	if err != nil {
		return nil, err
	}
	nr := *resp
	if key == "" {
		return nil, errors.New("no key")
	}
	nr.Header = nr.Header.Clone()
	nr.Header.Set(key, value)
	return &nr, nil
}

// statusLeak drops the copy that SafeWithHeader returns: it is a new
// response, whose body is the caller's to close.
func statusLeak(c *http.Client, req *http.Request) int { // want statusLeak:"keeps p1; closes p1.Body,p1.URL.User"
	resp, err := SafeWithHeader(c, req, "X-Trace", "1") // want `the body of resp returned by SafeWithHeader is not closed before the return at line 45 \(possible resource leak\)`
	if err != nil {
		return 0
	}
	return resp.StatusCode
}
