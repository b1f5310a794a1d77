// Package errfield reads responses that say, in a field of their own, that
// they hold nothing: where Send sets Error it clears Output, so a caller's
// return on resp.Error != nil has nothing to close.
package errfield

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
)

type Error struct{ Message string }

func (e *Error) Error() string { return e.Message }

type trailerReader struct{ resp *http.Response }

func (r *trailerReader) Read(b []byte) (int, error) { return r.resp.Body.Read(b) } // want Read:"keeps p1"
func (r *trailerReader) Close() error               { return r.resp.Body.Close() } // want Close:"releases p0; closes p0\\.resp"

type Response struct {
	Output io.ReadCloser
	Error  *Error
}

func (r *Response) Close() error { // want Close:"keeps p0; releases p0 on failure; nothing when zero; closes p0\\.Output"
	if r.Output != nil {
		_, _ = io.Copy(io.Discard, r.Output)
		return r.Output.Close()
	}
	return nil
}

type Request struct{ URL string }

func (r *Request) Send(c *http.Client) (*Response, error) { // want Send:"r0 empty if r0\\.Error is not nil"
	req, err := http.NewRequest("POST", r.URL, nil)
	if err != nil {
		return nil, err
	}
	resp, err := c.Do(req)
	if err != nil {
		return nil, err
	}
	nresp := new(Response)
	nresp.Output = &trailerReader{resp}
	if resp.StatusCode >= http.StatusBadRequest {
		e := new(Error)
		_ = json.NewDecoder(resp.Body).Decode(e)
		nresp.Error = e
		nresp.Output = nil
		_, _ = io.Copy(io.Discard, resp.Body)
		_ = resp.Body.Close()
	}
	return nresp, nil
}

type RequestBuilder interface {
	Option(k, v string) RequestBuilder
	Send(ctx context.Context) (*Response, error)
}

type requestBuilder struct {
	c   *http.Client
	url string
}

func (r *requestBuilder) Send(ctx context.Context) (*Response, error) { // want Send:"r0 empty if r0\\.Error is not nil"
	req := &Request{URL: r.url}
	return req.Send(r.c)
}

type API struct{ c *http.Client }

func (a *API) Request(cmd string) RequestBuilder { return &requestBuilder{c: a.c, url: cmd} } // want Request:"r0 is \\*requestBuilder; gives p0\\.c as r0\\.c"

func (a *API) Version(ctx context.Context) (string, error) { // want Version:"keeps p1"
	resp, err := a.Request("version").Send(ctx)
	if err != nil {
		return "", err
	}
	if resp.Error != nil {
		return "", resp.Error
	}
	defer resp.Close()
	var out string
	err = json.NewDecoder(resp.Output).Decode(&out)
	return out, err
}

func (a *API) Put(ctx context.Context) error { // want Put:"keeps p1"
	resp, err := a.Request("put").Send(ctx) // want `not closed`
	if err != nil {
		return err
	}
	if resp.Error != nil {
		return resp.Error
	}
	return nil
}

func (r *requestBuilder) Option(k, v string) RequestBuilder { // want Option:"keeps p0; borrows r0; returns p0 as r0; r0 is \\*requestBuilder"
	r.url += "&" + k + "=" + v
	return r
}

// Safe: a builder's chained options keep its dynamic type.
func (a *API) Chained(ctx context.Context) error { // want Chained:"keeps p1"
	resp, err := a.Request("ls").Option("stream", "true").Send(ctx)
	if err != nil {
		return err
	}
	if resp.Error != nil {
		return resp.Error
	}
	return resp.Close()
}

// Safe: a goroutine reads what the variable holds, set once.
func (a *API) Stream(ctx context.Context) (<-chan string, error) { // want Stream:"keeps p1"
	resp, err := a.Request("sub").Send(ctx)
	if err != nil {
		return nil, err
	}
	if resp.Error != nil {
		return nil, resp.Error
	}
	out := make(chan string)
	go func() {
		defer resp.Close()
		defer close(out)
		var s string
		for json.NewDecoder(resp.Output).Decode(&s) == nil {
			out <- s
		}
	}()
	return out, nil
}

// sendKeep sets Error and leaves Output open.
func (r *Request) sendKeep(c *http.Client) (*Response, error) {
	req, err := http.NewRequest("POST", r.URL, nil)
	if err != nil {
		return nil, err
	}
	resp, err := c.Do(req)
	if err != nil {
		return nil, err
	}
	nresp := &Response{Output: &trailerReader{resp}}
	if resp.StatusCode >= http.StatusBadRequest {
		nresp.Error = &Error{Message: resp.Status}
	}
	return nresp, nil
}

func Keep(c *http.Client) error {
	resp, err := (&Request{URL: "u"}).sendKeep(c) // want `resp returned by .*sendKeep is not closed on all paths`
	if err != nil {
		return err
	}
	if resp.Error != nil {
		return resp.Error
	}
	return resp.Close()
}

// sendLate sets Output again after it cleared it.
func (r *Request) sendLate(c *http.Client) (*Response, error) {
	req, err := http.NewRequest("POST", r.URL, nil)
	if err != nil {
		return nil, err
	}
	resp, err := c.Do(req)
	if err != nil {
		return nil, err
	}
	nresp := new(Response)
	if resp.StatusCode >= http.StatusBadRequest {
		nresp.Error = &Error{Message: resp.Status}
		nresp.Output = nil
	}
	nresp.Output = &trailerReader{resp}
	return nresp, nil
}

func Late(c *http.Client) error {
	resp, err := (&Request{URL: "u"}).sendLate(c) // want `resp returned by .*sendLate is not closed on all paths`
	if err != nil {
		return err
	}
	if resp.Error != nil {
		return resp.Error
	}
	return resp.Close()
}
