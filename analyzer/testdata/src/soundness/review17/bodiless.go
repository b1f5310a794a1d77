package review17

import (
	"io"
	"net/http"
	"os"
	"strings"
)

func newResponse() *http.Response { // want newResponse:"empty r0"
	return &http.Response{StatusCode: 200, Header: http.Header{}}
}

// fileResponse fills the body of a response built without one.
func fileResponse(name string) (*http.Response, error) {
	resp := newResponse()
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	resp.Body = f
	return resp, nil
}

// LeakFilledBody drops the body that fileResponse filled in.
func LeakFilledBody(name string) int {
	resp, err := fileResponse(name) // want `not closed`
	if err != nil {
		return 0
	}
	return resp.StatusCode
}

// fileResponse2 fills the body through a helper.
func setBody(resp *http.Response, r io.ReadCloser) { resp.Body = r } // want setBody:"keeps p1"

func fileResponse2(name string) (*http.Response, error) {
	resp := newResponse()
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	setBody(resp, f)
	return resp, nil
}

func LeakFilledBody2(name string) int {
	resp, err := fileResponse2(name) // want `not closed`
	if err != nil {
		return 0
	}
	return resp.StatusCode
}

// LeakDroppedFilled: the file stored in the response's body is dropped
// with it.
func LeakDroppedFilled(name string) int {
	resp := newResponse()
	f, err := os.Open(name) // want `not closed`
	if err != nil {
		return 0
	}
	resp.Body = f
	return resp.StatusCode
}

// stringResponse gives a body that is no resource, but through a
// response that the caller closes by contract.
func pipeResponse() *http.Response {
	pr, pw := io.Pipe()
	go func() {
		io.Copy(pw, strings.NewReader("x"))
		pw.Close()
	}()
	resp := newResponse()
	resp.Body = pr
	return resp
}

// copied response: a copy of the bodiless one gets a body
func fileResponse3(name string) (*http.Response, error) {
	base := newResponse()
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	r := *base
	r.Body = f
	return &r, nil
}

func LeakFilledBody3(name string) int {
	resp, err := fileResponse3(name) // want `not closed`
	if err != nil {
		return 0
	}
	return resp.StatusCode
}

// fillResponse fills a given response.
func fillResponse(resp *http.Response, name string) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	resp.Body = f
	return nil
}

func LeakFilledByCallee(name string) int {
	resp := newResponse() // want `the body of resp returned by newResponse is not closed`
	if err := fillResponse(resp, name); err != nil {
		return 0
	}
	return resp.StatusCode
}
