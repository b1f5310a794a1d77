// Package racers dials several addresses at once: each racer sends its
// result to the function that waits for the first success, or closes its
// connection where that function has returned already.
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

// SafeRace returns the first connection made. (Known miss: a value
// received from the function's own channel, which its goroutines fill,
// is taken as borrowed, so its callers are not held to close it.)
func SafeRace(ctx context.Context, addrs []string) (net.Conn, error) { // want SafeRace:"keeps p0; borrows r0"
	results := make(chan dialResult)
	returned := make(chan struct{})
	defer close(returned)
	racer := func(addr string, primary bool) {
		result := dialResult{primary: primary}
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
	for i, a := range addrs {
		go racer(a, i == 0)
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

// RaceLeak's racers drop the connection where the function has returned.
func RaceLeak(ctx context.Context, addrs []string) (net.Conn, error) { // want RaceLeak:"keeps p0; borrows r0"
	results := make(chan dialResult)
	returned := make(chan struct{})
	defer close(returned)
	racer := func(addr string) {
		result := dialResult{}
		defer func() {
			select {
			case results <- result:
			case <-returned:
			}
		}()
		var d net.Dialer
		result.Conn, result.error = d.DialContext(ctx, "tcp", addr) // want `result.Conn returned by d.DialContext is not closed`
	}
	for _, a := range addrs {
		go racer(a)
	}
	r := <-results
	return r.Conn, r.error
}
