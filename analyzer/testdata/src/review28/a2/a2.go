// Package a2 repeats a's captured-variable cases with PostNeg, which the
// base version sees as returning a new response.
package a2

import (
	"context"
	"net/http"

	"review28/dep"
)

type account struct{ Name string }

// A closure captures target, which is set only after the call: the first
// call runs with a nil target.
func CapturedLate(ctx context.Context, d *dep.Doer) error {
	var acc account
	var target any
	op := func() (*http.Response, error) { return d.PostNeg("u", target) }
	resp, err := op() // want `not closed`
	if err != nil {
		return err
	}
	target = &acc
	_ = resp.StatusCode
	return nil
}

// The same through Retry.
func CapturedLateRetry(ctx context.Context, d *dep.Doer) error { // want CapturedLateRetry:"keeps p1"
	var acc account
	var target any
	op := func() (*http.Response, error) { return d.PostNeg("u", target) }
	resp, err := dep.Retry(ctx, op) // want `not closed`
	if err != nil {
		return err
	}
	target = &acc
	_ = resp.StatusCode
	return nil
}

// A closure captures target, which is set only on one path: it stays nil
// on the other.
func CapturedBranch(ctx context.Context, d *dep.Doer, decode bool) error { // want CapturedBranch:"keeps p1"
	var acc account
	var target any
	if decode {
		target = &acc
	}
	op := func() (*http.Response, error) { return d.PostNeg("u", target) }
	resp, err := dep.Retry(ctx, op) // want `not closed`
	if err != nil {
		return err
	}
	_ = resp.StatusCode
	return nil
}

// Another closure sets the captured variable to nil before the call.
func CapturedReset(ctx context.Context, d *dep.Doer) error { // want CapturedReset:"keeps p1"
	var acc account
	var target any = &acc
	op := func() (*http.Response, error) { return d.PostNeg("u", target) }
	reset := func() { target = nil }
	reset()
	resp, err := dep.Retry(ctx, op) // want `not closed`
	if err != nil {
		return err
	}
	_ = resp.StatusCode
	return nil
}

// Reassigned to nil directly after capture.
func CapturedNilled(ctx context.Context, d *dep.Doer) error { // want CapturedNilled:"keeps p1"
	var acc account
	var target any = &acc
	op := func() (*http.Response, error) { return d.PostNeg("u", target) }
	target = nil
	resp, err := dep.Retry(ctx, op) // want `not closed`
	if err != nil {
		return err
	}
	_ = resp.StatusCode
	return nil
}

// Safe: captured, set once before, never changed.
func CapturedSafe(ctx context.Context, d *dep.Doer) error { // want CapturedSafe:"keeps p1"
	var acc account
	var target any = &acc
	op := func() (*http.Response, error) { return d.PostNeg("u", target) }
	resp, err := dep.Retry(ctx, op)
	if err != nil {
		return err
	}
	_ = resp.StatusCode
	_ = target
	return nil
}

// A closure captures a parameter that may be nil.
func CapturedParam(ctx context.Context, d *dep.Doer, target any) error { // want CapturedParam:"keeps p1,p2"
	op := func() (*http.Response, error) { return d.PostNeg("u", target) }
	resp, err := dep.Retry(ctx, op) // want `not closed`
	if err != nil {
		return err
	}
	_ = resp.StatusCode
	return nil
}

// In a loop, the first iteration runs with a nil target.
func CapturedLoop(ctx context.Context, d *dep.Doer) error { // want CapturedLoop:"keeps p1"
	var acc account
	var target any
	op := func() (*http.Response, error) { return d.PostNeg("u", target) }
	for range 2 {
		resp, err := dep.Retry(ctx, op) // want `not closed`
		if err != nil {
			return err
		}
		_ = resp.StatusCode
		target = &acc
	}
	return nil
}
