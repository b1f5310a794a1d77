package errpath

import (
	"context"
	"net"
)

// underlay dials a connection and gives the context that ends with it,
// after the error.
type underlay interface {
	Connect(ctx context.Context) (net.Conn, error, context.Context)
}

// SafeMiddleError returns at once where Connect failed: the error
// among the results, not the context after it, says so.
func SafeMiddleError(ctx context.Context, u underlay) (net.Conn, context.Context, error) { // want SafeMiddleError:"keeps p0"
	conn, err, connCtx := u.Connect(ctx)
	if err != nil {
		return nil, nil, err
	}
	return conn, connCtx, nil
}

// LeakMiddleError drops the connection where its first write fails.
func LeakMiddleError(ctx context.Context, u underlay) error { // want LeakMiddleError:"keeps p0"
	conn, err, _ := u.Connect(ctx) // want `conn returned by u.Connect is not closed on all paths: the return at line 31 is reached when err != nil at line 30`
	if err != nil {
		return err
	}
	if _, err := conn.Write([]byte("hello")); err != nil {
		return err
	}
	return conn.Close()
}
