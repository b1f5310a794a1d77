// Package bodymax tests rule 4 (bodyReadFailures + discards: a failed
// io.Copy(io.Discard, resp.Body) means net/http closed the connection).
// Here resp.Body was replaced by http.MaxBytesReader before the copy: the
// copy fails with *http.MaxBytesError once the limit is passed, while
// the body under the limit is unharmed and its connection is still
// waiting to be read to the end or closed. surelyBody sees a load of
// resp.Body and does not ask what was stored there. drainLimitLeak
// returns on that failure without closing the body, and SHOULD be
// reported. SafeDrainLimit closes it, and is fine. maxFileLeak copies the
// replaced body into a file, where rule 4 does not apply (the writer is
// not io.Discard): it tells whether a miss of drainLimitLeak comes from
// rule 4 or from the store into resp.Body; it SHOULD be reported too.
//
// Base (30494aa): drainLimitLeak and maxFileLeak both missed. Head: both missed, as at base; SafeDrainLimit fine at both.
//
// Left (round twenty-two): a wrapper stored back into resp.Body is a miss of earlier rounds, listed in the README's Limits; the two leaks carry no want. The miss is not rule 4's: a store of a wrapper into resp.Body loses the body (pre-existing gap), so whether rule 4 would hide drainLimitLeak cannot be seen here.
package bodymax

import (
	"io"
	"net/http"
	"os"
)

const limit = 1 << 20

// drainLimitLeak drains at most limit bytes of the response.
func drainLimitLeak(c *http.Client, url string) error {
	resp, err := c.Get(url) // a leak, missed (see above)
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

// maxFileLeak saves at most limit bytes of the response into f.
func maxFileLeak(c *http.Client, url string, f *os.File) error {
	resp, err := c.Get(url) // a leak, missed (see above)
	if err != nil {
		return err
	}
	resp.Body = http.MaxBytesReader(nil, resp.Body, limit)
	if _, err := io.Copy(f, resp.Body); err != nil {
		return err
	}
	return resp.Body.Close()
}
