// Package bodysafe checks rule 4 (bodyReadFailures + discards) where it
// should and should not apply. SafeDrainBuffer returns where
// io.CopyBuffer(io.Discard, resp.Body, buf) failed, and is fine (as the
// rule means it: a failed read of the body). teeLeak copies into a writer
// that is io.Discard only where verbose is off: the copy into os.Stderr
// may fail on a write with the body still open, so it SHOULD be
// reported. limitedLeak copies io.LimitReader(resp.Body, n), whose
// copy fails as the body's read does, but on success leaves the rest of
// the body unread and never closes it: it SHOULD be reported.
//
// Base (30494aa): teeLeak and limitedLeak reported; SafeDrainBuffer also reported (false alarm). Head: teeLeak and limitedLeak reported, SafeDrainBuffer fine (rule 4 does its job; discards does not see io.Discard through a variable that may hold another writer).
package bodysafe

import (
	"io"
	"net/http"
	"os"
)

// SafeDrainBuffer drains the response into io.Discard with a buffer.
func SafeDrainBuffer(c *http.Client, url string, buf []byte) error {
	resp, err := c.Get(url)
	if err != nil {
		return err
	}
	if _, err := io.CopyBuffer(io.Discard, resp.Body, buf); err != nil {
		return err
	}
	return resp.Body.Close()
}

// teeLeak shows the response on stderr where verbose is set.
func teeLeak(c *http.Client, url string, verbose bool) error {
	resp, err := c.Get(url) // want `the body of resp returned by c.Get is not closed on all paths`
	if err != nil {
		return err
	}
	var w io.Writer = io.Discard
	if verbose {
		w = os.Stderr
	}
	if _, err := io.Copy(w, resp.Body); err != nil {
		return err
	}
	return resp.Body.Close()
}

// limitedLeak drains at most n bytes.
func limitedLeak(c *http.Client, url string, n int64) error {
	resp, err := c.Get(url) // want `the body of resp returned by c.Get is not closed`
	if err != nil {
		return err
	}
	_, err = io.Copy(io.Discard, io.LimitReader(resp.Body, n))
	return err
}
