// Package a calls review28/dep with targets that are, or may be, nil.
package a

import (
	"context"
	"io"
	"net/http"

	"review28/dep"
)

type account struct{ Name string }

// Safe: &acc is never nil.
func Addr(ctx context.Context, d *dep.Doer) (string, error) { // want Addr:"keeps p0"
	var acc account
	resp, err := d.Post(ctx, "u", &acc)
	if err != nil {
		return "", err
	}
	return resp.Status, nil
}

// Safe: a nil *account in an interface is not a nil interface; Post
// closes the body.
func NilPtrInIface(ctx context.Context, d *dep.Doer) error { // want NilPtrInIface:"keeps p0"
	var p *account
	_, err := d.Post(ctx, "u", p)
	return err
}

// A nil interface: the body comes back open.
func NilIface(ctx context.Context, d *dep.Doer) error { // want NilIface:"keeps p0"
	var x any
	_, err := d.Post(ctx, "u", x) // want `discarded without closing`
	return err
}

// A target that is &acc on one path and nil on the other.
func Phi(ctx context.Context, d *dep.Doer, decode bool) error { // want Phi:"keeps p0"
	var acc account
	var target any
	if decode {
		target = &acc
	}
	_, err := d.Post(ctx, "u", target) // want `discarded without closing`
	return err
}

// Negated condition in the callee: safe with a target, a leak without.
func NegSafe(d *dep.Doer) error {
	var acc account
	_, err := d.PostNeg("u", &acc)
	return err
}

func NegLeak(d *dep.Doer) error {
	_, err := d.PostNeg("u", nil) // want `discarded without closing`
	return err
}

// Nested condition: with a target, the body is closed only where strict.
func Strict(d *dep.Doer, strict bool) error {
	var acc account
	_, err := d.PostStrict("u", &acc, strict) // want `discarded without closing`
	return err
}

// With a target, PostFollow returns a second, open response.
func Follow(d *dep.Doer) error {
	var acc account
	_, err := d.PostFollow("u", &acc) // want `discarded without closing`
	return err
}

// A pointer parameter given a nil pointer.
func PtrNil(d *dep.Doer) error {
	_, err := d.PostPtr("u", nil) // want `discarded without closing`
	return err
}

func PtrAddr(d *dep.Doer) error {
	var s string
	_, err := d.PostPtr("u", &s)
	return err
}

// A nil func variable.
func CBNil(d *dep.Doer) error {
	var cb func(io.Reader)
	_, err := d.PostCB("u", cb) // want `discarded without closing`
	return err
}

func CBSet(d *dep.Doer) error {
	_, err := d.PostCB("u", func(io.Reader) {})
	return err
}

// A closure captures target, which is set only after the call: the first
// call runs with a nil target.
func CapturedLate(ctx context.Context, d *dep.Doer) error { // want CapturedLate:"keeps p0"
	var acc account
	var target any
	op := func() (*http.Response, error) { return d.Post(ctx, "u", target) }
	resp, err := op() // want `not closed`
	if err != nil {
		return err
	}
	target = &acc
	_ = resp.StatusCode
	return nil
}

// The same through Retry.
func CapturedLateRetry(ctx context.Context, d *dep.Doer) error { // want CapturedLateRetry:"keeps p0,p1"
	var acc account
	var target any
	op := func() (*http.Response, error) { return d.Post(ctx, "u", target) }
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
func CapturedBranch(ctx context.Context, d *dep.Doer, decode bool) error { // want CapturedBranch:"keeps p0,p1"
	var acc account
	var target any
	if decode {
		target = &acc
	}
	op := func() (*http.Response, error) { return d.Post(ctx, "u", target) }
	resp, err := dep.Retry(ctx, op) // want `not closed`
	if err != nil {
		return err
	}
	_ = resp.StatusCode
	return nil
}

// Another closure sets the captured variable to nil before the call.
func CapturedReset(ctx context.Context, d *dep.Doer) error { // want CapturedReset:"keeps p0,p1"
	var acc account
	var target any = &acc
	op := func() (*http.Response, error) { return d.Post(ctx, "u", target) }
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
func CapturedNilled(ctx context.Context, d *dep.Doer) error { // want CapturedNilled:"keeps p0,p1"
	var acc account
	var target any = &acc
	op := func() (*http.Response, error) { return d.Post(ctx, "u", target) }
	target = nil
	resp, err := dep.Retry(ctx, op) // want `not closed`
	if err != nil {
		return err
	}
	_ = resp.StatusCode
	return nil
}

// Safe: captured, set once before, never changed.
func CapturedSafe(ctx context.Context, d *dep.Doer) error { // want CapturedSafe:"keeps p0,p1"
	var acc account
	var target any = &acc
	op := func() (*http.Response, error) { return d.Post(ctx, "u", target) }
	resp, err := dep.Retry(ctx, op)
	if err != nil {
		return err
	}
	_ = resp.StatusCode
	_ = target
	return nil
}

// A closure captures a parameter that may be nil.
func CapturedParam(ctx context.Context, d *dep.Doer, target any) error { // want CapturedParam:"keeps p0,p1,p2"
	op := func() (*http.Response, error) { return d.Post(ctx, "u", target) }
	resp, err := dep.Retry(ctx, op) // want `not closed`
	if err != nil {
		return err
	}
	_ = resp.StatusCode
	return nil
}

// In a loop, the first iteration runs with a nil target.
func CapturedLoop(ctx context.Context, d *dep.Doer) error { // want CapturedLoop:"keeps p0,p1"
	var acc account
	var target any
	op := func() (*http.Response, error) { return d.Post(ctx, "u", target) }
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
