package siblings

// This file hands what a value holds to a new value of its type: the
// function marks the old one closed, as its Close does, and the new one
// closes what the old one held.

import (
	"os"
	"sync"
)

// driver is what a store reads through.
type driver interface {
	Get(key string) ([]byte, error)
	Close() error
}

type store struct {
	mu     sync.Mutex
	closed bool
	f      driver
	prefix string
}

func openStore(name string) (*store, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	return &store{f: fileDriver{f}}, nil
}

type fileDriver struct{ f *os.File }

func (d fileDriver) Get(key string) ([]byte, error) { return nil, nil }    // want Get:"nil r1"
func (d fileDriver) Close() error                   { return d.f.Close() } // want Close:"releases p0; nothing when zero; closes p0.f"

func (s *store) Close() error { // want Close:"releases p0; closes p0.f"
	s.mu.Lock()
	prev := s.closed
	s.closed = true
	s.mu.Unlock()
	if prev {
		return nil
	}
	return s.f.Close()
}

// prefixed is a closer around another that it closes.
type prefixed struct {
	base   driver
	prefix string
}

func newPrefixed(base driver, prefix string) driver { // want newPrefixed:"wraps p0 in r0"
	return &prefixed{base: base, prefix: prefix}
}

func (p *prefixed) Get(key string) ([]byte, error) { return p.base.Get(p.prefix + key) }
func (p *prefixed) Close() error                   { return p.base.Close() } // want Close:"releases p0; closes p0.base"

// prefixedStore gives what s holds to a new store: s is closed and no
// longer usable after it returns.
func prefixedStore(s *store, prefix string) *store { // want prefixedStore:"releases p0; closes p0.f"
	s.mu.Lock()
	defer s.mu.Unlock()
	s.closed = true
	return makeStore(newPrefixed(s.f, prefix))
}

// makeStore is what prefixedStore builds its result with, a function
// value that a test could replace: what it is given goes to code leakvet
// does not see, which takes it over.
var makeStore = newStore

func newStore(f driver) *store { return &store{f: f} } // want newStore:"keeps p0; wraps p0 in r0"

// SafeOpenPrefixed is fine: the store it opened lives on in the one it
// returns.
func SafeOpenPrefixed(name, prefix string) (*store, error) {
	s, err := openStore(name)
	if err != nil {
		return nil, err
	}
	if prefix != "" {
		s = prefixedStore(s, prefix)
	}
	return s, nil
}

// peekStore reads s's prefix: it neither closes s nor takes what it
// holds.
func peekStore(s *store) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.prefix
}

// prefixLeaky drops the store when its prefix is empty.
func prefixLeaky(name string) (string, error) {
	s, err := openStore(name) // want `s returned by openStore is not closed on all paths`
	if err != nil {
		return "", err
	}
	p := peekStore(s)
	if p == "" {
		return "", nil
	}
	return p, s.Close()
}

// detachFile marks s closed and lends its driver to its caller: nothing
// takes over what s holds, so s is not released.
func detachFile(s *store) driver { // want detachFile:"borrows r0; gives p0.f as r0"
	s.mu.Lock()
	defer s.mu.Unlock()
	s.closed = true
	return s.f
}

// detachLeaky reads through the driver it detached and drops it.
func detachLeaky(name string) ([]byte, error) {
	s, err := openStore(name) // want `s returned by openStore is not closed`
	if err != nil {
		return nil, err
	}
	d := detachFile(s)
	return d.Get("k")
}
