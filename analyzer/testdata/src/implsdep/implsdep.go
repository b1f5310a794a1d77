// Package implsdep declares a statement cache behind an interface whose
// only implementation is unexported: its importers learn what the
// implementation does through facts.
package implsdep

import (
	"os"
	"sync"
)

// Stmt is a prepared statement; an empty one holds nothing.
type Stmt struct {
	f     *os.File
	ready chan struct{}
}

// Close closes the statement's file.
func (s *Stmt) Close() error { // want Close:"keeps p0; releases p0 on failure; nothing when zero; closes p0.f"
	if s.f == nil {
		return nil
	}
	return s.f.Close()
}

// Name is the statement's name.
func (s *Stmt) Name() string { return s.f.Name() }

// Store caches statements. New is called with the cache's lock held, and
// unlocks it once the new statement is in the cache.
type Store interface {
	Get(name string) (*Stmt, bool)
	New(name string, mu sync.Locker) (*Stmt, error)
}

// NewStore returns an empty cache.
func NewStore() Store { return &cache{m: map[string]*Stmt{}} } // want NewStore:"r0 is \\*cache"

type cache struct {
	m map[string]*Stmt
}

func (c *cache) Get(name string) (*Stmt, bool) { // want Get:"borrows r0"
	s, ok := c.m[name]
	return s, ok
}

// New caches the statement before it opens it, and returns an empty one
// when the open fails.
func (c *cache) New(name string, mu sync.Locker) (*Stmt, error) { // want New:"borrows r0; maybe empty r0; unlocks p2"
	s := &Stmt{ready: make(chan struct{})}
	c.set(name, s)
	mu.Unlock()
	defer close(s.ready)
	var err error
	s.f, err = os.Open(name)
	if err != nil {
		delete(c.m, name)
		return &Stmt{}, err
	}
	return s, nil
}

func (c *cache) set(name string, s *Stmt) { c.m[name] = s } // want set:"keeps p2"

// Opener opens statements that its caller owns.
type Opener interface {
	Open(name string, mu sync.Locker) (*Stmt, error)
}

// NewOpener returns an Opener.
func NewOpener() Opener { return opener{} } // want NewOpener:"borrows r0"

type opener struct{}

// Open opens a statement that is its caller's, and leaves mu alone.
func (opener) Open(name string, mu sync.Locker) (*Stmt, error) {
	f, err := os.Open(name)
	if err != nil {
		return &Stmt{}, err
	}
	return &Stmt{f: f}, nil
}
