// Package api declares a store's interfaces; the implementations are in
// packages that the users of these interfaces do not import.
package api

import "io"

// Snapshot holds the store's files until it is closed.
type Snapshot interface {
	Get(key string) ([]byte, error)
	Close() error
}

// Store is a key-value store; Snapshot opens a new snapshot each call.
type Store interface {
	Snapshot() Snapshot
	Close() error
}

// Handle is a file handle with a value receiver Close.
type Handle struct{ f io.Closer }

// Close closes the file.
func (h Handle) Close() error { return h.f.Close() } // want Close:"releases p0; closes p0.f"

// Read reads.
func (h Handle) Read(p []byte) (int, error) { return 0, nil } // want Read:"nil r1"

// Opener opens a new handle each call.
type Opener interface {
	Handle() *Handle
}

// GSnapshot is Snapshot over typed keys.
type GSnapshot[K any] interface {
	Get(key K) ([]byte, error)
	Close() error
}

// GStore is Store over typed keys.
type GStore[K any] interface {
	GSnapshot() GSnapshot[K]
}

// View is the name the package gives a Snapshot in its newer API.
type View = Snapshot

// Viewer opens views.
type Viewer interface {
	Snapshot() View
}
