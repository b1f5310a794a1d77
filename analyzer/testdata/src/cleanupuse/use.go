package cleanupuse

import (
	"io"
	"testing"

	"cleanupdep"
)

// SafeDropped drops the plugins: the test's Cleanup closes their
// connections.
func SafeDropped(t *testing.T) {
	cleanupdep.Load(t, "127.0.0.1:1")
	cleanupdep.Dial(t, "127.0.0.1:1")
}

// LeakLog drops a plugin whose log file nothing closes.
func LeakLog(t *testing.T) {
	cleanupdep.LoadLog(t, "127.0.0.1:1", "log") // want `returned by cleanupdep.LoadLog is discarded`
}

// LeakNotShared drops a plugin whose connection no cleanup closes.
func LeakNotShared(t *testing.T) {
	cleanupdep.LoadShared(t, "127.0.0.1:1", false) // want `returned by cleanupdep.LoadShared is discarded`
}

// LeakLogged drops a plugin whose cleanup closes only the log.
func LeakLogged(t *testing.T, log io.Closer) { // want LeakLogged:"keeps p1; starts p1"
	cleanupdep.LoadLogged(t, "127.0.0.1:1", log) // want `returned by cleanupdep.LoadLogged is discarded`
}

// LeakNoted drops a plugin whose cleanup only logs its connection.
func LeakNoted(t *testing.T) { // want LeakNoted:"keeps p0"
	cleanupdep.LoadNoted(t, "127.0.0.1:1") // want `returned by cleanupdep.LoadNoted is discarded`
}

// LeakChecked drops a plugin whose subtest only writes to it.
func LeakChecked(t *testing.T) {
	cleanupdep.LoadChecked(t, "127.0.0.1:1") // want `returned by cleanupdep.LoadChecked is discarded`
}

// LeakStopped drops a session whose log file only its Stop closes.
func LeakStopped(t *testing.T) {
	cleanupdep.LoadStopped(t, "127.0.0.1:1", "log") // want `returned by cleanupdep.LoadStopped is discarded`
}
