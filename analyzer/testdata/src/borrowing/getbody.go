package borrowing

import (
	"bytes"
	"errors"
	"io"
	"net/http"
	"os"
)

// SafeGetBody is fine: net/http sets GetBody only for bodies in memory,
// and the copy it returns is an io.NopCloser over the same bytes.
func SafeGetBody(req *http.Request) ([]byte, error) {
	if req.GetBody == nil {
		return nil, nil
	}
	b, err := req.GetBody()
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	_, err = buf.ReadFrom(b)
	return buf.Bytes(), err
}

// Source opens its data anew each time it is asked.
type Source struct {
	Open func() (io.ReadCloser, error)
}

// fileSource opens the named file.
func fileSource(name string) Source {
	return Source{Open: func() (io.ReadCloser, error) { return os.Open(name) }}
}

// sourceLeak leaks: a function field of this package's own type is no
// request body copy, and what it opens is the caller's.
func sourceLeak(s Source) (int64, error) {
	r, err := s.Open() // want `r returned by s.Open is not closed before the return at line \d+`
	if err != nil {
		return 0, err
	}
	return io.Copy(io.Discard, r)
}

// Upgrade is a connection made of an upgraded response's body.
type Upgrade struct{ rwc io.ReadWriteCloser }

// Close closes the connection.
func (u *Upgrade) Close() error { return u.rwc.Close() } // want Close:"releases p0; closes p0.rwc"

var errNoUpgrade = errors.New("no upgrade")

// dialUpgrade returns the handshake response, for its status and
// headers, with its body taken out: the body is the connection.
func dialUpgrade(c *http.Client, req *http.Request) (*Upgrade, *http.Response, error) { // want dialUpgrade:"keeps p1; borrows r0,r1; closes p1.Body,p1.URL.User"
	resp, err := c.Do(req)
	if err != nil {
		return nil, nil, err
	}
	body := resp.Body
	resp.Body = nil
	if resp.StatusCode != http.StatusSwitchingProtocols {
		body.Close()
		return nil, resp, errNoUpgrade
	}
	rwc, ok := body.(io.ReadWriteCloser)
	if !ok {
		body.Close()
		return nil, resp, errNoUpgrade
	}
	return &Upgrade{rwc: rwc}, resp, nil
}

// SafeUpgradeResponse is fine: the response has no body left to close.
func SafeUpgradeResponse(c *http.Client, req *http.Request) *Upgrade { // want SafeUpgradeResponse:"keeps p1; borrows r0; closes p1.Body,p1.URL.User"
	u, _, _ := dialUpgrade(c, req)
	return u
}

// dialKeepsBody returns the response with its body.
func dialKeepsBody(c *http.Client, req *http.Request) (*http.Response, error) { // want dialKeepsBody:"keeps p1; closes p1.Body,p1.URL.User"
	resp, err := c.Do(req)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode != http.StatusSwitchingProtocols {
		return resp, errNoUpgrade
	}
	return resp, nil
}

// keptBodyDropped leaks: the body of the response is still in it.
func keptBodyDropped(c *http.Client, req *http.Request) error { // want keptBodyDropped:"keeps p1; closes p1.Body,p1.URL.User"
	_, err := dialKeepsBody(c, req) // want `the \*http.Response returned by dialKeepsBody is discarded without closing its body`
	return err
}

// dropBody throws the body away without closing it: the response it
// returns still stands for that body.
func dropBody(c *http.Client, req *http.Request) (*http.Response, error) { // want dropBody:"keeps p1; closes p1.Body,p1.URL.User"
	resp, err := c.Do(req)
	if err != nil {
		return nil, err
	}
	resp.Body = nil
	return resp, nil
}

// droppedBodyIgnored leaks the body that dropBody dropped.
func droppedBodyIgnored(c *http.Client, req *http.Request) int { // want droppedBodyIgnored:"keeps p1; closes p1.Body,p1.URL.User"
	resp, err := dropBody(c, req) // want `the body of resp returned by dropBody is not closed before the return at line \d+`
	if err != nil {
		return 0
	}
	return resp.StatusCode
}

// takeOutLeaky takes the body out but closes it on one path only.
func takeOutLeaky(c *http.Client, req *http.Request) (*http.Response, error) { // want takeOutLeaky:"keeps p1; closes p1.Body,p1.URL.User"
	resp, err := c.Do(req)
	if err != nil {
		return nil, err
	}
	body := resp.Body
	resp.Body = nil
	if resp.StatusCode != http.StatusSwitchingProtocols {
		return resp, errNoUpgrade
	}
	body.Close()
	return resp, nil
}

// takenOutIgnored leaks the body that takeOutLeaky kept on a failure.
func takenOutIgnored(c *http.Client, req *http.Request) int { // want takenOutIgnored:"keeps p1; closes p1.Body,p1.URL.User"
	resp, _ := takeOutLeaky(c, req) // want `the body of resp returned by takeOutLeaky is not closed before the return at line \d+`
	if resp == nil {
		return 0
	}
	return resp.StatusCode
}
