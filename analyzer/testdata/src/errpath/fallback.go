package errpath

// This file falls back to plain HTTP where the TLS attempt failed in a
// way a predicate recognizes: the predicates say false for a nil error,
// so the fallback runs only where the first round trip gave no response.

import (
	"errors"
	"net/http"
	"os"
	"syscall"
)

// refused reports a refused or timed out connection; errors.Is with a
// constant errno as its target says false for a nil error.
func refused(err error) bool { // want refused:"false for nil p0"
	return errors.Is(err, syscall.ECONNREFUSED) || os.IsTimeout(err)
}

// FallbackSafe tries the request once, unless the host is known to
// need plain HTTP, and, where the connection was refused, again over
// plain HTTP with a fresh body.
func FallbackSafe(rt http.RoundTripper, r *http.Request, plainHost string) (*http.Response, error) { // want FallbackSafe:"keeps p1"
	first := plainHost != r.URL.Host
	if first {
		resp, err := rt.RoundTrip(r)
		if !refused(err) {
			return resp, err
		}
	}
	plain := *r
	u := *r.URL
	u.Scheme = "http"
	plain.URL = &u
	if first && r.Body != nil && r.GetBody != nil {
		body, err := r.GetBody()
		if err != nil {
			return nil, err
		}
		plain.Body = body
	}
	return rt.RoundTrip(&plain)
}

// isErr is a wrapper of errors.Is, as packages of errors have.
func isErr(err, target error) bool { return errors.Is(err, target) } // want isErr:"keeps p1; false for nil p0 and non-nil p1"

// refusedWrapped is refused through the wrapper.
func refusedWrapped(err error) bool { // want refusedWrapped:"false for nil p0"
	return isErr(err, syscall.ECONNREFUSED)
}
