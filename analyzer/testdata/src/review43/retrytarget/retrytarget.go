// Package retrytarget probes rule 8 (0e09264): a result that a retry
// closure sets from a call borrowed where the target is not nil is
// borrowed where the function's own target is not nil.
package retrytarget

import (
	"encoding/json"
	"io"
	"net/http"
)

type doer struct{ hc *http.Client }

// do decodes into target, closing the body, where target is given.
func (d *doer) do(req *http.Request, target any) (*http.Response, error) { // want do:"keeps p1; closes p1\\.Body,p1\\.URL\\.User; borrows r0 if p2 is not nil"
	resp, err := d.hc.Do(req)
	if err != nil {
		return nil, err
	}
	if target != nil {
		defer resp.Body.Close()
		raw, err := io.ReadAll(resp.Body)
		if err != nil {
			return resp, err
		}
		if err := json.Unmarshal(raw, target); err != nil {
			return resp, err
		}
	}
	return resp, nil
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

// retriedRaw passes nil, not its own target, to do: the body stays open
// whatever target the caller gives.
func (d *doer) retriedRaw(req *http.Request, target any) (*http.Response, error) { // want retriedRaw:"keeps p0,p1; closes p1\\.Body,p1\\.URL\\.User"
	var resp *http.Response
	operation := func() error {
		var err error
		resp, err = d.do(req, nil)
		return err
	}
	if err := retry(operation); err != nil {
		return resp, err
	}
	if target != nil {
		return resp, json.NewDecoder(resp.Body).Decode(target)
	}
	return resp, nil
}

// LeakRawRetried gives a target, but retriedRaw never closes the body.
func LeakRawRetried(d *doer, req *http.Request) (string, error) { // want LeakRawRetried:"keeps p1; closes p1\\.Body,p1\\.URL\\.User"
	var v map[string]any
	resp, err := d.retriedRaw(req, &v) // want `the body of resp returned by d\.retriedRaw is not closed`
	if err != nil {
		return "", err
	}
	return resp.Header.Get("Location"), nil
}

// retriedFallback falls back to a plain Do on the last try.
func (d *doer) retriedFallback(req *http.Request, target any) (*http.Response, error) { // want retriedFallback:"keeps p0,p1,p2; closes p1\\.Body,p1\\.URL\\.User"
	var resp *http.Response
	tries := 0
	operation := func() error {
		var err error
		tries++
		if tries == 3 {
			resp, err = d.hc.Do(req)
			return err
		}
		resp, err = d.do(req, target)
		return err
	}
	if err := retry(operation); err != nil {
		return resp, err
	}
	return resp, nil
}

// LeakFallbackRetried keeps only a header; the fallback's body is open.
func LeakFallbackRetried(d *doer, req *http.Request) (string, error) { // want LeakFallbackRetried:"keeps p1; closes p1\\.Body,p1\\.URL\\.User"
	var v map[string]any
	resp, err := d.retriedFallback(req, &v) // want `the body of resp returned by d\.retriedFallback is not closed`
	if err != nil {
		return "", err
	}
	return resp.Header.Get("Location"), nil
}

// retriedOwnTarget decodes into a local of its own, not the caller's
// target.
func (d *doer) retriedOwnTarget(req *http.Request, target any) (*http.Response, error) { // want retriedOwnTarget:"keeps p0,p1,p2; closes p1\\.Body,p1\\.URL\\.User"
	var resp *http.Response
	var scratch map[string]any
	operation := func() error {
		var err error
		if target != nil {
			resp, err = d.do(req, &scratch)
		} else {
			resp, err = d.do(req, nil)
		}
		return err
	}
	if err := retry(operation); err != nil {
		return resp, err
	}
	return resp, nil
}

// SafeOwnTarget gives a target: the closure decodes into scratch, which
// closes the body.
func SafeOwnTarget(d *doer, req *http.Request) (string, error) { // want SafeOwnTarget:"keeps p1; closes p1\\.Body,p1\\.URL\\.User"
	var v map[string]any
	resp, err := d.retriedOwnTarget(req, &v) // want `the body of resp returned by d\.retriedOwnTarget is not closed`
	if err != nil {
		return "", err
	}
	return resp.Header.Get("Location"), nil
}

// retriedThenPlain retries with the caller's target and, where every try
// failed, makes one plain request of its own.
func (d *doer) retriedThenPlain(req *http.Request, target any) (*http.Response, error) { // want retriedThenPlain:"keeps p0,p1,p2; closes p1\\.Body,p1\\.URL\\.User"
	var resp *http.Response
	operation := func() error {
		var err error
		resp, err = d.do(req, target)
		return err
	}
	if err := retry(operation); err != nil {
		resp, err = d.hc.Do(req)
		if err != nil {
			return nil, err
		}
	}
	return resp, nil
}

// LeakPlainAfterRetries keeps only a header; the plain request's body is
// open.
func LeakPlainAfterRetries(d *doer, req *http.Request) (string, error) { // want LeakPlainAfterRetries:"keeps p1; closes p1\\.Body,p1\\.URL\\.User"
	var v map[string]any
	resp, err := d.retriedThenPlain(req, &v) // want `the body of resp returned by d\.retriedThenPlain is not closed`
	if err != nil {
		return "", err
	}
	return resp.Header.Get("Location"), nil
}
