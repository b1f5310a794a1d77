// Package e closes generic snapshots in a generic helper only.
package e

import "review23/api"

func with[K any](st api.GStore[K], key K) ([]byte, error) { // want with:"keeps p1"
	snap := st.GSnapshot()
	defer snap.Close()
	return snap.Get(key)
}

func getOK(st api.GStore[string], key string) ([]byte, error) {
	return with(st, key)
}

func getLeak(st api.GStore[string], key string) ([]byte, error) {
	// Missed once (new since a0db56a/71b31ea; reported at 0819520): the package closes api.GSnapshot[K] in a generic helper; the getter's result type is api.GSnapshot[string],
	// so the call is taken for a named getter.
	snap := st.GSnapshot() // want `snap returned by st\.GSnapshot is not closed`
	return snap.Get(key)
}
