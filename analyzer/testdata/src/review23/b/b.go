// Package b closes snapshots only through another package's helper.
package b

import (
	"review23/api"
	"review23/util"
)

func getOK(st api.Store, key string) ([]byte, error) {
	snap := st.Snapshot()
	defer util.CloseQuietly(snap)
	return snap.Get(key)
}

func getLeak(st api.Store, key string) ([]byte, error) {
	// Missed once (new since a0db56a/71b31ea; reported at 0819520): the package closes Snapshots only through util.CloseQuietly, so closesValuesOf sees no Close in the package,
	// so the call is taken for a named getter.
	snap := st.Snapshot() // want `snap returned by st\.Snapshot is not closed`
	return snap.Get(key)
}
