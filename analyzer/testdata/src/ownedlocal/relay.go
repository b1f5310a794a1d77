package ownedlocal

// This file: a proxy relays the response it received; Response.Write
// closes the body after sending it.

import (
	"net"
	"net/http"
)

// SafeRelay is fine: Write sends the response to the client and closes
// its body, on the path where it fails too.
func SafeRelay(client *http.Client, req *http.Request, conn net.Conn) error { // want SafeRelay:"keeps p1,p2; closes p1.Body,p1.URL.User"
	resp, err := client.Do(req)
	if err != nil {
		return err
	}
	resp.Header.Del("Connection")
	if err := resp.Write(conn); err != nil {
		return err
	}
	return nil
}

// relayLeak drops the response where the client asked for its headers
// only: nothing sends it or closes its body.
func relayLeak(client *http.Client, req *http.Request, conn net.Conn, headersOnly bool) error { // want relayLeak:"keeps p1,p2; closes p1.Body,p1.URL.User"
	resp, err := client.Do(req) // want `the body of resp returned by client.Do is not closed on all paths`
	if err != nil {
		return err
	}
	if headersOnly {
		return resp.Header.Write(conn)
	}
	return resp.Write(conn)
}
