package ctxvaluse

import (
	"context"

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
