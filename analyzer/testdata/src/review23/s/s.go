// Package s calls r's helpers from another package.
package s

import (
	"net/http"

	"review23/r"
)

// aliasLeak is r's aliasLeak across packages.
func aliasLeak(url string) (int, error) {
	o := &r.Opts{Timeout: 5}
	// Missed once (new since 4401241; reported at 0819520): as r.aliasLeak, through
	// the fact.
	_, resp, err := r.Get(url, o, o) // want `the body of resp returned by r\.Get is not closed`
	if err != nil {
		return 0, err
	}
	return resp.StatusCode, nil
}

// trackLeak is r's trackLeak across packages.
func trackLeak(url string) (int, error) {
	// MISSED, old (also at 0819520): as r.trackLeak.
	resp, err := r.GetT(url, &r.TOpts{Track: true})
	if err != nil {
		return 0, err
	}
	return resp.StatusCode, nil
}

// genLeak goes through a generic helper that forwards the options.
func genLeak(url string) (int, error) {
	resp, err := via(url, &r.Opts{Raw: true}, 0) // want `resp returned by via is not closed`
	if err != nil {
		return 0, err
	}
	return resp.StatusCode, nil
}

func via[T any](url string, o *r.Opts, _ T) (*http.Response, error) {
	return r.GetV(o, url)
}

// SafeGet is fine.
func SafeGet(url string) (int, error) {
	resp, err := r.GetV(&r.Opts{}, url)
	if err != nil {
		return 0, err
	}
	return resp.StatusCode, nil
}
