package wrappers

// This file wraps a response body in a reader whose Close calls a
// function field set to the body's own Close method value (closeFn:
// r.Close): the wrapper stands for the body, as one that keeps the body
// in a field and closes it would.

import (
	"io"
	"net/http"
)

type limitedBody struct {
	underlying io.Reader
	closeFn    func() error
}

func (l *limitedBody) Read(p []byte) (int, error) { return l.underlying.Read(p) } // want Read:"keeps p1"

func (l *limitedBody) Close() error { return l.closeFn() } // want Close:"closes p0.closeFn"

func newLimitedBody(r io.ReadCloser, n int64) io.ReadCloser { // want newLimitedBody:"keeps p0; wraps p0 in r0"
	return &limitedBody{underlying: io.LimitReader(r, n), closeFn: r.Close}
}

// limitedBodySafe closes the body by its own defer; the wrapper holds
// nothing else.
func limitedBodySafe(url string) ([]byte, error) {
	resp, err := http.Get(url)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	body := newLimitedBody(resp.Body, 1<<20)
	if resp.StatusCode != http.StatusOK {
		return nil, io.ErrUnexpectedEOF
	}
	return io.ReadAll(body)
}

// limitedBodyWrapperClosedSafe closes the wrapper, which closes the body.
func limitedBodyWrapperClosedSafe(url string) ([]byte, error) {
	resp, err := http.Get(url)
	if err != nil {
		return nil, err
	}
	body := newLimitedBody(resp.Body, 1<<20)
	defer body.Close()
	return io.ReadAll(body)
}

// limitedBodyLeak defers the wrapper's Close after a return that leaves
// the body open.
func limitedBodyLeak(url string) ([]byte, error) {
	resp, err := http.Get(url) // want `the body of resp returned by http.Get is not closed on all paths: the return at line 61 is reached when resp.StatusCode != http.StatusOK at line 60`
	if err != nil {
		return nil, err
	}
	body := newLimitedBody(resp.Body, 1<<20)
	if resp.StatusCode != http.StatusOK {
		return nil, io.ErrUnexpectedEOF
	}
	defer body.Close()
	return io.ReadAll(body)
}

// closeFnOther is a function field that holds something else than a
// method value that closes: calling it closes nothing leakvet can name.
type hookedBody struct {
	io.Reader
	closeFn func() error
}

func (h *hookedBody) Close() error { return h.closeFn() }

func newHookedBody(r io.ReadCloser) io.ReadCloser { // want newHookedBody:"r0 is \\*hookedBody"
	return &hookedBody{Reader: r, closeFn: func() error { return nil }}
}

// hookedBodyLeak: the wrapper's Close does not close the body.
func hookedBodyLeak(url string) ([]byte, error) {
	resp, err := http.Get(url) // want `the body of resp returned by http.Get is not closed`
	if err != nil {
		return nil, err
	}
	body := newHookedBody(resp.Body)
	defer body.Close()
	return io.ReadAll(body)
}

// ReadCloser has an exported function field, which other packages may
// set to anything: calling it is unknown code, and a method value stored
// there is handed off.
type ReadCloser struct {
	io.Reader
	CloseFunc func() error
}

func (rc *ReadCloser) Close() error { return rc.CloseFunc() }

func verifying(r io.ReadCloser) io.ReadCloser { // want verifying:"keeps p0"
	return &ReadCloser{Reader: r, CloseFunc: r.Close}
}

type limitedReadCloser struct {
	io.ReadCloser
	release func()
}

// verifiedBodySafe hands the body to the reader it returns.
func verifiedBodySafe(url string, release func()) (io.ReadCloser, error) { // want verifiedBodySafe:"r0 is \\*limitedReadCloser"
	resp, err := http.Get(url)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode != http.StatusOK {
		resp.Body.Close()
		return nil, io.ErrUnexpectedEOF
	}
	rc := verifying(resp.Body)
	return &limitedReadCloser{ReadCloser: rc, release: release}, nil
}
