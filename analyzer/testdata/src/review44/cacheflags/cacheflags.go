// Package cacheflags probes rule 5 (18eac4f): v, ok, err := iface.Get(k)
// through an interface: where every implementation the program has gives
// nil beside a false ok, the caller acquired nothing where ok is false.
package cacheflags

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"sync"
)

// A Cache keeps compiled modules. It is exported, and so are its
// methods: importers plug their own caches in (see package user).
type Cache interface {
	Get(key string) (content io.ReadCloser, ok bool, err error)
}

// fileCache is the package's own cache, on disk: nil beside a miss.
type fileCache struct{ dir string }

func (fc *fileCache) Get(key string) (io.ReadCloser, bool, error) { // want Get:"r1 says r0 is new; r0 is \\*os.File"
	f, err := os.Open(filepath.Join(fc.dir, key))
	if errors.Is(err, os.ErrNotExist) {
		return nil, false, nil
	} else if err != nil {
		return nil, false, err
	}
	return f, true, nil
}

// NewFileCache gives the package's cache.
func NewFileCache(dir string) Cache { return &fileCache{dir: dir} } // want NewFileCache:"r0 is \\*fileCache"

// An Engine compiles modules, reading them from the cache it is given.
type Engine struct {
	Cache Cache
}

// LeakMissWithStale returns on a miss. Where the importer's cache
// (user.Versioned) is plugged in, a miss of a stale version gives the
// entry's open file beside false, and the return leaves it open.
func (e *Engine) LeakMissWithStale(key string) ([]byte, error) {
	rc, ok, err := e.Cache.Get(key) // want `rc returned by e.Cache.Get is not closed`
	if err != nil || !ok {
		return nil, err
	}
	defer rc.Close()
	return io.ReadAll(rc)
}

// A Store is an interface with an unexported method: only this package
// can implement it, so its implementations here are all there are.
type Store interface {
	lookup(key string) (io.ReadCloser, bool, error)
}

// lockedCache guards its directory with a mutex, released by a defer.
type lockedCache struct {
	mu  sync.Mutex
	dir string
}

func (lc *lockedCache) lookup(key string) (io.ReadCloser, bool, error) { // want lookup:"r1 says r0 is new; r0 is \\*os.File"
	lc.mu.Lock()
	defer lc.mu.Unlock()
	f, err := os.Open(filepath.Join(lc.dir, key))
	if errors.Is(err, os.ErrNotExist) {
		return nil, false, nil
	} else if err != nil {
		return nil, false, err
	}
	return f, true, nil
}

// memCache holds no files: a miss gives nil.
type memCache struct{ m map[string][]byte }

type nopCloser struct{ data []byte }

func (n *nopCloser) Read(p []byte) (int, error) { return copy(p, n.data), io.EOF } // want Read:"failing r1"
func (n *nopCloser) Close() error               { return nil }                     // want Close:"nil r0; releases nothing; nothing when zero; nothing when nil"

func (mc *memCache) lookup(key string) (io.ReadCloser, bool, error) { // want lookup:"borrows r0; r1 says r0 is new; nil r2; r0 is \\*nopCloser"
	b, ok := mc.m[key]
	if !ok {
		return nil, false, nil
	}
	return &nopCloser{data: b}, true, nil
}

// layered looks in its first store, then in its second: what it gives is
// what one of them gave, nil beside a miss of both.
type layered struct{ first, second Store }

func (l *layered) lookup(key string) (io.ReadCloser, bool, error) {
	rc, ok, err := l.first.lookup(key)
	if err != nil || ok {
		return rc, ok, err
	}
	return l.second.lookup(key)
}

// SafeLayeredMiss returns on a miss of any of the package's stores: the
// two that read give nil there, and the layered one gives what they gave.
func SafeLayeredMiss(s Store, key string) ([]byte, error) {
	rc, ok, err := s.lookup(key) // want `rc returned by s.lookup is not closed`
	if err != nil || !ok {
		return nil, err
	}
	defer rc.Close()
	return io.ReadAll(rc)
}

// A Source is sealed too, with the two stores that read and no layers.
type Source interface {
	fetch(key string) (io.ReadCloser, bool, error)
}

func (lc *lockedCache) fetch(key string) (io.ReadCloser, bool, error) { return lc.lookup(key) } // want fetch:"r1 says r0 is new; r0 is \\*os.File"
func (mc *memCache) fetch(key string) (io.ReadCloser, bool, error)    { return mc.lookup(key) } // want fetch:"borrows r0; r1 says r0 is new; nil r2; r0 is \\*nopCloser"

// SafeSealedMiss returns on a miss of either source, which both give nil
// there.
func SafeSealedMiss(s Source, key string) ([]byte, error) {
	rc, ok, err := s.fetch(key)
	if err != nil || !ok {
		return nil, err
	}
	defer rc.Close()
	return io.ReadAll(rc)
}

// A Pool is sealed: its two implementations are below.
type Pool interface {
	take(key string) (io.ReadCloser, bool, error)
}

// diskPool opens its entries: nil beside a miss.
type diskPool struct{ dir string }

func (dp *diskPool) take(key string) (io.ReadCloser, bool, error) { // want take:"r1 says r0 is new; r0 is \\*os.File"
	f, err := os.Open(filepath.Join(dp.dir, key))
	if errors.Is(err, os.ErrNotExist) {
		return nil, false, nil
	} else if err != nil {
		return nil, false, err
	}
	return f, true, nil
}

// idlePool keeps open files; an expired one is taken out of the pool and
// given beside false, for the caller to close: the pool no longer has it.
type idlePool struct {
	mu      sync.Mutex
	idle    map[string]*os.File
	expired map[string]bool
}

func (ip *idlePool) take(key string) (io.ReadCloser, bool, error) { // want take:"borrows r0; r0 is \\*os.File"
	ip.mu.Lock()
	defer ip.mu.Unlock()
	f := ip.idle[key]
	if f == nil {
		return nil, false, nil
	}
	delete(ip.idle, key)
	if ip.expired[key] {
		return f, false, nil // expired: out of the pool, the caller's to close
	}
	return f, true, nil
}

// LeakExpired returns on false, where idlePool gave an expired file that
// it took out of its map.
func LeakExpired(p Pool, key string) ([]byte, error) {
	rc, ok, err := p.take(key) // want `rc returned by p.take is not closed`
	if err != nil || !ok {
		return nil, err
	}
	defer rc.Close()
	return io.ReadAll(rc)
}

// LeakExpiredStatic does the same through the idle pool itself.
func LeakExpiredStatic(p *idlePool, key string) ([]byte, error) {
	rc, ok, err := p.take(key) // not reported (see README.md)
	if err != nil || !ok {
		return nil, err
	}
	defer rc.Close()
	return io.ReadAll(rc)
}

var (
	_ Store  = (*lockedCache)(nil)
	_ Store  = (*memCache)(nil)
	_ Store  = (*layered)(nil)
	_ Source = (*lockedCache)(nil)
	_ Source = (*memCache)(nil)
	_ Pool   = (*diskPool)(nil)
	_ Pool   = (*idlePool)(nil)
)
