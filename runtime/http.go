package runtime

import (
	"io"
	"net/http"
)

// KindBody is the kind of response bodies tracked by [Transport].
const KindBody = "http.Response.Body"

// clientFrames is how many frames net/http's client puts between the
// caller of Client.Do and RoundTrip; they are captured on top of the
// configured depth, then dropped from reports, so the caller still shows.
const clientFrames = 8

// Transport is an http.RoundTripper that tracks every response body, under
// kind [KindBody] and a name such as "GET http://127.0.0.1:8080/users",
// until it is closed. Reading a body to the end does not release it; only
// Close does, as net/http requires. Bodies that are http.NoBody (replies
// to HEAD, 204 and 304) are not tracked, since they hold nothing.
//
//	client := &http.Client{Transport: &leakruntime.Transport{Tracker: tr}}
type Transport struct {
	// Base makes the requests; nil means http.DefaultTransport.
	Base http.RoundTripper
	// Tracker tracks the bodies. If nil, RoundTrip uses the tracker in the
	// request's context or the default (see [Track]), which needs the
	// leakvet build tag; otherwise bodies are returned untracked.
	Tracker *Tracker
}

// RoundTrip sends req with the base transport and tracks the body of the
// response.
func (tr *Transport) RoundTrip(req *http.Request) (*http.Response, error) {
	base := tr.Base
	if base == nil {
		base = http.DefaultTransport
	}
	resp, err := base.RoundTrip(req)
	if err != nil || resp.Body == nil || resp.Body == http.NoBody {
		return resp, err
	}
	h, err := trackIn(req.Context(), tr.Tracker, KindBody, req.Method+" "+req.URL.String(), 3, clientFrames)
	if err != nil {
		resp.Body.Close()
		return nil, err
	}
	if h == nil {
		return resp, nil // no tracker
	}
	resp.Body = &trackedBody{ReadCloser: resp.Body, h: h}
	return resp, nil
}

// CloseIdleConnections closes the idle connections of the base transport,
// if it has any, so that http.Client.CloseIdleConnections reaches it
// through the wrapper.
func (tr *Transport) CloseIdleConnections() {
	base := tr.Base
	if base == nil {
		base = http.DefaultTransport
	}
	if c, ok := base.(interface{ CloseIdleConnections() }); ok {
		c.CloseIdleConnections()
	}
}

// trackedBody is a response body whose Close releases its handle.
type trackedBody struct {
	io.ReadCloser
	h *Handle
}

// Close closes the body and releases its handle.
func (b *trackedBody) Close() error {
	return releaseAfter(b.h, b.ReadCloser.Close())
}
