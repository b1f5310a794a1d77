package maderesponses

import (
	"encoding/json"
	"net/http"
)

// apiClient gives its callers a copy of each response's status and
// headers, with no body: it reads and closes the body itself.
type apiClient struct{ hc *http.Client }

func (c *apiClient) do(url string, retries int, target any) (*http.Response, error) { // want do:"keeps p3; empty r0"
	res, err := c.hc.Get(url) // want `the body of res returned by c.hc.Get is not closed on all paths: the return at line 22 is reached when retries > 0 at line 20`
	resp := &http.Response{}
	if res != nil {
		resp.Status = res.Status
		resp.StatusCode = res.StatusCode
		resp.Header = res.Header
	}
	if resp.StatusCode == http.StatusTooManyRequests && retries > 0 {
		// leak: the throttled response's body stays open
		return c.do(url, retries-1, target)
	}
	if err != nil {
		return resp, err
	}
	defer res.Body.Close()
	return resp, json.NewDecoder(res.Body).Decode(target)
}

// SafeCopiedStatus keeps only the copy's status.
func SafeCopiedStatus(c *apiClient, url string) (int, error) {
	var v map[string]any
	resp, err := c.do(url, 3, &v)
	if err != nil {
		return 0, err
	}
	return resp.StatusCode, nil
}
