package errpath

// This file gives a connection to helpers that close it when they fail.
// A helper with a defer returns through result slots: what it returns is
// what the return statement stored there.

import (
	"context"
	"crypto/tls"
	"net"
	"time"
)

// upgrade wraps conn in TLS, and closes conn when the handshake fails.
// Its deferred cancel makes its returns go through result slots.
func upgrade(ctx context.Context, conn net.Conn, config *tls.Config, timeout time.Duration) (*tls.Conn, error) { // want upgrade:"keeps p0,p1,p2; releases p1 on failure; borrows r0; returns p1 as r0"
	if timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, timeout)
		defer cancel()
	}
	tc := tls.Client(conn, config)
	if err := tc.HandshakeContext(ctx); err != nil {
		_ = conn.Close()
		return nil, err
	}
	return tc, nil
}

// upgradeKeeping is upgrade without the Close on failure.
func upgradeKeeping(ctx context.Context, conn net.Conn, config *tls.Config, timeout time.Duration) (*tls.Conn, error) { // want upgradeKeeping:"keeps p0,p1,p2; borrows r0; returns p1 as r0"
	if timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, timeout)
		defer cancel()
	}
	tc := tls.Client(conn, config)
	if err := tc.HandshakeContext(ctx); err != nil {
		return nil, err
	}
	return tc, nil
}

// SafeDialUpgraded is fine: upgrade closes the plain connection when it
// fails.
func SafeDialUpgraded(ctx context.Context, addr string, config *tls.Config) (net.Conn, error) { // want SafeDialUpgraded:"keeps p0,p2"
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		return nil, err
	}
	if config != nil {
		conn, err = upgrade(ctx, conn, config, time.Second)
		if err != nil {
			return nil, err
		}
	}
	return conn, nil
}

// dialUpgradedLeak leaks the plain connection when the handshake fails.
func dialUpgradedLeak(ctx context.Context, addr string, config *tls.Config) (net.Conn, error) { // want dialUpgradedLeak:"keeps p0,p2"
	conn, err := net.Dial("tcp", addr) // want `conn returned by net.Dial is not closed on all paths: the return at line 69 is reached when err != nil at line 68 \(possible resource leak\)`
	if err != nil {
		return nil, err
	}
	if config != nil {
		conn, err = upgradeKeeping(ctx, conn, config, time.Second)
		if err != nil {
			return nil, err
		}
	}
	return conn, nil
}
