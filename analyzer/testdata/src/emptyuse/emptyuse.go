// Package emptyuse passes on the requests of emptydep: a request that
// its constructor in another package leaves empty stays empty through a
// function that only returns it.
package emptyuse

import (
	"emptydep"
	"os"
)

type Request = emptydep.Request

// NewRequest only returns what emptydep.NewRequest made.
func NewRequest(method, url string) (*Request, error) { // want NewRequest:"empty r0"
	return emptydep.NewRequest(method, url)
}

// SafeProbe is fine: the request holds nothing.
func SafeProbe(url string) error {
	req, err := NewRequest("HEAD", url)
	if err != nil {
		return err
	}
	_ = req
	return nil
}

// OpenRequest passes on a request with a body.
func OpenRequest(url, path string) (*Request, error) {
	return emptydep.OpenRequest(url, path)
}

// UploadLeak drops a request whose body is open.
func UploadLeak(url, path string) error {
	req, err := OpenRequest(url, path) // want `req returned by OpenRequest is never used, and so never closed`
	if err != nil {
		return err
	}
	_ = req
	return nil
}

// newGet sets a header through the request's getter: the request still
// holds nothing.
func newGet(url string) (*Request, error) { // want newGet:"empty r0"
	req, err := emptydep.NewRequest("GET", url)
	if err != nil {
		return nil, err
	}
	req.Raw().Header.Set("Accept", "*/*")
	return req, nil
}

// SafeGet is fine: the request holds nothing.
func SafeGet(url string) error {
	req, err := newGet(url)
	if err != nil {
		return err
	}
	_ = req
	return nil
}

// newPut gives the request a file it opened as its body.
func newPut(url, path string) (*Request, error) {
	req, err := emptydep.NewRequest("PUT", url)
	if err != nil {
		return nil, err
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	req.SetBody(f)
	return req, nil
}

// PutLeak drops a request whose body is open.
func PutLeak(url, path string) error {
	req, err := newPut(url, path) // want `req returned by newPut is never used, and so never closed`
	if err != nil {
		return err
	}
	_ = req
	return nil
}
