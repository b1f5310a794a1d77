package errpath

import (
	"context"
	"errors"
	"net"
)

// Is passes its own target to errors.Is, as a package of error helpers
// does: it says false for a nil err only where target is not nil.
func Is(err, target error) bool { // want Is:"false for nil p0 and non-nil p1"
	return errors.Is(err, target)
}

func dialTarget(ctx context.Context, addr string) (net.Conn, error) { // want dialTarget:"keeps p0"
	var d net.Dialer
	return d.DialContext(ctx, "tcp", addr)
}

// SafeIsCanceled is fine: where Is(err, context.Canceled) is true, err is
// set and dialTarget gave no conn.
func SafeIsCanceled(ctx context.Context, addr string) (net.Conn, error) { // want SafeIsCanceled:"keeps p0"
	conn, err := dialTarget(ctx, addr)
	switch {
	case Is(err, context.Canceled), Is(err, context.DeadlineExceeded):
		return nil, err
	case err == nil:
		return conn, nil
	default:
		return conn, err
	}
}

// isTargetLeaky drops the conn when its caller gives a nil target: then
// Is(nil, nil) is true with the conn open.
func isTargetLeaky(ctx context.Context, addr string, target error) error { // want isTargetLeaky:"keeps p0,p2"
	conn, err := dialTarget(ctx, addr) // want `conn returned by dialTarget is not closed on all paths: the return at line 39 is reached when Is\(err, target\) at line 38`
	if Is(err, target) {
		return err
	}
	if err != nil {
		return err
	}
	return conn.Close()
}

type retrier struct{ retryOn error }

// fieldTargetLeaky drops the conn when its retrier's target is nil: a
// target read from a field may be.
func (r *retrier) fieldTargetLeaky(ctx context.Context, addr string) error { // want fieldTargetLeaky:"keeps p1"
	conn, err := dialTarget(ctx, addr) // want `conn returned by dialTarget is not closed on all paths`
	if Is(err, r.retryOn) {
		return err
	}
	if err != nil {
		return err
	}
	return conn.Close()
}
