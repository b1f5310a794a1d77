// Package ownchans probes rule 10 (sentFresh, ownChannelSends): a value
// received from a channel that the function made, and that only its own
// goroutines send into, is new where those sends carry a new resource.
package ownchans

import (
	"errors"
	"net"
	"net/http"
	"os"
	"time"
)

var errTimeout = errors.New("timeout")

type result struct {
	f   *os.File
	err error
}

var shared *os.File

// openOrShared: one goroutine sends a new file, another the shared one.
func openOrShared(name string, useShared bool) (*os.File, error) {
	done := make(chan result, 1)
	if useShared {
		go func() { done <- result{shared, nil} }()
	} else {
		go func() {
			f, err := os.Open(name)
			done <- result{f, err}
		}()
	}
	r := <-done
	return r.f, r.err
}

// SharedNoClose: SAFE where useShared (the shared file is not ours), but
// LEAKS where not; leakvet should report (new on one path).
func SharedNoClose(name string, useShared bool) string {
	f, err := openOrShared(name, useShared) // want `f returned by openOrShared is not closed`
	if err != nil {
		return ""
	}
	return f.Name()
}

// onlyShared: every send carries the shared file.
func onlyShared() *os.File { // want onlyShared:"borrows r0"
	done := make(chan *os.File, 1)
	go func() { done <- shared }()
	return <-done
}

// SafeOnlyShared: SAFE.
func SafeOnlyShared() string { return onlyShared().Name() }

// timeoutOpen: the goroutine's file is dropped where the timer fires
// first (the goroutine sends into a buffered channel nobody reads).
func timeoutOpen(name string, d time.Duration) (*os.File, error) {
	done := make(chan result, 1)
	go func() {
		f, err := os.Open(name)
		done <- result{f, err}
	}()
	select {
	case r := <-done:
		return r.f, r.err
	case <-time.After(d):
		return nil, errTimeout
	}
}

// TimeoutLeak: LEAKS the file that the goroutine opens where the timer
// fires first (inside timeoutOpen); and also here the caller drops f.
func TimeoutLeak(name string) string {
	f, err := timeoutOpen(name, time.Second) // want `f returned by timeoutOpen is not closed`
	if err != nil {
		return ""
	}
	return f.Name()
}

// registryDial: the goroutine dials, registers the conn in a registry
// that closes it later, and sends it.
var registry = map[net.Conn]bool{}

func registryDial(addr string) (net.Conn, error) { // want registryDial:"borrows r0"
	type res struct {
		c   net.Conn
		err error
	}
	done := make(chan res, 1)
	go func() {
		c, err := net.Dial("tcp", addr)
		if err == nil {
			registry[c] = true
		}
		done <- res{c, err}
	}()
	r := <-done
	return r.c, r.err
}

// SafeRegistry: SAFE (the registry keeps the conn).
func SafeRegistry(addr string) string {
	c, err := registryDial(addr)
	if err != nil {
		return ""
	}
	return c.LocalAddr().String()
}

// received directly, then dropped inside the receiving function.
func dropReceived(c *http.Client, req *http.Request) int { // want dropReceived:"keeps p0,p1; closes p1\\.Body,p1\\.URL\\.User"
	type r2 struct {
		resp *http.Response
		err  error
	}
	done := make(chan r2, 1)
	go func() {
		resp, err := c.Do(req)
		done <- r2{resp, err}
	}()
	r := <-done
	if r.err != nil {
		return 0
	}
	return r.resp.StatusCode // LEAKS the body
}

// DropReceived: LEAKS (inside dropReceived).
func DropReceived(c *http.Client, req *http.Request) int { return dropReceived(c, req) } // want DropReceived:"keeps p0,p1; closes p1\\.Body,p1\\.URL\\.User"

// registryDirect: the same, without a goroutine (control).
func registryDirect(addr string) (net.Conn, error) { // want registryDirect:"borrows r0"
	c, err := net.Dial("tcp", addr)
	if err == nil {
		registry[c] = true
	}
	return c, err
}

// SafeRegistryDirect: SAFE (control).
func SafeRegistryDirect(addr string) string {
	c, err := registryDirect(addr)
	if err != nil {
		return ""
	}
	return c.LocalAddr().String()
}
