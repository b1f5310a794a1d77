package runtime

import (
	"runtime/pprof"
	"sync"
)

// profileMu serialises profile creation: pprof.NewProfile panics on a
// duplicate name, and profiles are process-wide, shared by all trackers
// that use the same name.
var profileMu sync.Mutex

// profileFor returns the pprof profile with the given name, creating it on
// first use.
func profileFor(name string) *pprof.Profile {
	if p := pprof.Lookup(name); p != nil {
		return p
	}
	profileMu.Lock()
	defer profileMu.Unlock()
	if p := pprof.Lookup(name); p != nil {
		return p
	}
	return pprof.NewProfile(name)
}
