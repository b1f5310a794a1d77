// Package heldout holds leaks of families that leakvet used to miss,
// each next to a twin that is fine, one family per file.
package heldout

// This file holds resources replaced, or overwritten in a result, before
// they are released.

import (
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
)

// reauth leaks the body of the first response when the server asks for
// credentials: the second request replaces it.
func reauth(c *http.Client, req *http.Request) (*http.Response, error) { // want reauth:"keeps p1"
	resp, err := c.Do(req) // want `the body of resp returned by c\.Do is not closed on all paths: the return at line 26 is reached when resp\.StatusCode == http\.StatusUnauthorized at line 23`
	if err != nil {
		return nil, err
	}
	if resp.StatusCode == http.StatusUnauthorized {
		resp, err = c.Do(req)
	}
	return resp, err
}

// reauthClosing is fine: the first body is closed before it is replaced.
func reauthClosing(c *http.Client, req *http.Request) (*http.Response, error) { // want reauthClosing:"keeps p1"
	resp, err := c.Do(req)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode == http.StatusUnauthorized {
		resp.Body.Close()
		resp, err = c.Do(req)
	}
	return resp, err
}

// create leaks the file when it cannot be made private: return nil, err
// sets the named result to nil before the deferred function runs.
func create(name string) (f *os.File, err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("create %s: %w", name, err)
		}
	}()
	f, err = os.Create(name) // want `f returned by os\.Create is not closed on all paths: the return at line 55 is reached when err != nil at line 54`
	if err != nil {
		return nil, err
	}
	if err = f.Chmod(0o600); err != nil {
		return nil, err
	}
	return f, nil
}

// createClosing is fine: the file is closed when it cannot be made
// private.
func createClosing(name string) (f *os.File, err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("create %s: %w", name, err)
		}
	}()
	f, err = os.Create(name)
	if err != nil {
		return nil, err
	}
	if err = f.Chmod(0o600); err != nil {
		f.Close()
		return nil, err
	}
	return f, nil
}

var errStale = errors.New("stale")

// load leaks the value that open gives when it is stale: return zero,
// errStale sets the named result to the zero value before the deferred
// function runs.
func load[T io.Closer](open func() (T, error), fresh func() bool) (v T, err error) { // want load:"gives r0 of p0\\(\\) as r0"
	defer func() {
		if err != nil {
			err = fmt.Errorf("load: %w", err)
		}
	}()
	v, err = open() // want `v returned by open is not closed on all paths: the return at line 96 is reached when fresh\(\) is false at line 94`
	if err != nil {
		return
	}
	if !fresh() {
		var zero T
		return zero, errStale
	}
	return v, nil
}

// loadClosing is fine: a stale value is closed.
func loadClosing[T io.Closer](open func() (T, error), fresh func() bool) (v T, err error) { // want loadClosing:"gives r0 of p0\\(\\) as r0"
	defer func() {
		if err != nil {
			err = fmt.Errorf("load: %w", err)
		}
	}()
	v, err = open()
	if err != nil {
		return
	}
	if !fresh() {
		v.Close()
		var zero T
		return zero, errStale
	}
	return v, nil
}

// reopen leaks the first value when it opens a second one in its place.
func reopen[T io.Closer](open func() (T, error), attempts int) (T, error) { // want reopen:"gives r0 of p0\\(\\) as r0; gives r1 of p0\\(\\) as r1"
	v, err := open() // want `v returned by open is not closed on all paths: the return at line 129 is reached when attempts > 1 at line 126`
	if err != nil {
		return v, err
	}
	if attempts > 1 {
		v, err = open()
	}
	return v, err
}

// reopenClosing is fine: the first value is closed before it is replaced.
func reopenClosing[T io.Closer](open func() (T, error), attempts int) (T, error) { // want reopenClosing:"gives r0 of p0\\(\\) as r0; gives r1 of p0\\(\\) as r1"
	v, err := open()
	if err != nil {
		return v, err
	}
	if attempts > 1 {
		v.Close()
		v, err = open()
	}
	return v, err
}
