// Package emptydep makes requests for emptyuse: one constructor leaves
// the body that Close closes unset, another opens it.
package emptydep

import (
	"errors"
	"io"
	"net/http"
	"os"
)

type Request struct {
	req  *http.Request
	body io.ReadCloser
}

func (r *Request) Close() error { // want Close:"keeps p0; releases p0 on failure; nothing when zero; closes p0.body"
	if r.body == nil {
		return nil
	}
	return r.body.Close()
}

// NewRequest returns a request without a body: it holds nothing yet.
func NewRequest(method, url string) (*Request, error) { // want NewRequest:"empty r0"
	req, err := http.NewRequest(method, url, nil)
	if err != nil {
		return nil, err
	}
	if req.URL.Host == "" {
		return nil, errors.New("no host")
	}
	return &Request{req: req}, nil
}

// OpenRequest returns a request whose body is a file it opened.
func OpenRequest(url, path string) (*Request, error) {
	req, err := http.NewRequest(http.MethodPut, url, nil)
	if err != nil {
		return nil, err
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	return &Request{req: req, body: f}, nil
}

// Raw gives the underlying request, to set headers on.
func (r *Request) Raw() *http.Request { return r.req } // want Raw:"gives p0.req as r0"

// SetBody makes the request hold body.
func (r *Request) SetBody(body io.ReadCloser) { // want SetBody:"keeps p1"
	r.body = body
}
