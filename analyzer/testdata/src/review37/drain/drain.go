// Package drain: bodies read to a limit, on some paths, or through a replaced field.
package drain

import (
	"errors"
	"io"
	"net/http"
)

var errStatus = errors.New("status")

// LimitedWrapped: the body is replaced by a wrapper that stops after n
// bytes; io.ReadAll of the wrapper succeeds at the LIMIT, not at the
// body's EOF, so the connection is still held on the status return.
func LimitedWrapped(c *http.Client, url string, n int64) ([]byte, error) {
	resp, err := c.Get(url) // want `the\ body\ of\ resp\ returned\ by\ c\.Get\ is\ not\ closed\ on\ all\ paths:\ the\ return\ at\ line\ 26\ is\ reached\ when\ resp\.StatusCode\ !=\ 200\ at\ line\ 25`
	if err != nil {
		return nil, err
	}
	resp.Body = io.NopCloser(io.LimitReader(resp.Body, n))
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode != 200 {
		return nil, errStatus // leak: body not at EOF, not closed
	}
	resp.Body.Close()
	return b, nil
}

// SomePaths reads the body only where verbose; elsewhere the status
// return leaves it open.
func SomePaths(c *http.Client, url string, verbose bool) ([]byte, error) {
	resp, err := c.Get(url) // want `the\ body\ of\ resp\ returned\ by\ c\.Get\ is\ not\ closed\ on\ all\ paths:\ the\ return\ at\ line\ 44\ is\ reached\ when\ resp\.StatusCode\ !=\ 200\ at\ line\ 43`
	if err != nil {
		return nil, err
	}
	var b []byte
	if verbose {
		b, _ = io.ReadAll(resp.Body)
	}
	if resp.StatusCode != 200 {
		return nil, errStatus // leak where !verbose
	}
	resp.Body.Close()
	return b, nil
}

type failing struct{}

func (failing) Write([]byte) (int, error) { return 0, errors.New("no") } // want Write:"failing\\ r1"

// CopyFailing copies into a writer that always fails: the copy stops at
// once, the body is neither read nor closed.
func CopyFailing(c *http.Client, url string) error {
	resp, err := c.Get(url) // want `the\ body\ of\ resp\ returned\ by\ c\.Get\ is\ not\ closed\ on\ all\ paths:\ the\ return\ at\ line\ 63\ is\ reached\ when\ resp\.StatusCode\ !=\ 200\ at\ line\ 62`
	if err != nil {
		return err
	}
	io.Copy(failing{}, resp.Body)
	if resp.StatusCode != 200 {
		return errStatus
	}
	return resp.Body.Close()
}

// SafeDrained: io.ReadAll of the body itself, then return: SAFE.
func SafeDrained(c *http.Client, url string) ([]byte, error) {
	resp, err := c.Get(url)
	if err != nil {
		return nil, err
	}
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode != 200 {
		return nil, errStatus
	}
	resp.Body.Close()
	return b, nil
}

// ReadBeforeSwap: the body read to EOF belongs to the first response;
// the variable is then pointed at a second response that is left open.
func ReadBeforeSwap(c *http.Client, u1, u2 string) error {
	resp, err := c.Get(u1)
	if err != nil {
		return err
	}
	io.ReadAll(resp.Body)
	resp, err = c.Get(u2) // want `the\ body\ of\ resp\ returned\ by\ c\.Get\ is\ not\ closed\ on\ all\ paths:\ the\ return\ at\ line\ 98\ is\ reached\ when\ resp\.StatusCode\ !=\ 200\ at\ line\ 97`
	if err != nil {
		return err
	}
	if resp.StatusCode != 200 {
		return errStatus
	}
	return resp.Body.Close()
}
