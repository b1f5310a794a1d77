// Package drained probes rule 7 (245ff45, 40282ab): a helper given a
// *http.Response that reads its body to the end where it fails releases
// it there, when the package allocates no response that may have a body.
package drained

import (
	"errors"
	"fmt"
	"io"
	"net/http"

	"review43/drained/dep"
)

var errNotFound = errors.New("not found")

// checkStatus reads the body of most failures, but not of a 404.
func checkStatus(resp *http.Response) error {
	if resp.StatusCode == http.StatusNotFound {
		return errNotFound
	}
	if resp.StatusCode >= http.StatusBadRequest {
		body, _ := io.ReadAll(resp.Body)
		return fmt.Errorf("%d: %s", resp.StatusCode, body)
	}
	return nil
}

// LeakNotFound leaves the body of a 404 open.
func LeakNotFound(c *http.Client, url string) error {
	resp, err := c.Get(url) // want `the body of resp returned by c\.Get is not closed`
	if err != nil {
		return err
	}
	if err := checkStatus(resp); err != nil {
		return err
	}
	return resp.Body.Close()
}

// checkLimited reads at most 512 bytes of a failure's body.
func checkLimited(resp *http.Response) error {
	if resp.StatusCode >= http.StatusBadRequest {
		body, err := io.ReadAll(io.LimitReader(resp.Body, 512))
		if err != nil {
			return err
		}
		return fmt.Errorf("%d: %s", resp.StatusCode, body)
	}
	return nil
}

// LeakLimited leaves the rest of a long error body unread and open.
func LeakLimited(c *http.Client, url string) error {
	resp, err := c.Get(url) // want `the body of resp returned by c\.Get is not closed`
	if err != nil {
		return err
	}
	if err := checkLimited(resp); err != nil {
		return err
	}
	return resp.Body.Close()
}

// checkRead reads the body only when the caller asks for its text.
func checkRead(resp *http.Response, verbose bool) error {
	if resp.StatusCode >= http.StatusBadRequest {
		if !verbose {
			return fmt.Errorf("status %d", resp.StatusCode)
		}
		body, _ := io.ReadAll(resp.Body)
		return fmt.Errorf("%d: %s", resp.StatusCode, body)
	}
	return nil
}

// LeakQuiet leaves the body of a failure open when not verbose.
func LeakQuiet(c *http.Client, url string, verbose bool) error {
	resp, err := c.Get(url) // want `the body of resp returned by c\.Get is not closed`
	if err != nil {
		return err
	}
	if err := checkRead(resp, verbose); err != nil {
		return err
	}
	return resp.Body.Close()
}

// checkPartial reads the failure's body to the end only if a first small
// read did not already fail the check.
func checkPartial(resp *http.Response) error {
	if resp.StatusCode >= http.StatusBadRequest {
		buf := make([]byte, 16)
		if _, err := io.ReadFull(resp.Body, buf); err != nil {
			return err
		}
		rest, _ := io.ReadAll(resp.Body)
		return fmt.Errorf("%s%s", buf, rest)
	}
	return nil
}

// LeakPartial: a short read error is no EOF of the body in every case
// (io.ErrUnexpectedEOF is, but a timeout is not): left open.
func LeakPartial(c *http.Client, url string) error {
	resp, err := c.Get(url) // want `the body of resp returned by c\.Get is not closed`
	if err != nil {
		return err
	}
	if err := checkPartial(resp); err != nil {
		return err
	}
	return resp.Body.Close()
}

// checkError reads the whole body of a failure.
func checkError(resp *http.Response) error { // want checkError:"releases p0 on failure"
	if resp.StatusCode >= http.StatusBadRequest {
		body, err := io.ReadAll(resp.Body)
		if err != nil {
			return err
		}
		return fmt.Errorf("%d: %s", resp.StatusCode, body)
	}
	return nil
}

// LeakFileBody reads a failing file-backed response to the end, which
// leaves the file open.
func LeakFileBody(path string) error {
	resp, err := dep.FileResponse(path)
	if err != nil {
		return err
	}
	if err := checkError(resp); err != nil {
		return err
	}
	return resp.Body.Close()
}
