package heldout

// This file holds TLS connections.

import (
	"crypto/tls"
)

// dialTLS leaks the connection when the handshake fails.
func dialTLS(addr string, cfg *tls.Config) (*tls.Conn, error) { // want dialTLS:"keeps p1"
	conn, err := tls.Dial("tcp", addr, cfg) // want `conn returned by tls\.Dial is not closed on all paths: the return at line 16 is reached when err != nil at line 15`
	if err != nil {
		return nil, err
	}
	if err := conn.Handshake(); err != nil {
		return nil, err
	}
	return conn, nil
}

// dialTLSClosing is fine: the connection is closed when the handshake
// fails.
func dialTLSClosing(addr string, cfg *tls.Config) (*tls.Conn, error) { // want dialTLSClosing:"keeps p1"
	conn, err := tls.Dial("tcp", addr, cfg)
	if err != nil {
		return nil, err
	}
	if err := conn.Handshake(); err != nil {
		conn.Close()
		return nil, err
	}
	return conn, nil
}
