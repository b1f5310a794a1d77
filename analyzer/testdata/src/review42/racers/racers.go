// Package racers probes rule 8 (holderSettledBy, deferredBeforeFill): a
// deferred closure registered before a local struct gets the resource,
// which sends the struct or closes the field on every path.
package racers

import (
	"context"
	"net"
)

type dialResult struct {
	net.Conn
	error
	primary bool
}

// FirstOnlyLeak: LEAKS every connection but the first: each racer's
// deferred closure sends its result into a buffered channel, and the
// function takes one result and returns; the others stay in the buffer.
func FirstOnlyLeak(ctx context.Context, addrs []string) (net.Conn, error) { // want FirstOnlyLeak:"keeps p0; borrows r0"
	results := make(chan dialResult, len(addrs))
	racer := func(addr string) {
		result := dialResult{}
		defer func() { results <- result }()
		var d net.Dialer
		result.Conn, result.error = d.DialContext(ctx, "tcp", addr) // want `result\.Conn returned by d\.DialContext is not closed`
	}
	for _, a := range addrs {
		go racer(a)
	}
	r := <-results
	return r.Conn, r.error
}

// PrimaryOnlyLeak: LEAKS where primary is false (the deferred closure
// sends only the primary's result, and drops the others open).
func PrimaryOnlyLeak(ctx context.Context, addrs []string) (net.Conn, error) { // want PrimaryOnlyLeak:"keeps p0; borrows r0"
	results := make(chan dialResult, len(addrs))
	racer := func(addr string, primary bool) {
		result := dialResult{primary: primary}
		defer func() {
			if result.primary {
				results <- result
			}
		}()
		var d net.Dialer
		result.Conn, result.error = d.DialContext(ctx, "tcp", addr) // want `result\.Conn returned by d\.DialContext is not closed`
	}
	for i, a := range addrs {
		go racer(a, i == 0)
	}
	r := <-results
	return r.Conn, r.error
}

// ConditionalDeferLeak: LEAKS where primary is false: the deferred
// closure is registered only for the primary.
func ConditionalDeferLeak(ctx context.Context, addrs []string) (net.Conn, error) { // want ConditionalDeferLeak:"keeps p0; borrows r0"
	results := make(chan dialResult, len(addrs))
	returned := make(chan struct{})
	defer close(returned)
	racer := func(addr string, primary bool) {
		result := dialResult{primary: primary}
		if primary {
			defer func() {
				select {
				case results <- result:
				case <-returned:
					if result.Conn != nil {
						result.Conn.Close()
					}
				}
			}()
		}
		var d net.Dialer
		result.Conn, result.error = d.DialContext(ctx, "tcp", addr) // want `result\.Conn returned by d\.DialContext is not closed`
	}
	for i, a := range addrs {
		go racer(a, i == 0)
	}
	r := <-results
	return r.Conn, r.error
}

// RedialLeak: LEAKS the connections that the loop overwrites.
func RedialLeak(ctx context.Context, addrs []string) (net.Conn, error) { // want RedialLeak:"keeps p0,p1; borrows r0"
	results := make(chan dialResult, 1)
	returned := make(chan struct{})
	defer close(returned)
	go func() {
		result := dialResult{}
		defer func() {
			select {
			case results <- result:
			case <-returned:
				if result.Conn != nil {
					result.Conn.Close()
				}
			}
		}()
		var d net.Dialer
		for _, a := range addrs {
			result.Conn, result.error = d.DialContext(ctx, "tcp", a) // want `result\.Conn returned by d\.DialContext is not closed`
			if result.error == nil && result.Conn.RemoteAddr() != nil {
				return
			}
		}
	}()
	r := <-results
	return r.Conn, r.error
}

type pair struct {
	a, b net.Conn
}

// TwoFieldsLeak: LEAKS p.b (the deferred closure closes only p.a).
func TwoFieldsLeak(ctx context.Context, addr string) { // want TwoFieldsLeak:"keeps p0"
	go func() {
		p := pair{}
		defer func() {
			if p.a != nil {
				p.a.Close()
			}
		}()
		var d net.Dialer
		var err error
		p.a, err = d.DialContext(ctx, "tcp", addr)
		if err != nil {
			return
		}
		p.b, err = d.DialContext(ctx, "tcp", addr) // want `p\.b returned by d\.DialContext is not closed`
		if err != nil {
			return
		}
	}()
}

