// Package b passes callbacks to the retry helpers of review28/dep.
package b

import (
	"context"
	"net/http"

	"review28/dep"
)

type account struct{ Name string }

// Safe: the closure's response is closed (a target is given).
func Safe(ctx context.Context, d *dep.Doer) error { // want Safe:"keeps p0,p1"
	var acc account
	resp, err := dep.Retry(ctx, func() (*http.Response, error) { return d.Post(ctx, "u", &acc) })
	if err != nil {
		return err
	}
	_ = resp.StatusCode
	return nil
}

// A callback whose result is sometimes new.
func Sometimes(ctx context.Context, d *dep.Doer, c *http.Client, first bool) error { // want Sometimes:"keeps p0,p1,p2"
	var acc account
	resp, err := dep.Retry(ctx, func() (*http.Response, error) { // want `not closed`
		if first {
			return d.Post(ctx, "u", &acc)
		}
		return c.Get("u")
	})
	if err != nil {
		return err
	}
	_ = resp.StatusCode
	return nil
}

// Through the result variables.
func Slot(ctx context.Context, d *dep.Doer) error { // want Slot:"keeps p0,p1"
	var acc account
	resp, err := dep.RetrySlot(func() (*http.Response, error) { return d.Post(ctx, "u", &acc) })
	if err != nil {
		return err
	}
	_ = resp.StatusCode
	return nil
}

// The helper falls back to a fresh response of its own.
func Fallback(ctx context.Context, d *dep.Doer, c *http.Client) error { // want Fallback:"keeps p0,p1"
	var acc account
	resp, err := dep.RetryFallback(c, func() (*http.Response, error) { return d.Post(ctx, "u", &acc) }) // want `not closed`
	if err != nil {
		return err
	}
	_ = resp.StatusCode
	return nil
}

func Fallback2(ctx context.Context, d *dep.Doer, c *http.Client) error { // want Fallback2:"keeps p0,p1"
	var acc account
	resp, err := dep.RetryFallback2(c, func() (*http.Response, error) { return d.Post(ctx, "u", &acc) }) // want `not closed`
	if err != nil {
		return err
	}
	_ = resp.StatusCode
	return nil
}

// Either returns the second callback's response, which is new.
func Either(ctx context.Context, d *dep.Doer, c *http.Client) error { // want Either:"keeps p0,p1,p2"
	var acc account
	resp, err := dep.Either( // want `not closed`
		func() (*http.Response, error) { return d.Post(ctx, "u", &acc) },
		func() (*http.Response, error) { return c.Get("u") })
	if err != nil {
		return err
	}
	_ = resp.StatusCode
	return nil
}

// Either with the new one first.
func Either2(ctx context.Context, d *dep.Doer, c *http.Client) error { // want Either2:"keeps p0,p1,p2"
	var acc account
	resp, err := dep.Either( // want `not closed`
		func() (*http.Response, error) { return c.Get("u") },
		func() (*http.Response, error) { return d.Post(ctx, "u", &acc) })
	if err != nil {
		return err
	}
	_ = resp.StatusCode
	return nil
}

// WithArg calls the callback with an argument that may be nil.
func Arg(ctx context.Context, d *dep.Doer, target any) error { // want Arg:"keeps p0,p1,p2"
	resp, err := dep.WithArg(func(t any) (*http.Response, error) { return d.Post(ctx, "u", t) }, target) // want `not closed`
	if err != nil {
		return err
	}
	_ = resp.StatusCode
	return nil
}

// A deferred closure of the helper sets a new response.
func DeferSet(ctx context.Context, d *dep.Doer, c *http.Client) error { // want DeferSet:"keeps p0,p1"
	var acc account
	resp, err := dep.RetryDeferSet(c, func() (*http.Response, error) { return d.Post(ctx, "u", &acc) }) // want `not closed`
	if err != nil {
		return err
	}
	_ = resp.StatusCode
	return nil
}

// A method value as callback: get closes nothing.
type getter struct{ c *http.Client }

func (g *getter) get() (*http.Response, error) { return g.c.Get("u") }

func MethodValue(ctx context.Context, g *getter) error { // want MethodValue:"keeps p1"
	resp, err := dep.Retry(ctx, g.get) // want `not closed`
	if err != nil {
		return err
	}
	_ = resp.StatusCode
	return nil
}

// A function that chooses between a safe and a leaking callback.
func Chosen(ctx context.Context, d *dep.Doer, c *http.Client, safe bool) error { // want Chosen:"keeps p0,p1,p2"
	var acc account
	op := func() (*http.Response, error) { return c.Get("u") }
	if safe {
		op = func() (*http.Response, error) { return d.Post(ctx, "u", &acc) }
	}
	resp, err := dep.Retry(ctx, op) // want `not closed`
	if err != nil {
		return err
	}
	_ = resp.StatusCode
	return nil
}

// A local retry whose callback result is sometimes replaced.
func localRetry(op func() (*http.Response, error), alt func() (*http.Response, error)) (*http.Response, error) {
	r, err := op()
	if err != nil {
		r, err = alt()
	}
	return r, err
}

func Local(ctx context.Context, d *dep.Doer, c *http.Client) error { // want Local:"keeps p0,p1,p2"
	var acc account
	resp, err := localRetry( // want `not closed`
		func() (*http.Response, error) { return d.Post(ctx, "u", &acc) },
		func() (*http.Response, error) { return c.Get("u") })
	if err != nil {
		return err
	}
	_ = resp.StatusCode
	return nil
}
