// Package bodymax tests rule 4 (bodyReadFailures + discards: a failed
// io.Copy(io.Discard, resp.Body) means net/http closed the connection).
// Here resp.Body was replaced by http.MaxBytesReader before the copy: the
// copy fails with *http.MaxBytesError once the limit is passed, while
// the body under the limit is unharmed and its connection is still
// waiting to be read to the end or closed. surelyBody sees a load of
// resp.Body and does not ask what was stored there. drainLimitLeak
// returns on that failure without closing the body, and SHOULD be
// reported. SafeDrainLimit closes it, and is fine.
package bodymax

import (
	"io"
	"net/http"
)

const limit = 1 << 20

// drainLimitLeak drains at most limit bytes of the response.
func drainLimitLeak(c *http.Client, url string) error {
	resp, err := c.Get(url) // want `the body of resp returned by c.Get is not closed on all paths`
	if err != nil {
		return err
	}
	resp.Body = http.MaxBytesReader(nil, resp.Body, limit)
	if _, err := io.Copy(io.Discard, resp.Body); err != nil {
		return err
	}
	return resp.Body.Close()
}

// SafeDrainLimit closes the body on every path.
func SafeDrainLimit(c *http.Client, url string) error {
	resp, err := c.Get(url)
	if err != nil {
		return err
	}
	resp.Body = http.MaxBytesReader(nil, resp.Body, limit)
	defer resp.Body.Close()
	_, err = io.Copy(io.Discard, resp.Body)
	return err
}
