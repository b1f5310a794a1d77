// Package drainedparams: a helper given the transport's response that
// reads its body to the end where it fails (an error status) releases it
// there, as a read to EOF does in the function that got the response;
// a client method that decodes into the caller's target and closes the
// body gives back a response with nothing left to close.
package drainedparams

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
)

func checkError(resp *http.Response) error { // want checkError:"releases p0 on failure"
	if resp.StatusCode >= http.StatusBadRequest {
		body, err := io.ReadAll(resp.Body)
		if err != nil {
			return fmt.Errorf("%d: %w", resp.StatusCode, err)
		}
		return fmt.Errorf("%d: %s", resp.StatusCode, body)
	}
	return nil
}

// peekError reads only the start of the body: the rest stays unread.
func peekError(resp *http.Response) error {
	if resp.StatusCode >= http.StatusBadRequest {
		buf := make([]byte, 512)
		n, _ := resp.Body.Read(buf)
		return errors.New(string(buf[:n]))
	}
	return nil
}

type doer struct{ hc *http.Client }

func (d *doer) do(req *http.Request, target any) (*http.Response, error) { // want do:"keeps p1; closes p1\\.Body,p1\\.URL\\.User; borrows r0 if p2 is not nil"
	resp, err := d.hc.Do(req)
	if err != nil {
		return nil, err
	}
	if err := checkError(resp); err != nil {
		return resp, err
	}
	if target != nil {
		raw, err := io.ReadAll(resp.Body)
		if err != nil {
			return resp, err
		}
		defer resp.Body.Close()
		if err := json.Unmarshal(raw, target); err != nil {
			return resp, err
		}
	}
	return resp, nil
}

// SafeLocation decodes into its target and keeps only a header.
func SafeLocation(d *doer, req *http.Request) (string, error) { // want SafeLocation:"keeps p1; closes p1\\.Body,p1\\.URL\\.User"
	var v map[string]any
	resp, err := d.do(req, &v)
	if err != nil {
		return "", err
	}
	return resp.Header.Get("Location"), nil
}

// LeakNoTarget gives no target: the body of a success stays open.
func LeakNoTarget(d *doer, req *http.Request) error { // want LeakNoTarget:"keeps p1; closes p1\\.Body,p1\\.URL\\.User"
	_, err := d.do(req, nil) // want `the \*http.Response returned by d.do is discarded without closing its body`
	return err
}

// LeakPeeked leaves the rest of an error body unread and open.
func LeakPeeked(c *http.Client, req *http.Request) error { // want LeakPeeked:"keeps p1; closes p1\\.Body,p1\\.URL\\.User"
	resp, err := c.Do(req) // want `the body of resp returned by c.Do is not closed on all paths: the return at line 83 is reached when err != nil at line 82`
	if err != nil {
		return err
	}
	if err := peekError(resp); err != nil {
		return err
	}
	return resp.Body.Close()
}

func retry(op func() error) error { // want retry:"gives r0 of p0\\(\\) as r0"
	var err error
	for range 3 {
		if err = op(); err == nil {
			return nil
		}
	}
	return err
}

// retried posts until the server takes the request; each try's response
// is decoded into target where it is given.
func (d *doer) retried(req *http.Request, target any) (*http.Response, error) { // want retried:"keeps p0,p1,p2; closes p1\\.Body,p1\\.URL\\.User; borrows r0 if p2 is not nil"
	var resp *http.Response
	operation := func() error {
		var err error
		resp, err = d.do(req, target)
		return err
	}
	if err := retry(operation); err != nil {
		return resp, err
	}
	return resp, nil
}

// SafeRetriedLocation decodes into its target through the retries.
func SafeRetriedLocation(d *doer, req *http.Request) (string, error) { // want SafeRetriedLocation:"keeps p1; closes p1\\.Body,p1\\.URL\\.User"
	var v map[string]any
	resp, err := d.retried(req, &v)
	if err != nil {
		return "", err
	}
	return resp.Header.Get("Location"), nil
}

// LeakRetriedNoTarget gives no target: the last try's body stays open.
func LeakRetriedNoTarget(d *doer, req *http.Request) (string, error) { // want LeakRetriedNoTarget:"keeps p1; closes p1\\.Body,p1\\.URL\\.User"
	resp, err := d.retried(req, nil) // want `the body of resp returned by d.retried is not closed`
	if err != nil {
		return "", err
	}
	return resp.Header.Get("Location"), nil
}

var errBusy = errors.New("busy")

// refused answers for a server that is known to be busy, with a response
// of its own that has no body.
func refused() (*http.Response, error) { // want refused:"empty r0; failing r1"
	return &http.Response{StatusCode: http.StatusServiceUnavailable}, errBusy
}

// doUnlessBusy calls the server unless it is known to be busy.
func (d *doer) doUnlessBusy(req *http.Request, busy bool, target any) (*http.Response, error) { // want doUnlessBusy:"keeps p1; closes p1\\.Body,p1\\.URL\\.User; borrows r0 if p3 is not nil"
	if busy {
		return refused()
	}
	return d.do(req, target)
}
