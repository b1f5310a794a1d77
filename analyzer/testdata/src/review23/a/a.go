// Package a closes snapshots only through a helper that takes an io.Closer.
package a

import (
	"io"

	"review23/api"
)

func closeQuietly(c io.Closer) { _ = c.Close() } // want closeQuietly:"releases p0"

// getOK closes the snapshot with the helper.
func getOK(st api.Store, key string) ([]byte, error) {
	snap := st.Snapshot()
	defer closeQuietly(snap)
	return snap.Get(key)
}

// getLeak drops it.
func getLeak(st api.Store, key string) ([]byte, error) {
	// Missed once (new since a0db56a/71b31ea; reported at 0819520): the package closes Snapshots only through closeQuietly(io.Closer), so closesValuesOf sees no Close on api.Snapshot,
	// so the call is taken for a named getter.
	snap := st.Snapshot() // want `snap returned by st\.Snapshot is not closed`
	return snap.Get(key)
}
