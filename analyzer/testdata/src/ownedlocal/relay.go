package ownedlocal

// This file: a proxy relays the response it received; Response.Write
// closes the body after sending it, where it succeeds.

import (
	"context"
	"net"
	"net/http"
)

// SafeRelay is fine: Write sends the response to the client and closes
// its body; where it fails (before it reached the body), the function
// closes the body.
func SafeRelay(client *http.Client, req *http.Request, conn net.Conn) error { // want SafeRelay:"keeps p1,p2; closes p1\\.Body,p1\\.URL\\.User"
	resp, err := client.Do(req)
	if err != nil {
		return err
	}
	resp.Header.Del("Connection")
	if err := resp.Write(conn); err != nil {
		resp.Body.Close()
		return err
	}
	return nil
}

// SafeRelayCancel is fine: where Write fails, cancelling the request's
// context tears the request down, body and all.
func SafeRelayCancel(ctx context.Context, req *http.Request, conn net.Conn) error { // want SafeRelayCancel:"keeps p0,p2"
	reqCtx, cancel := context.WithCancel(ctx)
	client := &http.Client{Transport: &http.Transport{DisableCompression: true}}
	resp, err := client.Do(req.WithContext(reqCtx))
	if err != nil {
		cancel()
		return err
	}
	err = resp.Write(conn)
	cancel()
	return err
}

// relayFailLeak leaves the body open where writing the status line to the
// client fails: Write returns before it reaches the body.
func relayFailLeak(client *http.Client, req *http.Request, conn net.Conn) error { // want relayFailLeak:"keeps p1,p2; closes p1\\.Body,p1\\.URL\\.User"
	resp, err := client.Do(req) // want `the body of resp returned by client.Do is not closed before the return at line 51`
	if err != nil {
		return err
	}
	if err := resp.Write(conn); err != nil {
		return err
	}
	return nil
}

// relayLeak drops the response where the client asked for its headers
// only: nothing sends it or closes its body.
func relayLeak(client *http.Client, req *http.Request, conn net.Conn, headersOnly bool) error { // want relayLeak:"keeps p1,p2; closes p1\\.Body,p1\\.URL\\.User"
	resp, err := client.Do(req) // want `the body of resp returned by client.Do is not closed`
	if err != nil {
		return err
	}
	if headersOnly {
		return resp.Header.Write(conn)
	}
	return resp.Write(conn)
}
