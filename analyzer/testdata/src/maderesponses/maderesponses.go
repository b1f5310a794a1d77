// Package maderesponses builds responses of its own, with no body, to
// write to a client: there is nothing to close in them.
package maderesponses

import (
	"bufio"
	"net"
	"net/http"
)

func responseWith(req *http.Request, code int) *http.Response { // want responseWith:"empty r0"
	return &http.Response{
		StatusCode: code,
		Status:     http.StatusText(code),
		Proto:      req.Proto,
		ProtoMajor: req.ProtoMajor,
		ProtoMinor: req.ProtoMinor,
		Header:     http.Header{},
	}
}

func authenticate(req *http.Request, ok func(string) bool) (resp *http.Response, user string) { // want authenticate:"empty r0"
	user = req.Header.Get("Proxy-Authorization")
	if user == "" {
		resp = responseWith(req, http.StatusProxyAuthRequired)
		resp.Header.Set("Proxy-Authenticate", "Basic")
		return
	}
	if !ok(user) {
		return responseWith(req, http.StatusForbidden), user
	}
	return
}

// SafeServe answers each request that fails to authenticate with a
// response of its own.
func SafeServe(conn net.Conn, ok func(string) bool) { // want SafeServe:"releases p0"
	defer conn.Close()
	br := bufio.NewReader(conn)
	for {
		req, err := http.ReadRequest(br)
		if err != nil {
			return
		}
		resp, user := authenticate(req, ok)
		if resp != nil {
			if err := resp.Write(conn); err != nil {
				return
			}
			continue
		}
		_ = user
	}
}

// fetchOrDeny asks upstream where the request is allowed: that response
// has a body.
func fetchOrDeny(req *http.Request, ok func(string) bool) *http.Response { // want fetchOrDeny:"keeps p0; closes p0.Body,p0.URL.User"
	if resp, _ := authenticate(req, ok); resp != nil {
		return resp
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return responseWith(req, http.StatusBadGateway)
	}
	return resp
}

func statusLeak(req *http.Request, ok func(string) bool) int { // want statusLeak:"keeps p0; closes p0.Body,p0.URL.User"
	resp := fetchOrDeny(req, ok) // want `the body of resp returned by fetchOrDeny is not closed`
	return resp.StatusCode
}
