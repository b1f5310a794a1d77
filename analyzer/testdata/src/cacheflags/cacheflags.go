// Package cacheflags: content, ok, err := cache.Get(key) through an
// interface of an internal package, whose methods the program has all
// give nil content where ok is false: where the caller returns on !ok, it
// acquired nothing. Where one method gives content beside false (a stale
// entry, left open), the flag says nothing; nor does it of an exported
// interface that other packages may implement (review44/cacheflags).
package cacheflags

import (
	"io"
	"os"

	"cacheflags/internal/filecache"
)

// An engine reads entries from its cache.
type engine struct {
	cache filecache.Cache
}

// SafeLoad returns on a miss: nothing was opened.
func (e *engine) SafeLoad(key string) (data []byte, hit bool, err error) {
	var cached io.ReadCloser
	cached, hit, err = e.cache.Get(key)
	if !hit || err != nil {
		return
	}
	data, err = io.ReadAll(cached)
	if cerr := cached.Close(); err == nil {
		err = cerr
	}
	return
}

// A Stale cache gives the file of a stale entry beside false.
type Stale interface {
	Lookup(key string) (content io.ReadCloser, ok bool, err error)
}

type staleCache struct{ dir string }

func (sc *staleCache) Lookup(key string) (io.ReadCloser, bool, error) { // want Lookup:"r0 is \\*os.File"
	f, err := os.Open(sc.dir + "/" + key)
	if err != nil {
		return nil, false, err
	}
	if fi, err := f.Stat(); err == nil && fi.Size() == 0 {
		return f, false, nil // stale: open, but not a hit
	}
	return f, true, nil
}

type reader struct {
	cache Stale
}

// LeakStale returns on false, where the stale entry's file is open.
func (r *reader) LeakStale(key string) ([]byte, error) {
	cached, hit, err := r.cache.Lookup(key) // want `cached returned by r.cache.Lookup is not closed`
	if !hit || err != nil {
		return nil, err
	}
	defer cached.Close()
	return io.ReadAll(cached)
}

var _ Stale = (*staleCache)(nil)
