// Package lazycaches gets its sites from a cache that makes them on
// demand and keeps them: a site that GetOrCreate gives is the cache's.
package lazycaches

import (
	"os"

	"lazycaches/cache"
)

// Site holds an open file.
type Site struct{ f *os.File }

// Close closes the file.
func (s *Site) Close() error { return s.f.Close() } // want Close:"releases p0; nothing when zero; closes p0.f"

func newSite(name string) (*Site, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	return &Site{f: f}, nil
}

type root struct {
	sites *cache.Cache[string, *Site]
}

func newRoot() *root {
	return &root{sites: cache.New(func(_ string, s *Site) { s.Close() })}
}

func (r *root) site(name string) (*Site, error) { // want site:"borrows r0"
	s, _, err := r.sites.GetOrCreate(name, func(key string) (*Site, error) {
		return newSite(key)
	})
	return s, err
}

// SafeName names the site of name, which the cache keeps.
func (r *root) SafeName(name string) (string, error) {
	s, err := r.site(name)
	if err != nil {
		return "", err
	}
	return s.f.Name(), nil
}

func nameLeak(name string) (string, error) {
	s, err := cache.Retry(3, func() (*Site, error) { return newSite(name) }) // want `s returned by cache.Retry is not closed`
	if err != nil {
		return "", err
	}
	return s.f.Name(), nil
}
