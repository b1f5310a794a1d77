// Package relay relays responses with (*http.Response).Write, which closes
// the body only where it succeeds.
package relay

import (
	"bufio"
	"net"
	"net/http"
)

// relayEarlyFail: Response.Write returns before it closes the body when
// writing the status line or the header fails (a client gone away): the
// body, and the transport's connection, leak on that return. REAL.
func relayEarlyFail(client *http.Client, req *http.Request, conn net.Conn) error { // want relayEarlyFail:"keeps p1,p2; closes p1\\.Body,p1\\.URL\\.User"
	resp, err := client.Do(req) // want `the body of resp returned by client\.Do is not closed`
	if err != nil {
		return err
	}
	if err := resp.Write(conn); err != nil {
		return err // body not closed if the status line/header write failed
	}
	return nil
}

// relayBuffered: written into a bufio.Writer, the status line and header
// only fail when the flush does, and the body is copied through it; the
// body is closed by writeBody. SAFE-ish except where the header write
// fails (bufio only fails on flush of a full buffer). Same shape; REAL on
// a large header.
func relayBuffered(client *http.Client, req *http.Request, conn net.Conn) error { // want relayBuffered:"keeps p1,p2; closes p1\\.Body,p1\\.URL\\.User"
	resp, err := client.Do(req) // want `the body of resp returned by client\.Do is not closed`
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(conn)
	if err := resp.Write(bw); err != nil {
		return err
	}
	return bw.Flush()
}

// relayHeadOnly: resp.Header.Write does not close; distinct from
// resp.Write. REAL (control; should be reported by both).
func relayHeadOnly(client *http.Client, req *http.Request, conn net.Conn) error { // want relayHeadOnly:"keeps p1; closes p1\\.Body,p1\\.URL\\.User"
	resp, err := client.Do(req) // want `the body of resp returned by client\.Do is not closed`
	if err != nil {
		return err
	}
	return resp.Header.Write(conn)
}

// SafeRelayDefer: the deferred Close covers the early failure. SAFE.
func SafeRelayDefer(client *http.Client, req *http.Request, conn net.Conn) error { // want SafeRelayDefer:"keeps p1,p2; closes p1\\.Body,p1\\.URL\\.User"
	resp, err := client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	return resp.Write(conn)
}