// SafeRace: SAFE (as in package racers).
func SafeRace(ctx context.Context, addrs []string) (net.Conn, error) { // want SafeRace:"keeps p0; borrows r0"
	results := make(chan dialResult)
	returned := make(chan struct{})
	defer close(returned)
	racer := func(addr string) {
		result := dialResult{}
		defer func() {
			select {
			case results <- result:
			case <-returned:
				if result.Conn != nil && result.error == nil {
					_ = result.Conn.Close()
				}
			}
		}()
		var d net.Dialer
		result.Conn, result.error = d.DialContext(ctx, "tcp", addr)
	}
	for _, a := range addrs {
		go racer(a)
	}
	var last error
	for range addrs {
		r := <-results
		if r.error == nil {
			return r.Conn, nil
		}
		last = r.error
	}
	return nil, last
}

// CopiedLeak: LEAKS: the deferred closure sends a copy taken before the
// fill (snap := result), so what it sends holds no conn.
func CopiedLeak(ctx context.Context, addr string) (net.Conn, error) { // want CopiedLeak:"keeps p0; borrows r0"
	results := make(chan dialResult, 1)
	go func() {
		result := dialResult{}
		snap := &result
		defer func(r dialResult) { results <- r }(*snap)
		var d net.Dialer
		result.Conn, result.error = d.DialContext(ctx, "tcp", addr) // want `result\.Conn returned by d\.DialContext is not closed`
	}()
	r := <-results
	return r.Conn, r.error
}

var errBad = net.UnknownNetworkError("bad")

// ResetLeak: LEAKS where the conn has no remote address: the whole struct is overwritten
// after the fill, dropping the conn before the deferred closure runs.
func ResetLeak(ctx context.Context, addrs []string) (net.Conn, error) { // want ResetLeak:"keeps p0; borrows r0"
	results := make(chan dialResult)
	returned := make(chan struct{})
	defer close(returned)
	racer := func(addr string) {
		result := dialResult{}
		defer func() {
			select {
			case results <- result:
			case <-returned:
				if result.Conn != nil && result.error == nil {
					_ = result.Conn.Close()
				}
			}
		}()
		var d net.Dialer
		result.Conn, result.error = d.DialContext(ctx, "tcp", addr) // want `result\.Conn returned by d\.DialContext is not closed`
		if result.error == nil && result.Conn.RemoteAddr() == nil {
			result = dialResult{error: errBad}
		}
	}
	for _, a := range addrs {
		go racer(a)
	}
	var last error
	for range addrs {
		r := <-results
		if r.error == nil {
			return r.Conn, nil
		}
		last = r.error
	}
	return nil, last
}

// NilFieldLeak: LEAKS where the conn has no remote address: the field is set to nil
// through a pointer to the struct after the fill.
func NilFieldLeak(ctx context.Context, addrs []string) (net.Conn, error) { // want NilFieldLeak:"keeps p0; borrows r0"
	results := make(chan dialResult)
	returned := make(chan struct{})
	defer close(returned)
	racer := func(addr string) {
		result := dialResult{}
		defer func() {
			select {
			case results <- result:
			case <-returned:
				if result.Conn != nil && result.error == nil {
					_ = result.Conn.Close()
				}
			}
		}()
		var d net.Dialer
		result.Conn, result.error = d.DialContext(ctx, "tcp", addr) // want `result\.Conn returned by d\.DialContext is not closed`
		p := &result
		if result.error == nil && result.Conn.RemoteAddr() == nil {
			p.Conn = nil
		}
	}
	for _, a := range addrs {
		go racer(a)
	}
	var last error
	for range addrs {
		r := <-results
		if r.error == nil {
			return r.Conn, nil
		}
		last = r.error
	}
	return nil, last
}

// ErrSetLeak: LEAKS where the conn has no remote address: the error is set after the fill,
// so the deferred closure's `result.error == nil` test skips the close,
// and the receiver drops results with errors.
func ErrSetLeak(ctx context.Context, addrs []string) (net.Conn, error) { // want ErrSetLeak:"keeps p0; borrows r0"
	results := make(chan dialResult)
	returned := make(chan struct{})
	defer close(returned)
	racer := func(addr string) {
		result := dialResult{}
		defer func() {
			select {
			case results <- result:
			case <-returned:
				if result.Conn != nil && result.error == nil {
					_ = result.Conn.Close()
				}
			}
		}()
		var d net.Dialer
		result.Conn, result.error = d.DialContext(ctx, "tcp", addr) // want `result\.Conn returned by d\.DialContext is not closed`
		if result.error == nil && result.Conn.RemoteAddr() == nil {
			result.error = errBad
		}
	}
	for _, a := range addrs {
		go racer(a)
	}
	var last error
	for range addrs {
		r := <-results
		if r.error == nil {
			return r.Conn, nil
		}
		last = r.error
	}
	return nil, last
}
