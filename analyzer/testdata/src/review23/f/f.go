// Package f closes snapshots as api.Snapshot; the getter it leaks
// declares its result with the alias api.View.
package f

import "review23/api"

func getOK(st api.Store, key string) ([]byte, error) {
	snap := st.Snapshot()
	defer snap.Close()
	return snap.Get(key)
}

func viewLeak(v api.Viewer, key string) ([]byte, error) {
	// Missed once (new since a0db56a/71b31ea; reported at 0819520): the getter's result is declared with the alias api.View; the package closes api.Snapshot, and the type strings differ,
	// so the call is taken for a named getter.
	snap := v.Snapshot() // want `snap returned by v\.Snapshot is not closed`
	return snap.Get(key)
}
