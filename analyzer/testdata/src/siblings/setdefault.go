package siblings

// This file has a package-level function whose first parameter is a
// pointer to a type with a Close, and which stores that parameter into
// a package variable: a setter of the default, neither a release nor a
// sibling of Close. (Reading the stores of the parameter once crashed on
// the package variable, which has no list of uses.)

import (
	"io"
	"os"
	"sync"
)

// Store closes its file once the writes under way are done.
type Store struct {
	f  io.Closer
	wg sync.WaitGroup
}

// Close releases the file.
func (s *Store) Close() error { // want Close:"keeps p0; releases p0 on failure; nothing when zero; closes p0.f"
	if s.f != nil {
		s.wg.Wait()
		return s.f.Close()
	}
	return nil
}

var defaultStore = &Store{}

// SetDefaultStore replaces the package's default store.
func SetDefaultStore(s *Store) { // want SetDefaultStore:"keeps p0"
	defaultStore = s
}

// DefaultStore returns the store set last.
func DefaultStore() *Store { return defaultStore } // want DefaultStore:"borrows r0"

// OpenDefaultSafe opens a store and makes it the default: kept by the
// package variable.
func OpenDefaultSafe(name string) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	SetDefaultStore(&Store{f: f})
	return nil
}
