// Package c closes snapshots through a method value, and through an
// io.Closer variable.
package c

import (
	"io"

	"review23/api"
)

func getOK(st api.Store, key string) ([]byte, error) {
	snap := st.Snapshot()
	done := snap.Close
	defer done()
	return snap.Get(key)
}

func getOK2(st api.Store, keys []string) (n int) {
	var closers []io.Closer
	for _, k := range keys {
		snap := st.Snapshot()
		closers = append(closers, snap)
		if b, err := snap.Get(k); err == nil {
			n += len(b)
		}
	}
	for _, c := range closers {
		c.Close()
	}
	return n
}

func getLeak(st api.Store, key string) ([]byte, error) {
	// Missed once (new since a0db56a/71b31ea; reported at 0819520): the package closes Snapshots through a method value (a dynamic call) and through io.Closer, neither of which closesValuesOf counts,
	// so the call is taken for a named getter.
	snap := st.Snapshot() // want `snap returned by st\.Snapshot is not closed`
	return snap.Get(key)
}
