package borrowing

import (
	"errors"
	"os"
)

// keyRegistry keeps keys, and the file it writes them to once it has
// opened one. Its Close closes that file.
type keyRegistry struct {
	fp   *os.File
	keys map[string][]byte
}

func (r *keyRegistry) Close() error { // want Close:"keeps p0; releases p0 on failure; closes p0.fp"
	if r.fp == nil {
		return nil
	}
	return r.fp.Close()
}

// newKeyRegistry makes a registry that holds no file yet.
func newKeyRegistry() *keyRegistry { // want newKeyRegistry:"empty r0"
	return &keyRegistry{keys: map[string][]byte{}}
}

// openKeyRegistry makes a registry around a file it opens: its result is
// a resource.
func openKeyRegistry(name string) (*keyRegistry, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	return &keyRegistry{fp: f, keys: map[string][]byte{}}, nil
}

func validKey(k string) error {
	if k == "" {
		return errors.New("empty key")
	}
	return nil
}

// SafeInMemoryRegistry is fine: the registry it drops on the error path
// holds no file, since its constructor leaves unset the field that its
// Close closes.
func SafeInMemoryRegistry(k string) (*keyRegistry, error) { // want SafeInMemoryRegistry:"empty r0"
	kr := newKeyRegistry()
	if err := validKey(k); err != nil {
		return nil, err
	}
	kr.keys[k] = nil
	return kr, nil
}

// fileRegistryLeak leaks the file when the key is not valid: this
// constructor opened it and stored it where Close closes it.
func fileRegistryLeak(name, k string) (*keyRegistry, error) {
	kr, err := openKeyRegistry(name) // want `kr returned by openKeyRegistry is not closed on all paths: the return at line 64 is reached when err != nil at line 63`
	if err != nil {
		return nil, err
	}
	if err := validKey(k); err != nil {
		return nil, err
	}
	return kr, nil
}

// registryOf fills a new, empty registry with a file it is given: the
// registry then stands for the file.
func registryOf(f *os.File) *keyRegistry { // want registryOf:"keeps p0; wraps p0 in r0"
	kr := newKeyRegistry()
	kr.fp = f
	return kr
}

// filledRegistryLeak leaks the file when the key is not valid: the
// registry that registryOf filled with it is dropped.
func filledRegistryLeak(name, k string) (*keyRegistry, error) {
	f, err := os.Open(name) // want `f returned by os.Open is not closed on all paths: the return at line 86 is reached when err != nil at line 85`
	if err != nil {
		return nil, err
	}
	kr := registryOf(f)
	if err := validKey(k); err != nil {
		return nil, err
	}
	return kr, nil
}
