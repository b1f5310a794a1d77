// Package getters calls methods named after the types they return that
// do make new resources, through interfaces whose implementations are in
// packages it does not import (kvfile implements kvapi); review of
// isNamedGetter, a0db56a. The redis case, whose implementation is in an
// imported package, is reported.
package getters

import (
	"review21/kvapi"
	"review21/redisdep"
)

// getLeak drops the snapshot it opened.
func getLeak(st kvapi.Store, key string) ([]byte, error) {
	snap := st.Snapshot() // want `snap returned by st.Snapshot is not closed`
	return snap.Get(key)
}

// getOK closes it.
func getOK(st kvapi.Store, key string) ([]byte, error) {
	snap := st.Snapshot()
	defer snap.Close()
	return snap.Get(key)
}

// firstKeyLeak drops the iterator when it finds a key.
func firstKeyLeak(st kvapi.Store) string {
	it := st.Iterator() // want `it returned by st.Iterator is not closed`
	if it.Next() {
		return it.Key()
	}
	it.Close()
	return ""
}

// countKeysOK closes it.
func countKeysOK(st kvapi.Store) int {
	it := st.Iterator()
	defer it.Close()
	n := 0
	for it.Next() {
		n++
	}
	return n
}

// redisClient is the usual interface a service declares over go-redis's
// *redis.Client, to mock it in tests.
type redisClient interface {
	Conn() *redisdep.Conn
	Close() error
}

// selectLeak takes a connection out of the pool and never gives it back.
func selectLeak(rc redisClient, db int) error {
	cn := rc.Conn() // want `cn returned by rc.Conn is not closed`
	return cn.Select(db)
}
