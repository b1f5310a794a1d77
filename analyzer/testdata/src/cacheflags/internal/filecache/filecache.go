// Package filecache keeps compiled entries in files. Its Cache interface
// is internal: only this module can implement it.
package filecache

import (
	"errors"
	"io"
	"os"
)

// A Cache keeps compiled entries.
type Cache interface {
	Get(key string) (content io.ReadCloser, ok bool, err error)
}

// New returns a cache in dir.
func New(dir string) Cache { return &fileCache{dir: dir} } // want New:"r0 is \\*fileCache"

type fileCache struct{ dir string }

func (fc *fileCache) Get(key string) (io.ReadCloser, bool, error) { // want Get:"r1 says r0 is new; r0 is \\*os.File"
	f, err := os.Open(fc.dir + "/" + key)
	if errors.Is(err, os.ErrNotExist) {
		return nil, false, nil
	} else if err != nil {
		return nil, false, err
	}
	return f, true, nil
}
