package ctxvaluse

import (
	"context"
	"net"

	"ctxvaldep"
)

// SafeWatcher uses the watcher that the request's context holds: the
// connection that stored it closes it.
func SafeWatcher(ctx context.Context) int {
	w, ok := ctxvaldep.WatcherFrom(ctx)
	if !ok {
		return 0
	}
	return w.PID()
}

// SafeAuthInfo reads the watcher out of the auth info itself.
func SafeAuthInfo(ctx context.Context) int {
	ai, ok := ctxvaldep.AuthInfoFrom(ctx)
	if !ok || ai.Watcher == nil {
		return 0
	}
	return ai.Watcher.PID()
}

// SafeCached uses the package's cached connection.
func SafeCached() string {
	d := ctxvaldep.Cached()
	return d.Conn.LocalAddr().String()
}

func sliceConn() net.Conn {
	d, _ := ctxvaldep.FromSlice("127.0.0.1:1")
	return d.Conn
}

func builtConn() net.Conn {
	d, _ := ctxvaldep.Built("127.0.0.1:1")
	return d.Conn
}

// LeakSlice and LeakBuilt drop connections read out of new structs.
func LeakSlice() string {
	return sliceConn().LocalAddr().String() // want `returned by sliceConn is not closed`
}

func LeakBuilt() string {
	return builtConn().LocalAddr().String() // want `returned by builtConn is not closed`
}
