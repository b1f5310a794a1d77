// Package kvapi declares a store's interfaces, as a storage package does
// for dependency injection: the implementations (kvfile) are in packages
// that the users of these interfaces do not import.
package kvapi

// Snapshot is a consistent view of the store, holding the files it reads
// until it is closed.
type Snapshot interface {
	Get(key string) ([]byte, error)
	Close() error
}

// Iterator walks the keys of a snapshot; it holds the snapshot's files.
type Iterator interface {
	Next() bool
	Key() string
	Close() error
}

// Store is a key-value store.
type Store interface {
	// Snapshot opens a new snapshot; Close it when done.
	Snapshot() Snapshot
	// Iterator opens an iterator over every key; Close it when done.
	Iterator() Iterator
	Close() error
}

// Keys lists every key of the store, as a helper of the interface's own
// package does.
func Keys(st Store) []string {
	// Missed since the named-getter rule: Iterator() Iterator is called
	// through an interface implemented in a package this one does not
	// import, and the package closes no Iterator anywhere, so the call is
	// taken for a getter (see the README's Limits).
	it := st.Iterator()
	var keys []string
	for it.Next() {
		keys = append(keys, it.Key())
	}
	return keys
}

// GetAll reads keys from one snapshot, closing it.
func GetAll(st Store, keys []string) ([][]byte, error) {
	snap := st.Snapshot()
	defer snap.Close()
	var vals [][]byte
	for _, k := range keys {
		v, err := snap.Get(k)
		if err != nil {
			return nil, err
		}
		vals = append(vals, v)
	}
	return vals, nil
}
