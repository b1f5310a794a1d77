// Package ew2 (ew with a trailer reader, as in errfield) reads responses that say, in an error field, that they hold
// nothing, in shapes where they do hold something.
package ew2

import (
	"context"
	"io"
	"net/http"
	"os"
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

// send is the shape that errfield accepts.
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

// Safe.
func Good(c *http.Client) error {
	resp, err := send(c, "u")
	if err != nil {
		return err
	}
	if resp.Error != nil {
		return resp.Error
	}
	return resp.Close()
}

// sendLoop sets Output again in the next iteration after it set Error and
// cleared Output.
func sendLoop(c *http.Client, urls []string) (*Response, error) {
	nresp := new(Response)
	for _, u := range urls {
		resp, err := c.Get(u)
		if err != nil {
			return nil, err
		}
		nresp.Output = &trailerReader{resp}
		if resp.StatusCode >= 400 {
			nresp.Error = &Error{resp.Status}
			nresp.Output = nil
			io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			continue
		}
		break
	}
	return nresp, nil
}

func Loop(c *http.Client) error {
	resp, err := sendLoop(c, []string{"a", "b"}) // want `not closed`
	if err != nil {
		return err
	}
	if resp.Error != nil {
		return resp.Error
	}
	return resp.Close()
}

// wrapSets passes send's result up, and sets Error itself without
// clearing Output.
func wrapSets(c *http.Client, max int) (*Response, error) {
	r, err := send(c, "u")
	if err != nil {
		return nil, err
	}
	if max > 10 {
		r.Error = &Error{"too many"}
	}
	return r, nil
}

func WrapSets(c *http.Client) error {
	resp, err := wrapSets(c, 20) // want `not closed`
	if err != nil {
		return err
	}
	if resp.Error != nil {
		return resp.Error
	}
	return resp.Close()
}

// wrapRefill passes send's result up, and sets Output again.
func wrapRefill(c *http.Client) (*Response, error) {
	r, err := send(c, "u")
	if err != nil {
		return nil, err
	}
	if r.Error != nil {
		f, err := os.Open("cached")
		if err != nil {
			return nil, err
		}
		r.Output = f
	}
	return r, nil
}

func WrapRefill(c *http.Client) error {
	resp, err := wrapRefill(c) // want `not closed`
	if err != nil {
		return err
	}
	if resp.Error != nil {
		return resp.Error
	}
	return resp.Close()
}

// The caller sets Error itself.
func CallerSets(c *http.Client) error {
	resp, err := send(c, "u") // want `not closed`
	if err != nil {
		return err
	}
	if resp.Output == nil {
		resp.Error = &Error{"no output"}
	}
	resp.Error = &Error{"always"}
	if resp.Error != nil {
		return resp.Error
	}
	return resp.Close()
}

// sendSplit sets Error in one block and clears Output in another.
func sendSplit(c *http.Client, url string) (*Response, error) {
	resp, err := c.Get(url)
	if err != nil {
		return nil, err
	}
	nresp := new(Response)
	nresp.Output = &trailerReader{resp}
	if resp.StatusCode >= 400 {
		nresp.Error = &Error{resp.Status}
	}
	if resp.StatusCode >= 500 {
		nresp.Output = nil
		resp.Body.Close()
	}
	return nresp, nil
}

func Split(c *http.Client) error {
	resp, err := sendSplit(c, "u") // want `not closed`
	if err != nil {
		return err
	}
	if resp.Error != nil {
		return resp.Error
	}
	return resp.Close()
}

// Multi holds files beside its output.
type Multi struct {
	Output io.ReadCloser
	Files  []*os.File
	Error  *Error
}

func (m *Multi) Close() error { // want Close:"keeps p0; releases p0 on failure; closes p0\\.Files\\[\\],p0\\.Output"
	for _, f := range m.Files {
		f.Close()
	}
	if m.Output != nil {
		return m.Output.Close()
	}
	return nil
}

// sendMulti clears Output but not Files.
func sendMulti(c *http.Client, url string) (*Multi, error) {
	resp, err := c.Get(url)
	if err != nil {
		return nil, err
	}
	f, err := os.Open("log")
	if err != nil {
		resp.Body.Close()
		return nil, err
	}
	m := new(Multi)
	m.Output = &trailerReader{resp}
	m.Files = []*os.File{f}
	if resp.StatusCode >= 400 {
		m.Error = &Error{resp.Status}
		m.Output = nil
		resp.Body.Close()
	}
	return m, nil
}

func MultiFiles(c *http.Client) error {
	m, err := sendMulti(c, "u") // want `not closed`
	if err != nil {
		return err
	}
	if m.Error != nil {
		return m.Error
	}
	return m.Close()
}

// Inner is a struct value that holds a file.
type Inner struct{ F *os.File }

type Nested struct {
	Output io.ReadCloser
	In     Inner
	Error  *Error
}

func (n *Nested) Close() error { // want Close:"keeps p0; releases p0 on failure; nothing when zero; closes p0\\.In\\.F,p0\\.Output"
	if n.In.F != nil {
		n.In.F.Close()
	}
	if n.Output != nil {
		return n.Output.Close()
	}
	return nil
}

func sendNested(c *http.Client, url string) (*Nested, error) {
	resp, err := c.Get(url)
	if err != nil {
		return nil, err
	}
	f, err := os.Open("log")
	if err != nil {
		resp.Body.Close()
		return nil, err
	}
	n := new(Nested)
	n.Output = &trailerReader{resp}
	n.In = Inner{f}
	if resp.StatusCode >= 400 {
		n.Error = &Error{resp.Status}
		n.Output = nil
		resp.Body.Close()
	}
	return n, nil
}

func NestedFile(c *http.Client) error {
	n, err := sendNested(c, "u") // want `not closed`
	if err != nil {
		return err
	}
	if n.Error != nil {
		return n.Error
	}
	return n.Close()
}

// A builder whose Option sometimes returns a builder of another type,
// whose Send does not clear Output.
type Builder interface {
	Option(k, v string) Builder
	Send(ctx context.Context) (*Response, error)
}

type goodBuilder struct {
	c   *http.Client
	url string
}

func (b *goodBuilder) Send(ctx context.Context) (*Response, error) { return send(b.c, b.url) } // want Send:"r0 empty if r0\\.Error is not nil"

func (b *goodBuilder) Option(k, v string) Builder { // want Option:"keeps p0; returns p0 as r0; r0 is \\*rawBuilder,\\*goodBuilder; gives p0\\.c as r0\\.c"
	if k == "raw" {
		return &rawBuilder{b.c, b.url}
	}
	b.url += "&" + k + "=" + v
	return b
}

type rawBuilder struct {
	c   *http.Client
	url string
}

func (b *rawBuilder) Send(ctx context.Context) (*Response, error) {
	resp, err := b.c.Get(b.url)
	if err != nil {
		return nil, err
	}
	r := &Response{Output: &trailerReader{resp}}
	if resp.StatusCode >= 400 {
		r.Error = &Error{resp.Status}
	}
	return r, nil
}

func (b *rawBuilder) Option(k, v string) Builder { return b } // want Option:"keeps p0; borrows r0; returns p0 as r0; r0 is \\*rawBuilder"

type API struct{ c *http.Client }

func (a *API) Request(url string) Builder { return &goodBuilder{c: a.c, url: url} } // want Request:"r0 is \\*goodBuilder; gives p0\\.c as r0\\.c"

func (a *API) Raw(ctx context.Context) error { // want Raw:"keeps p1"
	resp, err := a.Request("u").Option("raw", "1").Send(ctx) // want `not closed`
	if err != nil {
		return err
	}
	if resp.Error != nil {
		return resp.Error
	}
	return resp.Close()
}

// Option may return another builder, whose Send the package has but whose
// result says nothing of its error field: reported, conservatively.
func (a *API) Chained(ctx context.Context) error { // want Chained:"keeps p1"
	resp, err := a.Request("u").Option("x", "1").Send(ctx) // want `resp returned by a.Request\("u"\).Option\("x", "1"\).Send is not closed on all paths`
	if err != nil {
		return err
	}
	if resp.Error != nil {
		return resp.Error
	}
	return resp.Close()
}

// A builder whose Option returns the builder it is given.
type swapBuilder struct {
	c    *http.Client
	next Builder
}

func (b *swapBuilder) Send(ctx context.Context) (*Response, error) { return send(b.c, "u") } // want Send:"r0 empty if r0\\.Error is not nil"

func (b *swapBuilder) Option(k, v string) Builder { // want Option:"keeps p0; borrows r0; returns p0 as r0; gives p0\\.next as r0"
	if k == "next" && b.next != nil {
		return b.next
	}
	return b
}

func (a *API) Swap(ctx context.Context, next Builder) error { // want Swap:"keeps p1"
	var sb Builder = &swapBuilder{c: a.c, next: next}
	resp, err := sb.Option("next", "").Send(ctx) // want `not closed`
	if err != nil {
		return err
	}
	if resp.Error != nil {
		return resp.Error
	}
	return resp.Close()
}

// An Option that goes through another method of the package.
type chainBuilder struct{ c *http.Client }

func (b *chainBuilder) Send(ctx context.Context) (*Response, error) { return send(b.c, "u") } // want Send:"r0 empty if r0\\.Error is not nil"
func (b *chainBuilder) Option(k, v string) Builder { // want Option:"keeps p0; r0 is \\*rawBuilder,\\*chainBuilder; gives p0\\.c as r0\\.c"
	return b.other(k)
}
func (b *chainBuilder) other(k string) Builder { // want other:"keeps p0; returns p0 as r0; r0 is \\*rawBuilder,\\*chainBuilder; gives p0\\.c as r0\\.c"
	if k == "raw" {
		return &rawBuilder{c: b.c}
	}
	return b
}

func (a *API) Chain(ctx context.Context) error { // want Chain:"keeps p1"
	var cb Builder = &chainBuilder{c: a.c}
	resp, err := cb.Option("raw", "").Send(ctx) // want `not closed`
	if err != nil {
		return err
	}
	if resp.Error != nil {
		return resp.Error
	}
	return resp.Close()
}

// Error set by a composite literal on one path.
func sendLit(c *http.Client, url string) (*Response, error) {
	resp, err := c.Get(url)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode >= 400 {
		return &Response{Output: &trailerReader{resp}, Error: &Error{resp.Status}}, nil
	}
	return &Response{Output: &trailerReader{resp}}, nil
}

func Lit(c *http.Client) error {
	resp, err := sendLit(c, "u") // want `not closed`
	if err != nil {
		return err
	}
	if resp.Error != nil {
		return resp.Error
	}
	return resp.Close()
}

// The response variable reassigned before the check.
func Reassigned(c *http.Client) error {
	resp, err := send(c, "u") // want `not closed`
	if err != nil {
		return err
	}
	first := resp
	resp, err = send(c, "v")
	if err != nil {
		first.Close()
		return err
	}
	if resp.Error != nil {
		return resp.Error // first is closed here? no: first leaks below
	}
	resp.Close()
	return nil
}

// The check is on the Error of another response.
func OtherError(c *http.Client) error {
	resp, err := send(c, "u") // want `not closed`
	if err != nil {
		return err
	}
	other, err := send(c, "v")
	if err != nil {
		resp.Close()
		return err
	}
	defer other.Close()
	if other.Error != nil {
		return other.Error
	}
	return resp.Close()
}

// Safe: deferred closure registered before the store.
func DeferFirst(name string) error {
	var f *os.File
	defer func() {
		if f != nil {
			f.Close()
		}
	}()
	var err error
	f, err = os.Open(name)
	return err
}

// A deferred closure registered in a branch only.
func DeferBranch(name string, cleanup bool) error {
	var f *os.File
	if cleanup {
		defer func() {
			if f != nil {
				f.Close()
			}
		}()
	}
	var err error
	f, err = os.Open(name) // want `not closed`
	if err != nil {
		return err
	}
	_, err = f.Stat()
	return err
}

// A deferred closure registered after the store, after a return.
func DeferLate(name string) error {
	var f *os.File
	var err error
	f, err = os.Open(name) // want `not closed`
	if err != nil {
		return err
	}
	if name == "x" {
		return nil
	}
	defer func() { f.Close() }()
	_, err = f.Stat()
	return err
}
