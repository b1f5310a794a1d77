package cleanupuse

import (
	"io"
	"testing"

	"cleanupdep"
)

// SafeDropped drops the plugin: the test's Cleanup closes its connection.
func SafeDropped(t *testing.T) {
	cleanupdep.Load(t, "127.0.0.1:1")
}

// LeakNotShared drops a plugin whose connection no cleanup closes.
func LeakNotShared(t *testing.T) {
	cleanupdep.LoadShared(t, "127.0.0.1:1", false) // want `returned by cleanupdep.LoadShared is discarded`
}

// LeakLogged drops a plugin whose cleanup closes only the log.
func LeakLogged(t *testing.T, log io.Closer) { // want LeakLogged:"keeps p1; starts p1"
	cleanupdep.LoadLogged(t, "127.0.0.1:1", log) // want `returned by cleanupdep.LoadLogged is discarded`
}
