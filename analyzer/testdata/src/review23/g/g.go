// Package g closes snapshots in a deferred closure only.
package g

import (
	"log"

	"review23/api"
)

func getOK(st api.Store, key string) ([]byte, error) {
	snap := st.Snapshot()
	defer func() {
		if err := snap.Close(); err != nil {
			log.Print(err)
		}
	}()
	return snap.Get(key)
}

func getLeak(st api.Store, key string) ([]byte, error) {
	snap := st.Snapshot() // want `snap returned by st.Snapshot is not closed`
	return snap.Get(key)
}
