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

// fileTable keeps the files it opens by directory and name, and closes
// them all itself.
type fileTable struct {
	byDir map[string]map[string]*os.File
}

// open registers the file in the directory's table, which it makes the
// first time: the table keeps the file, and callers only borrow it.
func (r *fileTable) open(dir, name string) (*os.File, error) { // want open:"borrows r0"
	f, err := os.Open(dir + "/" + name)
	if err != nil {
		return nil, err
	}
	files := r.byDir[dir]
	if files == nil {
		files = make(map[string]*os.File)
		r.byDir[dir] = files
	}
	files[name] = f
	return f, nil
}

// SafeRegistered is fine: the table owns the file.
func SafeRegistered(r *fileTable, dir, name string) (string, error) {
	f, err := r.open(dir, name)
	if err != nil {
		return "", err
	}
	return f.Name(), nil
}

// openScratch puts the file in a table that only it holds when the
// directory is new: the caller owns the file then.
func (r *fileTable) openScratch(dir, name string) (*os.File, error) {
	f, err := os.Open(dir + "/" + name)
	if err != nil {
		return nil, err
	}
	files := r.byDir[dir]
	if files == nil {
		files = make(map[string]*os.File)
	}
	files[name] = f
	return f, nil
}

func LeakScratchRegistered(r *fileTable, dir, name string) (string, error) {
	f, err := r.openScratch(dir, name) // want `f returned by r.openScratch is not closed`
	if err != nil {
		return "", err
	}
	return f.Name(), nil
}
