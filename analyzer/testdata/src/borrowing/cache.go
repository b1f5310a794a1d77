package borrowing

import (
	"os"
	"sync"
)

// decoders caches one open file per name for the whole process.
var decoders sync.Map

// cachedFile returns the process-wide file for name, opening it the first
// time: the cache keeps it, and callers only borrow it.
func cachedFile(name string) (*os.File, error) { // want cachedFile:"borrows r0"
	if f, ok := decoders.Load(name); ok {
		return f.(*os.File), nil
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	decoders.Store(name, f)
	return f, nil
}

// SafeCachedFile is fine: the file belongs to the cache.
func SafeCachedFile(name string) (string, error) {
	f, err := cachedFile(name)
	if err != nil {
		return "", err
	}
	return f.Name(), nil
}

// scratchFile stores the file in a map of its own, which is gone when it
// returns: the caller owns the file.
func scratchFile(name string) (*os.File, error) {
	var seen sync.Map
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	seen.Store(name, f)
	return f, nil
}

func LeakScratchFile(name string) (string, error) {
	f, err := scratchFile(name) // want `f returned by scratchFile is not closed`
	if err != nil {
		return "", err
	}
	return f.Name(), nil
}
