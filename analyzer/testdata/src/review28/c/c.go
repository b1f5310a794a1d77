// Package c: more variants of the error-field and non-nil rules.
package c

import (
	"context"
	"io"
	"net/http"
	"os"
	"sync"

	"review28/dep"
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
		return r.Output.Close()
	}
	return nil
}

func send(c *http.Client, url string) (*Response, error) { // want send:"r0 empty if r0\\.Error is not nil"
	resp, err := c.Get(url)
	if err != nil {
		return nil, err
	}
	nresp := new(Response)
	nresp.Output = &trailerReader{resp}
	if resp.StatusCode >= 400 {
		nresp.Error = &Error{resp.Status}
		nresp.Output = nil
		resp.Body.Close()
	}
	return nresp, nil
}

// An unexported builder interface, one of whose implementations sends
// through the next builder and returns, with Error set, what it opened.
type builder interface {
	Send(ctx context.Context) (*Response, error)
}

type goodBuilder struct{ c *http.Client }

func (b *goodBuilder) Send(ctx context.Context) (*Response, error) { return send(b.c, "u") } // want Send:"r0 empty if r0\\.Error is not nil"

type loopBuilder struct {
	c    *http.Client
	next builder
}

func (b *loopBuilder) Send(ctx context.Context) (*Response, error) { // want Send:"keeps p1"
	if b.next != nil {
		resp, err := b.next.Send(ctx) // want `not closed`
		if err != nil {
			return nil, err
		}
		if resp.Error != nil {
			return nil, resp.Error
		}
		return resp, nil
	}
	resp, err := b.c.Get("u")
	if err != nil {
		return nil, err
	}
	r := &Response{Output: &trailerReader{resp}}
	if resp.StatusCode >= 400 {
		r.Error = &Error{resp.Status}
	}
	return r, nil
}

func Use(ctx context.Context, b builder) error { // want Use:"keeps p0"
	resp, err := b.Send(ctx) // want `not closed`
	if err != nil {
		return err
	}
	if resp.Error != nil {
		return resp.Error
	}
	return resp.Close()
}

// The flag is set by a goroutine-free helper through a pointer to the
// field: the struct escapes.
func setErr(p **Error, e *Error) { *p = e } // want setErr:"keeps p1"

func sendPtr(c *http.Client, url string) (*Response, error) {
	resp, err := c.Get(url)
	if err != nil {
		return nil, err
	}
	nresp := new(Response)
	nresp.Output = &trailerReader{resp}
	if resp.StatusCode >= 400 {
		nresp.Error = &Error{resp.Status}
		nresp.Output = nil
		resp.Body.Close()
	}
	if resp.StatusCode == 399 {
		setErr(&nresp.Error, &Error{"odd"})
	}
	return nresp, nil
}

func Ptr(c *http.Client) error {
	resp, err := sendPtr(c, "u") // want `not closed`
	if err != nil {
		return err
	}
	if resp.Error != nil {
		return resp.Error
	}
	return resp.Close()
}

// The caller's check reads Error after another goroutine may have set it;
// a plain wrapper that stores Error on the response from a closure.
func wrapClosure(c *http.Client) (*Response, error) {
	r, err := send(c, "u")
	if err != nil {
		return nil, err
	}
	mark := func() { r.Error = &Error{"marked"} }
	mark()
	return r, nil
}

func WrapClosure(c *http.Client) error {
	resp, err := wrapClosure(c) // want `not closed`
	if err != nil {
		return err
	}
	if resp.Error != nil {
		return resp.Error
	}
	return resp.Close()
}

// The flag is stored in the same block after a reopen.
func sendReopen(c *http.Client, url string) (*Response, error) {
	resp, err := c.Get(url)
	if err != nil {
		return nil, err
	}
	nresp := new(Response)
	nresp.Output = &trailerReader{resp}
	if resp.StatusCode >= 400 {
		nresp.Error = &Error{resp.Status}
		nresp.Output = nil
		resp.Body.Close()
		f, err := os.Open("cache")
		if err == nil {
			nresp.Output = f
		}
	}
	return nresp, nil
}

func Reopen(c *http.Client) error {
	resp, err := sendReopen(c, "u") // want `not closed`
	if err != nil {
		return err
	}
	if resp.Error != nil {
		return resp.Error
	}
	return resp.Close()
}

// A pointer that one call sets to nil and the callee reads after.
func CapturedOnce(ctx context.Context, d *dep.Doer) error {
	var acc struct{ N int }
	var target any = &acc
	var once sync.Once
	op := func() (*http.Response, error) { return d.PostNeg("u", target) }
	once.Do(func() { target = nil })
	resp, err := op() // want `not closed`
	if err != nil {
		return err
	}
	_ = resp.StatusCode
	return nil
}

// A closure captures a pointer variable set to the address of a local.
func CapturedPtr(ctx context.Context, d *dep.Doer) error {
	var s string
	p := &s
	op := func() (*http.Response, error) { return d.PostPtr("u", p) }
	resp, err := op()
	if err != nil {
		return err
	}
	_ = resp.StatusCode
	return nil
}

// The same with p set to nil in a deferred-free branch later.
func CapturedPtrLate(ctx context.Context, d *dep.Doer, x bool) error {
	var s string
	var p *string
	op := func() (*http.Response, error) { return d.PostPtr("u", p) }
	resp, err := op() // want `not closed`
	if err != nil {
		return err
	}
	if x {
		p = &s
	}
	_ = resp.StatusCode
	return nil
}

// Deferred closure registered in a loop's first iteration only.
func DeferLoop(names []string) error {
	var f *os.File
	for i, n := range names {
		if i == 0 {
			defer func() {
				if f != nil {
					f.Close()
				}
			}()
		}
		var err error
		f, err = os.Open(n) // want `not closed`
		if err != nil {
			return err
		}
	}
	return nil
}
