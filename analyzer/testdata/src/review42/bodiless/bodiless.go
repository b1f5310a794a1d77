// Package bodiless probes rule 9 (readsDataField, passesBodiless): a
// response built without a body stays empty where the function only
// reads data fields of it.
package bodiless

import (
	"bufio"
	"io"
	"net"
	"net/http"
	"strings"
)

func responseWith(req *http.Request, code int) *http.Response { // want responseWith:"empty r0"
	return &http.Response{
		StatusCode: code,
		Status:     http.StatusText(code),
		Proto:      req.Proto,
		ProtoMajor: req.ProtoMajor,
		ProtoMinor: req.ProtoMinor,
		Header:     http.Header{},
	}
}

func setBody(resp *http.Response, body io.ReadCloser) { resp.Body = body } // want setBody:"keeps p1"

// withHelperBody sets the body through a helper after reading a data
// field.
func withHelperBody(req *http.Request) *http.Response { // want withHelperBody:"keeps p0; closes p0\\.Body,p0\\.URL\\.User"
	resp := responseWith(req, http.StatusForbidden)
	resp.Header.Set("X", "y")
	upstream, err := http.DefaultClient.Do(req)
	if err == nil {
		setBody(resp, upstream.Body)
	}
	return resp
}

// HelperBodyLeak: LEAKS the upstream body that the helper put in.
func HelperBodyLeak(req *http.Request) int { // want HelperBodyLeak:"keeps p0; closes p0\\.Body,p0\\.URL\\.User"
	resp := withHelperBody(req) // want `the body of resp returned by withHelperBody is not closed`
	return resp.StatusCode
}

// withBodyField reads a data field and stores the body directly.
func withBodyField(req *http.Request) (*http.Response, error) { // want withBodyField:"keeps p0; closes p0\\.Body,p0\\.URL\\.User"
	resp := responseWith(req, http.StatusOK)
	resp.Header.Set("X", "y")
	up, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	resp.Body = up.Body
	return resp, nil
}

// BodyFieldLeak: LEAKS the upstream body.
func BodyFieldLeak(req *http.Request) int { // want BodyFieldLeak:"keeps p0; closes p0\\.Body,p0\\.URL\\.User"
	resp, err := withBodyField(req) // want `the body of resp returned by withBodyField is not closed`
	if err != nil {
		return 0
	}
	return resp.StatusCode
}

// named result with a real response on one path, bodiless on another,
// reading Header of the slot.
func mixed(req *http.Request, deny bool) (resp *http.Response, err error) { // want mixed:"keeps p0; closes p0\\.Body,p0\\.URL\\.User"
	if deny {
		resp = responseWith(req, http.StatusForbidden)
		resp.Header.Set("X", "deny")
		return
	}
	resp, err = http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	resp.Header.Set("X", "allow")
	return
}

// MixedLeak: LEAKS where deny is false (a real body).
func MixedLeak(req *http.Request, deny bool) int { // want MixedLeak:"keeps p0; closes p0\\.Body,p0\\.URL\\.User"
	resp, err := mixed(req, deny) // want `the body of resp returned by mixed is not closed`
	if err != nil {
		return 0
	}
	return resp.StatusCode
}

// statusSet writes a data field (a store, not a read).
func statusSet(req *http.Request) *http.Response {
	resp := responseWith(req, http.StatusForbidden)
	resp.StatusCode = http.StatusUnauthorized
	return resp
}

// SafeStatusSet: SAFE (no body anywhere).
func SafeStatusSet(req *http.Request, conn net.Conn) error { // want SafeStatusSet:"keeps p1"
	resp := statusSet(req) // want `the body of resp returned by statusSet is not closed`
	return resp.Write(conn)
}

// trailerBody puts a body in through the Trailer map? No: through a
// pointer to the response kept in a closure.
func deferredBody(req *http.Request) *http.Response {
	resp := responseWith(req, http.StatusOK)
	resp.Header.Set("X", "y")
	defer func() {
		resp.Body = io.NopCloser(strings.NewReader("x"))
	}()
	return resp
}

// SafeDeferred: SAFE (NopCloser body holds nothing).
func SafeDeferred(req *http.Request) int {
	return deferredBody(req).StatusCode // want `the body of the response returned by deferredBody is not closed`
}

// viaReader returns a response whose Header it reads, after passing the
// response to http.ReadResponse? No: reads one from the wire.
func fromWire(conn net.Conn, req *http.Request, deny bool) (*http.Response, error) { // want fromWire:"borrows r0; maybe empty r0"
	if deny {
		resp := responseWith(req, http.StatusForbidden)
		resp.Header.Set("X", "deny")
		return resp, nil
	}
	return http.ReadResponse(bufio.NewReader(conn), req)
}

// WireLeak: SAFE-ish: a ReadResponse body over a borrowed conn holds no descriptor of its own (see WireOnly).
func WireLeak(conn net.Conn, req *http.Request, deny bool) int {
	resp, err := fromWire(conn, req, deny)
	if err != nil {
		return 0
	}
	return resp.StatusCode
}

// fromUpstream: a bodiless answer with its Header read, or a real one.
func fromUpstream(req *http.Request, deny bool) (*http.Response, error) { // want fromUpstream:"keeps p0"
	if deny {
		resp := responseWith(req, http.StatusForbidden)
		resp.Header.Set("X", "deny")
		return resp, nil
	}
	return http.DefaultTransport.RoundTrip(req)
}

// UpstreamLeak: LEAKS where deny is false.
func UpstreamLeak(req *http.Request, deny bool) int { // want UpstreamLeak:"keeps p0"
	resp, err := fromUpstream(req, deny) // want `the body of resp returned by fromUpstream is not closed`
	if err != nil {
		return 0
	}
	return resp.StatusCode
}

// onlyWire returns what ReadResponse read (control for WireLeak).
func onlyWire(conn net.Conn, req *http.Request) (*http.Response, error) { // want onlyWire:"borrows r0"
	return http.ReadResponse(bufio.NewReader(conn), req)
}

// WireOnly: control (what does leakvet say of ReadResponse alone?).
func WireOnly(conn net.Conn, req *http.Request) int {
	resp, err := onlyWire(conn, req)
	if err != nil {
		return 0
	}
	return resp.StatusCode
}
