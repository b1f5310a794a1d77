// Package user plugs a versioned cache into review44/cacheflags' Engine:
// a miss on a stale version still gives the entry's file, open, for the
// caller to look at or close.
package user

import (
	"io"
	"os"
	"path/filepath"

	"review44/cacheflags"
)

// Versioned keeps entries tagged with the version that wrote them.
type Versioned struct {
	Dir     string
	Version string
}

// Get gives the entry's file beside false where its version is stale.
func (v *Versioned) Get(key string) (io.ReadCloser, bool, error) { // want Get:"r0 is \\*os.File"
	f, err := os.Open(filepath.Join(v.Dir, key))
	if err != nil {
		return nil, false, err
	}
	tag := make([]byte, len(v.Version))
	if _, err := io.ReadFull(f, tag); err != nil || string(tag) != v.Version {
		return f, false, nil // stale: open, but not a hit
	}
	return f, true, nil
}

// New makes an engine over a versioned cache.
func New(dir, version string) *cacheflags.Engine {
	return &cacheflags.Engine{Cache: &Versioned{Dir: dir, Version: version}}
}
