package flagparams

// This file passes a struct of options on, whole, to the function that
// decides by one of its fields whether it closes the body: the flag holds
// through the function that forwards the options, as in a storage
// client's storage(ctx, p) over its Call.

import (
	"io"
	"net/http"
)

// RequestOpts says how to make a request.
type RequestOpts struct {
	URL        string
	NoResponse bool
	OnReAuth   func() string
}

type storageClient struct {
	client *http.Client
}

// call makes the request; it reads and closes the body where the options
// ask for no response.
func (c *storageClient) call(p RequestOpts) (*http.Response, error) { // want call:"borrows r0 if p1.NoResponse is true"
	resp, err := c.client.Get(p.URL)
	if err != nil {
		return nil, err
	}
	if p.NoResponse {
		_, _ = io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
	}
	return resp, nil
}

// storage sets another field of its options and passes them on.
func (c *storageClient) storage(p RequestOpts) (*http.Response, error) { // want storage:"keeps p1; borrows r0 if p1.NoResponse is true"
	p.OnReAuth = func() string { return p.URL }
	return c.call(p)
}

// SafeDelete asks for no response: the body is closed already.
func (c *storageClient) SafeDelete(url string) error {
	_, err := c.storage(RequestOpts{URL: url, NoResponse: true})
	return err
}

// deleteLeak drops a response whose body nobody closes.
func (c *storageClient) deleteLeak(url string) error {
	_, err := c.storage(RequestOpts{URL: url}) // want `the \*http.Response returned by c.storage is discarded without closing its body`
	return err
}
